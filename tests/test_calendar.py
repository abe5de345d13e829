"""Tests for :mod:`feedback.calendar` (Vietnamese working-day arithmetic).

Expected dates were derived by hand from the ``holidays==0.108`` Vietnam list
(pinned in ``test_package_knows_these_days`` below), not from the
implementation.  Abbreviations in comments: H = package holiday,
S = package substitute day off, W = weekend, X = exception.
"""

from __future__ import annotations

import random
import time
from datetime import date, datetime, timedelta

import holidays
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from feedback.calendar import DayReason, WorkingCalendar

D = date
ONE = timedelta(days=1)

# The exceptions the app seeds for 2026: Friday 2 January off, in exchange
# for working on Saturday 10 January.
SEEDED = {
    D(2026, 1, 2): (False, "Nghỉ bù Tết Dương lịch"),
    D(2026, 1, 10): (True, "Làm bù cho ngày 02/01/2026"),
}

PLAIN = WorkingCalendar()
SEED = WorkingCalendar(SEEDED)


def exc_of(cal: WorkingCalendar) -> dict:
    """The exceptions a table calendar was built with (for the reference)."""
    return SEEDED if cal is SEED else {}


# -- naive day-by-day reference implementation --------------------------------
_PKG = holidays.country_holidays("VN")  # expands lazily to any year


def naive_is_working(day: date, exc: dict) -> bool:
    if day in exc:
        return exc[day][0]
    return _PKG.is_working_day(day)


def naive_add_working(start: date, n: int, exc: dict) -> date:
    day = start
    if n == 0:
        while not naive_is_working(day, exc):
            day += ONE
        return day
    counted = 0
    while counted < n:
        day += ONE
        counted += naive_is_working(day, exc)
    return day


def naive_add_calendar(start: date, n: int, exc: dict) -> date:
    day = start + timedelta(days=n)
    while not naive_is_working(day, exc):
        day += ONE
    return day


def naive_between(a: date, b: date, exc: dict) -> int:
    if b < a:
        return -naive_between(b, a, exc)
    return sum(naive_is_working(a + timedelta(days=k), exc) for k in range(1, (b - a).days + 1))


# -- what the package knows -------------------------------------------------------
def test_package_knows_these_days():
    """Pin the package data the tables below rely on (fails loudly on upgrade)."""
    vn = holidays.country_holidays("VN", years=[2025, 2026])
    assert sorted(d for d in vn if d.year == 2025) == [
        D(2025, 1, 1),
        *(D(2025, 1, d) for d in range(27, 32)),  # 29 Tết .. 3rd day
        D(2025, 2, 1),  # Sat, 4th day of Tết
        D(2025, 4, 7),  # Hùng Kings
        D(2025, 4, 30),
        D(2025, 5, 1),
        D(2025, 5, 2),  # S, swapped with Sat 26 Apr
        D(2025, 9, 1),
        D(2025, 9, 2),
    ]
    assert sorted(d for d in vn if d.year == 2026) == [
        D(2026, 1, 1),  # 2 January is NOT known -> seeded exception
        *(D(2026, 2, d) for d in range(16, 21)),  # Mon-Fri, eve .. 4th day
        D(2026, 4, 26),  # Hùng Kings on a Sunday ...
        D(2026, 4, 27),  # ... observed Monday
        D(2026, 4, 30),
        D(2026, 5, 1),
        D(2026, 8, 31),  # S, swapped with Sat 22 Aug
        D(2026, 9, 1),
        D(2026, 9, 2),
        D(2026, 11, 24),  # new "Vietnam Cultural Day"
    ]
    assert {D(2025, 4, 26), D(2026, 8, 22)} <= vn.weekend_workdays
    assert D(2026, 1, 10) not in vn.weekend_workdays  # -> seeded exception


