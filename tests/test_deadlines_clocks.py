"""Clocks of each kind (DESIGN.md §5): rule versioning, start events, stop, pause/resume, variants."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from feedback import deadlines
from feedback.extensions import db
from feedback.lifecycle import apply_transition
from feedback.models import Case, CaseEvent, RuleSet
from tests.deadlines_support import clocks, received, rules, set_today  # noqa: F401

MON = date(2026, 3, 2)  # a plain fortnight: no holiday between 2 and 27 March 2026


def move(case, *statuses, actor=None, reason="lý do"):
    for status in statuses:
        apply_transition(case, status, actor, reason=reason)
    db.session.commit()


def test_seeded_rule_sets(rules):  # noqa: F811
    sets = db.session.execute(select(RuleSet).order_by(RuleSet.effective_from)).scalars().all()
    assert [s.effective_from for s in sets] == [date(2014, 1, 1), date(2026, 7, 1)]
    assert "CONFIRM" in sets[1].note.upper()
    by_key = {(r.kind, r.variant, r.clock): r for r in sets[1].rules}
    assert by_key[("complaint", "", "acceptance")].duration == 7
    assert {(r.kind, r.variant, r.clock): r.duration for r in sets[0].rules}[("complaint", "", "acceptance")] == 10
    from feedback.deadlines_seed import seed_deadline_rules

    assert seed_deadline_rules() == 0  # idempotent


# kind -> {clock: due} for a case received on Monday 2 March 2026 (receipt clocks only)
RECEIPT_CLOCKS = {
    "suggestion": {"triage": date(2026, 3, 16), "resolution": date(2026, 3, 16)},
    "feedback": {"triage": date(2026, 3, 16), "resolution": date(2026, 3, 16)},
    "petition": {"triage": date(2026, 3, 16), "resolution": date(2026, 3, 16)},
    "regulation_feedback": {"triage": date(2026, 3, 16), "forward": date(2026, 3, 9),
                            "resolution": date(2026, 3, 16)},
    "complaint": {"triage": date(2026, 3, 16), "acceptance": date(2026, 3, 16)},
    "denunciation": {"triage": date(2026, 3, 16), "acceptance": date(2026, 3, 11), "forward": date(2026, 3, 9)},
}


@pytest.mark.parametrize("kind", list(RECEIPT_CLOCKS))
def test_receipt_clocks_of_each_kind(rules, kind):  # noqa: F811
    case = received(kind, MON)
    found = clocks(case)
    assert {name: c.due_date for name, c in found.items()} == RECEIPT_CLOCKS[kind]
    assert all(c.start_date == MON and c.state == "running" for c in found.values())
    assert case.due_date == min(RECEIPT_CLOCKS[kind].values())


# kind -> {clock: due} started when accepted on Monday 9 March 2026
ACCEPTANCE_CLOCKS = {
    "feedback": {},
    "complaint": {"resolution": date(2026, 4, 8)},  # 30 calendar days (first instance)
    "denunciation": {"notify_acceptance": date(2026, 3, 16), "resolution": date(2026, 4, 8)},
}


@pytest.mark.parametrize("kind", list(ACCEPTANCE_CLOCKS))
def test_acceptance_starts_clocks_and_stops_the_first_decision(rules, set_today, kind):  # noqa: F811
    case = received(kind, MON)
    set_today(date(2026, 3, 9))
    move(case, "triage", "accepted", actor=rules.unit_head)
    found = clocks(case)
    started = {n: c.due_date for n, c in found.items() if c.start_date == date(2026, 3, 9)}
    assert started == ACCEPTANCE_CLOCKS[kind]
    for name in ("triage", "acceptance", "forward"):
        if name in found:
            assert found[name].state == "stopped" and found[name].stopped_by_status == "accepted"
    event = db.session.execute(select(CaseEvent).where(CaseEvent.case_id == case.id, CaseEvent.to_status == "accepted")
                               ).scalar_one()
    assert "triage" in event.payload["clocks"]["stopped"]
    if started:
        assert event.payload["clocks"]["started"] == {n: d.isoformat() for n, d in started.items()}


def test_second_instance_complaint_gets_45_days(rules, set_today):  # noqa: F811
    first = received("complaint", MON)
    second = received("complaint", MON)
    second.parent_id = first.id
    db.session.commit()
    set_today(date(2026, 3, 9))
    move(second, "triage", "accepted", actor=rules.unit_head)
    resolution = clocks(second)["resolution"]
    assert (resolution.variant, resolution.due_date) == ("second", date(2026, 4, 23))


def test_rule_version_follows_the_day_of_receipt(rules):  # noqa: F811
    before = received("complaint", date(2026, 6, 30))
    after = received("complaint", date(2026, 7, 1))
    assert clocks(before)["acceptance"].duration == 10
    assert clocks(before)["acceptance"].due_date == date(2026, 7, 14)
    assert clocks(after)["acceptance"].duration == 7
    assert clocks(after)["acceptance"].due_date == date(2026, 7, 10)
    assert clocks(before)["acceptance"].rule.rule_set.effective_from == date(2014, 1, 1)


def test_outcome_stops_every_clock(rules, set_today):  # noqa: F811
    case = received("denunciation", MON)
    set_today(date(2026, 3, 4))
    move(case, "triage", "forwarded", actor=rules.unit_head)
    assert {c.state for c in clocks(case).values()} == {"stopped"}
    assert db.session.get(Case, case.id).due_date is None


def test_withdrawal_while_paused_stops_and_records_the_pause(rules, set_today):  # noqa: F811
    case = received("feedback", MON)
    set_today(date(2026, 3, 3))
    move(case, "triage", "accepted", "in_progress", "awaiting_citizen", actor=rules.unit_head)
    set_today(date(2026, 3, 6))
    move(case, "withdrawn")
    resolution = clocks(case)["resolution"]
    assert resolution.state == "stopped" and resolution.pauses == [["2026-03-03", "2026-03-06"]]


@pytest.mark.parametrize("pause_status", ["awaiting_citizen", "suspended"])
def test_pause_and_resume_add_the_paused_working_days_back(rules, set_today, pause_status):  # noqa: F811
    case = received("feedback", MON)
    set_today(date(2026, 3, 3))
    move(case, "triage", "accepted", "in_progress", actor=rules.unit_head)
    assert db.session.get(Case, case.id).due_date == date(2026, 3, 16)
    set_today(date(2026, 3, 4))
    move(case, pause_status, actor=rules.unit_head)
    resolution = clocks(case)["resolution"]
    assert resolution.state == "paused" and resolution.paused_since == date(2026, 3, 4)
    assert db.session.get(Case, case.id).due_date is None  # nothing runs
    set_today(date(2026, 3, 11))
    move(case, "in_progress", actor=rules.unit_head)
    resolution = clocks(case)["resolution"]
    # paused (4 March, 11 March]: 5, 6, 9, 10, 11 March = 5 working days; 16 March + 5 = 23 March
    assert resolution.state == "running" and resolution.paused_days == 5
    assert resolution.due_date == date(2026, 3, 23)
    assert db.session.get(Case, case.id).due_date == date(2026, 3, 23)
    event = db.session.execute(select(CaseEvent).where(CaseEvent.case_id == case.id).order_by(CaseEvent.id.desc())
                               ).scalars().first()
    assert event.payload["clocks"]["resumed"] == {"resolution": "2026-03-23"}
    # a second pause over a weekend only: (13 March, 16 March] = 1 working day
    set_today(date(2026, 3, 13))
    move(case, pause_status, actor=rules.unit_head)
    set_today(date(2026, 3, 16))
    move(case, "in_progress", actor=rules.unit_head)
    resolution = clocks(case)["resolution"]
    assert resolution.paused_days == 6 and resolution.due_date == date(2026, 3, 24)


def test_pause_over_a_holiday_does_not_add_the_holiday(rules, set_today):  # noqa: F811
    case = received("feedback", date(2026, 2, 10))
    set_today(date(2026, 2, 11))
    move(case, "triage", "accepted", "in_progress", actor=rules.unit_head)
    due_before = clocks(case)["resolution"].due_date
    set_today(date(2026, 2, 13))
    move(case, "awaiting_citizen", actor=rules.unit_head)
    set_today(date(2026, 2, 23))  # Tết: 16–20 February off
    move(case, "in_progress", actor=rules.unit_head)
    resolution = clocks(case)["resolution"]
    assert resolution.paused_days == 1  # only Monday 23 February
    assert resolution.due_date == deadlines.working_calendar().add_working_days(due_before, 1)


def test_variant_change_recomputes(rules, set_today):  # noqa: F811
    from feedback.services.deadlines import set_variant

    case = received("complaint", MON, unit=rules.road_unit)
    set_today(date(2026, 3, 9))
    move(case, "triage", "accepted", actor=rules.unit_head)
    set_variant(rules.unit_head, case, "resolution", "first_remote_complex", "Vùng sâu, phức tạp")
    resolution = clocks(case)["resolution"]
    assert (resolution.duration, resolution.due_date) == (60, date(2026, 5, 8))
    from feedback.errors import DomainError, Forbidden

    with pytest.raises(Forbidden):
        set_variant(rules.officer, case, "resolution", "first", "x")
    with pytest.raises(DomainError):
        set_variant(rules.unit_head, case, "resolution", "nonsense", "x")


def test_denunciation_verified_at_several_places_gets_10_working_days(rules):  # noqa: F811
    from feedback.services.deadlines import set_variant

    case = received("denunciation", MON, unit=rules.road_unit)
    assert clocks(case)["acceptance"].due_date == date(2026, 3, 11)
    set_variant(rules.unit_head, case, "acceptance", "several_places", "Xác minh ở ba xã")
    acceptance = clocks(case)["acceptance"]
    assert (acceptance.duration, acceptance.due_date) == (10, date(2026, 3, 16))
    assert db.session.get(Case, case.id).due_date == date(2026, 3, 9)  # the forward clock is still earliest
