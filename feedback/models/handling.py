"""Handling a case: routing rules, canned responses, reply drafts, case links, unit holdings,
document numbers and the accent-free search text (DESIGN.md §4, issue 5)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    DDL,
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import UTCDateTime, now_column_default

DRAFT_STATUSES = ("draft", "submitted", "returned", "approved")
LINK_KINDS = ("related", "split", "duplicate")
#: Document kinds and the abbreviation used in their number (Decree 30/2020, Appendix III).
DOCUMENT_KINDS = {
    "receipt": "PTN", "acceptance": "TB", "forwarding": "PC", "guidance": "HD", "rejection": "TB", "reply": "TL",
}


class RoutingRule(db.Model):
    """Category and/or keywords that suggest the unit to route a case to (admin-editable)."""

    __tablename__ = "routing_rule"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Topic the rule matches (None: any topic).
    category_id: Mapped[int | None] = mapped_column(ForeignKey("category.id"))
    #: Comma-separated keywords; matched accent-insensitively against title and content (empty: none needed).
    keywords: Mapped[str] = mapped_column(Text, default="")
    #: Unit suggested when the rule matches.
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    #: Higher first when several rules match.
    priority: Mapped[int] = mapped_column(Integer, default=0)
    #: Rule in use.
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    category = relationship("Category")
    unit = relationship("Unit")

    @property
    def keyword_list(self) -> list[str]:
        return [k.strip() for k in (self.keywords or "").split(",") if k.strip()]


class CannedResponse(db.Model):
    """A reply or notice template with ``{placeholders}``, for a kind and/or category."""

    __tablename__ = "canned_response"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Name shown in the picker.
    title: Mapped[str] = mapped_column(String(200))
    #: Case kind it fits (None: every kind).
    kind: Mapped[str | None] = mapped_column(String(30))
    #: Topic it fits (None: every topic).
    category_id: Mapped[int | None] = mapped_column(ForeignKey("category.id"))
    #: Text with placeholders such as ``{reference}``, ``{name}``, ``{received_date}``, ``{agency}``.
    body: Mapped[str] = mapped_column(Text)
    #: Offered in the picker.
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    category = relationship("Category")


class ReplyDraft(db.Model):
    """One version of the answer to a case; only an approved version is sent to the citizen."""

    __tablename__ = "reply_draft"
    __table_args__ = (
        CheckConstraint("status IN ('draft','submitted','returned','approved')", name="draft_status_known"),
        UniqueConstraint("case_id", "number", name="uq_reply_draft_case_number"),
        Index("ix_reply_draft_status_case", "status", "case_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: The case answered.
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id"), index=True)
    #: Version number within the case (1, 2 …).
    number: Mapped[int] = mapped_column(Integer)
    #: The answer text.
    body: Mapped[str] = mapped_column(Text)
    #: ``draft``, ``submitted`` (awaiting approval), ``returned`` (with comments) or ``approved``.
    status: Mapped[str] = mapped_column(String(12), default="draft")
    #: Canned response it started from.
    canned_response_id: Mapped[int | None] = mapped_column(ForeignKey("canned_response.id"))
    #: Officer who wrote it.
    author_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    #: Head or leader who approved or returned it.
    approver_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    #: The approver's comments when returning it.
    comments: Mapped[str | None] = mapped_column(Text)
    #: Document number given on approval, e.g. ``15/TL-SGTVT``.
    document_number: Mapped[str | None] = mapped_column(String(40))
    #: Created.
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=now_column_default)
    #: Submitted for approval.
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    #: Approved or returned.
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    case = relationship("Case")
    author = relationship("User", foreign_keys=[author_id])
    approver = relationship("User", foreign_keys=[approver_id])


class CaseLink(db.Model):
    """Two cases that belong together: related, split from one letter, or a duplicate merged into an original."""

    __tablename__ = "case_link"
    __table_args__ = (
        CheckConstraint("kind IN ('related','split','duplicate')", name="link_kind_known"),
        CheckConstraint("case_id <> other_id", name="link_not_self"),
        UniqueConstraint("case_id", "other_id", name="uq_case_link_pair"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: The case the link was made from (the duplicate, the split part).
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id"), index=True)
    #: The other case (the original, the letter split).
    other_id: Mapped[int] = mapped_column(ForeignKey("case.id"), index=True)
    #: ``related``, ``split`` or ``duplicate``.
    kind: Mapped[str] = mapped_column(String(12))
    #: Who linked them.
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    #: When.
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=now_column_default)

    case = relationship("Case", foreign_keys=[case_id])
    other = relationship("Case", foreign_keys=[other_id])


class UnitHolding(db.Model):
    """A period during which a unit held a case: from routing to release (return, re-routing or the end)."""

    __tablename__ = "unit_holding"
    __table_args__ = (
        Index("ix_unit_holding_case", "case_id", "received_at"),
        Index("ix_unit_holding_unit_open", "unit_id", "released_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: The case.
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id"))
    #: The unit holding it.
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    #: Who routed it there.
    routed_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    #: When it reached the unit.
    received_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=now_column_default)
    #: When the unit acknowledged it (None: not yet).
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    #: When the unit stopped holding it (None: still holds it).
    released_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    #: Why the unit returned it to reception (None when it was not returned).
    returned_reason: Mapped[str | None] = mapped_column(Text)

    unit = relationship("Unit")


class DocumentNumber(db.Model):
    """The last number issued per year and document kind: ``15/TB-SGTVT``."""

    __tablename__ = "document_number"

    #: Calendar year (Asia/Ho_Chi_Minh).
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    #: Abbreviation of the document kind (TB, PC, HD, TL, PTN).
    series: Mapped[str] = mapped_column(String(10), primary_key=True)
    #: Last number issued.
    last_value: Mapped[int] = mapped_column(Integer, default=0)


class CaseSearch(db.Model):
    """Accent-free, lower-case text of a case (reference, title, content, place, visible submitters),
    kept in step with the case on every write; searched with LIKE or, on PostgreSQL, a trigram index."""

    __tablename__ = "case_search"

    #: The case.
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), primary_key=True)
    #: The normalised text.
    search_text: Mapped[str] = mapped_column(Text, default="")


event.listen(
    CaseSearch.__table__, "after_create",
    DDL("CREATE EXTENSION IF NOT EXISTS pg_trgm; "
        "CREATE INDEX IF NOT EXISTS ix_case_search_trgm ON case_search USING gin (search_text gin_trgm_ops)")
    .execute_if(dialect="postgresql"),
)


def _store_search_text(connection, case) -> None:
    from ..services.similarity import case_text

    table = CaseSearch.__table__
    text = case_text(case)
    done = connection.execute(table.update().where(table.c.case_id == case.id).values(search_text=text))
    if not done.rowcount:
        connection.execute(table.insert().values(case_id=case.id, search_text=text))


def _case_written(mapper, connection, target) -> None:
    _store_search_text(connection, target)


def _submitter_written(mapper, connection, target) -> None:
    if target.case is not None and target.case.id is not None:
        _store_search_text(connection, target.case)


def _register_search_listeners() -> None:
    from .cases import Case, Submitter

    for kind in ("after_insert", "after_update"):
        event.listen(Case, kind, _case_written)
        event.listen(Submitter, kind, _submitter_written)


def _queue_indexes() -> None:
    """Indexes on ``case`` the work queues need (issue 5): one ordered walk per status by due date."""
    from .cases import Case

    Index("ix_case_status_due", Case.status, Case.due_date, Case.id)
    Index("ix_case_unit_status_due", Case.unit_id, Case.status, Case.due_date, Case.id)
    Index("ix_case_assignee_status_due", Case.assignee_id, Case.status, Case.due_date, Case.id)


_register_search_listeners()
_queue_indexes()
