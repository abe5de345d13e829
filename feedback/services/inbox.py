"""The triage inbox: received email that matched no case. Reception makes a case of it, attaches it to a
case, or marks it spam."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from ..errors import DomainError, Forbidden, NotFound
from ..extensions import db
from ..models import InboundMessage, OutboxMessage, User
from ..permissions import can
from ..timeutil import utcnow
from . import cases as case_service
from . import intake
from .inbound import attach_to_case, checked_attachments
from .mailparse import Malformed, parse

INBOX_VIEWS = ("new", "malformed", "spam", "auto_reply", "bounce", "attached", "case_created")


def _require(user: User) -> None:
    if not can(user, "case.triage"):
        raise Forbidden(_l("You may not handle the email inbox."))


def messages(user: User, status: str = "new", limit: int = 100) -> list[InboundMessage]:
    """Messages of one status, newest first."""
    _require(user)
    return list(db.session.execute(
        select(InboundMessage).where(InboundMessage.status == status)
        .order_by(InboundMessage.received_at.desc(), InboundMessage.id.desc()).limit(limit)
    ).scalars())


def get_message(user: User, message_id: int) -> InboundMessage:
    _require(user)
    message = db.session.get(InboundMessage, message_id)
    if message is None:
        raise NotFound(_l("No such message."))
    return message


def _open(message: InboundMessage) -> None:
    if message.status not in ("new", "malformed", "spam"):
        raise DomainError(_l("This message was already handled."))


def create_case(user: User, message: InboundMessage, sub: intake.CaseSubmission) -> intake.Receipt:
    """Make a case (channel ``email``, received when the mail arrived) from an inbox message, with its
    attachments; the citizen gets the acknowledgement if the submission has an email."""
    _require(user)
    _open(message)
    sub.channel, sub.received_at, sub.submission_token = "email", message.received_at, None
    try:
        sub.attachments, _notes = checked_attachments(parse(message.raw))
    except Malformed:
        sub.attachments = []

    def mark_handled(case) -> None:
        message.status, message.case, message.matched_by = "case_created", case, "staff"
        message.handled_by_id, message.handled_at = user.id, utcnow()
        ack = db.session.execute(select(OutboxMessage).where(
            OutboxMessage.dedupe_key == f"ack:{case.reference}", OutboxMessage.status == "pending")
        ).scalar_one_or_none()
        if ack is not None and not message.message_id.endswith(".invalid>"):
            # The acknowledgement answers the citizen's email, so their mail program threads it.
            ack.headers = {**(ack.headers or {}), "In-Reply-To": message.message_id,
                           "References": " ".join(filter(None, [message.references, message.message_id]))}

    # The case, the message's new status and the threaded acknowledgement commit together.
    return intake.submit_case(sub, actor=user, also=mark_handled)


def attach(user: User, message: InboundMessage, reference: str) -> None:
    """Attach an inbox message to a case the user may see."""
    _require(user)
    _open(message)
    case = case_service.get_case_for(user, (reference or "").strip())
    attach_to_case(message, case, "staff", staff=user)
    db.session.commit()


def mark_spam(user: User, message: InboundMessage) -> None:
    """Mark as spam: it leaves the inbox, and is kept."""
    _require(user)
    _open(message)
    message.status, message.handled_by_id, message.handled_at = "spam", user.id, utcnow()
    db.session.commit()