# -- add_working_days ---------------------------------------------------------------
WORKING_CASES = [
    # (calendar, start, n, expected)  # why
    (PLAIN, D(2025, 1, 24), 1, D(2025, 2, 3)),  # Fri; 27-31 Jan H, Sat 1 Feb H, Sun 2 W
    (PLAIN, D(2025, 1, 23), 2, D(2025, 2, 3)),  # Fri 24 Jan, then after Tết
    (PLAIN, D(2025, 1, 26), 5, D(2025, 2, 7)),  # Sun start; 3..7 Feb
    (PLAIN, D(2026, 2, 13), 1, D(2026, 2, 23)),  # Fri; 16-20 Feb H, 21-22 W
    (PLAIN, D(2026, 2, 12), 3, D(2026, 2, 24)),  # 13 Feb, 23 Feb, 24 Feb
    (PLAIN, D(2025, 4, 4), 1, D(2025, 4, 8)),  # Fri; W, Mon 7 Apr Hùng Kings H
    (PLAIN, D(2025, 4, 29), 1, D(2025, 5, 5)),  # 30/4 H, 1/5 H, Fri 2/5 S, W
    (PLAIN, D(2025, 4, 25), 1, D(2025, 4, 26)),  # Sat 26 Apr 2025 worked (package)
    (PLAIN, D(2025, 4, 25), 2, D(2025, 4, 28)),  # Sat 26, Sun W, Mon 28
    (PLAIN, D(2025, 8, 29), 1, D(2025, 9, 3)),  # W, 1-2 Sep 2025 H
    (PLAIN, D(2026, 4, 24), 1, D(2026, 4, 28)),  # W (Sun 26 H), Mon 27 observed H
    (PLAIN, D(2026, 4, 24), 3, D(2026, 5, 4)),  # 28, 29, (30/4, 1/5 H, W) 4 May
    (PLAIN, D(2026, 8, 21), 1, D(2026, 8, 22)),  # Sat 22 Aug 2026 worked (package)
    (PLAIN, D(2026, 8, 28), 1, D(2026, 9, 3)),  # W, Mon 31 Aug S, 1-2 Sep H
    (PLAIN, D(2026, 11, 23), 1, D(2026, 11, 25)),  # Tue 24 Nov Cultural Day H
    (PLAIN, D(2025, 12, 31), 1, D(2026, 1, 2)),  # year end: 1 Jan H, 2 Jan working
    (SEED, D(2025, 12, 31), 1, D(2026, 1, 5)),  # 1 Jan H, 2 Jan X off, W
    (PLAIN, D(2025, 12, 30), 5, D(2026, 1, 7)),  # 31, 2, 5, 6, 7
    (SEED, D(2025, 12, 30), 5, D(2026, 1, 8)),  # 31, 5, 6, 7, 8
    (PLAIN, D(2026, 1, 9), 1, D(2026, 1, 12)),  # Fri; W
    (SEED, D(2026, 1, 9), 1, D(2026, 1, 10)),  # Sat 10 Jan X worked
    (SEED, D(2026, 1, 8), 3, D(2026, 1, 12)),  # 9, Sat 10 (X), Mon 12
    (PLAIN, D(2027, 12, 31), 1, D(2028, 1, 4)),  # Sat 1 Jan H, Sun W, Mon 3 observed H
    (PLAIN, D(2028, 2, 28), 1, D(2028, 2, 29)),  # leap year: Tue 29 Feb 2028
    (PLAIN, D(2028, 2, 25), 2, D(2028, 2, 29)),  # Fri; W, Mon 28, Tue 29
    (PLAIN, D(2028, 2, 29), 1, D(2028, 3, 1)),  # leap day -> 1 March
    (PLAIN, D(2026, 1, 5), 0, D(2026, 1, 5)),  # zero: working start is returned
    (PLAIN, D(2026, 1, 3), 0, D(2026, 1, 5)),  # zero: Sat -> next working day
    (PLAIN, D(2025, 1, 29), 0, D(2025, 2, 3)),  # zero: Tết day -> after Tết
    (SEED, D(2026, 1, 10), 0, D(2026, 1, 10)),  # zero: worked Saturday
    (SEED, D(2026, 1, 2), 0, D(2026, 1, 5)),  # zero: X off Friday -> Monday
]


