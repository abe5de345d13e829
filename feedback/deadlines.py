"""Deadline rules → case clocks (DESIGN.md §5): start, pause, resume, stop, compute, show.

The arithmetic is :mod:`feedback.calendar`; this module feeds it the exceptions table (one cached
:class:`~feedback.calendar.WorkingCalendar`, rebuilt when the table changes) and applies the rule set
in force on the day of receipt. Functions here never commit: the calling service owns the transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from flask import current_app
from flask_babel import lazy_gettext as _l
from sqlalchemy import and_, func, select

from .calendar import WorkingCalendar
from .extensions import db
from .lifecycle import OUTCOME_STATUSES, PAUSED_STATUSES
from .models import CalendarException, Case, CaseClock, DeadlineRule, RuleSet
from .timeutil import local_date, utcnow

RECEIPT, ACCEPTANCE = "receipt", "acceptance"
#: Statuses at which every clock still open stops (nothing is left to be late for).
FINAL_STATUSES = OUTCOME_STATUSES | {"closed"}

CLOCK_LABELS = {
    "triage": _l("Classify and decide"),
    "acceptance": _l("Accept or refuse (thụ lý)"),
    "forward": _l("Forward if outside our competence"),
    "notify": _l("Notify the submitter"),
    "notify_acceptance": _l("Notify the denouncer of acceptance"),
    "resolution": _l("Resolve and answer"),
}
UNIT_LABELS = {"working": _l("working days"), "calendar": _l("calendar days")}
_CACHE_KEY = "deadlines.calendar"


def clock_label(name: str) -> str:
    """Human label of a clock name."""
    return str(CLOCK_LABELS.get(name, name))


# -- the calendar -------------------------------------------------------------
def working_calendar() -> WorkingCalendar:
    """The working-day calendar with the exceptions table applied (cached until the table changes).

    The cache key is the table's row count and latest change, so other processes' edits are seen too.
    """
    count, latest = db.session.execute(
        select(func.count(CalendarException.id), func.max(CalendarException.updated_at))
    ).one()
    token = (count, str(latest))
    cached = current_app.extensions.get(_CACHE_KEY)
    if cached is not None and cached[0] == token:
        return cached[1]
    rows = db.session.execute(select(CalendarException.day, CalendarException.is_working, CalendarException.name))
    calendar = WorkingCalendar({day: (working, name or "") for day, working, name in rows})
    current_app.extensions[_CACHE_KEY] = (token, calendar)
    return calendar


def invalidate_calendar() -> None:
    """Forget the cached calendar (call after changing the exceptions table)."""
    current_app.extensions.pop(_CACHE_KEY, None)


def today() -> date:
    """Today in Asia/Ho_Chi_Minh."""
    return local_date(utcnow())


# -- rules ------------------------------------------------------------------------
def rule_set_for(day: date) -> RuleSet | None:
    """The rule set in force on ``day`` (latest ``effective_from`` not after it)."""
    return db.session.execute(
        select(RuleSet).where(RuleSet.effective_from <= day).order_by(RuleSet.effective_from.desc()).limit(1)
    ).scalar_one_or_none()


def variant_preferences(case: Case, clock: str) -> list[str]:
    """Variants to try for a new clock, best first: the instance of a complaint, then the default ``""``."""
    if case.kind == "complaint" and clock == "resolution":
        parent = db.session.get(Case, case.parent_id) if case.parent_id else None
        return ["second" if parent is not None and parent.kind == "complaint" else "first", ""]
    return [""]


def find_rule(rule_set_id: int, kind: str, clock: str, variants: list[str]) -> DeadlineRule | None:
    """The rule for ``kind`` (or ``*``) and ``clock`` in a set, by variant preference."""
    rules = db.session.execute(
        select(DeadlineRule).where(DeadlineRule.rule_set_id == rule_set_id, DeadlineRule.clock == clock,
                                   DeadlineRule.kind.in_((kind, "*")))
    ).scalars().all()
    for variant in variants:
        for wanted_kind in (kind, "*"):
            for rule in rules:
                if rule.kind == wanted_kind and rule.variant == variant:
                    return rule
    return None


def _rules_starting(case: Case, event: str) -> list[DeadlineRule]:
    rule_set = rule_set_for(local_date(case.received_at))
    if rule_set is None:
        return []
    names = db.session.execute(
        select(DeadlineRule.clock).where(DeadlineRule.rule_set_id == rule_set.id, DeadlineRule.start_event == event,
                                         DeadlineRule.kind.in_((case.kind, "*"))).distinct()
    ).scalars().all()
    found = [find_rule(rule_set.id, case.kind, name, variant_preferences(case, name)) for name in names]
    return [rule for rule in found if rule is not None and rule.start_event == event]


# -- clocks -------------------------------------------------------------------
def clocks_of(case: Case) -> list[CaseClock]:
    """The clocks of a case (pending ones included), in display order."""
    rows = [] if case.id is None else list(
        db.session.execute(select(CaseClock).where(CaseClock.case_id == case.id)).scalars())
    rows += [obj for obj in db.session.new if isinstance(obj, CaseClock) and obj.case is case and obj not in rows]
    order = {name: i for i, name in enumerate(CLOCK_LABELS)}
    return sorted(rows, key=lambda c: (order.get(c.clock, 99), c.clock))


def paused_working_days(calendar: WorkingCalendar, pauses: list) -> int:
    """Working days in the finished pauses ``[[from, to], …]`` (each counted as ``(from, to]``)."""
    return sum(calendar.working_days_between(date.fromisoformat(a), date.fromisoformat(b)) for a, b in pauses or [])


def compute_due(calendar: WorkingCalendar, start: date, duration: int, unit: str, paused_days: int = 0) -> date:
    """Due day of a period of ``duration`` ``unit`` days from ``start``, plus paused working days."""
    nominal = calendar.add(start, duration, unit)
    return calendar.add_working_days(nominal, paused_days) if paused_days else nominal


def recompute_clock(clock: CaseClock, calendar: WorkingCalendar | None = None) -> date:
    """Recompute one clock's paused days and due date from its data and the current calendar."""
    calendar = calendar or working_calendar()
    clock.paused_days = paused_working_days(calendar, clock.pauses)
    clock.due_date = compute_due(calendar, clock.start_date, clock.duration + (clock.extension_days or 0),
                                 clock.unit, clock.paused_days)
    clock.recomputed_at = utcnow()
    return clock.due_date


