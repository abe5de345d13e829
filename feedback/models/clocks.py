"""Deadlines (DESIGN.md §5): calendar exceptions, versioned rules, per-case clocks, extensions, reminders."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import UTCDateTime, now_column_default

#: Clock names the rules may use, in display order.
CLOCK_NAMES = ("triage", "acceptance", "forward", "notify", "notify_acceptance", "resolution")
#: Events that start a clock.
START_EVENTS = ("receipt", "acceptance")
#: Clock states.
CLOCK_STATES = ("running", "paused", "stopped")
#: Extension request states.
EXTENSION_STATES = ("requested", "approved", "refused")
#: Reminder levels.
REMINDER_LEVELS = ("due_soon", "overdue")


class CalendarException(db.Model):
    """A day that differs from the ``holidays`` package: an extra day off or a worked weekend day."""

    __tablename__ = "calendar_exception"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: The day (Vietnamese calendar date).
    day: Mapped[date] = mapped_column(Date, unique=True)
    #: True: a working day (e.g. a Saturday worked in exchange); False: a day off.
    is_working: Mapped[bool] = mapped_column(Boolean)
    #: Why, as the government decision names it ("Nghỉ bù Tết Dương lịch").
    name: Mapped[str] = mapped_column(String(200), default="")
    #: Administrator who set it (None for seeded rows and the CLI).
    set_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    #: When it was first set.
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=now_column_default)
    #: Last change (the calendar cache is keyed on it).
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=now_column_default)

    set_by = relationship("User")


class RuleSet(db.Model):
    """A version of the deadline rules; a case uses the set in force on its day of receipt."""

    __tablename__ = "rule_set"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Name shown to administrators.
    name: Mapped[str] = mapped_column(String(200))
    #: First day of receipt the set applies to.
    effective_from: Mapped[date] = mapped_column(Date, unique=True)
    #: Legal basis and anything still to confirm.
    note: Mapped[str] = mapped_column(Text, default="")
    #: Creation time.
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=now_column_default)
    #: Last change of the set or one of its rules.
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=now_column_default)

    rules = relationship("DeadlineRule", back_populates="rule_set", cascade="all, delete-orphan",
                         order_by="DeadlineRule.id")


class DeadlineRule(db.Model):
    """One legal period: for a kind (and variant), a clock runs ``duration`` days from an event."""

    __tablename__ = "deadline_rule"
    __table_args__ = (
        UniqueConstraint("rule_set_id", "kind", "variant", "clock", name="uq_deadline_rule"),
        CheckConstraint("unit IN ('working','calendar')", name="unit_known"),
        CheckConstraint("start_event IN ('receipt','acceptance')", name="start_event_known"),
        CheckConstraint("duration >= 0 AND max_extensions >= 0 AND extension_days >= 0", name="non_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: The rule set.
    rule_set_id: Mapped[int] = mapped_column(ForeignKey("rule_set.id", ondelete="CASCADE"), index=True)
    #: Case kind, or ``*`` for every kind.
    kind: Mapped[str] = mapped_column(String(30))
    #: ``""`` (default) or e.g. ``first``, ``second_complex``, ``remote_complex``, ``very_complex``, ``several_places``.
    variant: Mapped[str] = mapped_column(String(40), default="")
    #: Clock name, one of :data:`CLOCK_NAMES`.
    clock: Mapped[str] = mapped_column(String(30))
    #: Length of the period.
    duration: Mapped[int] = mapped_column(Integer)
    #: ``working`` or ``calendar`` days.
    unit: Mapped[str] = mapped_column(String(10), default="working")
    #: ``receipt`` or ``acceptance``.
    start_event: Mapped[str] = mapped_column(String(20), default="receipt")
    #: Statuses that satisfy (stop) the clock.
    stop_statuses: Mapped[list[str]] = mapped_column(JSON, default=list)
    #: How many extensions the law allows (0 = none).
    max_extensions: Mapped[int] = mapped_column(Integer, default=0)
    #: Length of each extension, in the rule's unit.
    extension_days: Mapped[int] = mapped_column(Integer, default=0)
    #: Legal source, e.g. "Luật Khiếu nại 2011, Điều 28".
    source: Mapped[str] = mapped_column(String(300), default="")

    rule_set = relationship("RuleSet", back_populates="rules")


class CaseClock(db.Model):
    """A running, paused or stopped legal period of one case."""

    __tablename__ = "case_clock"
    __table_args__ = (
        UniqueConstraint("case_id", "clock", name="uq_case_clock"),
        CheckConstraint("state IN ('running','paused','stopped')", name="state_known"),
        Index("ix_case_clock_state_due", "state", "due_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: The case.
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    #: Clock name.
    clock: Mapped[str] = mapped_column(String(30))
    #: The rule in use (from the set in force at receipt).
    rule_id: Mapped[int | None] = mapped_column(ForeignKey("deadline_rule.id", ondelete="SET NULL"))
    #: Variant chosen (copied from the rule; changed when the case is declared complex …).
    variant: Mapped[str] = mapped_column(String(40), default="")
    #: Period length copied from the rule (kept if the rule is deleted).
    duration: Mapped[int] = mapped_column(Integer)
    #: ``working`` or ``calendar``.
    unit: Mapped[str] = mapped_column(String(10))
    #: Day of the starting event (not counted).
    start_date: Mapped[date] = mapped_column(Date)
    #: Current due day (end of day, Asia/Ho_Chi_Minh).
    due_date: Mapped[date | None] = mapped_column(Date)
    #: ``running``, ``paused`` or ``stopped``.
    state: Mapped[str] = mapped_column(String(10), default="running")
    #: Finished pauses: ``[[from_iso, to_iso], …]``; their working days are added back.
    pauses: Mapped[list[Any]] = mapped_column(JSON, default=list)
    #: Working days paused so far (sum over :attr:`pauses`, recomputed with the calendar).
    paused_days: Mapped[int] = mapped_column(Integer, default=0)
    #: Day the current pause began.
    paused_since: Mapped[date | None] = mapped_column(Date)
    #: Approved extensions.
    extension_count: Mapped[int] = mapped_column(Integer, default=0)
    #: Total days added by approved extensions, in the clock's unit.
    extension_days: Mapped[int] = mapped_column(Integer, default=0)
    #: When it stopped (UTC).
    stopped_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    #: Status that stopped it.
    stopped_by_status: Mapped[str | None] = mapped_column(String(20))
    #: Last due-date computation (UTC).
    recomputed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    #: Creation time.
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=now_column_default)

    case = relationship("Case")
    rule = relationship("DeadlineRule")
    extensions = relationship("ClockExtension", back_populates="clock_row", order_by="ClockExtension.id",
                              cascade="all, delete-orphan")


class ClockExtension(db.Model):
    """A request to extend a clock (gia hạn), and its decision."""

    __tablename__ = "clock_extension"
    __table_args__ = (CheckConstraint("state IN ('requested','approved','refused')", name="state_known"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    #: The clock.
    clock_id: Mapped[int] = mapped_column(ForeignKey("case_clock.id", ondelete="CASCADE"), index=True)
    #: Days asked for, in the clock's unit.
    days: Mapped[int] = mapped_column(Integer)
    #: Why (complexity, verification at several places …).
    reason: Mapped[str] = mapped_column(Text)
    #: ``requested``, ``approved`` or ``refused``.
    state: Mapped[str] = mapped_column(String(10), default="requested")
    #: Officer who asked.
    requested_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    #: When asked.
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=now_column_default)
    #: Unit head or leader who decided.
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    #: When decided.
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    clock_row = relationship("CaseClock", back_populates="extensions")
    requested_by = relationship("User", foreign_keys=[requested_by_id])
    approved_by = relationship("User", foreign_keys=[approved_by_id])


class ReminderSent(db.Model):
    """One reminder level sent for one clock (unique: each level is sent once)."""

    __tablename__ = "reminder_sent"
    __table_args__ = (
        UniqueConstraint("clock_id", "level", name="uq_reminder_once"),
        CheckConstraint("level IN ('due_soon','overdue')", name="level_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: The clock.
    clock_id: Mapped[int] = mapped_column(ForeignKey("case_clock.id", ondelete="CASCADE"))
    #: ``due_soon`` or ``overdue``.
    level: Mapped[str] = mapped_column(String(10))
    #: Due date the reminder was about.
    due_date: Mapped[date] = mapped_column(Date)
    #: Addresses written to the outbox, comma-separated.
    recipients: Mapped[str] = mapped_column(Text, default="")
    #: When it was queued.
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=now_column_default)
