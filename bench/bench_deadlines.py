"""Deadlines at scale: 100,000 open cases (200,000 clocks) in a scratch SQLite database; time the recompute of
every open clock after a calendar change, and a due-date-sorted queue page.

Run: ``python -m bench deadlines`` (part of ``make bench``). Set ``BENCH_CASES`` for another size.
"""

from __future__ import annotations

import os
import random
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

CASES = int(os.environ.get("BENCH_CASES", "100000"))


def _timed(label: str, fn):
    started = time.perf_counter()
    result = fn()
    print(f"   {label}: {time.perf_counter() - started:.2f} s", flush=True)
    return result


def _populate(db, rule_ids: dict[str, int]) -> None:
    from sqlalchemy import insert

    from feedback.deadlines import compute_due, working_calendar
    from feedback.models import Case, CaseClock

    calendar = working_calendar()
    rng = random.Random(7)
    first = date(2026, 1, 5)
    case_rows, clock_rows = [], []
    for i in range(1, CASES + 1):
        day = first + timedelta(days=rng.randrange(0, 300))
        moment = datetime(day.year, day.month, day.day, 2, 0, tzinfo=UTC)
        triage = compute_due(calendar, day, 10, "working")
        resolution = compute_due(calendar, day, 10, "working")
        case_rows.append(dict(
            id=i, reference=f"{day.year}-{i:06d}", access_key_hash="0" * 64, kind="feedback", channel="web",
            title=f"Case {i}", content="x", received_at=moment, status="triage", is_anonymous=False,
            is_group=False, locale="vi", version=1, created_at=moment, updated_at=moment,
            due_date=min(triage, resolution), due_clock="resolution"))
        for name, due in (("triage", triage), ("resolution", resolution)):
            clock_rows.append(dict(case_id=i, clock=name, rule_id=rule_ids[name], variant="", duration=10,
                                   unit="working", start_date=day, due_date=due, state="running", pauses=[],
                                   paused_days=0, extension_count=0, extension_days=0, created_at=moment))
    for i in range(0, len(case_rows), 10000):
        db.session.execute(insert(Case.__table__), case_rows[i:i + 10000])
    for i in range(0, len(clock_rows), 10000):
        db.session.execute(insert(CaseClock.__table__), clock_rows[i:i + 10000])
    db.session.commit()


def main() -> None:
    scratch = Path(tempfile.mkdtemp(prefix="bench-deadlines-"))
    os.environ["DATABASE_URL"] = f"sqlite:///{scratch / 'bench.sqlite3'}"
    os.environ.setdefault("INSTANCE_PATH", str(scratch / "instance"))
    from sqlalchemy import func, select

    from feedback import create_app
    from feedback.deadlines_seed import seed_deadlines
    from feedback.extensions import db
    from feedback.models import CaseClock, CaseEvent, DeadlineRule, User
    from feedback.services.cases import QueueFilters, queue
    from feedback.services.deadlines import set_exception, update_rule

    app = create_app("testing", {"UPLOAD_DIR": str(scratch / "uploads"), "SERVER_NAME": None})
    with app.app_context():
        db.create_all()
        seed_deadlines()
        rule_ids = {r.clock: r.id for r in db.session.execute(
            select(DeadlineRule).where(DeadlineRule.kind.in_(("*", "feedback")), DeadlineRule.rule_set_id == 1)
        ).scalars()}
        _timed(f"insert {CASES:,} open cases with {2 * CASES:,} clocks", lambda: _populate(db, rule_ids))
        leader = User(email="leader@bench", full_name="Leader", role="leader", password_hash="x")
        db.session.add(leader)
        db.session.commit()

        result = _timed("recompute after a day off (flask calendar set 2026-06-15 --off)",
                        lambda: set_exception(None, date(2026, 6, 15), False, "bench"))
        print(f"   {result.clocks:,} open clocks checked, {result.changed_clocks:,} changed on "
              f"{result.changed_cases:,} cases; events written: "
              f"{db.session.scalar(select(func.count(CaseEvent.id))):,}")
        result = _timed("recompute after a worked Saturday (2026-03-14 --working)",
                        lambda: set_exception(None, date(2026, 3, 14), True, "bench"))
        print(f"   {result.changed_clocks:,} clocks changed on {result.changed_cases:,} cases")
        moved = db.session.scalar(select(func.count(CaseClock.id)).where(CaseClock.due_date >= date(2026, 6, 15)))
        print(f"   clocks due on/after 15/06/2026: {moved:,}")
        leader = db.session.get(User, leader.id)
        rule = db.session.get(DeadlineRule, rule_ids["triage"])
        result = _timed("recompute after a rule change (triage 10 -> 12 working days: every case moves)",
                        lambda: update_rule(leader, rule, duration=12))
        print(f"   {result.changed_clocks:,} clocks changed on {result.changed_cases:,} cases")
        leader = db.session.get(User, leader.id)
        page = _timed("queue page sorted by due date (first page)",
                      lambda: queue(leader, QueueFilters(sort="due"), size=25))
        _timed("queue page sorted by due date (next page)",
               lambda: queue(leader, QueueFilters(sort="due"), after=page.next_cursor, size=25))
        _timed("queue page of overdue cases", lambda: queue(leader, QueueFilters(due="overdue", sort="due")))