def refresh_case_due(case: Case, clocks: list[CaseClock] | None = None) -> None:
    """Set ``case.due_date``/``due_clock`` to the earliest running clock (None when none runs)."""
    running = [c for c in (clocks if clocks is not None else clocks_of(case))
               if c.state == "running" and c.due_date is not None]
    first = min(running, key=lambda c: (c.due_date, c.clock), default=None)
    due, name = (first.due_date, first.clock) if first else (None, None)
    if case.due_date != due or case.due_clock != name:
        case.due_date, case.due_clock = due, name


def start_clocks(case: Case, event: str, on: date) -> list[CaseClock]:
    """Start the clocks whose rules start at ``event`` (``receipt`` or ``acceptance``) on day ``on``.

    A clock that already exists for the case is left alone. Returns the new clocks.
    """
    existing = clocks_of(case)
    have = {c.clock for c in existing}
    calendar = working_calendar()
    started = []
    for rule in _rules_starting(case, event):
        if rule.clock in have:
            continue
        clock = CaseClock(case=case, clock=rule.clock, rule=rule, variant=rule.variant, duration=rule.duration,
                          unit=rule.unit, start_date=on, state="running", pauses=[], paused_days=0,
                          extension_count=0, extension_days=0)
        recompute_clock(clock, calendar)
        db.session.add(clock)
        started.append(clock)
    refresh_case_due(case, existing + started)
    return started


def start_receipt_clocks(case: Case) -> list[CaseClock]:
    """Start the clocks that run from receipt (called by intake before its commit)."""
    return start_clocks(case, RECEIPT, local_date(case.received_at))


def stop_statuses(clock: CaseClock) -> set[str]:
    """Statuses that satisfy ``clock`` (the rule's, plus the final ones)."""
    return set(clock.rule.stop_statuses or []) | FINAL_STATUSES if clock.rule else set(FINAL_STATUSES)


def stop_clock(clock: CaseClock, status: str | None, calendar: WorkingCalendar | None = None, *,
               at: datetime | None = None) -> None:
    """Stop a clock (closing an open pause first so its days are on record).

    :param at: when it stopped (default now).
    """
    moment = at or utcnow()
    if clock.state == "paused" and clock.paused_since is not None:
        _close_pause(clock, local_date(moment), calendar)
    clock.state = "stopped"
    clock.stopped_at = moment
    clock.stopped_by_status = status


def _close_pause(clock: CaseClock, day: date, calendar: WorkingCalendar | None) -> None:
    since = clock.paused_since
    clock.pauses = list(clock.pauses or []) + [[since.isoformat(), max(day, since).isoformat()]]
    clock.paused_since = None
    recompute_clock(clock, calendar)


