"""Working days in SQL: the local date of a stored UTC moment, and the working-day index table.

``local_day(column)`` compiles to the Vietnamese calendar date of a UTC timestamp on SQLite and PostgreSQL
(Asia/Ho_Chi_Minh has no daylight saving: UTC+7). :func:`ensure_index` keeps :class:`WorkingDayIndex`
built from :func:`feedback.deadlines.working_calendar` over the years statistics need; working days
between two days are then ``ordinal(b) - ordinal(a)``, a join and a subtraction per row.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import Date, delete, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

from ..extensions import db
from ..models import CalendarException, WorkingDayIndex, WorkingDayIndexState

FIRST_DAY = date(2015, 1, 1)


class local_day(FunctionElement):  # noqa: N801 - reads like a SQL function
    """``local_day(utc_timestamp)`` → the date in Asia/Ho_Chi_Minh."""

    type = Date()
    inherit_cache = True
    name = "local_day"


@compiles(local_day, "sqlite")
def _local_day_sqlite(element, compiler, **kw):
    # Stored as 'YYYY-MM-DD HH:MM:SS.ffffff' (UTC): before 17:00 UTC the local date is the UTC date, read with
    # substr (about three times cheaper than date() on a million rows); later moments use date(+7 hours).
    column = compiler.process(element.clauses, **kw)
    return (f"CASE WHEN substr({column}, 12, 2) < '17' THEN substr({column}, 1, 10) "
            f"ELSE date({column}, '+7 hours') END")


@compiles(local_day, "postgresql")
def _local_day_pg(element, compiler, **kw):
    return f"CAST(({compiler.process(element.clauses, **kw)} AT TIME ZONE 'Asia/Ho_Chi_Minh') AS DATE)"


def _fingerprint() -> str:
    count, latest = db.session.execute(
        select(func.count(CalendarException.id), func.max(CalendarException.updated_at))).one()
    return f"{count}|{latest}"


def ensure_index(until: date | None = None) -> None:
    """Build or rebuild the index when the calendar changed or ``until`` lies beyond it (commits if it writes)."""
    from ..deadlines import today, working_calendar

    last = max(until or today(), today()) + timedelta(days=400)
    last = date(last.year, 12, 31)
    fingerprint = _fingerprint()
    state = db.session.get(WorkingDayIndexState, 1)
    if state is not None and state.fingerprint == fingerprint and state.last_day >= last:
        return
    calendar = working_calendar()
    rows, ordinal, day = [], 0, FIRST_DAY
    while day <= last:
        working = 1 if calendar.is_working_day(day) else 0
        ordinal += working
        rows.append({"day": day, "ordinal": ordinal, "working": working})
        day += timedelta(days=1)
    try:
        db.session.execute(delete(WorkingDayIndex))
        db.session.execute(insert(WorkingDayIndex), rows)
        if state is None:
            state = WorkingDayIndexState(id=1, first_day=FIRST_DAY, last_day=last)
            db.session.add(state)
        state.fingerprint, state.first_day, state.last_day = fingerprint, FIRST_DAY, last
        db.session.commit()
    except IntegrityError:  # another process rebuilt it at the same moment: use theirs
        db.session.rollback()


def ordinal_of(day: date) -> int:
    """Working days from the start of the index up to ``day``."""
    ensure_index(day)
    return db.session.execute(select(WorkingDayIndex.ordinal).where(WorkingDayIndex.day == day)).scalar_one()


def latest_day_with_age(today: date, working_days: int) -> date:
    """The latest day ``d`` whose working-day age ``ordinal(today) - ordinal(d)`` is at least ``working_days``."""
    target = ordinal_of(today) - working_days
    found = db.session.execute(select(func.max(WorkingDayIndex.day))
                               .where(WorkingDayIndex.ordinal <= target)).scalar_one_or_none()
    return found or FIRST_DAY - timedelta(days=1)
