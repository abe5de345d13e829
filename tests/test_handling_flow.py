"""The daily flow through the services: triage → route → acknowledge → assign → ask → answer → draft →
approve → resolved, with events, holdings, permissions and citizen notices."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from feedback.errors import DomainError, Forbidden, StaleObject
from feedback.extensions import db
from feedback.models import CaseEvent, OutboxMessage, ReplyDraft, UnitHolding
from feedback.services import citizen, handling, replies, triage
from tests.factories import make_case


@pytest.fixture(autouse=True)
def _request(app):
    with app.test_request_context("/?lang=en"):
        yield


def _events(case, type_=None):
    stmt = select(CaseEvent).where(CaseEvent.case_id == case.id).order_by(CaseEvent.id)
    if type_:
        stmt = stmt.where(CaseEvent.type == type_)
    return list(db.session.execute(stmt).scalars())


def _outbox(case, template):
    return list(db.session.execute(select(OutboxMessage).where(
        OutboxMessage.case_id == case.id, OutboxMessage.template == template)).scalars())


def test_daily_flow_end_to_end(world):
    case = make_case(category=world.road).case
    w = world
    triage.classify(w.reception, case, triage.Classification(kind="feedback", category_id=w.road.id))
    assert case.status == "triage"
    triage.route(w.reception, case, w.road_unit)
    assert case.status == "accepted" and case.unit_id == w.road_unit.id
    holding = db.session.execute(select(UnitHolding).where(UnitHolding.case_id == case.id)).scalar_one()
    assert holding.acknowledged_at is None and holding.released_at is None
    transfer = _events(case, "transfer")[0]
    assert transfer.payload["to_unit_id"] == w.road_unit.id and transfer.payload["holding_id"] == holding.id
    assert _outbox(case, "case_outcome"), "the citizen is told the case was accepted"

    handling.acknowledge(w.unit_head, case)
    assert case.status == "in_progress" and holding.acknowledged_at is not None
    handling.assign(w.unit_head, case, w.officer)
    assert case.assignee_id == w.officer.id

    handling.request_information(w.officer, case, "Xin gửi ảnh chụp ổ gà.")
    assert case.status == "awaiting_citizen"
    ask = _events(case, "status")[-1]
    assert ask.citizen_visible and ask.reason == "Xin gửi ảnh chụp ổ gà."
    assert _outbox(case, "information_request")
    citizen.answer(case, "Ảnh đã gửi kèm.", [])
    assert case.status == "in_progress"
    assert _events(case, "citizen_answer")[0].actor_id is None

    draft = replies.save_draft(w.officer, case, "Kính gửi {name}, về vụ việc {reference}: đã sửa.", submit=True)
    assert case.status == "reply_drafted" and draft.status == "submitted"
    assert draft.body.startswith("Kính gửi Nguyễn Văn An, về vụ việc " + case.reference)
    with pytest.raises(Forbidden):
        replies.approve(w.officer, case)  # officers do not approve
    replies.return_draft(w.unit_head, case, "Ghi rõ thời gian sửa chữa.")
    assert case.status == "in_progress" and draft.status == "returned"
    assert not _events(case, "status")[-1].citizen_visible
    draft2 = replies.save_draft(w.officer, case, "Đã sửa xong ngày 20/11.", submit=True)
    assert draft2.number == 2
    replies.approve(w.unit_head, case)
    assert case.status == "resolved" and draft2.status == "approved"
    assert draft2.document_number.startswith("1/TL-")
    assert replies.approved_reply(case).id == draft2.id
    assert _outbox(case, "case_reply")[0].body_text.count("Đã sửa xong") == 1
    assert holding.released_at is not None


def test_author_cannot_approve_own_reply(world):
    case = make_case(category=world.road).case
    triage.route(world.reception, case, world.road_unit)
    handling.acknowledge(world.unit_head, case)
    replies.save_draft(world.unit_head, case, "Trả lời", submit=True)
    with pytest.raises(Forbidden):
        replies.approve(world.unit_head, case)
    replies.approve(world.leader, case)
    assert case.status == "resolved"


def test_unit_returns_case_to_reception_and_holding_time_is_kept(world):
    case = make_case(category=world.road).case
    triage.route(world.reception, case, world.road_unit)
    with pytest.raises(Forbidden):
        handling.return_to_reception(world.officer, case, "không phải việc của phòng")
    with pytest.raises(DomainError):
        handling.return_to_reception(world.unit_head, case, " ")
    handling.return_to_reception(world.unit_head, case, "Thuộc lĩnh vực vận tải")
    assert case.status == "triage" and case.unit_id is None
    first = db.session.execute(select(UnitHolding)).scalar_one()
    assert first.returned_reason == "Thuộc lĩnh vực vận tải" and first.released_at is not None
    triage.route(world.reception, case, world.transport_unit)
    holdings = db.session.execute(select(UnitHolding).order_by(UnitHolding.id)).scalars().all()
    assert [h.unit_id for h in holdings] == [world.road_unit.id, world.transport_unit.id]
    assert case.status == "accepted"


def test_reroute_before_acknowledgement_releases_first_unit(world):
    case = make_case(category=world.road).case
    triage.route(world.reception, case, world.road_unit)
    triage.route(world.leader, case, world.transport_unit)
    holdings = db.session.execute(select(UnitHolding).order_by(UnitHolding.id)).scalars().all()
    assert holdings[0].released_at is not None and holdings[1].released_at is None
    assert case.unit_id == world.transport_unit.id


def test_assign_only_within_unit(world):
    case = make_case(category=world.road).case
    triage.route(world.reception, case, world.road_unit)
    with pytest.raises(DomainError):
        handling.assign(world.unit_head, case, world.other_officer)
    with pytest.raises(Forbidden):
        handling.assign(world.officer, case, world.officer)
    handling.assign(world.unit_head, case, world.officer)
    assert case.status == "in_progress", "assigning a routed case acknowledges it"


def test_version_mismatch_is_stale(world):
    case = make_case(category=world.road).case
    old = case.version
    triage.classify(world.reception, case, triage.Classification(kind="petition", category_id=world.road.id),
                    version=old)
    with pytest.raises(StaleObject):
        triage.route(world.reception, case, world.road_unit, version=old)
    assert case.status == "triage" and case.unit_id == world.road_unit.id  # intake default, unchanged


def test_suspend_needs_head_and_pauses(world):
    case = make_case(category=world.road).case
    triage.route(world.reception, case, world.road_unit)
    handling.acknowledge(world.unit_head, case)
    with pytest.raises(Forbidden):
        handling.suspend(world.officer, case, "Chờ kết quả giám định")
    handling.suspend(world.unit_head, case, "Quyết định 5/QĐ: chờ giám định")
    assert case.status == "suspended"
    handling.resume(world.leader, case, "Đã có kết quả giám định")
    assert case.status == "in_progress"


def test_replies_only_in_progress(world):
    case = make_case(category=world.road).case
    with pytest.raises(Forbidden):
        replies.save_draft(world.other_officer, case, "x")
    triage.route(world.reception, case, world.road_unit)
    with pytest.raises(DomainError):
        replies.save_draft(world.officer, case, "x")
    assert db.session.execute(select(ReplyDraft)).first() is None
