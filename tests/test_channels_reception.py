"""Walk-in reception: the register (Citizen Reception Law Art 25.2), the receipt, and the public schedule."""

from __future__ import annotations

from datetime import time, timedelta

from sqlalchemy import select

from feedback.models import Case, CaseEvent, ReceptionSession, ReceptionVisit
from feedback.services import channels
from feedback.timeutil import LOCAL_TZ, local_date, utcnow
from tests import factories
from tests.helpers import reference_and_key


def _visit(**overrides) -> dict:
    data = {"visited_at": (utcnow().astimezone(LOCAL_TZ) - timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M"),
            "full_name": "Đặng Văn Lâm", "address": "8 Trần Hưng Đạo, Quy Nhơn", "id_number": "052080001234",
            "phone": "0905 444 555", "content": "Ông Lâm khiếu nại về việc thu hồi giấy phép lái xe.",
            "prior_handling": "Đã gửi đơn đến Phòng Quản lý phương tiện ngày 01/10/2026, chưa được trả lời.",
            "requests": "Đề nghị xem xét lại quyết định thu hồi.", "people_count": "2",
            "handling": "Hướng dẫn làm đơn khiếu nại; tiếp nhận đơn.", "receiving_leader": "Phó Giám đốc Lê Văn B",
            "documents": "Đơn khiếu nại (2 trang)\nBản sao quyết định số 15/QĐ", "outcome": "open",
            "kind": "complaint", "title": "", "subject": "Quyết định thu hồi GPLX số 15/QĐ",
            "request": "Hủy quyết định thu hồi", "category_id": ""}
    data.update(overrides)
    return data


def test_a_visit_is_registered_with_a_serial_number_and_opens_a_case(client, login, world, db):
    login(world.reception)
    assert client.get("/staff/reception").status_code == 200
    response = client.post("/staff/reception", data=_visit())
    assert response.status_code == 200, response.get_data(as_text=True)[:3000]
    reference, key = reference_and_key(response.get_data(as_text=True))
    visit = db.session.execute(select(ReceptionVisit)).scalar_one()
    assert visit.serial == 1 and visit.year == local_date(utcnow()).year
    assert visit.people_count == 2 and visit.receiving_officer_id == world.reception.id
    assert visit.prior_handling.startswith("Đã gửi đơn") and visit.receiving_leader == "Phó Giám đốc Lê Văn B"
    assert visit.full_name == "Đặng Văn Lâm" and visit.id_number == "052080001234"
    case = db.session.execute(select(Case)).scalar_one()
    assert case.reference == reference and case.channel == "walk_in" and case.kind == "complaint"
    assert visit.case_id == case.id and case.title.startswith("Ông Lâm khiếu nại")
    assert case.submitters[0].id_number == "052080001234"
    second = client.post("/staff/reception", data=_visit(outcome="none", full_name="Ngô Thị Hạnh"))
    assert second.status_code == 200
    serials = db.session.execute(select(ReceptionVisit.serial).order_by(ReceptionVisit.serial)).scalars().all()
    assert serials == [1, 2]


def test_printable_receipt_lists_the_documents(client, login, world, db):
    login(world.reception)
    client.post("/staff/reception", data=_visit())
    visit = db.session.execute(select(ReceptionVisit)).scalar_one()
    body = client.get(f"/staff/reception/{visit.id}/receipt").get_data(as_text=True)
    assert "Đơn khiếu nại (2 trang)" in body and "Bản sao quyết định số 15/QĐ" in body
    assert visit.case.reference in body and "Đặng Văn Lâm" in body
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in body
    assert "channels.css" in body and "data-print" in body


def test_a_visit_can_be_added_to_an_existing_case(client, login, world, db):
    case = factories.make_case("feedback", actor=world.reception).case
    login(world.reception)
    response = client.post("/staff/reception", data=_visit(outcome="attach", reference=case.reference))
    assert response.status_code == 200
    visit = db.session.execute(select(ReceptionVisit)).scalar_one()
    assert visit.case_id == case.id
    event = db.session.execute(select(CaseEvent).where(CaseEvent.type == "walk_in_visit")).scalar_one()
    assert event.case_id == case.id and "thu hồi" in event.reason
    assert db.session.execute(select(Case)).scalars().all() == [case]
    page = client.get(f"/staff/cases/{case.reference}").get_data(as_text=True)
    assert f"/staff/reception/{visit.id}/receipt" in page  # the register line shows on the case page
    missing = client.post("/staff/reception", data=_visit(outcome="attach", reference=""))
    assert missing.status_code == 422 and 'id="reference-error"' in missing.get_data(as_text=True)


def test_a_denouncer_is_sealed_in_the_register_too(client, login, world, db):
    login(world.reception)
    response = client.post("/staff/reception", data=_visit(kind="denunciation", subject="Cán bộ X nhận tiền",
                                                           request=""))
    assert response.status_code == 200, response.get_data(as_text=True)[:2000]
    visit = db.session.execute(select(ReceptionVisit)).scalar_one()
    assert visit.full_name is None and visit.id_number is None and visit.address is None
    assert visit.sealed_identity and visit.pseudonym.startswith("TC-")
    assert visit.display_name == visit.pseudonym
    receipt = client.get(f"/staff/reception/{visit.id}/receipt").get_data(as_text=True)
    assert "Đặng Văn Lâm" not in receipt


def test_a_visit_added_to_a_denunciation_is_sealed(world, db):
    case = factories.make_case("denunciation", actor=world.reception).case
    visit, _ = channels.record_visit(world.reception, channels.VisitData(
        visited_at=utcnow() - timedelta(minutes=5), full_name="Nguyễn Văn An", content="Bổ sung chứng cứ"),
        attach_reference=case.reference)
    assert visit.full_name is None and visit.sealed_identity and visit.case_id == case.id


def test_serial_numbers_restart_each_year(world, db):
    last_year = utcnow().replace(year=utcnow().year - 1, month=6, day=2)
    for when in (last_year, utcnow() - timedelta(minutes=5), last_year + timedelta(days=1)):
        channels.record_visit(world.reception, channels.VisitData(visited_at=when, full_name="A", content="B"))
    rows = db.session.execute(select(ReceptionVisit.year, ReceptionVisit.serial)
                              .order_by(ReceptionVisit.id)).all()
    this = utcnow().year
    assert rows == [(this - 1, 1), (this, 1), (this - 1, 2)]


def _session(day, **overrides) -> dict:
    data = {"day": day.isoformat(), "start_time": "07:30", "end_time": "11:00", "place": "Phòng tiếp công dân, "
            "07 Nguyễn Huệ", "leader": "Giám đốc Nguyễn Văn A", "note": "Mang theo CCCD"}
    data.update(overrides)
    return data


def test_schedule_must_be_published_five_working_days_ahead(client, login, world, db):
    login(world.reception)
    earliest = channels.earliest_session_day()
    today = local_date(utcnow())
    assert channels._calendar().working_days_between(today, earliest) == 5
    too_soon = client.post("/staff/schedule", data=_session(earliest - timedelta(days=1)))
    assert too_soon.status_code == 422
    assert earliest.strftime("%d/%m/%Y") in too_soon.get_data(as_text=True)
    assert db.session.execute(select(ReceptionSession)).first() is None
    ok = client.post("/staff/schedule", data=_session(earliest))
    assert ok.status_code == 302
    wrong_order = client.post("/staff/schedule", data=_session(earliest, start_time="11:00", end_time="08:00"))
    assert wrong_order.status_code == 422 and 'id="end_time-error"' in wrong_order.get_data(as_text=True)


def test_public_schedule_lists_sessions_and_cancellations(client, login, world, db):
    day = channels.earliest_session_day() + timedelta(days=7)
    session = channels.publish_session(world.leader, day, time(7, 30), time(11, 0), "Phòng tiếp công dân",
                                       "Giám đốc Nguyễn Văn A", "Mang theo CCCD")
    for url in ("/lich-tiep-cong-dan", "/schedule"):
        body = client.get(url).get_data(as_text=True)
        assert day.strftime("%d/%m/%Y") in body and "Giám đốc Nguyễn Văn A" in body and "07:30" in body
    login(world.reception)
    assert client.post(f"/staff/schedule/{session.id}/cancel").status_code == 302
    client.post("/staff/logout")
    body = client.get("/lich-tiep-cong-dan").get_data(as_text=True)
    assert 'class="cancelled"' in body


def test_only_reception_and_leaders_manage_the_schedule(client, login, world):
    login(world.officer)
    assert client.get("/staff/schedule").status_code == 403
