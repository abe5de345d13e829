"""Email in: every received message is kept raw, then threaded into its case or left in the triage inbox.

Threading, in this order (DESIGN.md §11, osTicket/Zammad):

1. a Message-ID already stored → the same message again, nothing new;
2. In-Reply-To / References naming one of our outgoing messages (or a message already attached) →
   attached to that case as a citizen event, resuming a case that was awaiting the citizen;
3. a case reference in the subject, accepted only from the address of the case's submitter;
4. otherwise the triage inbox (``/staff/inbox``), where reception makes a case, attaches or marks spam.

Auto-replies and bounces are stored and never create or touch cases.
"""

from __future__ import annotations

import imaplib
import io
import logging
import re
from dataclasses import dataclass

from flask import current_app
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from ..extensions import db
from ..lifecycle import apply_transition, can_transition
from ..models import Attachment, Case, CaseEvent, InboundMessage, OutboxMessage, User
from ..security import unseal_identity
from ..timeutil import utcnow
from ..uploads import CheckedFile, UploadRejected, check_upload, store
from .mailparse import Malformed, ParsedMail, parse

log = logging.getLogger(__name__)

REFERENCE_IN_SUBJECT = re.compile(r"(?<![\d-])(20\d{2}-\d{6})(?![\d-])")
CITIZEN_LABEL = "Công dân"


class FetchError(Exception):
    """The mailbox could not be read (settings, network, login)."""


@dataclass
class IngestResult:
    """What happened to one message; ``summary()`` is what the commands print."""

    message: InboundMessage
    outcome: str  # duplicate, attached, inbox, auto_reply, bounce, malformed
    case: Case | None = None

    def summary(self) -> str:
        ref = self.case.reference if self.case is not None else None
        texts = {
            "duplicate": f"already received (#{self.message.id}{', case ' + ref if ref else ''}): nothing new",
            "attached": f"attached to case {ref} (#{self.message.id})",
            "inbox": f"no case found: in the triage inbox (#{self.message.id})",
            "auto_reply": f"automatic reply: stored, no case (#{self.message.id})",
            "bounce": f"delivery failure report: stored, no case (#{self.message.id})",
            "malformed": f"malformed message stored for review (#{self.message.id}): {self.message.error}",
        }
        return texts[self.outcome]


def _submitter_addresses(case: Case) -> set[str]:
    found = set()
    for person in case.submitters:
        address = person.email
        if person.is_confidential and person.sealed_identity:
            try:
                address = unseal_identity(person.sealed_identity).get("email")
            except ValueError:
                address = None
        if address:
            found.add(address.strip().lower())
    return found


def _thread_case(parsed: ParsedMail) -> tuple[Case | None, str | None]:
    ids = parsed.thread_ids()
    if ids:
        row = db.session.execute(
            select(OutboxMessage.case_id).where(OutboxMessage.message_id.in_(ids), OutboxMessage.case_id.is_not(None))
        ).first() or db.session.execute(
            select(InboundMessage.case_id).where(InboundMessage.message_id.in_(ids),
                                                 InboundMessage.case_id.is_not(None))
        ).first()
        if row is not None:
            return db.session.get(Case, row[0]), "in_reply_to"
    match = REFERENCE_IN_SUBJECT.search(parsed.subject or "")
    if match and parsed.from_address:
        case = db.session.execute(select(Case).where(Case.reference == match.group(1))).scalar_one_or_none()
        if case is not None and parsed.from_address in _submitter_addresses(case):
            return case, "subject_reference"
    return None, None


def checked_attachments(parsed: ParsedMail) -> tuple[list[CheckedFile], list[dict]]:
    """Attachments that pass the web upload checks, and a note per file (kept or why refused)."""
    kept, notes = [], []
    for name, data in parsed.attachments:
        try:
            checked = check_upload(io.BytesIO(data), name)
        except UploadRejected as exc:
            notes.append({"name": name[:200], "size": len(data), "refused": str(exc.message)})
            continue
        kept.append(checked)
        notes.append({"name": checked.original_name, "size": checked.size, "type": checked.content_type})
    return kept, notes


