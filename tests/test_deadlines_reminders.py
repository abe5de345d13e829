"""flask deadlines remind: due-soon to the assignee, overdue to the assignee and the unit head, once per level."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from feedback.extensions import db
from feedback.lifecycle import apply_transition
from feedback.models import OutboxMessage, ReminderSent
from feedback.services.reminders import send_reminders
from tests.deadlines_support import received, rules, set_today  # noqa: F401
from tests.factories import make_user


def outbox_rows():
    """The deadline mail in the outbox (citizens' acknowledgements left aside)."""
    return db.session.execute(select(OutboxMessage).where(OutboxMessage.template.like("deadline_%"))
                              .order_by(OutboxMessage.id)).scalars().all()


def assigned_feedback(world, day=date(2026, 3, 2)):
    case = received("feedback", day, unit=world.road_unit)
    case.assignee = world.officer
    apply_transition(case, "triage", world.unit_head)
    apply_transition(case, "accepted", world.unit_head)
    db.session.commit()
    return case  # resolution due 16/03/2026


def test_reminders_once_per_level(rules, set_today, runner):  # noqa: F811
    case = assigned_feedback(rules)
    set_today(date(2026, 3, 10))  # 4 working days left: nothing yet
    assert send_reminders().due_soon == 0 and outbox_rows() == []

    set_today(date(2026, 3, 11))  # 3 working days left
    result = runner.invoke(args=["deadlines", "remind"])
    assert result.exit_code == 0 and "1 due-soon" in result.output
    rows = outbox_rows()
    assert [(r.to_address, r.template) for r in rows] == [(rules.officer.email, "deadline_due_soon")]
    assert rows[0].case_id == case.id and case.reference in rows[0].subject and "16/03/2026" in rows[0].subject
    assert "3" in rows[0].body_text and f"/staff/cases/{case.reference}" in rows[0].body_text
    assert send_reminders().due_soon == 0 and len(outbox_rows()) == 1  # once

    set_today(date(2026, 3, 16))  # due day: still not overdue, and due-soon was sent already
    assert send_reminders().overdue == 0 and len(outbox_rows()) == 1

    set_today(date(2026, 3, 17))
    report = send_reminders()
    assert report.overdue == 1
    new = outbox_rows()[1:]
    assert sorted((r.to_address, r.template) for r in new) == sorted(
        [(rules.officer.email, "deadline_overdue"), (rules.unit_head.email, "deadline_overdue")])
    head_mail = next(r for r in new if r.to_address == rules.unit_head.email)
    assert "1" in head_mail.body_text and "16/03/2026" in head_mail.subject
    set_today(date(2026, 3, 20))
    assert send_reminders().overdue == 0 and len(outbox_rows()) == 3
    levels = db.session.execute(select(ReminderSent.level).order_by(ReminderSent.id)).scalars().all()
    assert levels == ["due_soon", "overdue"]


def test_unassigned_due_soon_goes_to_the_unit_head(rules, set_today):  # noqa: F811
    received("feedback", date(2026, 3, 2), unit=rules.road_unit)
    set_today(date(2026, 3, 13))
    assert send_reminders().due_soon == 2  # triage and resolution clocks
    assert {r.to_address for r in outbox_rows()} == {rules.unit_head.email}
    assert {r.template for r in outbox_rows()} == {"deadline_due_soon"}


def test_no_reminder_for_paused_stopped_or_unroutable_clocks(rules, set_today):  # noqa: F811
    paused = assigned_feedback(rules)
    set_today(date(2026, 3, 3))
    apply_transition(paused, "in_progress", rules.unit_head)
    apply_transition(paused, "awaiting_citizen", rules.unit_head, reason="thiếu")
    filed = received("feedback", date(2026, 3, 2), unit=rules.road_unit)
    apply_transition(filed, "filed", rules.unit_head, reason="trùng")
    db.session.commit()
    nowhere = received("feedback", date(2026, 3, 2))  # no unit, nobody to tell
    set_today(date(2026, 3, 20))
    report = send_reminders()
    assert (report.due_soon, report.overdue) == (0, 0) and outbox_rows() == []
    # once routed, the overdue alert goes out
    nowhere.unit = rules.road_unit
    db.session.commit()
    assert send_reminders().overdue == 2


def test_inactive_assignee_is_skipped_and_other_units_are_not_told(rules, set_today):  # noqa: F811
    case = assigned_feedback(rules)
    make_user("unit_head", rules.transport_unit)
    rules.officer.active = False
    db.session.commit()
    set_today(date(2026, 3, 17))
    send_reminders()
    assert {r.to_address for r in outbox_rows() if r.case_id == case.id} == {rules.unit_head.email}
