"""Statistics for inspectors, leaders and units (issue 6): aggregated in SQL, working days from the clocks.

Every figure is one GROUP BY query over indexed columns; medians and 90th percentiles use window functions
(nearest-rank: the value at position ``ceil(p·n)`` of the sorted column), so nothing loops over cases in
Python. The filter (:class:`StatsFilter`) is applied through :func:`case_conditions`, and unit heads and
officers are held to their own unit by :func:`scoped_filter` before any query runs. The same conditions
build the case lists behind each number (:mod:`feedback.inspect.drilldown`).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from datetime import date, datetime, time, timedelta

from flask_babel import lazy_gettext as _l
from sqlalchemy import and_, case, func, literal, or_, select
from sqlalchemy.orm import aliased

from ..errors import Forbidden
from ..extensions import db
from ..inspect.workdays import ensure_index, latest_day_with_age, local_day
from ..lifecycle import OPEN_STATUSES
from ..models import Case, CaseClock, CaseEvent, ClockExtension, UnitHolding, User, WorkingDayIndex
from ..permissions import can
from ..timeutil import LOCAL_TZ

#: Decisions counted in a period (a status event reaching them).
OUTCOMES = ("accepted", "forwarded", "guided", "rejected", "filed", "withdrawn", "resolved")
#: Clocks whose durations are reported.
DURATION_CLOCKS = ("triage", "acceptance", "resolution")
#: Backlog age bands in working days: (key, lowest age, highest age or None).
AGE_BANDS = (("0-5", 0, 5), ("6-10", 6, 10), ("11-20", 11, 20), ("21-30", 21, 30), ("31-60", 31, 60),
             ("61+", 61, None))
TIMELINESS = ("on_time", "late", "open_overdue", "open_not_due")
TIMELINESS_LABELS = {"on_time": _l("On time"), "late": _l("Late (closed after the due date)"),
                     "open_overdue": _l("Open and overdue"), "open_not_due": _l("Open, not yet due")}


@dataclass(frozen=True)
class StatsFilter:
    """A period (local dates, both included) and optional filters; empty values do not filter."""

    start: date
    end: date
    kind: str | None = None
    channel: str | None = None
    category_id: int | None = None
    unit_id: int | None = None
    officer_id: int | None = None

    @property
    def start_utc(self) -> datetime:
        return datetime.combine(self.start, time(), LOCAL_TZ)

    @property
    def end_utc(self) -> datetime:
        """Exclusive: midnight after the last day."""
        return datetime.combine(self.end + timedelta(days=1), time(), LOCAL_TZ)

    def args(self) -> dict[str, str]:
        """Query-string form (for links and exports)."""
        return {k: (v.isoformat() if isinstance(v, date) else str(v)) for k, v in asdict(self).items() if v}


def scoped_filter(user: User, stats: StatsFilter) -> StatsFilter:
    """The filter ``user`` may use: officers and unit heads only ever see their own unit."""
    if not can(user, "reports.view"):
        raise Forbidden(_l("You may not see statistics."))
    if user.role in ("officer", "unit_head"):
        if user.unit_id is None:
            raise Forbidden(_l("You may not see statistics."))
        return replace(stats, unit_id=user.unit_id)
    return stats


def case_conditions(stats: StatsFilter) -> list:
    """WHERE clauses on :class:`Case` for the filters (not the period)."""
    conditions = []
    for column, value in ((Case.kind, stats.kind), (Case.channel, stats.channel),
                          (Case.category_id, stats.category_id), (Case.unit_id, stats.unit_id),
                          (Case.assignee_id, stats.officer_id)):
        if value:
            conditions.append(column == value)
    return conditions


def join_cases(stmt, stats: StatsFilter, onclause):
    """Join :class:`Case` only when a filter needs its columns (saves a lookup per row otherwise)."""
    return stmt.join(Case, onclause) if case_conditions(stats) else stmt


def received_conditions(stats: StatsFilter) -> list:
    return [Case.received_at >= stats.start_utc, Case.received_at < stats.end_utc, *case_conditions(stats)]


def outcome_conditions(stats: StatsFilter, status: str) -> list:
    """Cases that reached ``status`` during the period."""
    reached = select(CaseEvent.case_id).where(
        CaseEvent.type == "status", CaseEvent.to_status == status,
        CaseEvent.created_at >= stats.start_utc, CaseEvent.created_at < stats.end_utc)
    return [Case.id.in_(reached), *case_conditions(stats)]


def counts(stats: StatsFilter) -> dict[str, int]:
    """Received in the period, and cases reaching each outcome in the period."""
    received = db.session.execute(select(func.count(Case.id)).where(*received_conditions(stats))).scalar_one()
    rows = db.session.execute(
        join_cases(select(CaseEvent.to_status, func.count(func.distinct(CaseEvent.case_id))), stats,
                   Case.id == CaseEvent.case_id)
        .where(CaseEvent.type == "status", CaseEvent.to_status.in_(OUTCOMES),
               CaseEvent.created_at >= stats.start_utc, CaseEvent.created_at < stats.end_utc,
               *case_conditions(stats))
        .group_by(CaseEvent.to_status)).all()
    result = {"received": received, **dict.fromkeys(OUTCOMES, 0)}
    result.update({status: n for status, n in rows})
    return result


def received_by(stats: StatsFilter, column) -> list[tuple[object, int]]:
    """Cases received in the period grouped by ``column`` (``Case.channel``, ``Case.kind``, ``Case.unit_id`` …)."""
    return [tuple(row) for row in db.session.execute(
        select(column, func.count(Case.id)).where(*received_conditions(stats))
        .group_by(column).order_by(func.count(Case.id).desc())).all()]


def _timeliness_key(today: date):
    stopped_day = local_day(CaseClock.stopped_at)
    return case(
        (and_(CaseClock.state == "stopped", stopped_day <= CaseClock.due_date), literal("on_time")),
        (CaseClock.state == "stopped", literal("late")),
        # A paused clock cannot fall due during its pause: it is overdue only if the pause began after the due day.
        (and_(CaseClock.state == "running", CaseClock.due_date < today), literal("open_overdue")),
        (and_(CaseClock.state == "paused", CaseClock.paused_since > CaseClock.due_date), literal("open_overdue")),
        else_=literal("open_not_due"))


def timeliness_conditions(stats: StatsFilter) -> list:
    """Clocks falling due in the period (open ones included), for the filtered cases."""
    return [CaseClock.due_date >= stats.start, CaseClock.due_date <= stats.end, *case_conditions(stats)]


def timeliness(stats: StatsFilter, today: date) -> dict[str, dict[str, int]]:
    """Per clock: on time, late, open and overdue, open and not yet due — for clocks due in the period."""
    key = _timeliness_key(today).label("key")
    rows = db.session.execute(
        join_cases(select(CaseClock.clock, key, func.count(CaseClock.id)), stats, Case.id == CaseClock.case_id)
        .where(*timeliness_conditions(stats)).group_by(CaseClock.clock, key)).all()
    result: dict[str, dict[str, int]] = {}
    for clock, bucket, n in rows:
        result.setdefault(clock, dict.fromkeys(TIMELINESS, 0))[bucket] = n
    return result


def timeliness_case_conditions(stats: StatsFilter, clock: str, bucket: str, today: date) -> list:
    """Cases behind one timeliness figure."""
    inner = join_cases(select(CaseClock.case_id), stats, Case.id == CaseClock.case_id).where(
        CaseClock.clock == clock, _timeliness_key(today) == bucket, *timeliness_conditions(stats))
    return [Case.id.in_(inner)]


def elapsed_working_days():
    """Working days a stopped clock ran: from its start day (not counted) to its stop day, pauses excluded."""
    start_ix, stop_ix = aliased(WorkingDayIndex), aliased(WorkingDayIndex)
    elapsed = (stop_ix.ordinal - start_ix.ordinal - func.coalesce(CaseClock.paused_days, 0))
    return start_ix, stop_ix, elapsed


def duration_conditions(stats: StatsFilter) -> list:
    return [CaseClock.state == "stopped", CaseClock.stopped_at >= stats.start_utc,
            CaseClock.stopped_at < stats.end_utc, CaseClock.clock.in_(DURATION_CLOCKS), *case_conditions(stats)]


def durations(stats: StatsFilter) -> dict[str, dict[str, float | int | None]]:
    """Per clock stopped in the period: count, mean, median and 90th percentile of working days taken.

    SQL groups the clocks by (clock, working days taken), sorted; the percentiles are read off that
    histogram by nearest rank (position ``ceil(p·n)``), so Python sees one row per distinct value, not per case.
    """
    ensure_index(stats.end)
    start_ix, stop_ix, elapsed = elapsed_working_days()
    days = elapsed.label("days")
    rows = db.session.execute(
        join_cases(select(CaseClock.clock, days, func.count(CaseClock.id)), stats, Case.id == CaseClock.case_id)
        .join(start_ix, start_ix.day == CaseClock.start_date)
        .join(stop_ix, stop_ix.day == local_day(CaseClock.stopped_at))
        .where(*duration_conditions(stats))
        .group_by(CaseClock.clock, days).order_by(CaseClock.clock, days)).all()
    histograms: dict[str, list[tuple[int, int]]] = {}
    for clock, value, n in rows:
        histograms.setdefault(clock, []).append((int(value), int(n)))
    return {clock: _summary(histogram) for clock, histogram in histograms.items()}


def _summary(histogram: list[tuple[int, int]]) -> dict[str, float | int | None]:
    total = sum(n for _value, n in histogram)
    ranks = {"median": (total * 50 + 99) // 100, "p90": (total * 90 + 99) // 100}
    result: dict[str, float | int | None] = {
        "count": total, "mean": round(sum(v * n for v, n in histogram) / total, 1), "median": None, "p90": None}
    seen = 0
    for value, n in histogram:
        seen += n
        for name, rank in ranks.items():
            if result[name] is None and seen >= rank:
                result[name] = value
    return result


def backlog_bounds(today: date) -> dict[str, tuple[datetime | None, datetime | None]]:
    """Per age band, the received-at range (UTC; inclusive lower, exclusive upper) of its open cases."""
    bounds = {}
    for key, low, high in AGE_BANDS:
        newest = latest_day_with_age(today, low) if low else today       # age >= low
        oldest = latest_day_with_age(today, high + 1) if high is not None else None  # age <= high
        upper = datetime.combine(newest + timedelta(days=1), time(), LOCAL_TZ)
        lower = datetime.combine(oldest + timedelta(days=1), time(), LOCAL_TZ) if oldest else None
        bounds[key] = (lower, upper)
    return bounds


def backlog_conditions(stats: StatsFilter, band: str, today: date) -> list:
    lower, upper = backlog_bounds(today)[band]
    conditions = [Case.status.in_(OPEN_STATUSES), Case.received_at < upper, *case_conditions(stats)]
    if lower is not None:
        conditions.append(Case.received_at >= lower)
    return conditions


def backlog(stats: StatsFilter, today: date) -> dict[str, int]:
    """Open cases today by working-day age since receipt (the period is ignored: the backlog is now)."""
    ensure_index(today)
    bands = []
    for key, (lower, upper) in backlog_bounds(today).items():
        test = Case.received_at < upper if lower is None else and_(Case.received_at >= lower,
                                                                    Case.received_at < upper)
        bands.append((test, literal(key)))
    band = case(*bands, else_=literal("")).label("band")
    rows = db.session.execute(select(band, func.count(Case.id))
                              .where(Case.status.in_(OPEN_STATUSES), *case_conditions(stats))
                              .group_by(band)).all()
    result = {key: 0 for key, _low, _high in AGE_BANDS}
    result.update({key: n for key, n in rows if key})
    return result


def holding_conditions(stats: StatsFilter) -> list:
    conditions = [UnitHolding.received_at < stats.end_utc,
                  or_(UnitHolding.released_at.is_(None), UnitHolding.released_at >= stats.start_utc)]
    conditions += [c for c in case_conditions(replace(stats, unit_id=None))]
    if stats.unit_id:
        conditions.append(UnitHolding.unit_id == stats.unit_id)
    return conditions


def unit_holdings(stats: StatsFilter, today: date) -> list[dict]:
    """Per unit, holdings overlapping the period: count, still held, returned, mean and longest working days held."""
    ensure_index(today)
    start_ix, end_ix = aliased(WorkingDayIndex), aliased(WorkingDayIndex)
    held = end_ix.ordinal - start_ix.ordinal
    end_day = func.coalesce(local_day(UnitHolding.released_at), today)
    stmt = (select(UnitHolding.unit_id, func.count(UnitHolding.id),
                   func.sum(case((UnitHolding.released_at.is_(None), 1), else_=0)),
                   func.sum(case((UnitHolding.returned_reason.is_not(None), 1), else_=0)),
                   func.avg(held), func.max(held))
            .select_from(UnitHolding)
            .join(start_ix, start_ix.day == local_day(UnitHolding.received_at))
            .join(end_ix, end_ix.day == end_day))
    if case_conditions(replace(stats, unit_id=None)):
        stmt = stmt.join(Case, Case.id == UnitHolding.case_id)
    rows = db.session.execute(stmt.where(*holding_conditions(stats)).group_by(UnitHolding.unit_id)).all()
    return [{"unit_id": unit_id, "holdings": n, "open": int(open_ or 0), "returned": int(returned or 0),
             "mean_days": round(float(mean), 1) if mean is not None else None, "max_days": longest}
            for unit_id, n, open_, returned, mean, longest in rows]


def extension_conditions(stats: StatsFilter) -> list:
    return [ClockExtension.state == "approved", ClockExtension.decided_at >= stats.start_utc,
            ClockExtension.decided_at < stats.end_utc, *case_conditions(stats)]


def extensions(stats: StatsFilter) -> dict[str, dict[str, int]]:
    """Extensions approved in the period, per clock: how many, and days added."""
    rows = db.session.execute(
        select(CaseClock.clock, func.count(ClockExtension.id), func.sum(ClockExtension.days))
        .join(CaseClock, CaseClock.id == ClockExtension.clock_id).join(Case, Case.id == CaseClock.case_id)
        .where(*extension_conditions(stats)).group_by(CaseClock.clock)).all()
    return {clock: {"count": n, "days": int(days or 0)} for clock, n, days in rows}