def attach_to_case(message: InboundMessage, case: Case, matched_by: str, staff: User | None = None) -> CaseEvent:
    """Add the message to ``case`` as a citizen event with its files; resume a case awaiting the citizen.

    The caller commits.
    """
    try:
        files, _notes = checked_attachments(parse(message.raw))
    except Malformed:
        files = []
    for checked in files:
        case.attachments.append(Attachment(
            original_name=checked.original_name, stored_name=store(checked), content_type=checked.content_type,
            size=checked.size, sha256=checked.sha256, uploaded_by_id=None,
        ))
    event = CaseEvent(case=case, actor=None, actor_label=CITIZEN_LABEL, type="citizen_email",
                      reason=(message.text or "").strip()[:20000] or None, citizen_visible=True,
                      payload={"inbound_id": message.id, "subject": (message.subject or "")[:300],
                               "attachments": len(files), "matched_by": matched_by,
                               **({"attached_by": staff.full_name} if staff else {})})
    db.session.add(event)
    if case.status == "awaiting_citizen" and can_transition(case.status, "in_progress"):
        apply_transition(case, "in_progress", None, actor_label=CITIZEN_LABEL)
    else:
        case.updated_at = utcnow()
    message.status, message.case, message.matched_by = "attached", case, matched_by
    if staff is not None:
        message.handled_by_id, message.handled_at = staff.id, utcnow()
    return event


def _store_malformed(raw: bytes, error: str) -> IngestResult:
    from .mailparse import digest_id

    message_id = digest_id(raw or b"")
    existing = db.session.execute(
        select(InboundMessage).where(InboundMessage.message_id == message_id)).scalar_one_or_none()
    if existing is not None:
        return IngestResult(existing, "duplicate", existing.case)
    message = InboundMessage(raw=raw or b"", message_id=message_id, status="malformed", error=error[:2000],
                             received_at=utcnow(), attachments_info=[])
    db.session.add(message)
    db.session.commit()
    log.warning("malformed inbound message #%s stored for review: %s", message.id, error)
    return IngestResult(message, "malformed")


def ingest_bytes(raw: bytes) -> IngestResult:
    """Store one received message and thread it (see the module docstring). Commits."""
    try:
        parsed = parse(raw)
    except Malformed as exc:
        return _store_malformed(raw, str(exc))
    existing = db.session.execute(
        select(InboundMessage).where(InboundMessage.message_id == parsed.message_id)).scalar_one_or_none()
    if existing is not None:
        return IngestResult(existing, "duplicate", existing.case)
    _files, notes = checked_attachments(parsed)
    message = InboundMessage(
        raw=raw, message_id=parsed.message_id, in_reply_to=parsed.in_reply_to, references=parsed.references,
        from_address=parsed.from_address, from_name=(parsed.from_name or "")[:200] or None,
        subject=parsed.subject, text=parsed.text, attachments_info=notes, received_at=utcnow(), status="new",
        error=("defects: " + ", ".join(parsed.defects)) if parsed.defects else None,
    )
    db.session.add(message)
    outcome, case = "inbox", None
    if parsed.automatic:
        message.status = outcome = parsed.automatic
    else:
        case, matched_by = _thread_case(parsed)
        if case is not None:
            db.session.flush()
            attach_to_case(message, case, matched_by)
            outcome = "attached"
    try:
        db.session.commit()
    except IntegrityError:  # the same message arrived twice at the same moment
        db.session.rollback()
        existing = db.session.execute(
            select(InboundMessage).where(InboundMessage.message_id == parsed.message_id)).scalar_one()
        return IngestResult(existing, "duplicate", existing.case)
    return IngestResult(message, outcome, case)


def fetch_imap(limit: int = 100) -> list[IngestResult]:
    """Ingest unseen messages of ``IMAP_FOLDER``; each is flagged ``\\Seen`` only after it is stored."""
    config = current_app.config
    host = config.get("IMAP_HOST")
    if not host:
        raise FetchError("IMAP_HOST is not set")
    results: list[IngestResult] = []
    connection = None
    try:
        port = int(config.get("IMAP_PORT") or (993 if config.get("IMAP_SSL", True) else 143))
        connection = (imaplib.IMAP4_SSL if config.get("IMAP_SSL", True) else imaplib.IMAP4)(host, port, timeout=60)
        connection.login(config.get("IMAP_USER") or "", config.get("IMAP_PASSWORD") or "")
        status, _ = connection.select(config.get("IMAP_FOLDER") or "INBOX")
        if status != "OK":
            raise FetchError(f"cannot open folder {config.get('IMAP_FOLDER')!r}")
        status, data = connection.uid("SEARCH", None, "UNSEEN")
        uids = (data[0] or b"").split()[:limit] if status == "OK" else []
        for uid in uids:
            status, parts = connection.uid("FETCH", uid, "(BODY.PEEK[])")
            raw = next((p[1] for p in parts or [] if isinstance(p, tuple)), None)
            if status != "OK" or raw is None:
                continue
            results.append(ingest_bytes(raw))
            connection.uid("STORE", uid, "+FLAGS", "(\\Seen)")
    except (imaplib.IMAP4.error, OSError) as exc:
        raise FetchError(f"IMAP error: {exc}") from None
    finally:
        if connection is not None:
            try:
                connection.logout()
            except (imaplib.IMAP4.error, OSError):
                pass
    return results
