"""Every triage outcome: required inputs, permissions, clocks, document numbers, citizen notices; duplicates,
merge and links; routing suggestions; citizen additions and withdrawal; concurrent commits."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from feedback.errors import DomainError, Forbidden, StaleObject
from feedback.extensions import db
from feedback.models import Case, CaseClock, CaseEvent, CaseLink, OutboxMessage, RoutingRule
from feedback.services import case_links, citizen, handling, triage
from feedback.services.intake import SubmitterData
from tests.factories import make_case


@pytest.fixture(autouse=True)
def _request(app):
    with app.test_request_context("/?lang=en"):
        yield


def _notices(case):
    return list(db.session.execute(select(OutboxMessage).where(OutboxMessage.case_id == case.id,
                                                               OutboxMessage.template == "case_outcome")).scalars())


def _last_status_event(case):
    return db.session.execute(select(CaseEvent).where(CaseEvent.case_id == case.id, CaseEvent.type == "status")
                              .order_by(CaseEvent.id.desc())).scalars().first()


def _clocks(case):
    return {c.clock: c for c in db.session.execute(select(CaseClock).where(CaseClock.case_id == case.id)).scalars()}


@pytest.mark.parametrize("outcome, call, document", [
    ("forwarded", lambda w, c: triage.forward(w.reception, c, w.agency, "Thuộc thẩm quyền UBND thành phố"), "/PC-"),
    ("guided", lambda w, c: triage.guide(w.reception, c, "Gửi đơn đến UBND phường Ghềnh Ráng"), "/HD-"),
    ("rejected", lambda w, c: triage.reject(w.reception, c, "Đơn không đủ điều kiện thụ lý"), "/TB-"),
    ("filed", lambda w, c: triage.file(w.reception, c, "already_handled", "Đã trả lời ngày 1/10"), None),
])
def test_outcomes_record_reason_number_and_notice(world, outcome, call, document):
    case = make_case(category=world.road).case
    call(world, case)
    assert case.status == outcome
    event = _last_status_event(case)
    assert event.citizen_visible and event.reason and event.actor_id == world.reception.id
    number = event.payload.get("document_number")
    assert (document in number) if document else number is None
    notice = _notices(case)[-1]
    assert event.reason.split(".")[0][:20] in notice.body_text
    if "triage" in _clocks(case):
        assert _clocks(case)["triage"].state == "stopped", "the decision stops the triage clock"


def test_outcomes_need_reasons_and_triage_rights(world):
    case = make_case(category=world.road).case
    with pytest.raises(DomainError):
        triage.reject(world.reception, case, "  ")
    with pytest.raises(Forbidden):
        triage.reject(world.officer, case, "không")
    with pytest.raises(Forbidden):
        triage.guide(world.inspector, case, "không")
    with pytest.raises(DomainError):
        triage.file(world.reception, case, "made-up", "x")
    assert case.status == "received"


def test_unit_head_triages_only_own_unit(world):
    mine = make_case(category=world.road).case  # intake gives the topic's default unit
    theirs = make_case(category=world.licence).case
    triage.guide(world.unit_head, mine, "Liên hệ Sở Tư pháp")
    with pytest.raises(Forbidden):
        triage.guide(world.unit_head, theirs, "Liên hệ Sở Tư pháp")


def test_denunciation_forwarded_only_once(world):
    first = make_case("denunciation", category=world.road).case
    second = make_case("denunciation", category=world.road).case
    case_links.link(world.reception, second, first, "cùng nội dung")
    triage.forward(world.reception, first, world.agency, "Thẩm quyền của UBND")
    with pytest.raises(DomainError, match="only once"):
        triage.forward(world.reception, second, world.agency, "Lần nữa")
    assert second.status == "received"


def test_guidance_only_once_on_the_matter(world):
    first = make_case(category=world.road).case
    again = make_case(category=world.road).case
    triage.guide(world.reception, first, "Đến UBND phường")
    case_links.link(world.reception, again, first)
    with pytest.raises(DomainError):
        triage.guide(world.reception, again, "Đến UBND phường")


def test_complaint_acceptance_needs_legal_basis_and_starts_resolution_clock(world):
    case = make_case("complaint", category=world.road).case
    with pytest.raises(DomainError):
        triage.route(world.reception, case, world.road_unit)
    triage.route(world.reception, case, world.road_unit, "Điều 27 Luật Khiếu nại 2011")
    event = _last_status_event(case)
    assert event.to_status == "accepted" and event.payload["legal_basis"].startswith("Điều 27")
    assert "/TB-" in event.payload["document_number"]
    clocks = _clocks(case)
    if clocks:  # issue 3's rules seeded in this database
        assert "resolution" in clocks or "acceptance" in clocks


def test_waiting_for_the_citizen_pauses_and_resumes_the_clock(world):
    from feedback.deadlines_seed import seed_deadlines

    seed_deadlines()
    case = make_case(category=world.road).case
    triage.route(world.reception, case, world.road_unit)
    handling.acknowledge(world.unit_head, case)
    handling.request_information(world.unit_head, case, "Cần thêm ảnh")
    running = [c for c in _clocks(case).values() if c.state != "stopped"]
    assert running and all(c.state == "paused" for c in running)
    citizen.answer(case, "Đây là ảnh", [])
    assert all(c.state == "running" for c in _clocks(case).values() if c.state != "stopped")


def test_duplicates_by_content_and_by_submitter(world):
    original = make_case(title="Ổ gà đường Nguyễn Huệ", content="Mặt đường Nguyễn Huệ có ổ gà lớn gần chợ").case
    same_text = make_case(title="Ổ gà trên đường Nguyễn Huệ", content="Mặt đường Nguyễn Huệ có ổ gà lớn",
                          person=SubmitterData(full_name="Trần Thị B", phone="0911000000")).case
    same_person = make_case(title="Xe buýt", content="Xe buýt tuyến 5 không dừng đúng trạm").case
    unrelated = make_case(title="Đăng kiểm", content="Hỏi lịch đăng kiểm xe tải",
                          person=SubmitterData(full_name="Lê C", phone="0988000000")).case
    from feedback.services import similarity

    found = {s.case.id: s.reason for s in similarity.duplicates(same_text)}
    assert original.id in found and "Similar content" in found[original.id]
    assert unrelated.id not in found
    by_person = {s.case.id: s.reason for s in similarity.duplicates(same_person)}
    assert original.id in by_person and "Same submitter" in by_person[original.id]


def test_merge_into_original_and_citizen_follows_it(world, client):
    original = make_case(category=world.road).case
    dup = make_case(category=world.road).case
    with pytest.raises(DomainError):
        case_links.merge(world.reception, dup, dup, "same")
    case_links.merge(world.reception, dup, original, "Cùng vụ việc")
    assert dup.status == "merged" and dup.merged_into_id == original.id
    link = db.session.execute(select(CaseLink)).scalar_one()
    assert (link.case_id, link.other_id, link.kind) == (dup.id, original.id, "duplicate")
    assert any(e.type == "merged_in" for e in original.events)
    assert original.reference in _notices(dup)[-1].body_text  # the notice names the original (case locale)
    with pytest.raises(DomainError):
        case_links.merge(world.reception, make_case().case, dup, "into a merged case")


def test_routing_suggestions_rules_topic_and_similar_cases(world):
    db.session.add(RoutingRule(keywords="giấy phép lái xe", unit_id=world.transport_unit.id, priority=5))
    db.session.add(RoutingRule(category_id=world.road.id, keywords="", unit_id=world.road_unit.id))
    db.session.commit()
    earlier = make_case(title="Cầu Thị Nại xuống cấp", content="Lan can cầu Thị Nại bị gãy nhiều đoạn").case
    triage.route(world.reception, earlier, world.road_unit)
    case = make_case(category=world.road, title="Lan can cau Thi Nai",
                     content="lan can cau thi nai bi gay, xin sua; toi muon doi giay phep lai xe").case
    suggestions = triage.suggest_units(case)
    reasons = {s.unit.id: s.reason for s in suggestions}
    assert "keywords: giấy phép lái xe" in reasons[world.transport_unit.id]
    assert "Routing rule" in reasons[world.road_unit.id] and "Usual unit" in reasons[world.road_unit.id]
    assert f"Similar to case {earlier.reference}" in reasons[world.road_unit.id]
    assert suggestions[0].unit.id == world.road_unit.id


def test_citizen_adds_information_and_withdraws(world):
    case = make_case(category=world.road).case
    citizen.add_information(case, "Bổ sung: ổ gà ở km 3", [])
    event = db.session.execute(select(CaseEvent).where(CaseEvent.type == "citizen_information")).scalar_one()
    assert event.citizen_visible and event.actor_id is None and event.actor_label == "Công dân"
    with pytest.raises(DomainError):
        citizen.answer(case, "không ai hỏi", [])
    with pytest.raises(StaleObject):
        citizen.withdraw(case, "không cần nữa", version=case.version - 1)
    citizen.withdraw(case, "Đã được sửa", version=case.version)
    assert case.status == "withdrawn"
    with pytest.raises(DomainError):
        citizen.add_information(case, "thêm", [])


def test_staff_records_withdrawal_on_request(world):
    case = make_case(category=world.road).case
    triage.route(world.reception, case, world.road_unit)
    with pytest.raises(Forbidden):
        triage.withdraw_on_request(world.inspector, case, "điện thoại")
    triage.withdraw_on_request(world.officer, case, "Công dân gọi điện xin rút đơn ngày 27/11")
    assert case.status == "withdrawn" and _notices(case)[-1]


def test_concurrent_commit_raises_stale(app, world):
    """Two sessions load the same version; the second commit loses and gets StaleObject, not an overwrite."""
    case = make_case(category=world.road).case
    case_id = case.id
    other = db.session.session_factory()
    theirs = other.get(Case, case_id)
    triage.guide(world.reception, case, "Đến UBND phường")
    theirs.title = "Sửa tiêu đề"
    from sqlalchemy.orm.exc import StaleDataError

    with pytest.raises(StaleDataError):
        other.commit()
    other.rollback()
    other.close()
    db.session.expire_all()
    assert db.session.get(Case, case_id).title != "Sửa tiêu đề"


def test_service_commit_turns_stale_data_error_into_stale_object(world, monkeypatch):
    case = make_case(category=world.road).case
    from sqlalchemy import update

    # Someone else commits a change behind our back (raw UPDATE bumps the version).
    with db.engine.begin() as conn:
        conn.execute(update(Case.__table__).where(Case.__table__.c.id == case.id)
                     .values(version=case.version + 1, title="khác"))
    with pytest.raises(StaleObject):
        triage.reject(world.reception, case, "Lý do", version=case.version)
    db.session.rollback()
    db.session.expire_all()
    fresh = db.session.get(Case, case.id)
    assert fresh.status == "received" and fresh.title == "khác"


def test_classify_group_case_with_representative(world):
    people = [SubmitterData(full_name=f"Người {i}", phone=f"090000000{i}") for i in range(5)]
    receipt = make_case(category=world.road)
    case = receipt.case
    from feedback.models import Submitter

    for i, person in enumerate(people[1:], start=1):
        case.submitters.append(Submitter(position=i, full_name=person.full_name, phone=person.phone))
    db.session.commit()
    rep = case.submitters[2]
    with pytest.raises(DomainError):
        triage.classify(world.reception, case, triage.Classification(kind="petition", category_id=world.road.id,
                                                                     processable=False))
    triage.classify(world.reception, case, triage.Classification(
        kind="petition", category_id=world.road.id, is_group=True, representative_id=rep.id, competent=False,
        note="Ngoài thẩm quyền"))
    assert case.kind == "petition" and case.is_group and case.status == "triage"
    assert [s.is_representative for s in case.submitters] == [s.id == rep.id for s in case.submitters]
    event = triage.latest_classification(case)
    assert event.payload["changes"]["kind"] == ["feedback", "petition"] and event.payload["competent"] is False


def test_extension_request_shows_in_approval_queue(world):
    from feedback.deadlines_seed import seed_deadlines
    from feedback.services import deadlines as deadline_service
    from feedback.services import queues

    seed_deadlines()
    case = make_case("denunciation", category=world.road).case
    triage.route(world.reception, case, world.road_unit, "Điều 29 Luật Tố cáo 2018")
    handling.acknowledge(world.unit_head, case)
    assert case.reference not in [c.reference for c in queues.page(world.unit_head, "approval",
                                                                   queues.Filters()).cases]
    deadline_service.set_variant(world.unit_head, case, "resolution", "complex", "Nhiều nơi cần xác minh")
    deadline_service.request_extension(world.officer, case, "resolution", "Vụ việc phức tạp")
    assert case.reference in [c.reference for c in queues.page(world.unit_head, "approval", queues.Filters()).cases]
