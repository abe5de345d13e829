"""The transition table and the one function that applies it (DESIGN.md §4)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from feedback.lifecycle import OPEN_STATUSES, TRANSITIONS, TransitionError, allowed_targets, apply_transition
from feedback.models import CaseClock, CaseEvent
from feedback.timeutil import LOCAL_TZ, local_date, utcnow
from tests.factories import make_case


def test_every_open_state_can_be_withdrawn_and_every_outcome_closes():
    for state in OPEN_STATUSES:
        assert "withdrawn" in allowed_targets(state)
    for outcome in ("resolved", "forwarded", "guided", "rejected", "filed", "merged", "withdrawn"):
        assert allowed_targets(outcome) == ["closed"]
    assert allowed_targets("closed") == []


def test_statuses_in_the_table_are_known():
    from feedback.lifecycle import STATUSES

    for (frm, to) in TRANSITIONS:
        assert frm in STATUSES and to in STATUSES


def test_a_move_outside_the_table_is_refused(world, db):
    case = make_case("feedback").case
    with pytest.raises(TransitionError):
        apply_transition(case, "resolved", world.leader)
    assert case.status == "received"


def test_reasons_are_required_where_the_law_wants_them(world, db):
    case = make_case("complaint").case
    apply_transition(case, "triage", world.reception)
    with pytest.raises(TransitionError):
        apply_transition(case, "rejected", world.reception, reason="  ")
    event = apply_transition(case, "rejected", world.reception, reason="Quá thời hiệu khiếu nại (Điều 9)")
    db.session.commit()
    assert event.reason.startswith("Quá thời hiệu") and event.citizen_visible
    assert (event.from_status, event.to_status, event.actor_id) == ("triage", "rejected", world.reception.id)


def test_a_past_decision_is_dated_and_its_clocks_count_from_then(world, db):
    """Replaying a paper register: the event and the acceptance clocks use the decision's date."""
    from feedback.deadlines_seed import seed_deadlines

    seed_deadlines()
    case = make_case("complaint", received_at=utcnow() - timedelta(days=40)).case
    decided = datetime(*(local_date(utcnow() - timedelta(days=30)).timetuple()[:3]), 9, tzinfo=LOCAL_TZ)
    apply_transition(case, "triage", world.reception, at=decided)
    event = apply_transition(case, "accepted", world.reception, at=decided)
    db.session.commit()
    assert local_date(event.created_at) == decided.date()
    resolution = db.session.execute(
        select(CaseClock).where(CaseClock.case_id == case.id, CaseClock.clock == "resolution")).scalar_one()
    assert resolution.start_date == decided.date()
    assert db.session.execute(select(CaseEvent).where(CaseEvent.case_id == case.id)).scalars().all()
