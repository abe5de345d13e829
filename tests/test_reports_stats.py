"""Statistics against hand-computed numbers on a fixed October 2026 data set (no holidays that month).

Working days of October 2026: 1–2, 5–9, 12–16, 19–23, 26–30 (Oct 1 is a Thursday).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from feedback.extensions import db
from feedback.inspect import drilldown
from feedback.lifecycle import apply_transition
from feedback.models import CaseClock, ClockExtension, UnitHolding
from feedback.services import reports
from feedback.services.reports import StatsFilter
from tests.factories import make_case

TODAY = date(2026, 10, 30)
OCTOBER = StatsFilter(date(2026, 10, 1), date(2026, 10, 31))


def at(day: int, month: int = 10, hour: int = 2) -> datetime:
    """09:00 in Viet Nam on that day (02:00 UTC)."""
    return datetime(2026, month, day, hour, 0, tzinfo=UTC)


def d(day: int, month: int = 10) -> date:
    return date(2026, month, day)


def _move(case, *steps, actor=None):
    for target, when in steps:
        event = apply_transition(case, target, actor, reason="lý do")
        if when is not None:
            event.created_at = when
    db.session.commit()


def _clock(case, name, start, due, *, state="running", stopped=None, paused_days=0, paused_since=None):
    clock = CaseClock(case=case, clock=name, duration=10, unit="working", start_date=start, due_date=due,
                      state=state, stopped_at=stopped, paused_days=paused_days, paused_since=paused_since,
                      pauses=[], extension_count=0, extension_days=0)
    db.session.add(clock)
    return clock


@pytest.fixture()
def data(world):
    road, transport = world.road_unit, world.transport_unit
    a = make_case("feedback", channel="web", unit=road, received_at=at(1)).case
    b = make_case("complaint", channel="post", unit=road, received_at=at(2)).case
    c = make_case("feedback", channel="hotline", unit=transport, received_at=at(5)).case
    dd = make_case("petition", channel="web", unit=transport, received_at=at(7)).case
    e = make_case("feedback", channel="web", unit=road, received_at=at(30, 9)).case
    g = make_case("complaint", channel="web", unit=transport, received_at=at(28)).case
    _move(a, ("triage", None), ("accepted", at(6)), ("in_progress", None), ("awaiting_citizen", None),
          ("in_progress", None), ("reply_drafted", None), ("reply_approved", None), ("resolved", at(20)))
    _move(b, ("triage", None), ("accepted", at(5)))
    _move(dd, ("triage", None), ("rejected", at(9)))
    _move(e, ("triage", None), ("accepted", at(1)))
    # Clocks as the deadline engine leaves them (built after the transitions so the engine leaves them alone).
    _clock(a, "triage", d(1), d(15), state="stopped", stopped=at(6))
    res = _clock(a, "resolution", d(1), d(19), state="stopped", stopped=at(20), paused_days=2)
    _clock(b, "triage", d(2), d(16), state="stopped", stopped=at(5))
    _clock(b, "resolution", d(5), d(22), state="paused", paused_since=d(20))
    _clock(c, "triage", d(5), d(19))
    _clock(dd, "triage", d(7), d(21), state="stopped", stopped=at(9))
    _clock(e, "triage", d(30, 9), d(14), state="stopped", stopped=at(1))
    _clock(g, "triage", d(28), d(11, 11))
    db.session.flush()
    db.session.add_all([
        ClockExtension(clock_id=res.id, days=5, reason="phức tạp", state="approved", decided_at=at(12)),
        ClockExtension(clock_id=res.id, days=5, reason="lần hai", state="refused", decided_at=at(13)),
        UnitHolding(case_id=a.id, unit_id=road.id, received_at=at(1), released_at=at(20)),
        UnitHolding(case_id=b.id, unit_id=road.id, received_at=at(2)),
        UnitHolding(case_id=c.id, unit_id=transport.id, received_at=at(5), released_at=at(7),
                    returned_reason="không đúng thẩm quyền"),
        UnitHolding(case_id=dd.id, unit_id=transport.id, received_at=at(7), released_at=at(9)),
    ])
    db.session.commit()
    return {"a": a, "b": b, "c": c, "d": dd, "e": e, "g": g}


def test_counts_of_received_and_decisions(data):
    assert reports.counts(OCTOBER) == {"received": 5, "accepted": 3, "forwarded": 0, "guided": 0, "rejected": 1,
                                       "filed": 0, "withdrawn": 0, "resolved": 1}


def test_filters_and_grouping(data, world):
    assert reports.counts(StatsFilter(OCTOBER.start, OCTOBER.end, unit_id=world.road_unit.id))["received"] == 2
    assert reports.counts(StatsFilter(OCTOBER.start, OCTOBER.end, kind="complaint"))["received"] == 2
    assert reports.counts(StatsFilter(OCTOBER.start, OCTOBER.end, channel="web"))["accepted"] == 2
    assert dict(reports.received_by(OCTOBER, drilldown.Case.channel)) == {"web": 3, "post": 1, "hotline": 1}


def test_on_time_and_late_include_open_overdue_and_respect_pauses(data):
    result = reports.timeliness(OCTOBER, TODAY)
    assert result["triage"] == {"on_time": 4, "late": 0, "open_overdue": 1, "open_not_due": 0}
    # A: stopped on the 20th, due the 19th → late; B: paused on the 20th before its due day → not overdue.
    assert result["resolution"] == {"on_time": 0, "late": 1, "open_overdue": 0, "open_not_due": 1}


def test_working_day_durations_median_p90_exclude_pauses(data):
    result = reports.durations(OCTOBER)
    # triage: A 3 (2,5,6), B 1 (5), D 2 (8,9), E 1 (1 Oct) → sorted 1,1,2,3
    assert result["triage"] == {"count": 4, "mean": 1.8, "median": 1, "p90": 3}
    # resolution of A: 13 working days from 1 to 20 October, minus 2 paused
    assert result["resolution"] == {"count": 1, "mean": 11.0, "median": 11, "p90": 11}


def test_backlog_by_working_day_age(data):
    # open today (30 Oct): B age 20, C 19, E 22, G 2
    assert reports.backlog(OCTOBER, TODAY) == {"0-5": 1, "6-10": 0, "11-20": 2, "21-30": 1, "31-60": 0, "61+": 0}


def test_time_units_held_cases(data, world):
    rows = {row["unit_id"]: row for row in reports.unit_holdings(OCTOBER, TODAY)}
    assert rows[world.road_unit.id] == {"unit_id": world.road_unit.id, "holdings": 2, "open": 1, "returned": 0,
                                        "mean_days": 16.5, "max_days": 20}
    assert rows[world.transport_unit.id] == {"unit_id": world.transport_unit.id, "holdings": 2, "open": 0,
                                             "returned": 1, "mean_days": 2.0, "max_days": 2}


def test_extensions_used(data):
    assert reports.extensions(OCTOBER) == {"resolution": {"count": 1, "days": 5}}


def test_drilldown_lists_the_cases_behind_each_number(data, world):
    def refs(metric, key):
        return {c.reference for c in drilldown.all_cases(world.inspector, metric, key, OCTOBER, TODAY)}

    assert refs("outcome", "accepted") == {data["a"].reference, data["b"].reference, data["e"].reference}
    assert refs("timeliness", "triage:open_overdue") == {data["c"].reference}
    assert refs("backlog", "11-20") == {data["b"].reference, data["c"].reference}
    assert refs("duration", "resolution") == {data["a"].reference}
    assert refs("held", str(world.transport_unit.id)) == {data["c"].reference, data["d"].reference}
    assert refs("extensions", "resolution") == {data["a"].reference}
    assert len(refs("received", "")) == reports.counts(OCTOBER)["received"]


def test_unit_staff_only_ever_see_their_unit(data, world):
    asked = StatsFilter(OCTOBER.start, OCTOBER.end, unit_id=world.transport_unit.id)
    scoped = reports.scoped_filter(world.unit_head, asked)
    assert scoped.unit_id == world.road_unit.id
    assert reports.counts(scoped)["received"] == 2
    assert reports.scoped_filter(world.inspector, asked).unit_id == world.transport_unit.id
    from feedback.errors import Forbidden

    with pytest.raises(Forbidden):
        reports.scoped_filter(world.reception, asked)


def test_statistics_from_clocks_run_by_the_deadline_engine(world, monkeypatch):
    """Clocks started, paused, resumed and stopped by the real services (feedback.deadlines), day by day."""
    from feedback import deadlines
    from feedback.deadlines_seed import seed_deadlines
    from feedback.models import CalendarException

    seed_deadlines()
    day = {"today": d(1)}
    monkeypatch.setattr(deadlines, "today", lambda: day["today"])
    monkeypatch.setattr(deadlines, "utcnow", lambda: at(day["today"].day))
    case = make_case("feedback", channel="web", unit=world.road_unit, received_at=at(1)).case

    def on(when: int, *targets):
        day["today"] = d(when)
        _move(case, *[(t, at(when)) for t in targets])

    on(6, "triage", "accepted")            # triage stops: 3 working days (2, 5, 6 October)
    on(7, "in_progress")
    on(8, "awaiting_citizen")              # paused from the 8th …
    on(13, "in_progress")                  # … to the 13th: 9, 12, 13 October = 3 working days added back
    on(14, "reply_drafted", "reply_approved")
    on(20, "resolved")                     # 13 working days from 1 to 20 October, minus 3 paused = 10
    clocks = {c.clock: c for c in deadlines.clocks_of(case)}
    assert clocks["resolution"].paused_days == 3 and clocks["resolution"].due_date == d(20)
    result = reports.durations(OCTOBER)
    assert result["triage"]["median"] == 3 and result["resolution"]["median"] == 10
    timely = reports.timeliness(OCTOBER, TODAY)
    assert timely["triage"]["on_time"] == 1 and timely["resolution"]["on_time"] == 1  # due the 20th, done the 20th
    # A day off added to the calendar is reflected at once: 2 October no longer counts.
    db.session.add(CalendarException(day=d(2), is_working=False, name="Nghỉ bù"))
    db.session.commit()
    deadlines.invalidate_calendar()
    assert reports.durations(OCTOBER)["triage"]["median"] == 2


def test_local_day_of_utc_moments(db):
    from sqlalchemy import select

    from feedback.inspect.workdays import local_day
    from feedback.models import AuditEntry

    for moment, expected in ((datetime(2026, 10, 1, 16, 59, tzinfo=UTC), date(2026, 10, 1)),
                             (datetime(2026, 10, 1, 17, 0, tzinfo=UTC), date(2026, 10, 2)),
                             (datetime(2026, 12, 31, 23, 30, tzinfo=UTC), date(2027, 1, 1))):
        db.session.add(AuditEntry(action="t", details={}, created_at=moment))
        db.session.commit()
        day = db.session.execute(select(local_day(AuditEntry.created_at)).order_by(AuditEntry.seq.desc())
                                 .limit(1)).scalar_one()
        assert str(day) == expected.isoformat(), moment
