"""What the case page shows of each clock: dates, days left, state and how the due date was reached."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from . import deadlines
from .calendar import WorkingCalendar
from .extensions import db
from .models import Case, CaseClock, ClockExtension, DeadlineRule
from .timeutil import local_date

REASON_LABELS = {
    "weekend": _l("weekend"),
    "holiday": _l("public holiday"),
    "exception_off": _l("day off decided for this year"),
    "package_working": _l("weekend day worked in exchange"),
    "exception_working": _l("worked day decided for this year"),
}
STATE_LABELS = {
    "running": _l("Running"),
    "paused": _l("Paused"),
    "stopped": _l("Done"),
    "overdue": _l("Overdue"),
    "due_soon": _l("Due soon"),
}


@dataclass
class SkippedDay:
    """A day passed over (or counted specially) and why."""

    day: date
    reason: str
    name: str


@dataclass
class Pause:
    """A pause and the working days it added back."""

    start: date
    end: date | None
    days: int | None


@dataclass
class ClockView:
    """One clock, ready for the template."""

    clock: CaseClock
    label: str
    state: str
    state_label: str
    left: int | None
    total_days: int
    unit_label: str
    source: str
    counted: list[date] = field(default_factory=list)
    weekend_days: list[date] = field(default_factory=list)
    skipped: list[SkippedDay] = field(default_factory=list)
    worked: list[SkippedDay] = field(default_factory=list)
    rolled_from: date | None = None
    pauses: list[Pause] = field(default_factory=list)
    pause_end: date | None = None
    extensions: list[ClockExtension] = field(default_factory=list)
    max_extensions: int = 0
    may_extend: bool = False
    late: bool = False
    variants: list[str] = field(default_factory=list)
    forms: dict = field(default_factory=dict)


def _day(reason) -> SkippedDay:
    return SkippedDay(reason.day, str(REASON_LABELS.get(reason.reason_code, reason.reason_code)), reason.name)


def _variants(rule) -> list[str]:
    """Variants of the same clock and kind in the rule's set (what the case may be declared)."""
    return sorted(db.session.execute(
        select(DeadlineRule.variant).where(DeadlineRule.rule_set_id == rule.rule_set_id,
                                           DeadlineRule.clock == rule.clock, DeadlineRule.kind == rule.kind)
    ).scalars())


def clock_view(clock: CaseClock, calendar: WorkingCalendar, on: date) -> ClockView:
    """Explain one clock: counted days, skipped days and why, pauses, extensions, days left."""
    total = clock.duration + (clock.extension_days or 0)
    ex = calendar.explain(clock.start_date, total, clock.unit)
    status = deadlines.due_status(clock.due_date, on=on, calendar=calendar)
    state = clock.state
    if state == "running" and status.overdue:
        state = "overdue"
    elif state == "running" and status.due_soon:
        state = "due_soon"
    rule = clock.rule
    view = ClockView(
        clock=clock, label=deadlines.clock_label(clock.clock), state=state, state_label=str(STATE_LABELS[state]),
        left=status.left if clock.state == "running" else None, total_days=total,
        unit_label=str(deadlines.UNIT_LABELS.get(clock.unit, clock.unit)),
        source=rule.source if rule else "", counted=list(ex.counted), rolled_from=ex.rolled_from,
        extensions=list(clock.extensions), max_extensions=rule.max_extensions if rule else 0,
    )
    view.may_extend = clock.state != "stopped" and view.max_extensions > len(
        [e for e in clock.extensions if e.state in ("requested", "approved")])
    if rule is not None and clock.state != "stopped":
        view.variants = _variants(rule)
    view.late = bool(clock.stopped_at and clock.due_date and local_date(clock.stopped_at) > clock.due_date)
    skipped = list(ex.skipped)
    worked = list(ex.worked)
    for start, end in clock.pauses or []:
        a, b = date.fromisoformat(start), date.fromisoformat(end)
        view.pauses.append(Pause(a, b, calendar.working_days_between(a, b)))
    if clock.paused_since is not None:
        view.pauses.append(Pause(clock.paused_since, None, None))
    if clock.paused_days:
        added = calendar.explain(ex.due, clock.paused_days, "working")
        skipped += added.skipped
        worked += added.worked
        view.pause_end = added.due
    view.weekend_days = [r.day for r in skipped if r.reason_code == "weekend"]
    view.skipped = [_day(r) for r in skipped if r.reason_code != "weekend"]
    view.worked = [_day(r) for r in worked]
    return view


def case_clock_views(case: Case) -> list[ClockView]:
    """Views of all clocks of a case, in display order."""
    calendar, on = deadlines.working_calendar(), deadlines.today()
    return [clock_view(clock, calendar, on) for clock in deadlines.clocks_of(case)]