@pytest.mark.parametrize("cal, start, n, expected", WORKING_CASES)
def test_add_working_days(cal, start, n, expected):
    assert cal.add_working_days(start, n) == expected
    assert cal.add(start, n, "working") == expected
    assert expected == naive_add_working(start, n, exc_of(cal))


# -- add_calendar_days --------------------------------------------------------------
CALENDAR_CASES = [
    # (calendar, start, n, expected)  # why
    (PLAIN, D(2025, 4, 28), 2, D(2025, 5, 5)),  # 30/4 H, 1/5 H, 2/5 S, W -> Mon
    (PLAIN, D(2025, 4, 21), 5, D(2025, 4, 26)),  # lands on worked Sat 26 Apr: no roll
    (PLAIN, D(2026, 1, 5), 5, D(2026, 1, 12)),  # lands Sat 10 Jan -> Mon 12
    (SEED, D(2026, 1, 5), 5, D(2026, 1, 10)),  # Sat 10 Jan is X worked: no roll
    (PLAIN, D(2026, 2, 10), 5, D(2026, 2, 23)),  # Sun 15, Tết 16-20, W 21-22
    (PLAIN, D(2025, 12, 1), 30, D(2025, 12, 31)),  # Wed 31 Dec is a working day
    (PLAIN, D(2025, 12, 1), 31, D(2026, 1, 2)),  # 1 Jan H -> Fri 2 Jan
    (SEED, D(2025, 12, 1), 31, D(2026, 1, 5)),  # 1 Jan H, 2 Jan X, W -> Mon 5
    (PLAIN, D(2028, 2, 28), 1, D(2028, 2, 29)),  # leap day, a Tuesday
    (PLAIN, D(2027, 2, 28), 1, D(2027, 3, 1)),  # no 29 Feb in 2027; Mon 1 Mar
    (PLAIN, D(2025, 1, 1), 365, D(2026, 1, 2)),  # 1 Jan 2026 H
    (PLAIN, D(2026, 1, 6), 0, D(2026, 1, 6)),  # zero on a working day
    (PLAIN, D(2026, 1, 1), 0, D(2026, 1, 2)),  # zero on a holiday rolls forward
]


@pytest.mark.parametrize("cal, start, n, expected", CALENDAR_CASES)
def test_add_calendar_days(cal, start, n, expected):
    assert cal.add_calendar_days(start, n) == expected
    assert cal.add(start, n, "calendar") == expected
    assert expected == naive_add_calendar(start, n, exc_of(cal))


# -- working_days_between ------------------------------------------------------------
BETWEEN_CASES = [
    # (calendar, a, b, expected)  # why
    (PLAIN, D(2025, 1, 24), D(2025, 2, 3), 1),  # only 3 Feb in (24 Jan, 3 Feb]
    (PLAIN, D(2025, 2, 3), D(2025, 1, 24), -1),  # reversed -> negative
    (PLAIN, D(2025, 6, 3), D(2025, 6, 3), 0),  # empty interval
    (PLAIN, D(2025, 12, 31), D(2026, 1, 9), 6),  # 2, 5, 6, 7, 8, 9
    (SEED, D(2025, 12, 31), D(2026, 1, 9), 5),  # 2 Jan X off
    (SEED, D(2025, 12, 31), D(2026, 1, 10), 6),  # + Sat 10 Jan X worked
    # 2025: 261 weekdays - 12 weekday H/S (1/1, 27-31/1, 7/4, 30/4, 1/5, 2/5,
    # 1/9, 2/9) + Sat 26 Apr worked = 250
    (PLAIN, D(2024, 12, 31), D(2025, 12, 31), 250),
    # 2026: 261 weekdays - 13 weekday H/S (1/1, 16-20/2, 27/4, 30/4, 1/5,
    # 31/8, 1/9, 2/9, 24/11) + Sat 22 Aug worked = 249; seeded swap is neutral
    (PLAIN, D(2025, 12, 31), D(2026, 12, 31), 249),
    (SEED, D(2025, 12, 31), D(2026, 12, 31), 249),
]


