"""Vietnamese working-day arithmetic (Civil Code 2015, Art. 147-148).

Pure Python: no Flask, no database.  A day is a *working day* when it is
Monday-Friday and not a public holiday of the ``holidays`` package (country
``"VN"``, including its substitute days off), or when it is a weekend day the
package knows to be worked (``weekend_workdays``).  An *exception* passed by
the caller (``date -> (is_working, name)``, stored by the app in a table)
overrides all of the above.

Reasons are plain data (:class:`DayReason` with a ``reason_code`` and a
``name``) so that the app can translate them.  Reason codes:

* ``"weekend"`` -- Saturday/Sunday (name ``""``);
* ``"holiday"`` -- public holiday or substitute day off from the package;
* ``"exception_off"`` -- extra day off from the exceptions mapping;
* ``"package_working"`` -- weekend day worked according to the package;
* ``"exception_working"`` -- weekend day or holiday worked per exception.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from threading import RLock
from typing import Literal

import holidays

Unit = Literal["working", "calendar"]
UNITS: tuple[str, ...] = ("working", "calendar")

WEEKEND = "weekend"
HOLIDAY = "holiday"
EXCEPTION_OFF = "exception_off"
PACKAGE_WORKING = "package_working"
EXCEPTION_WORKING = "exception_working"
OFF_CODES = frozenset({WEEKEND, HOLIDAY, EXCEPTION_OFF})

_ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class DayReason:
    """Why a day is skipped (non-working) or specially counted (worked)."""

    day: date
    reason_code: str
    name: str = ""


@dataclass(frozen=True)
class Explanation:
    """Structured explanation of a due-date computation.

    ``counted``: days counted towards the period (working days for
    ``"working"``, all calendar days for ``"calendar"``).
    ``skipped``: non-working days passed over (for ``"calendar"`` only the
    roll-forward).  ``worked``: counted days that are working only because of
    a worked-weekend marker or an exception.  ``rolled_from``: the nominal
    date that was a non-working day and got rolled forward to ``due``.
    """

    start: date
    n: int
    unit: str
    due: date
    counted: tuple[date, ...]
    skipped: tuple[DayReason, ...]
    worked: tuple[DayReason, ...]
    rolled_from: date | None = None


def _as_date(value: date) -> date:
    return value.date() if isinstance(value, datetime) else value


def _check_n(n: int) -> None:
    if n < 0:
        raise ValueError(f"number of days must be >= 0, got {n}")


class WorkingCalendar:
    """Vietnamese working-day calendar with caller-supplied exceptions.

    Per-year data is computed lazily and cached; working days are kept as a
    sorted list of ordinals over a contiguous range of years, so due dates
    are found by :func:`bisect` rather than day-by-day loops.  Safe to share
    between threads (the lazily grown cache is guarded by a lock).

    :param exceptions: ``date -> (is_working, name)``; overrides the package.
    :param language: language of holiday names from the ``holidays`` package.
    """

    def __init__(
        self,
        exceptions: Mapping[date, tuple[bool, str]] | None = None,
        *,
        language: str = "vi",
    ) -> None:
        self.language = language
        self._exceptions: dict[date, tuple[bool, str]] = {
            _as_date(d): (bool(w), name) for d, (w, name) in (exceptions or {}).items()
        }
        self._notes: dict[int, dict[date, DayReason]] = {}
        self._ords: list[int] = []
        self._lo = self._hi = 0  # contiguous year range covered by _ords
        self._lock = RLock()

    # -- per-year data ---------------------------------------------------
    def _year_notes(self, year: int) -> dict[date, DayReason]:
        """Non-ordinary days of ``year``: holidays, markers, exceptions."""
        notes = self._notes.get(year)
        if notes is None:
            pkg = holidays.country_holidays("VN", years=year, language=self.language)
            notes = {d: DayReason(d, HOLIDAY, name) for d, name in pkg.items() if d.year == year}
            for d in pkg.weekend_workdays:
                if d.year == year and d.weekday() >= 5 and d not in notes:
                    notes[d] = DayReason(d, PACKAGE_WORKING, "")
            for d, (working, name) in self._exceptions.items():
                if d.year != year:
                    continue
                if not working:
                    notes[d] = DayReason(d, EXCEPTION_OFF, name)
                elif d.weekday() >= 5 or d in notes:
                    notes[d] = DayReason(d, EXCEPTION_WORKING, name)
                # A "working" exception on an ordinary weekday changes nothing.
            self._notes[year] = notes
        return notes

    def reason(self, day: date) -> DayReason | None:
        """Return why ``day`` is special, or ``None`` for an ordinary weekday.

        :param day: the day to classify.
        :returns: a :class:`DayReason` (off or worked) or ``None``.
        """
        day = _as_date(day)
        note = self._year_notes(day.year).get(day)
        if note is None and day.weekday() >= 5:
            return DayReason(day, WEEKEND, "")
        return note

    def is_working_day(self, day: date) -> bool:
        """Return ``True`` if ``day`` is a working day.

        :param day: the day to test.
        """
        note = self.reason(day)
        return note is None or note.reason_code not in OFF_CODES

    def _year_ords(self, year: int) -> list[int]:
        first, last = date(year, 1, 1).toordinal(), date(year, 12, 31).toordinal()
        notes = self._year_notes(year)
        out = []
        for o in range(first, last + 1):
            d = date.fromordinal(o)
            note = notes.get(d)
            if note is None:
                if d.weekday() < 5:
                    out.append(o)
            elif note.reason_code not in OFF_CODES:
                out.append(o)
        return out

    def _ensure(self, lo: int, hi: int) -> None:
        """Make ``_ords`` cover the years ``lo..hi`` (inclusive)."""
        if not self._ords:
            self._lo, self._hi = lo, lo - 1
        if lo < self._lo:
            head = [o for y in range(lo, self._lo) for o in self._year_ords(y)]
            self._ords = head + self._ords
            self._lo = lo
        for y in range(self._hi + 1, hi + 1):
            self._ords.extend(self._year_ords(y))
        self._hi = max(self._hi, hi)

    def _index_after(self, day: date, inclusive: bool) -> int:
        """Index in ``_ords`` of the first working day ``>= day`` / ``> day``."""
        self._ensure(day.year, day.year + 1)
        find = bisect_left if inclusive else bisect_right
        i = find(self._ords, day.toordinal())
        while i >= len(self._ords):  # e.g. a long run of exceptions
            self._ensure(self._lo, self._hi + 1)
        return i

    def _nth_from(self, i: int, n: int) -> date:
        while i + n >= len(self._ords):
            self._ensure(self._lo, self._hi + 1 + (i + n - len(self._ords)) // 240)
        return date.fromordinal(self._ords[i + n])

    # -- arithmetic ------------------------------------------------------
    def next_working_day(self, day: date) -> date:
        """Return ``day`` if it is a working day, else the next working day.

        :param day: the day to start from.
        """
        with self._lock:
            return self._nth_from(self._index_after(_as_date(day), True), 0)

    def add_working_days(self, start: date, n: int) -> date:
        """Return the ``n``-th working day after ``start`` (start not counted).

        ``n == 0`` returns ``start`` if it is a working day, otherwise the next
        working day (a zero-length period still has to end on a working day).

        :param start: the day of the triggering event.
        :param n: number of working days, ``>= 0``.
        :raises ValueError: if ``n`` is negative.
        """
        _check_n(n)
        start = _as_date(start)
        if n == 0:
            return self.next_working_day(start)
        with self._lock:
            return self._nth_from(self._index_after(start, False), n - 1)

    def add_calendar_days(self, start: date, n: int) -> date:
        """Return ``start + n`` days, rolled forward to a working day if needed.

        :param start: the day of the triggering event.
        :param n: number of calendar days, ``>= 0``.
        :raises ValueError: if ``n`` is negative.
        """
        _check_n(n)
        return self.next_working_day(_as_date(start) + timedelta(days=n))

    def add(self, start: date, n: int, unit: str) -> date:
        """Dispatch to :meth:`add_working_days` or :meth:`add_calendar_days`.

        :param unit: ``"working"`` or ``"calendar"``.
        :raises ValueError: for an unknown unit or a negative ``n``.
        """
        if unit == "working":
            return self.add_working_days(start, n)
        if unit == "calendar":
            return self.add_calendar_days(start, n)
        raise ValueError(f"unknown unit {unit!r}; expected one of {UNITS}")

    def working_days_between(self, a: date, b: date) -> int:
        """Count working days in ``(a, b]``; negative (``-count((b, a])``) if ``b < a``.

        :param a: exclusive lower bound (e.g. the start or today).
        :param b: inclusive upper bound (e.g. the due date).
        """
        a, b = _as_date(a), _as_date(b)
        if b < a:
            return -self.working_days_between(b, a)
        with self._lock:
            self._ensure(a.year, b.year)
            ords = self._ords
            return bisect_right(ords, b.toordinal()) - bisect_right(ords, a.toordinal())

    # -- explanations and listings --------------------------------------
    def explain(self, start: date, n: int, unit: str) -> Explanation:
        """Explain how the due date of an ``n``-``unit`` period is obtained.

        :param start: the day of the triggering event.
        :param n: period length, ``>= 0``.
        :param unit: ``"working"`` or ``"calendar"``.
        :raises ValueError: for an unknown unit or a negative ``n``.
        """
        start = _as_date(start)
        due = self.add(start, n, unit)
        counted: list[date] = []
        skipped: list[DayReason] = []
        worked: list[DayReason] = []
        if unit == "calendar":
            nominal = start + timedelta(days=n)
            counted = [start + timedelta(days=k) for k in range(1, n + 1)]
        else:
            nominal = start if n == 0 else None
        day = nominal if nominal is not None else start + _ONE_DAY
        while day <= due:
            note = self.reason(day)
            if note is not None and note.reason_code in OFF_CODES:
                skipped.append(note)
            else:
                if unit == "working" and n > 0:
                    counted.append(day)
                if note is not None:
                    worked.append(note)
            day += _ONE_DAY
        rolled = nominal if nominal is not None and nominal != due else None
        return Explanation(
            start, n, unit, due, tuple(counted), tuple(skipped), tuple(worked), rolled
        )

    def non_working_days(self, year: int, *, include_weekends: bool = False) -> list[DayReason]:
        """List the non-working days of ``year`` with their reasons.

        :param year: the calendar year.
        :param include_weekends: also list ordinary Saturdays and Sundays.
        :returns: sorted :class:`DayReason` items with an off reason code.
        """
        notes = self._year_notes(year)
        out = [r for r in notes.values() if r.reason_code in OFF_CODES]
        if include_weekends:
            day = date(year, 1, 1)
            while day.year == year:
                if day.weekday() >= 5 and day not in notes:
                    out.append(DayReason(day, WEEKEND, ""))
                day += _ONE_DAY
        return sorted(out, key=lambda r: r.day)

    def worked_weekend_days(self, year: int) -> list[DayReason]:
        """List days of ``year`` worked despite a weekend or holiday.

        :param year: the calendar year.
        :returns: sorted items with code ``package_working``/``exception_working``.
        """
        notes = self._year_notes(year).values()
        return sorted((r for r in notes if r.reason_code not in OFF_CODES), key=lambda r: r.day)
