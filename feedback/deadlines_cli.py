"""Commands: ``flask calendar set|unset|list``, ``flask deadline add``, ``flask deadlines remind|recompute``.

Bad input gets a one-line message and a non-zero exit status, never a traceback.
"""

from __future__ import annotations

from datetime import date

import click
from flask import Flask
from flask.cli import AppGroup
from sqlalchemy.exc import SQLAlchemyError

from .calendar import WorkingCalendar

_REASON_WORDS = {
    "weekend": "weekend",
    "holiday": "public holiday",
    "exception_off": "day off (exception)",
    "package_working": "worked weekend day",
    "exception_working": "worked day (exception)",
}


class DateParam(click.ParamType):
    """A ``YYYY-MM-DD`` date."""

    name = "YYYY-MM-DD"

    def convert(self, value, param, ctx):
        if isinstance(value, date):
            return value
        try:
            if len(value) != 10:
                raise ValueError
            return date.fromisoformat(value)
        except (TypeError, ValueError):
            self.fail(f"{value!r} is not a date in the form YYYY-MM-DD", param, ctx)


DATE = DateParam()


def _calendar() -> WorkingCalendar:
    """The app calendar; if the exceptions table is missing (database not migrated), the package alone."""
    from . import deadlines
    from .extensions import db

    try:
        return deadlines.working_calendar()
    except SQLAlchemyError:
        db.session.rollback()
        click.echo("warning: calendar exceptions unavailable (run `flask db upgrade`); "
                   "using the public holidays only", err=True)
        return WorkingCalendar()


def _reason_text(reason) -> str:
    word = _REASON_WORDS.get(reason.reason_code, reason.reason_code)
    return f"{word}: {reason.name}" if reason.name else word


calendar_group = AppGroup("calendar", help="Working-day calendar exceptions (days off, worked weekend days).")


@calendar_group.command("set")
@click.argument("day", type=DATE)
@click.option("--off", "state", flag_value="off", help="The day is a day off.")
@click.option("--working", "state", flag_value="working", help="The day is a working day.")
@click.option("--name", default="", help="Why (e.g. the government decision).")
def calendar_set(day: date, state: str | None, name: str) -> None:
    """Mark DAY as a day off or a working day; open clocks are recomputed."""
    from .services.deadlines import set_exception

    if state is None:
        raise click.UsageError("say --off or --working")
    result = set_exception(None, day, state == "working", name)
    click.echo(f"{day.isoformat()} set as {'a working day' if state == 'working' else 'a day off'}; "
               f"{result.changed_clocks} clock(s) on {result.changed_cases} case(s) recomputed.")


@calendar_group.command("unset")
@click.argument("day", type=DATE)
def calendar_unset(day: date) -> None:
    """Remove the exception on DAY; open clocks are recomputed."""
    from .errors import NotFound
    from .services.deadlines import unset_exception

    try:
        result = unset_exception(None, day)
    except NotFound:
        raise click.ClickException(f"there is no exception on {day.isoformat()}") from None
    click.echo(f"{day.isoformat()} exception removed; {result.changed_clocks} clock(s) on "
               f"{result.changed_cases} case(s) recomputed.")


@calendar_group.command("list")
@click.option("--year", type=click.IntRange(1900, 2200), required=True, help="Calendar year.")
def calendar_list(year: int) -> None:
    """Print the non-working weekdays and the worked weekend days of a year."""
    cal = _calendar()
    click.echo(f"Non-working days {year} (besides ordinary Saturdays and Sundays):")
    for reason in cal.non_working_days(year):
        click.echo(f"  {reason.day.isoformat()} {reason.day:%a}  {_reason_text(reason)}")
    click.echo(f"Worked weekend days {year}:")
    for reason in cal.worked_weekend_days(year):
        click.echo(f"  {reason.day.isoformat()} {reason.day:%a}  {_reason_text(reason)}")


deadline_group = AppGroup("deadline", help="Deadline arithmetic.")


@deadline_group.command("add")
@click.option("--start", type=DATE, required=True, help="Day of the event (not counted).")
@click.option("--days", type=click.IntRange(min=0, max=36500), required=True, help="Length of the period.")
@click.option("--unit", type=click.Choice(["working", "calendar"]), required=True, help="Working or calendar days.")
@click.option("--explain", is_flag=True, help="Explain the result on the following lines.")
def deadline_add(start: date, days: int, unit: str, explain: bool) -> None:
    """Print the due date (YYYY-MM-DD alone on the first line) of a period of DAYS from START."""
    cal = _calendar()
    try:
        due = cal.add(start, days, unit)
    except (ValueError, OverflowError) as exc:
        raise click.ClickException(f"cannot compute this period: {exc}") from None
    click.echo(due.isoformat())
    if not explain:
        return
    ex = cal.explain(start, days, unit)
    click.echo(f"start {start.isoformat()} (not counted); {days} {unit} day(s)")
    if unit == "working":
        click.echo(f"counted {len(ex.counted)} working day(s): {', '.join(d.isoformat() for d in ex.counted)}")
    elif ex.counted:
        click.echo(f"counted {len(ex.counted)} calendar day(s): {ex.counted[0].isoformat()} to "
                   f"{ex.counted[-1].isoformat()}")
    for reason in ex.skipped:
        click.echo(f"skipped {reason.day.isoformat()} {reason.day:%a}: {_reason_text(reason)}")
    for reason in ex.worked:
        click.echo(f"counted {reason.day.isoformat()} {reason.day:%a}: {_reason_text(reason)}")
    if ex.rolled_from:
        click.echo(f"{ex.rolled_from.isoformat()} is not a working day: moved to {due.isoformat()}")


deadlines_group = AppGroup("deadlines", help="Case clocks: reminders and recomputation.")


@deadlines_group.command("recompute")
def deadlines_recompute() -> None:
    """Recompute every open clock with the current calendar (an event is written on each moved case)."""
    from .deadlines_recompute import recompute_open_clocks
    from .extensions import db

    result = recompute_open_clocks("Due dates recomputed from the command line.")
    db.session.commit()
    click.echo(f"{result.clocks} open clock(s) checked; {result.changed_clocks} changed on "
               f"{result.changed_cases} case(s).")


@deadlines_group.command("remind")
def deadlines_remind() -> None:
    """Queue due-soon reminders and overdue alerts (each once per clock and level). Meant for cron."""
    from .services.reminders import send_reminders

    sent = send_reminders()
    click.echo(f"{sent.due_soon} due-soon reminder(s), {sent.overdue} overdue alert(s) queued.")


def register(app: Flask) -> None:
    """Add the command groups to ``app``."""
    for group in (calendar_group, deadline_group, deadlines_group):
        app.cli.add_command(group)