def on_transition(case: Case, previous: str, target: str, event=None) -> None:
    """Apply a status change to the case's clocks (called by :func:`feedback.lifecycle.apply_transition`).

    Pauses running clocks on ``awaiting_citizen``/``suspended``, resumes them (adding the paused working
    days back) when leaving those, starts the acceptance clocks on ``accepted`` and stops every clock the
    new status satisfies. What changed is added to the transition event's payload.
    """
    moment = event.created_at if event is not None else None  # set only when replaying a past decision
    with db.session.no_autoflush:  # the event is still pending: its payload may be completed below
        changes = _apply_transition(case, previous, target, moment)
    if event is not None and changes:
        event.payload = {**(event.payload or {}), "clocks": changes}


def _apply_transition(case: Case, previous: str, target: str, moment: datetime | None) -> dict:
    clocks = clocks_of(case)
    if not clocks and target != "accepted":
        return {}
    calendar, day, changes = working_calendar(), local_date(moment) if moment else today(), {}
    if previous in PAUSED_STATUSES and target not in PAUSED_STATUSES:
        for clock in clocks:
            if clock.state == "paused":
                _close_pause(clock, day, calendar)
                clock.state = "running"
                changes.setdefault("resumed", {})[clock.clock] = clock.due_date.isoformat()
    if target in PAUSED_STATUSES:
        for clock in clocks:
            if clock.state == "running":
                clock.state, clock.paused_since = "paused", day
                changes.setdefault("paused", []).append(clock.clock)
    for clock in clocks:
        if clock.state != "stopped" and target in stop_statuses(clock):
            stop_clock(clock, target, calendar, at=moment)
            changes.setdefault("stopped", []).append(clock.clock)
    if target == "accepted":
        started = start_clocks(case, ACCEPTANCE, day)
        clocks += started
        if started:
            changes["started"] = {c.clock: c.due_date.isoformat() for c in started}
    refresh_case_due(case, clocks)
    return changes


# -- display ------------------------------------------------------------------------
@dataclass(frozen=True)
class DueStatus:
    """Where a due date stands today: working days left (negative when overdue) and the flags."""

    due: date | None
    left: int | None
    overdue: bool
    due_soon: bool


def due_soon_days() -> int:
    """Working days left at which a clock counts as due soon (config ``DUE_SOON_WORKING_DAYS``, default 3)."""
    return int(current_app.config.get("DUE_SOON_WORKING_DAYS", 3))


def due_status(due: date | None, *, on: date | None = None, calendar: WorkingCalendar | None = None) -> DueStatus:
    """Working days left until ``due`` and the overdue/due-soon flags, as of ``on`` (default today)."""
    if due is None:
        return DueStatus(None, None, False, False)
    on = on or today()
    left = (calendar or working_calendar()).working_days_between(on, due)
    overdue = on > due
    return DueStatus(due, left, overdue, not overdue and left <= due_soon_days())


def due_filter(level: str):
    """SQL condition on ``Case.due_date`` for queue filters: ``overdue`` or ``due_soon``."""
    on = today()
    if level == "overdue":
        return Case.due_date < on
    limit = working_calendar().add_working_days(on, due_soon_days())
    return and_(Case.due_date >= on, Case.due_date <= limit)


def due_statuses(cases: list[Case]) -> dict[int, DueStatus]:
    """:class:`DueStatus` of each case's denormalised due date, keyed by case id (for queues)."""
    calendar, on = working_calendar(), today()
    return {case.id: due_status(case.due_date, on=on, calendar=calendar) for case in cases}


def citizen_due_text(case: Case) -> str | None:
    """The current answer deadline in plain words for the tracking page, or None when no clock runs."""
    clocks = [c for c in clocks_of(case) if c.state != "stopped"]
    if not clocks:
        return None
    order = {"resolution": 0, "acceptance": 1, "triage": 2}
    clock = min(clocks, key=lambda c: (order.get(c.clock, 9), c.due_date or date.max))
    if clock.state == "paused":
        return str(_l("The deadline is paused while we wait; the days paused will be added back."))
    start_word = _l("from receipt") if clock.rule is None or clock.rule.start_event == RECEIPT else \
        _l("from acceptance")
    what = _l("We will answer by") if clock.clock == "resolution" else _l("We will decide on your submission by")
    from .timeutil import format_date

    return str(_l("%(what)s %(due)s (%(n)s %(unit)s %(start)s).", what=what, due=format_date(clock.due_date),
                  n=clock.duration + (clock.extension_days or 0), unit=UNIT_LABELS.get(clock.unit, clock.unit),
                  start=start_word))
