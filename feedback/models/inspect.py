"""Inspection: the working-day index statistics join on, quality-review samples and findings, report drafts."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import UTCDateTime, now_column_default
from .cases import CaseEvent
from .clocks import CaseClock

#: Findings an inspector can record on a sampled case.
REVIEW_RATINGS = ("compliant", "minor_issues", "major_issues")


class WorkingDayIndex(db.Model):
    """One calendar day and the number of working days up to it, so SQL can count working days by subtraction.

    Working days between ``a`` (not counted) and ``b`` = ``ordinal(b) - ordinal(a)``. Rebuilt from the
    working calendar whenever the calendar exceptions change (:mod:`feedback.inspect.workdays`).
    """

    __tablename__ = "working_day_index"

    #: The day (Vietnamese calendar date).
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    #: Working days from the first day of the table up to and including this day.
    ordinal: Mapped[int] = mapped_column(Integer)
    #: 1 when the day is a working day, else 0.
    working: Mapped[int] = mapped_column(Integer)


class WorkingDayIndexState(db.Model):
    """What :class:`WorkingDayIndex` was built from (one row)."""

    __tablename__ = "working_day_index_state"

    #: Always 1.
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    #: Fingerprint of the calendar exceptions the index was built with.
    fingerprint: Mapped[str] = mapped_column(String(120), default="")
    #: First day covered.
    first_day: Mapped[date] = mapped_column(Date)
    #: Last day covered.
    last_day: Mapped[date] = mapped_column(Date)


class QualitySample(db.Model):
    """A random sample of closed cases drawn by an inspector for a quality review."""

    __tablename__ = "quality_sample"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Inspector who drew it.
    created_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    #: When (UTC).
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=now_column_default)
    #: Cases asked for.
    size: Mapped[int] = mapped_column(Integer)
    #: Filters and period the sample was drawn from (codes and dates only).
    criteria: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    created_by = relationship("User")
    reviews = relationship("QualityReview", back_populates="sample", order_by="QualityReview.id")


class QualityReview(db.Model):
    """One sampled case and the inspector's findings on how it was handled."""

    __tablename__ = "quality_review"
    __table_args__ = (
        UniqueConstraint("sample_id", "case_id", name="uq_quality_review_case"),
        CheckConstraint("rating IS NULL OR rating IN ('compliant','minor_issues','major_issues')",
                        name="rating_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: The sample.
    sample_id: Mapped[int] = mapped_column(ForeignKey("quality_sample.id"), index=True)
    #: The case reviewed.
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id"), index=True)
    #: ``compliant``, ``minor_issues`` or ``major_issues`` (None: not reviewed yet).
    rating: Mapped[str | None] = mapped_column(String(20))
    #: The inspector's findings.
    findings: Mapped[str] = mapped_column(Text, default="")
    #: Inspector who recorded the findings.
    reviewed_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    #: When the findings were recorded.
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    sample = relationship("QualitySample", back_populates="reviews")
    case = relationship("Case")
    reviewed_by = relationship("User")


class ReportDraft(db.Model):
    """The periodic report being prepared: period, number and the narrative the inspector edits."""

    __tablename__ = "report_draft"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: First day of the period.
    period_start: Mapped[date] = mapped_column(Date)
    #: Last day of the period.
    period_end: Mapped[date] = mapped_column(Date)
    #: Document number, e.g. ``15/BC-SGTVT``.
    number: Mapped[str] = mapped_column(String(40), default="")
    #: Period wording in the title ("quý III năm 2026", "6 tháng đầu năm 2026" …).
    period_label: Mapped[str] = mapped_column(String(120), default="")
    #: The narrative (generated, then edited by the inspector).
    narrative: Mapped[str] = mapped_column(Text, default="")
    #: Overdue cases: the reasons, in the inspector's words.
    overdue_reasons: Mapped[str] = mapped_column(Text, default="")
    #: Who last saved it.
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    #: When it was last saved.
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=now_column_default)


# Covering indexes for the statistics (on other modules' tables; declared here so the statistics own them):
#: decisions in a period, counted from the index alone.
Index("ix_case_event_type_status_created", CaseEvent.type, CaseEvent.to_status, CaseEvent.created_at,
      CaseEvent.case_id)
#: on time / late for clocks falling due in a period.
Index("ix_case_clock_due_stats", CaseClock.due_date, CaseClock.clock, CaseClock.state, CaseClock.stopped_at,
      CaseClock.paused_since, CaseClock.case_id)
#: working days taken by clocks stopped in a period.
Index("ix_case_clock_stopped_stats", CaseClock.stopped_at, CaseClock.clock, CaseClock.start_date,
      CaseClock.paused_days, CaseClock.case_id)