@pytest.mark.parametrize("cal, a, b, expected", BETWEEN_CASES)
def test_working_days_between(cal, a, b, expected):
    assert cal.working_days_between(a, b) == expected
    assert expected == naive_between(a, b, exc_of(cal))


# -- long durations --------------------------------------------------------------------
@pytest.mark.parametrize("n", [250, 1000])
@pytest.mark.parametrize("start", [D(2024, 12, 31), D(2025, 1, 24), D(2026, 2, 13), D(2027, 7, 4)])
@pytest.mark.parametrize("cal", [PLAIN, SEED], ids=["plain", "seeded"])
def test_long_durations_match_reference(cal, start, n):
    due = cal.add_working_days(start, n)
    assert due == naive_add_working(start, n, exc_of(cal))
    assert cal.working_days_between(start, due) == n
    assert cal.add_calendar_days(start, n) == naive_add_calendar(start, n, exc_of(cal))


def test_250_working_days_is_one_year_in_2025():
    # 2025 has exactly 250 working days (see BETWEEN_CASES), so the 250th
    # working day after 31 Dec 2024 is the last working day of 2025.
    assert PLAIN.add_working_days(D(2024, 12, 31), 250) == D(2025, 12, 31)


def test_cache_grows_backwards_and_forwards():
    cal = WorkingCalendar(SEEDED)
    assert cal.add_working_days(D(2030, 6, 1), 10) == naive_add_working(D(2030, 6, 1), 10, SEEDED)
    # now an earlier year: the cache must be extended at the front
    assert cal.add_working_days(D(2021, 3, 1), 10) == naive_add_working(D(2021, 3, 1), 10, SEEDED)
    assert cal.working_days_between(D(2020, 1, 1), D(2031, 1, 1)) == naive_between(
        D(2020, 1, 1), D(2031, 1, 1), SEEDED
    )
    assert cal.add_working_days(D(2033, 1, 1), 1) == naive_add_working(D(2033, 1, 1), 1, SEEDED)


def test_performance_100k_due_dates():
    rnd = random.Random(42)
    cal = WorkingCalendar(SEEDED)
    base = D(2020, 1, 1).toordinal()
    args = [
        (
            D.fromordinal(base + rnd.randrange(3650)),
            rnd.randrange(1000),
            rnd.choice(["working", "calendar"]),
        )
        for _ in range(100_000)
    ]
    t0 = time.perf_counter()
    for start, n, unit in args:
        cal.add(start, n, unit)
    assert time.perf_counter() - t0 < 3.0


# -- exceptions override the package -----------------------------------------------------
def test_exception_overrides_package_holiday_and_worked_saturday():
    duty = WorkingCalendar({D(2025, 4, 30): (True, "Trực lễ")})
    assert duty.add_working_days(D(2025, 4, 29), 1) == D(2025, 4, 30)
    assert duty.worked_weekend_days(2025) == [
        DayReason(D(2025, 4, 26), "package_working", ""),
        DayReason(D(2025, 4, 30), "exception_working", "Trực lễ"),  # holiday worked
    ]
    cancelled = WorkingCalendar({D(2025, 4, 26): (False, "Hủy làm bù")})
    # Sat 26 Apr no longer worked, Sun 27 W -> Mon 28 Apr
    assert cancelled.add_working_days(D(2025, 4, 25), 1) == D(2025, 4, 28)
    assert cancelled.reason(D(2025, 4, 26)) == DayReason(
        D(2025, 4, 26), "exception_off", "Hủy làm bù"
    )
    # datetime keys/arguments are normalised to dates
    assert (
        WorkingCalendar({datetime(2026, 1, 2, 8): (False, "x")}).is_working_day(D(2026, 1, 2))
        is False
    )
    assert PLAIN.add_working_days(datetime(2025, 1, 24, 16, 30), 1) == D(2025, 2, 3)


