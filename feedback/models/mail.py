"""Email out (the outbox) and email in (every message received, kept raw)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import UTCDateTime, now_column_default

OUTBOX_STATUSES = ("pending", "sending", "sent", "dead")
INBOUND_STATUSES = ("new", "attached", "case_created", "spam", "auto_reply", "bounce", "malformed")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN (" + ",".join(f"'{v}'" for v in values) + ")"


class OutboxMessage(db.Model):
    """One email to send, written in the transaction of the change that causes it (DESIGN.md §8).

    A worker (``flask outbox send``) claims due messages, sends them after commit, retries with
    backoff and dead-letters after ``OUTBOX_MAX_ATTEMPTS`` failures.
    """

    __tablename__ = "outbox_message"
    __table_args__ = (
        CheckConstraint(_in("status", OUTBOX_STATUSES), name="status_known"),
        Index("ix_outbox_message_due", "status", "next_attempt_at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Recipient address (one per message).
    to_address: Mapped[str] = mapped_column(String(254))
    #: Rendered subject (never contains the citizen's secret key).
    subject: Mapped[str] = mapped_column(String(500))
    #: Rendered plain-text body.
    body_text: Mapped[str] = mapped_column(Text)
    #: Rendered HTML body (optional).
    body_html: Mapped[str | None] = mapped_column(Text)
    #: Extra headers sent as given (In-Reply-To, References, Auto-Submitted …).
    headers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    #: Our generated Message-ID, with angle brackets; replies are threaded by it.
    message_id: Mapped[str] = mapped_column(String(255), unique=True)
    #: The case the mail is about, if any.
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case.id"), index=True)
    #: Template name under templates/email/ (``acknowledgement`` …).
    template: Mapped[str] = mapped_column(String(60))
    #: Language the mail was rendered in.
    locale: Mapped[str] = mapped_column(String(5), default="vi")
    #: Makes an enqueue idempotent: a second message with the same key is not created.
    dedupe_key: Mapped[str | None] = mapped_column(String(200), unique=True)
    #: ``pending`` → ``sending`` (claimed) → ``sent``; ``dead`` after too many failures.
    status: Mapped[str] = mapped_column(String(10), default="pending")
    #: Delivery attempts so far (counted when claimed).
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    #: Not sent before this moment (backoff).
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=now_column_default)
    #: Error of the last failed attempt (server answer, never credentials).
    last_error: Mapped[str | None] = mapped_column(Text)
    #: Worker that claimed it.
    claimed_by: Mapped[str | None] = mapped_column(String(100))
    #: When it was claimed (stale claims are taken back).
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    #: When the server accepted it.
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    #: When it was queued.
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=now_column_default, index=True)

    case = relationship("Case")

    def __repr__(self) -> str:
        return f"<OutboxMessage {self.id} {self.template} {self.status}>"


class InboundMessage(db.Model):
    """One received email, kept raw, and what was done with it (threaded, triaged, spam …)."""

    __tablename__ = "inbound_message"
    __table_args__ = (
        CheckConstraint(_in("status", INBOUND_STATUSES), name="status_known"),
        Index("ix_inbound_message_status_received", "status", "received_at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: The message exactly as received (RFC 822 bytes).
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    #: Its Message-ID (a digest of the raw bytes when it has none); the same message is stored once.
    message_id: Mapped[str] = mapped_column(String(255), unique=True)
    #: In-Reply-To header.
    in_reply_to: Mapped[str | None] = mapped_column(String(1000))
    #: References header.
    references: Mapped[str | None] = mapped_column(Text)
    #: Sender address (lower case).
    from_address: Mapped[str | None] = mapped_column(String(254), index=True)
    #: Sender display name.
    from_name: Mapped[str | None] = mapped_column(String(200))
    #: Decoded subject.
    subject: Mapped[str | None] = mapped_column(String(1000))
    #: Decoded text (HTML-only mail converted to text).
    text: Mapped[str | None] = mapped_column(Text)
    #: Attachments found: name, type, size, and why a file was refused.
    attachments_info: Mapped[list[Any]] = mapped_column(JSON, default=list)
    #: When we received it (UTC); the legal receipt time of a case made from it.
    received_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=now_column_default)
    #: new (triage inbox), attached, case_created, spam, auto_reply, bounce, malformed.
    status: Mapped[str] = mapped_column(String(20), default="new")
    #: Case it was attached to or created.
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case.id"), index=True)
    #: How it was threaded (``in_reply_to``, ``subject_reference``, ``staff``).
    matched_by: Mapped[str | None] = mapped_column(String(30))
    #: Problem found while reading it.
    error: Mapped[str | None] = mapped_column(Text)
    #: Staff member who handled it in the inbox.
    handled_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    #: When it was handled.
    handled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    case = relationship("Case")

    @property
    def is_confidential(self) -> bool:
        """The message belongs to a case whose submitter's identity is sealed (a denouncer)."""
        return self.case is not None and any(s.is_confidential for s in self.case.submitters)

    def __repr__(self) -> str:
        return f"<InboundMessage {self.id} {self.status}>"
