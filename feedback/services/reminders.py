"""Deadline reminders (``flask deadlines remind``, meant for cron): due-soon reminders to the assignee,
overdue alerts to the assignee and the unit head, each once per clock and level, through the outbox.

A clock with no assignee yet sends its due-soon reminder to the unit head instead (someone must know).
Each clock is one transaction: the :class:`~feedback.models.ReminderSent` row (unique per clock and
level) and the outbox rows are committed together, so two overlapping runs cannot both send.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from flask import current_app
from sqlalchemy import and_, exists, select
from sqlalchemy.exc import IntegrityError

from .. import deadlines
from ..extensions import db
from ..models import Case, CaseClock, ReminderSent, User
from . import outbox


@dataclass
class ReminderReport:
    """How many clocks got a reminder at each level."""

    due_soon: int = 0
    overdue: int = 0


def _unit_heads(case: Case) -> list[User]:
    if case.unit_id is None:
        return []
    return list(db.session.execute(
        select(User).where(User.unit_id == case.unit_id, User.role == "unit_head", User.active.is_(True))
        .order_by(User.id)).scalars())


def _recipients(case: Case, level: str) -> list[tuple[User, bool]]:
    """(user, as_unit_head) pairs to write to."""
    people: list[tuple[User, bool]] = []
    assignee = case.assignee if case.assignee is not None and case.assignee.active else None
    if assignee is not None:
        people.append((assignee, False))
    if level == "overdue" or assignee is None:
        people += [(head, True) for head in _unit_heads(case) if assignee is None or head.id != assignee.id]
    return [(user, head) for user, head in people if user.email and "@" in user.email]


def _case_url(case: Case) -> str:
    return current_app.config.get("PUBLIC_BASE_URL", "").rstrip("/") + f"/staff/cases/{case.reference}"


def _candidates(level: str, on: date, limit: date) -> list[int]:
    already = exists().where(and_(ReminderSent.clock_id == CaseClock.id, ReminderSent.level == level))
    when = CaseClock.due_date < on if level == "overdue" else and_(CaseClock.due_date >= on,
                                                                   CaseClock.due_date <= limit)
    return list(db.session.execute(
        select(CaseClock.id).where(CaseClock.state == "running", when, ~already).order_by(CaseClock.due_date)
    ).scalars())


def _send(clock: CaseClock, level: str, on: date, calendar) -> bool:
    case = clock.case
    people = _recipients(case, level)
    if not people:
        return False
    left = calendar.working_days_between(on, clock.due_date)
    for user, as_head in people:
        outbox.enqueue(user.email, f"deadline_{level}", {
            "recipient_name": user.full_name, "clock_label": deadlines.clock_label(clock.clock),
            "due": clock.due_date, "left": max(left, 0), "late": max(-left, 0), "case_url": _case_url(case),
            "to_unit_head": as_head,
        }, case=case, dedupe_key=f"deadline:{clock.id}:{level}:{user.id}")
    db.session.add(ReminderSent(clock_id=clock.id, level=level, due_date=clock.due_date,
                                recipients=",".join(user.email for user, _ in people)))
    return True


def send_reminders(on: date | None = None) -> ReminderReport:
    """Queue the reminders due today (Asia/Ho_Chi_Minh) and return how many clocks got one per level.

    :param on: the day to act as (default: today).
    """
    on = on or deadlines.today()
    calendar = deadlines.working_calendar()
    limit = calendar.add_working_days(on, deadlines.due_soon_days())
    report = ReminderReport()
    for level in ("overdue", "due_soon"):
        for clock_id in _candidates(level, on, limit):
            clock = db.session.get(CaseClock, clock_id)
            try:
                sent = _send(clock, level, on, calendar)
                db.session.commit()
            except IntegrityError:  # another run sent it meanwhile
                db.session.rollback()
                continue
            if sent:
                setattr(report, level, getattr(report, level) + 1)
    return report