# -- explanations --------------------------------------------------------------------------
def codes(reasons):
    return [(r.day, r.reason_code) for r in reasons]


def test_explain_working_over_tet_2025():
    ex = PLAIN.explain(D(2025, 1, 24), 1, "working")
    assert ex.due == D(2025, 2, 3)
    assert ex.counted == (D(2025, 2, 3),)
    assert codes(ex.skipped) == [
        (D(2025, 1, 25), "weekend"),
        (D(2025, 1, 26), "weekend"),
        *((D(2025, 1, d), "holiday") for d in range(27, 32)),
        (D(2025, 2, 1), "holiday"),  # Saturday, but the holiday name is more useful
        (D(2025, 2, 2), "weekend"),
    ]
    names = {r.day: r.name for r in ex.skipped}
    assert names[D(2025, 1, 29)] == "Tết Nguyên Đán"
    assert names[D(2025, 1, 25)] == ""
    assert ex.worked == () and ex.rolled_from is None


def test_explain_seeded_year_end_and_worked_saturday():
    ex = SEED.explain(D(2025, 12, 31), 3, "working")
    assert ex.due == D(2026, 1, 7)
    assert ex.counted == (D(2026, 1, 5), D(2026, 1, 6), D(2026, 1, 7))
    assert ex.skipped == (
        DayReason(D(2026, 1, 1), "holiday", "Tết Dương lịch"),
        DayReason(D(2026, 1, 2), "exception_off", "Nghỉ bù Tết Dương lịch"),
        DayReason(D(2026, 1, 3), "weekend", ""),
        DayReason(D(2026, 1, 4), "weekend", ""),
    )
    ex = SEED.explain(D(2026, 1, 8), 2, "working")
    assert ex.counted == (D(2026, 1, 9), D(2026, 1, 10))
    assert ex.worked == (
        DayReason(D(2026, 1, 10), "exception_working", "Làm bù cho ngày 02/01/2026"),
    )
    ex = PLAIN.explain(D(2025, 4, 25), 1, "working")
    assert ex.worked == (DayReason(D(2025, 4, 26), "package_working", ""),)


def test_explain_calendar_roll_forward():
    ex = PLAIN.explain(D(2026, 2, 10), 5, "calendar")
    assert ex.due == D(2026, 2, 23)
    assert ex.rolled_from == D(2026, 2, 15)
    assert ex.counted == tuple(D(2026, 2, d) for d in range(11, 16))
    assert codes(ex.skipped) == [
        (D(2026, 2, 15), "weekend"),
        *((D(2026, 2, d), "holiday") for d in range(16, 21)),
        (D(2026, 2, 21), "weekend"),
        (D(2026, 2, 22), "weekend"),
    ]
    ex = PLAIN.explain(D(2025, 12, 1), 30, "calendar")
    assert (ex.due, ex.rolled_from, ex.skipped) == (D(2025, 12, 31), None, ())
    ex = SEED.explain(D(2026, 1, 5), 5, "calendar")
    assert ex.due == D(2026, 1, 10) and ex.rolled_from is None
    assert [r.reason_code for r in ex.worked] == ["exception_working"]


def test_explain_zero_on_holiday_rolls_forward():
    ex = PLAIN.explain(D(2026, 2, 17), 0, "working")
    assert ex.due == D(2026, 2, 23)
    assert ex.rolled_from == D(2026, 2, 17)
    assert ex.counted == ()
    assert [r.day for r in ex.skipped] == [D(2026, 2, d) for d in range(17, 23)]


