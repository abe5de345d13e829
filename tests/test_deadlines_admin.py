"""Admin screens for the calendar and the rules: access, edits, audit, recompute with case events."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from feedback.extensions import db
from feedback.lifecycle import apply_transition
from feedback.models import AuditEntry, CalendarException, Case, CaseEvent, DeadlineRule, RuleSet
from tests.deadlines_support import clocks, received, rules, set_today  # noqa: F401

MON = date(2026, 3, 2)
URLS = ["/admin/calendar", "/admin/calendar?year=2026", "/admin/rules"]


@pytest.mark.parametrize("role", ["reception", "officer", "unit_head", "leader", "inspector"])
def test_only_admins_open_the_screens(rules, login, role):  # noqa: F811
    client = login(getattr(rules, "officer" if role == "officer" else role))
    for url in URLS:
        assert client.get(url).status_code == 403
    assert client.post("/admin/calendar", data={"day": "2026-03-10", "is_working": "off"}).status_code == 403
    assert db.session.execute(select(CalendarException)).first() is not None  # only the seeded rows
    assert len(db.session.execute(select(CalendarException)).all()) == 2


def test_anonymous_is_sent_to_login(client, rules):  # noqa: F811
    response = client.get("/admin/calendar")
    assert response.status_code in (302, 401)


def test_calendar_page_lists_the_year(rules, login):  # noqa: F811
    page = login(rules.admin).get("/admin/calendar?year=2026").get_data(as_text=True)
    assert "02/01/2026" in page and "10/01/2026" in page and "17/02/2026" in page
    assert "22/08/2026" in page  # a Saturday the package knows is worked
    assert login(rules.admin).get("/admin/calendar?year=abc").status_code == 400


def test_admin_sets_and_removes_a_day_off_and_cases_are_recomputed(rules, login):  # noqa: F811
    case = received("feedback", MON)
    closed = received("feedback", MON)
    apply_transition(closed, "filed", None, reason="trùng")
    db.session.commit()
    client = login(rules.admin)
    response = client.post("/admin/calendar", data={"day": "10/03/2026", "is_working": "off", "name": "Bão"})
    assert response.status_code == 302
    assert clocks(case)["resolution"].due_date == date(2026, 3, 17)
    assert db.session.get(Case, case.id).due_date == date(2026, 3, 17)
    assert clocks(closed)["resolution"].due_date == date(2026, 3, 16)  # stopped clocks keep their date
    event = db.session.execute(select(CaseEvent).where(CaseEvent.case_id == case.id,
                                                       CaseEvent.type == "deadline_recomputed")).scalar_one()
    assert "10/03/2026" in event.reason and event.citizen_visible is False
    assert event.payload["clocks"]["resolution"] == ["2026-03-16", "2026-03-17"]
    assert event.actor_id == rules.admin.id
    assert not db.session.execute(select(CaseEvent).where(CaseEvent.case_id == closed.id,
                                                          CaseEvent.type == "deadline_recomputed")).first()
    audit = db.session.execute(select(AuditEntry).where(AuditEntry.action == "calendar.exception_set")).scalar_one()
    assert audit.actor_id == rules.admin.id and audit.object_id == "2026-03-10"
    row = db.session.execute(select(CalendarException).where(CalendarException.day == date(2026, 3, 10))).scalar_one()
    assert row.set_by_id == rules.admin.id

    assert client.post("/admin/calendar/2026-03-10/delete").status_code == 302
    assert clocks(case)["resolution"].due_date == date(2026, 3, 16)
    assert db.session.execute(select(AuditEntry).where(AuditEntry.action == "calendar.exception_unset")).first()
    assert client.post("/admin/calendar/2026-03-10/delete").status_code == 404
    assert client.post("/admin/calendar/not-a-day/delete").status_code == 404


def test_bad_calendar_input_is_a_422_with_the_message(rules, login):  # noqa: F811
    response = login(rules.admin).post("/admin/calendar", data={"day": "31/02/2026", "is_working": "off"})
    assert response.status_code == 422
    assert "error-summary" in response.get_data(as_text=True)


def test_paused_clock_is_recomputed_with_its_pause(rules, set_today):  # noqa: F811
    from feedback.services.deadlines import set_exception

    case = received("feedback", MON)
    set_today(date(2026, 3, 3))
    for status in ("triage", "accepted", "in_progress"):
        apply_transition(case, status, rules.unit_head)
    set_today(date(2026, 3, 4))
    apply_transition(case, "awaiting_citizen", rules.unit_head, reason="thiếu giấy tờ")
    set_today(date(2026, 3, 11))
    apply_transition(case, "in_progress", rules.unit_head)
    db.session.commit()
    assert clocks(case)["resolution"].due_date == date(2026, 3, 23)
    set_exception(rules.admin, date(2026, 3, 5), False, "nghỉ")  # inside the pause: one day less added back
    resolution = clocks(case)["resolution"]
    # counted: 3,4,6,9,10,11,12,13,16,17 March; then 4 paused working days: 18,19,20,23 March
    assert resolution.paused_days == 4 and resolution.due_date == date(2026, 3, 23)


def test_rule_edit_recomputes_the_cases_using_it(rules, login):  # noqa: F811
    case = received("feedback", MON)
    other = received("petition", MON)
    rule = db.session.execute(
        select(DeadlineRule).join(RuleSet).where(RuleSet.effective_from == date(2014, 1, 1),
                                                 DeadlineRule.kind == "feedback",
                                                 DeadlineRule.clock == "resolution")).scalar_one()
    client = login(rules.admin)
    assert client.get(f"/admin/rules/{rule.id}").status_code == 200
    response = client.post(f"/admin/rules/{rule.id}", data={
        "duration": "15", "unit": "working", "max_extensions": "0", "extension_days": "0", "source": rule.source})
    assert response.status_code == 302
    resolution = clocks(case)["resolution"]
    assert (resolution.duration, resolution.due_date) == (15, date(2026, 3, 23))
    assert clocks(other)["resolution"].due_date == date(2026, 3, 16)
    event = db.session.execute(select(CaseEvent).where(CaseEvent.case_id == case.id,
                                                       CaseEvent.type == "deadline_recomputed")).scalar_one()
    assert event.payload["changes"] == {"duration": [10, 15]}
    assert not db.session.execute(select(CaseEvent).where(CaseEvent.case_id == other.id,
                                                          CaseEvent.type == "deadline_recomputed")).first()
    audit = db.session.execute(select(AuditEntry).where(AuditEntry.action == "deadlines.rule_changed")).scalar_one()
    assert audit.details["changes"] == {"duration": [10, 15]}
    # a new case gets the edited rule too
    assert clocks(received("feedback", MON))["resolution"].due_date == date(2026, 3, 23)


def test_rule_edit_rejects_bad_numbers(rules, login):  # noqa: F811
    rule = db.session.execute(select(DeadlineRule)).scalars().first()
    client = login(rules.admin)
    for data in ({"duration": "-1", "unit": "working", "max_extensions": "0", "extension_days": "0"},
                 {"duration": "x", "unit": "working", "max_extensions": "0", "extension_days": "0"},
                 {"duration": "5", "unit": "weeks", "max_extensions": "0", "extension_days": "0"}):
        assert client.post(f"/admin/rules/{rule.id}", data=data).status_code == 422
    assert client.get("/admin/rules/999999").status_code == 404


def test_rules_page_shows_both_sets(rules, login):  # noqa: F811
    page = login(rules.admin).get("/admin/rules").get_data(as_text=True)
    assert "01/07/2026" in page and "01/01/2014" in page and "TO CONFIRM" in page
    assert "Điều 30" in page


def test_rule_set_note_edit_is_audited(rules, login):  # noqa: F811
    rule_set = db.session.execute(select(RuleSet).where(RuleSet.effective_from == date(2026, 7, 1))).scalar_one()
    client = login(rules.admin)
    assert client.get(f"/admin/rules/sets/{rule_set.id}").status_code == 200
    assert client.post(f"/admin/rules/sets/{rule_set.id}", data={"name": "", "note": "x"}).status_code == 422
    response = client.post(f"/admin/rules/sets/{rule_set.id}",
                           data={"name": rule_set.name, "note": "Confirmed against Law 136/2025 on 01/06/2026."})
    assert response.status_code == 302
    db.session.expire_all()
    assert db.session.get(RuleSet, rule_set.id).note.startswith("Confirmed")
    entry = db.session.execute(select(AuditEntry).where(AuditEntry.action == "deadlines.rule_set_changed")
                               ).scalar_one()
    assert "TO CONFIRM" in entry.details["before"]["note"]
    assert client.get("/admin/rules/sets/9999").status_code == 404
