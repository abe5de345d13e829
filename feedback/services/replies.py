"""Replies: canned responses with placeholders, drafts in versions, approval by a unit head or
leader, and the approved answer sent to the citizen (DESIGN.md §4 reply_drafted → resolved; issue 5)."""

from __future__ import annotations

import string

from flask_babel import lazy_gettext as _l
from sqlalchemy import func, or_, select

from ..errors import DomainError, Forbidden, NotFound
from ..extensions import db
from ..lifecycle import apply_transition
from ..models import AgencyProfile, CannedResponse, Case, ReplyDraft, User
from ..timeutil import format_date, utcnow
from .handling import add_event, check_version, commit, may_approve, notify, open_holding, require_action, stale_safe

#: Placeholders a canned response may use, and what they are replaced by.
PLACEHOLDERS = {
    "reference": _l("the case reference"),
    "name": _l("the submitter's name (or “Ông/Bà”)"),
    "received_date": _l("the date the case was received"),
    "title": _l("the case title"),
    "agency": _l("the agency's name"),
    "unit": _l("the unit handling the case"),
    "officer": _l("the officer writing the reply"),
    "today": _l("today's date"),
}


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def placeholder_values(case: Case, officer: User | None) -> dict[str, str]:
    """The values of :data:`PLACEHOLDERS` for ``case`` (a confidential name is never used)."""
    person = next((p for p in case.submitters if p.is_representative), None) or (
        case.submitters[0] if case.submitters else None)
    name = person.full_name if person is not None and not person.is_confidential and person.full_name else "Ông/Bà"
    profile = db.session.get(AgencyProfile, 1)
    return {
        "reference": case.reference, "name": name, "received_date": format_date(case.received_at),
        "title": case.title, "agency": profile.name if profile else "", "unit": case.unit.name if case.unit else "",
        "officer": officer.full_name if officer else "", "today": format_date(utcnow()),
    }


def fill(body: str, case: Case, officer: User | None) -> str:
    """Replace the known ``{placeholders}`` of ``body``; unknown ones stay as typed."""
    try:
        return string.Formatter().vformat(body, (), _Blank(placeholder_values(case, officer)))
    except (ValueError, IndexError):  # a stray brace: leave the text alone
        return body


def canned_for(case: Case) -> list[CannedResponse]:
    """Active canned responses fitting the case's kind and topic (general ones included)."""
    return list(db.session.execute(
        select(CannedResponse).where(
            CannedResponse.active.is_(True),
            or_(CannedResponse.kind.is_(None), CannedResponse.kind == case.kind),
            or_(CannedResponse.category_id.is_(None), CannedResponse.category_id == case.category_id),
        ).order_by(CannedResponse.title)
    ).scalars())


def drafts(case: Case) -> list[ReplyDraft]:
    """Every version of the reply, newest first."""
    return list(db.session.execute(
        select(ReplyDraft).where(ReplyDraft.case_id == case.id).order_by(ReplyDraft.number.desc())
    ).scalars())


def current_draft(case: Case) -> ReplyDraft | None:
    """The newest version."""
    found = drafts(case)
    return found[0] if found else None


def approved_reply(case: Case) -> ReplyDraft | None:
    """The approved reply the citizen may read."""
    return db.session.execute(
        select(ReplyDraft).where(ReplyDraft.case_id == case.id, ReplyDraft.status == "approved")
        .order_by(ReplyDraft.number.desc())
    ).scalars().first()


@stale_safe
def save_draft(user: User, case: Case, body: str, *, canned_id: int | None = None, submit: bool = False,
               version: int | None = None) -> ReplyDraft:
    """Write a new version of the reply; with ``submit`` it goes to approval (``in_progress`` → ``reply_drafted``)."""
    require_action(user, case, "case.draft_reply", _l("You may not draft replies on this case."))
    check_version(case, version)
    if case.status != "in_progress":
        raise DomainError(_l("A reply can be drafted while the case is in progress."))
    canned = db.session.get(CannedResponse, canned_id) if canned_id else None
    if not (body or "").strip():
        if canned is None:
            raise DomainError(_l("Write the reply or choose a canned response."), field="body")
        body = canned.body
    number = (db.session.execute(select(func.max(ReplyDraft.number)).where(ReplyDraft.case_id == case.id))
              .scalar() or 0) + 1
    draft = ReplyDraft(case_id=case.id, number=number, body=fill(body.strip(), case, user), status="draft",
                       canned_response_id=canned.id if canned else None, author_id=user.id)
    db.session.add(draft)
    db.session.flush()
    add_event(case, user, "reply_draft", payload={"draft_id": draft.id, "number": number})
    if submit:
        _submit(user, case, draft)
    else:
        case.updated_at = utcnow()
    commit()
    return draft


def _submit(user: User, case: Case, draft: ReplyDraft) -> None:
    draft.status, draft.submitted_at = "submitted", utcnow()
    apply_transition(case, "reply_drafted", user, payload={"draft_id": draft.id, "number": draft.number})


@stale_safe
def submit(user: User, case: Case, *, version: int | None = None) -> ReplyDraft:
    """Send the newest draft for approval."""
    require_action(user, case, "case.draft_reply", _l("You may not draft replies on this case."))
    check_version(case, version)
    draft = current_draft(case)
    if draft is None or draft.status != "draft":
        raise DomainError(_l("There is no draft to submit."))
    _submit(user, case, draft)
    commit()
    return draft


def _pending(user: User, case: Case, version: int | None) -> ReplyDraft:
    if not may_approve(user, case):
        raise Forbidden(_l("You may not approve this unit's replies."))
    check_version(case, version)
    draft = current_draft(case)
    if case.status != "reply_drafted" or draft is None or draft.status != "submitted":
        raise NotFound(_l("No reply awaits approval on this case."))
    if draft.author_id == user.id:
        raise Forbidden(_l("A reply is approved by someone other than its author."))
    return draft


@stale_safe
def approve(user: User, case: Case, *, version: int | None = None) -> ReplyDraft:
    """Approve the submitted reply: it gets a document number, is sent and shown to the citizen; ``resolved``."""
    from ..documents import issue_number

    draft = _pending(user, case, version)
    now = utcnow()
    draft.status, draft.approver_id, draft.decided_at = "approved", user.id, now
    draft.document_number = issue_number("reply")
    apply_transition(case, "reply_approved", user, payload={"draft_id": draft.id})
    apply_transition(case, "resolved", user, payload={"draft_id": draft.id, "document_number": draft.document_number})
    holding = open_holding(case)
    if holding is not None:
        holding.released_at = now
    notify(case, "case_reply", {"reply_text": draft.body, "document_number": draft.document_number})
    commit()
    return draft


@stale_safe
def return_draft(user: User, case: Case, comments: str, *, version: int | None = None) -> ReplyDraft:
    """Return the submitted reply to the officer with comments (``reply_drafted`` → ``in_progress``)."""
    draft = _pending(user, case, version)
    if not (comments or "").strip():
        raise DomainError(_l("Say what must change."), field="comments")
    draft.status, draft.approver_id, draft.decided_at, draft.comments = "returned", user.id, utcnow(), comments
    apply_transition(case, "in_progress", user, reason=comments, payload={"draft_id": draft.id, "returned": True})
    commit()
    return draft
