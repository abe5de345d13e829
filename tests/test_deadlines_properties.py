"""Property tests (hypothesis) over clocks: a due date is a working day, never before the start, and a pause
moves it by exactly the paused working days."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from feedback.calendar import WorkingCalendar
from feedback.deadlines import compute_due, paused_working_days
from tests.deadlines_support import rules, set_today  # noqa: F401

days = st.dates(min_value=date(2024, 1, 1), max_value=date(2027, 12, 31))
exceptions = st.dictionaries(days, st.tuples(st.booleans(), st.just("x")), max_size=8)


@settings(max_examples=300, deadline=None)
@given(start=days, duration=st.integers(0, 90), unit=st.sampled_from(["working", "calendar"]),
       exc=exceptions, pauses=st.lists(st.tuples(days, st.integers(0, 40)), max_size=3))
def test_due_is_a_working_day_not_before_start_and_pauses_add_exactly(start, duration, unit, exc, pauses):
    calendar = WorkingCalendar(exc)
    intervals = [[a.isoformat(), (a + timedelta(days=n)).isoformat()] for a, n in pauses]
    paused = paused_working_days(calendar, intervals)
    assert paused >= 0
    plain = compute_due(calendar, start, duration, unit)
    due = compute_due(calendar, start, duration, unit, paused)
    assert calendar.is_working_day(plain) and calendar.is_working_day(due)
    assert start <= plain <= due
    assert calendar.working_days_between(plain, due) == paused
    if unit == "working" and duration > 0:
        assert calendar.working_days_between(start, plain) == duration
    longer = compute_due(calendar, start, duration + 1, unit, paused)
    assert longer >= due


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(received_on=st.dates(min_value=date(2026, 1, 1), max_value=date(2026, 12, 1)),
       offsets=st.tuples(st.integers(0, 6), st.integers(0, 20), st.integers(0, 20)))
def test_real_clock_pause_resume_property(rules, set_today, received_on, offsets):  # noqa: F811
    from feedback import deadlines
    from feedback.extensions import db
    from feedback.lifecycle import apply_transition
    from tests.deadlines_support import clocks, received

    accept_after, pause_after, pause_len = offsets
    case = received("feedback", received_on, unit=rules.road_unit)
    set_today(received_on + timedelta(days=accept_after))
    for status in ("triage", "accepted", "in_progress"):
        apply_transition(case, status, rules.unit_head)
    db.session.commit()
    before = clocks(case)["resolution"].due_date
    pause_day = received_on + timedelta(days=accept_after + pause_after)
    set_today(pause_day)
    apply_transition(case, "awaiting_citizen", rules.unit_head, reason="hỏi thêm")
    set_today(pause_day + timedelta(days=pause_len))
    apply_transition(case, "in_progress", rules.unit_head)
    db.session.commit()
    clock = clocks(case)["resolution"]
    calendar = deadlines.working_calendar()
    expected_paused = calendar.working_days_between(pause_day, pause_day + timedelta(days=pause_len))
    assert clock.paused_days == expected_paused
    assert clock.due_date == (calendar.add_working_days(before, expected_paused) if expected_paused else before)
    assert calendar.is_working_day(clock.due_date) and clock.due_date >= clock.start_date

