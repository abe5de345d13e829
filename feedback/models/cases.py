"""Cases, their submitters, attachments and timeline (DESIGN.md §3)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    event,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..domain import CHANNELS, KINDS
from ..extensions import db
from ..lifecycle import STATUSES
from .base import UTCDateTime, now_column_default


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN (" + ",".join(f"'{v}'" for v in values) + ")"


class ReferenceCounter(db.Model):
    """The last case number issued in a year; references are ``YYYY-NNNNNN``."""

    __tablename__ = "reference_counter"

    #: Calendar year (Asia/Ho_Chi_Minh) of receipt.
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    #: Last number issued in that year.
    last_value: Mapped[int] = mapped_column(Integer, default=0)


class Case(db.Model):
    """One matter (vụ việc, đơn thư), whatever the channel it came through."""

    __tablename__ = "case"
    __table_args__ = (
        CheckConstraint(_in("kind", KINDS), name="kind_known"),
        CheckConstraint(_in("channel", CHANNELS), name="channel_known"),
        CheckConstraint(_in("status", STATUSES), name="status_known"),
        Index("ix_case_received_id", "received_at", "id"),
        Index("ix_case_status_received", "status", "received_at", "id"),
        Index("ix_case_unit_received", "unit_id", "received_at", "id"),
        Index("ix_case_kind_received", "kind", "received_at", "id"),
        Index("ix_case_channel_received", "channel", "received_at", "id"),
        Index("ix_case_category_received", "category_id", "received_at", "id"),
        Index("ix_case_assignee_received", "assignee_id", "received_at", "id"),
        Index("ix_case_due_id", "due_date", "id"),
        Index("ix_case_unit_due", "unit_id", "due_date", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Human reference, sequential per year: ``2026-000123``.
    reference: Mapped[str] = mapped_column(String(20), unique=True)
    #: SHA-256 of the citizen's secret access key (the key itself is never stored).
    access_key_hash: Mapped[str] = mapped_column(String(64))
    #: SHA-256 of the form's one-time submission token; makes a double submit create one case.
    submission_token_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    #: One of :data:`feedback.domain.KINDS`.
    kind: Mapped[str] = mapped_column(String(30))
    #: One of :data:`feedback.domain.CHANNELS`.
    channel: Mapped[str] = mapped_column(String(20))
    #: Topic.
    category_id: Mapped[int | None] = mapped_column(ForeignKey("category.id"))
    #: Short title the citizen or staff gave.
    title: Mapped[str] = mapped_column(String(300))
    #: The content, as written or faithfully recorded.
    content: Mapped[str] = mapped_column(Text)
    #: For complaints: the decision or act complained about; for denunciations: who is reported.
    subject: Mapped[str | None] = mapped_column(Text)
    #: What the submitter asks for (complaints: the request).
    request: Mapped[str | None] = mapped_column(Text)
    #: Place concerned, free text (address, road and kilometre marker …).
    location: Mapped[str | None] = mapped_column(String(300))
    #: The legal receipt time (UTC).
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())
    #: Unit responsible.
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    #: Officer assigned.
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    #: Staff member who logged it (None for citizen submissions).
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    #: Lifecycle status, changed only by :func:`feedback.lifecycle.apply_transition`.
    status: Mapped[str] = mapped_column(String(20), default="received", index=True)
    #: The submitter chose not to give an identity.
    is_anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    #: Five or more signatories (đơn đông người).
    is_group: Mapped[bool] = mapped_column(Boolean, default=False)
    #: Case this one was merged into.
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("case.id"))
    #: Case this one is related to (split letter, second-instance complaint).
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("case.id"))
    #: Citizen's preferred language for notices.
    locale: Mapped[str] = mapped_column(String(5), default="vi")
    #: Earliest due date among the running clocks (maintained by :mod:`feedback.deadlines`; None when none runs).
    due_date: Mapped[date | None] = mapped_column(Date)
    #: Name of the clock that :attr:`due_date` comes from (``triage``, ``resolution`` …).
    due_clock: Mapped[str | None] = mapped_column(String(30))
    #: Optimistic-lock counter, incremented on every update.
    version: Mapped[int] = mapped_column(Integer, default=1)
    #: Row creation time.
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=now_column_default)
    #: Last change.
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=now_column_default)

    __mapper_args__ = {"version_id_col": version}

    category = relationship("Category")
    unit = relationship("Unit")
    assignee = relationship("User", foreign_keys=[assignee_id])
    created_by = relationship("User", foreign_keys=[created_by_id])
    submitters = relationship(
        "Submitter", back_populates="case", order_by="Submitter.position", cascade="all, delete-orphan"
    )
    attachments = relationship(
        "Attachment", back_populates="case", order_by="Attachment.id", cascade="all, delete-orphan"
    )
    events = relationship("CaseEvent", back_populates="case", order_by="CaseEvent.id")

    def __repr__(self) -> str:
        return f"<Case {self.reference} {self.kind} {self.status}>"


class Submitter(db.Model):
    """A person or organisation behind a case. A denouncer's identity is sealed (DESIGN.md §7)."""

    __tablename__ = "submitter"
    __table_args__ = (
        Index("ix_submitter_phone", "phone"),
        Index("ix_submitter_email", "email"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: The case.
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    #: Order among the case's submitters (0 = first signatory).
    position: Mapped[int] = mapped_column(Integer, default=0)
    #: Representative of a group case.
    is_representative: Mapped[bool] = mapped_column(Boolean, default=False)
    #: Full name (None when sealed or anonymous).
    full_name: Mapped[str | None] = mapped_column(String(200))
    #: Organisation the submitter speaks for, if any.
    organisation: Mapped[str | None] = mapped_column(String(200))
    #: Citizen ID number (CCCD), None when sealed.
    id_number: Mapped[str | None] = mapped_column(String(20))
    #: Address, None when sealed.
    address: Mapped[str | None] = mapped_column(String(300))
    #: Phone, None when sealed.
    phone: Mapped[str | None] = mapped_column(String(30))
    #: Email, None when sealed.
    email: Mapped[str | None] = mapped_column(String(254))
    #: Identity is confidential (denouncer): the fields above are empty and ``sealed_identity`` holds them.
    is_confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    #: Fernet token of the identity JSON, encrypted with a key kept outside the database.
    sealed_identity: Mapped[bytes | None] = mapped_column(LargeBinary)
    #: Name shown instead of a sealed identity, e.g. "Người tố cáo TC-7F3K".
    pseudonym: Mapped[str | None] = mapped_column(String(40))

    case = relationship("Case", back_populates="submitters")

    @property
    def display_name(self) -> str:
        return self.pseudonym if self.is_confidential else (self.full_name or "")


class Attachment(db.Model):
    """A file attached to a case, stored outside ``static/`` under a generated name."""

    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: The case.
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    #: File name the uploader gave (shown, never used on disk).
    original_name: Mapped[str] = mapped_column(String(255))
    #: Generated path relative to the upload folder.
    stored_name: Mapped[str] = mapped_column(String(100), unique=True)
    #: MIME type established from the file's content.
    content_type: Mapped[str] = mapped_column(String(100))
    #: Size in bytes.
    size: Mapped[int] = mapped_column(BigInteger)
    #: SHA-256 of the content, for integrity checks and duplicate detection.
    sha256: Mapped[str] = mapped_column(String(64))
    #: Staff uploader (None when the citizen uploaded it).
    uploaded_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    #: Upload time.
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=now_column_default)

    case = relationship("Case", back_populates="attachments")


class CaseEvent(db.Model):
    """One entry of a case's timeline. Append-only: updates and deletes are refused."""

    __tablename__ = "case_event"
    __table_args__ = (Index("ix_case_event_case_id_id", "case_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    #: The case.
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id"))
    #: When it happened (UTC).
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=now_column_default)
    #: Staff member who acted (None for the citizen or the system).
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    #: Name shown for the actor at the time ("Công dân", "Hệ thống", a staff name).
    actor_label: Mapped[str | None] = mapped_column(String(200))
    #: Event type: ``received``, ``status``, ``note``, ``identity_revealed``, ``attachment`` …
    type: Mapped[str] = mapped_column(String(40))
    #: Status before a status event.
    from_status: Mapped[str | None] = mapped_column(String(20))
    #: Status after a status event.
    to_status: Mapped[str | None] = mapped_column(String(20))
    #: Reason or note text.
    reason: Mapped[str | None] = mapped_column(Text)
    #: Structured details.
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    #: Shown on the citizen's tracking page.
    citizen_visible: Mapped[bool] = mapped_column(Boolean, default=False)

    case = relationship("Case", back_populates="events")
    actor = relationship("User")


@event.listens_for(CaseEvent, "before_update")
def _events_are_append_only(mapper, connection, target):  # pragma: no cover - guard
    raise RuntimeError("case events are append-only")


@event.listens_for(CaseEvent, "before_delete")
def _events_are_never_deleted(mapper, connection, target):  # pragma: no cover - guard
    raise RuntimeError("case events are append-only")
