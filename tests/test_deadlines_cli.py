"""flask calendar / deadline / deadlines commands: output format, exit codes, bad input."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from feedback.extensions import db
from feedback.models import AuditEntry, CalendarException, CaseEvent
from tests.deadlines_support import clocks, received, rules  # noqa: F401


def run(runner, *args):
    return runner.invoke(args=[str(a) for a in args], catch_exceptions=False)


@pytest.mark.parametrize(("start", "days", "unit", "due"), [
    ("2026-03-02", 10, "working", "2026-03-16"),
    ("2026-02-13", 1, "working", "2026-02-23"),  # Tết 2026: 16-20 February off
    ("2026-03-02", 0, "working", "2026-03-02"),
    ("2026-03-07", 0, "working", "2026-03-09"),  # zero days from a Saturday: the next working day
    ("2026-03-09", 30, "calendar", "2026-04-08"),
    ("2026-03-28", 30, "calendar", "2026-04-28"),  # 27 April (Hùng Kings, observed) rolls to the 28th
])
def test_deadline_add_prints_due_date_alone_on_first_line(runner, start, days, unit, due):
    result = run(runner, "deadline", "add", "--start", start, "--days", days, "--unit", unit)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [due]


def test_deadline_add_uses_the_exceptions_table(runner, rules):  # noqa: F811
    # 29/12/2025 + 10 working days: 1 January holiday, 2 January off (exception), Saturday 10 January worked.
    result = run(runner, "deadline", "add", "--start", "2025-12-29", "--days", 10, "--unit", "working", "--explain")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0] == "2026-01-13"
    text = "\n".join(lines[1:])
    assert "2026-01-01" in text and "2026-01-02" in text and "Nghỉ bù" in text
    assert "2026-01-10" in text and "Làm bù" in text
    three = ("deadline", "add", "--start", "2025-12-29", "--days", 3, "--unit", "working")
    assert run(runner, *three).output.splitlines()[0] == "2026-01-05"
    # Without the exceptions 2 January counts again.
    run(runner, "calendar", "unset", "2026-01-02")
    run(runner, "calendar", "unset", "2026-01-10")
    assert run(runner, *three).output.splitlines()[0] == "2026-01-02"


@pytest.mark.parametrize("args", [
    ["--start", "2026-13-01", "--days", "3", "--unit", "working"],
    ["--start", "02/01/2026", "--days", "3", "--unit", "working"],
    ["--start", "2026-01-01", "--days", "-1", "--unit", "working"],
    ["--start", "2026-01-01", "--days", "three", "--unit", "working"],
    ["--start", "2026-01-01", "--days", "3", "--unit", "weeks"],
    ["--start", "2026-01-01", "--days", "3"],
    ["--days", "3", "--unit", "working"],
])
def test_deadline_add_bad_input_is_a_usage_error(runner, args):
    result = runner.invoke(args=["deadline", "add", *args])
    assert result.exit_code == 2
    assert "Error" in result.output and "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_deadline_add_out_of_range_is_a_clear_error(runner):
    result = runner.invoke(args=["deadline", "add", "--start", "9999-12-01", "--days", "36500", "--unit", "calendar"])
    assert result.exit_code == 1
    assert "cannot compute" in result.output
    assert isinstance(result.exception, SystemExit)


def test_calendar_set_unset_list(runner, rules):  # noqa: F811
    case = received("feedback", date(2026, 3, 2))
    assert clocks(case)["resolution"].due_date == date(2026, 3, 16)
    result = run(runner, "calendar", "set", "2026-03-10", "--off", "--name", "Nghỉ đột xuất")
    assert result.exit_code == 0
    row = db.session.execute(select(CalendarException).where(CalendarException.day == date(2026, 3, 10))).scalar_one()
    assert row.is_working is False and row.name == "Nghỉ đột xuất"
    assert clocks(case)["resolution"].due_date == date(2026, 3, 17)
    assert db.session.execute(select(CaseEvent).where(CaseEvent.case_id == case.id,
                                                      CaseEvent.type == "deadline_recomputed")).scalars().all()
    assert db.session.execute(select(AuditEntry).where(AuditEntry.action == "calendar.exception_set")).first()

    listing = run(runner, "calendar", "list", "--year", 2026).output
    assert "2026-03-10" in listing and "Nghỉ đột xuất" in listing
    assert "2026-01-02" in listing and "2026-02-17" in listing
    worked_part = listing.split("Worked weekend days")[1]
    assert "2026-01-10" in worked_part and "2026-08-22" in worked_part

    assert run(runner, "calendar", "unset", "2026-03-10").exit_code == 0
    assert clocks(case)["resolution"].due_date == date(2026, 3, 16)
    again = runner.invoke(args=["calendar", "unset", "2026-03-10"])
    assert again.exit_code == 1 and "no exception" in again.output


def test_calendar_set_needs_a_state_and_a_date(runner, rules):  # noqa: F811
    assert runner.invoke(args=["calendar", "set", "2026-03-10"]).exit_code == 2
    assert runner.invoke(args=["calendar", "set", "tomorrow", "--off"]).exit_code == 2
    assert runner.invoke(args=["calendar", "list"]).exit_code == 2
    assert runner.invoke(args=["calendar", "list", "--year", "abc"]).exit_code == 2


def test_calendar_set_working_saturday(runner, rules):  # noqa: F811
    case = received("feedback", date(2026, 3, 2))
    assert run(runner, "calendar", "set", "2026-03-07", "--working").exit_code == 0
    assert clocks(case)["resolution"].due_date == date(2026, 3, 13)


def test_deadlines_recompute_command(runner, rules):  # noqa: F811
    case = received("feedback", date(2026, 3, 2))
    db.session.add(CalendarException(day=date(2026, 3, 12), is_working=False, name="x"))
    db.session.commit()
    result = run(runner, "deadlines", "recompute")
    assert result.exit_code == 0 and "changed" in result.output
    assert clocks(case)["resolution"].due_date == date(2026, 3, 17)


def test_explain_a_calendar_period_that_rolls_forward(runner):
    result = run(runner, "deadline", "add", "--start", "2026-03-28", "--days", 30, "--unit", "calendar", "--explain")
    lines = result.output.splitlines()
    assert lines[0] == "2026-04-28"
    text = "\n".join(lines[1:])
    assert "counted 30 calendar day(s): 2026-03-29 to 2026-04-27" in text
    assert "2026-04-27 is not a working day: moved to 2026-04-28" in text
    assert "skipped 2026-04-27" in text