# -- listings ----------------------------------------------------------------------------------
def test_non_working_and_worked_weekend_days():
    off = PLAIN.non_working_days(2025)
    assert len(off) == 13 and {r.reason_code for r in off} == {"holiday"}
    assert off[0] == DayReason(D(2025, 1, 1), "holiday", "Tết Dương lịch")
    # 13 listed + 104 weekend days - Sat 1 Feb (already a holiday) - Sat 26 Apr
    # (worked) = 115 non-working days; 365 - 115 = 250 working days.
    assert len(PLAIN.non_working_days(2025, include_weekends=True)) == 115
    assert PLAIN.worked_weekend_days(2025) == [DayReason(D(2025, 4, 26), "package_working", "")]
    assert SEED.worked_weekend_days(2026) == [
        DayReason(D(2026, 1, 10), "exception_working", "Làm bù cho ngày 02/01/2026"),
        DayReason(D(2026, 8, 22), "package_working", ""),
    ]
    seeded_off = SEED.non_working_days(2026)
    assert DayReason(D(2026, 1, 2), "exception_off", "Nghỉ bù Tết Dương lịch") in seeded_off
    assert len(seeded_off) == 15  # 14 package days in 2026 + 2 Jan


def test_english_names():
    cal = WorkingCalendar(language="en_US")
    assert cal.reason(D(2025, 1, 29)) == DayReason(D(2025, 1, 29), "holiday", "Lunar New Year")


# -- errors -------------------------------------------------------------------------------------
@pytest.mark.parametrize("unit", ["working", "calendar"])
def test_negative_n_rejected(unit):
    with pytest.raises(ValueError):
        PLAIN.add(D(2025, 1, 1), -1, unit)
    with pytest.raises(ValueError):
        PLAIN.explain(D(2025, 1, 1), -1, unit)


def test_negative_n_rejected_direct():
    with pytest.raises(ValueError):
        PLAIN.add_working_days(D(2025, 1, 1), -1)
    with pytest.raises(ValueError):
        PLAIN.add_calendar_days(D(2025, 1, 1), -1)


@pytest.mark.parametrize("unit", ["weeks", "Working", "", None])
def test_unknown_unit_rejected(unit):
    with pytest.raises(ValueError):
        PLAIN.add(D(2025, 1, 1), 1, unit)
    with pytest.raises(ValueError):
        PLAIN.explain(D(2025, 1, 1), 1, unit)


# -- properties ---------------------------------------------------------------------------------
starts = st.dates(min_value=D(2020, 1, 1), max_value=D(2030, 12, 31))


@st.composite
def exception_sets(draw, start):
    """Random exceptions clustered around ``start`` so they actually matter."""
    items = draw(st.lists(st.tuples(st.integers(-10, 600), st.booleans()), max_size=25))
    return {start + timedelta(days=k): (working, f"x{k}") for k, working in items}


@settings(max_examples=300, deadline=None)
@given(start=starts, n=st.integers(0, 400), data=st.data())
def test_matches_naive_reference(start, n, data):
    exc = data.draw(exception_sets(start))
    cal = WorkingCalendar(exc)
    assert cal.add_working_days(start, n) == naive_add_working(start, n, exc)
    assert cal.add_calendar_days(start, n) == naive_add_calendar(start, n, exc)
    other = start + timedelta(days=data.draw(st.integers(-400, 400)))
    assert cal.working_days_between(start, other) == naive_between(start, other, exc)


@settings(max_examples=300, deadline=None)
@given(
    start=starts,
    n=st.integers(0, 400),
    unit=st.sampled_from(["working", "calendar"]),
    data=st.data(),
)
def test_due_date_properties(start, n, unit, data):
    cal = WorkingCalendar(data.draw(exception_sets(start)))
    due = cal.add(start, n, unit)
    assert cal.is_working_day(due)
    assert due >= start
    if unit == "working" and n >= 1:
        assert due > start
        assert cal.working_days_between(start, due) == n
        assert cal.working_days_between(start, due - ONE) == n - 1  # first such day
    ex = cal.explain(start, n, unit)
    assert ex.due == due
    assert all(not cal.is_working_day(r.day) for r in ex.skipped)
    if unit == "working":
        assert len(ex.counted) == n
