"""Helpers shared by the tests/test_deadlines_*.py files: seeded rules, a fixed "today", local receipt times."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from feedback import deadlines
from feedback.extensions import db
from feedback.models import CaseClock
from tests.factories import make_case


@pytest.fixture()
def rules(world):
    """The world plus the seeded rule sets and 2026 calendar exceptions."""
    from feedback.deadlines_seed import seed_deadlines

    seed_deadlines()
    return world


@pytest.fixture()
def set_today(monkeypatch):
    """Fix the Vietnamese "today" the clocks use."""

    def _set(day: date) -> None:
        monkeypatch.setattr(deadlines, "today", lambda: day)

    return _set


def local_morning(day: date) -> datetime:
    """09:00 in Asia/Ho_Chi_Minh on ``day``, as a UTC datetime."""
    return datetime.combine(day, time(2, 0), tzinfo=UTC)


def received(kind: str, day: date, **fields):
    """A case of ``kind`` received on the local ``day`` (through the real intake service)."""
    return make_case(kind, received_at=local_morning(day), **fields).case


def clocks(case) -> dict[str, CaseClock]:
    db.session.expire_all()
    return {c.clock: c for c in deadlines.clocks_of(case)}


def next_day(day: date, n: int = 1) -> date:
    return day + timedelta(days=n)
