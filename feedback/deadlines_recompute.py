"""Recompute the due dates of every open clock after a calendar or rule change, in bulk SQL.

At 100,000 open cases the ORM would flush one object at a time; here the clocks are read as plain rows,
due dates are memoised on their inputs (many clocks share a start day and a period), and only the
changed rows are written with executemany ``UPDATE``s, plus one ``deadline_recomputed`` event per case
whose due dates moved. The caller commits.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import bindparam, insert, select, update

from .deadlines import compute_due, invalidate_calendar, paused_working_days, working_calendar
from .extensions import db
from .models import Case, CaseClock, CaseEvent, User
from .timeutil import utcnow

_CHUNK = 5000


@dataclass
class RecomputeResult:
    """What a recompute did."""

    clocks: int = 0
    changed_clocks: int = 0
    changed_cases: int = 0


def apply_rule_to_clocks(rule_id: int, duration: int, unit: str) -> None:
    """Copy a changed rule's period into the open clocks that use it (before :func:`recompute_open_clocks`)."""
    db.session.execute(
        update(CaseClock).where(CaseClock.rule_id == rule_id, CaseClock.state != "stopped")
        .values(duration=duration, unit=unit).execution_options(synchronize_session=False)
    )


def recompute_open_clocks(reason: str, actor: User | None = None, details: dict[str, Any] | None = None
                          ) -> RecomputeResult:
    """Recompute every open clock with the current calendar and write what moved.

    :param reason: why (shown on each affected case's timeline), e.g. "Calendar: 02/01/2026 set as a day off".
    :param actor: the administrator who made the change (None for the command line).
    :param details: structured details added to each event's payload.
    """
    invalidate_calendar()
    calendar = working_calendar()
    c = CaseClock.__table__.c
    rows = db.session.execute(
        select(c.id, c.case_id, c.clock, c.state, c.start_date, c.duration, c.unit, c.extension_days,
               c.paused_days, c.pauses, c.due_date).where(c.state != "stopped").order_by(c.case_id)
    ).all()
    result = RecomputeResult(clocks=len(rows))
    memo: dict[tuple, date] = {}
    clock_updates: list[dict] = []
    moved: dict[int, dict[str, list[str | None]]] = {}
    running: dict[int, list[tuple[date, str]]] = {}
    for row in rows:
        paused = paused_working_days(calendar, row.pauses) if row.pauses else 0
        key = (row.start_date, row.duration + (row.extension_days or 0), row.unit, paused)
        due = memo.get(key)
        if due is None:
            due = memo[key] = compute_due(calendar, *key)
        if due != row.due_date or paused != (row.paused_days or 0):
            clock_updates.append({"b_id": row.id, "b_due": due, "b_paused": paused})
            if due != row.due_date:
                moved.setdefault(row.case_id, {})[row.clock] = [
                    row.due_date.isoformat() if row.due_date else None, due.isoformat()]
        if row.state == "running":
            running.setdefault(row.case_id, []).append((due, row.clock))
    now = utcnow()
    table = CaseClock.__table__
    stmt = (update(table).where(table.c.id == bindparam("b_id"))
            .values(due_date=bindparam("b_due"), paused_days=bindparam("b_paused"), recomputed_at=now))
    for i in range(0, len(clock_updates), _CHUNK):
        db.session.execute(stmt, clock_updates[i:i + _CHUNK])
    case_updates = []
    for case_id in moved:
        due, name = min(running[case_id]) if running.get(case_id) else (None, None)
        case_updates.append({"b_id": case_id, "b_due": due, "b_clock": name})
    case_table = Case.__table__
    case_stmt = (update(case_table).where(case_table.c.id == bindparam("b_id"))
                 .values(due_date=bindparam("b_due"), due_clock=bindparam("b_clock")))
    event_rows = [
        {"case_id": case_id, "created_at": now, "actor_id": actor.id if actor else None,
         "actor_label": actor.full_name if actor else None, "type": "deadline_recomputed",
         "reason": reason, "payload": {**(details or {}), "clocks": clocks}, "citizen_visible": False}
        for case_id, clocks in moved.items()
    ]
    for i in range(0, len(case_updates), _CHUNK):
        db.session.execute(case_stmt, case_updates[i:i + _CHUNK])
        db.session.execute(insert(CaseEvent.__table__), event_rows[i:i + _CHUNK])
    result.changed_clocks, result.changed_cases = len(clock_updates), len(moved)
    db.session.expire_all()
    return result
