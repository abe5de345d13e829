"""Hotline: reception logs a call while on the phone; the caller gets a reference and a key."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from sqlalchemy import select

from feedback.models import Case, HotlineCall, OutboxMessage
from feedback.security import check_access_key
from feedback.timeutil import LOCAL_TZ, utcnow
from tests.helpers import reference_and_key


def _call(**overrides) -> dict:
    started = (utcnow().astimezone(LOCAL_TZ) - timedelta(minutes=20)).strftime("%Y-%m-%dT%H:%M")
    data = {"called_at": started, "duration_minutes": "7", "full_name": "Võ Thị Hoa", "phone": "0905 222 333",
            "address": "22 Ngô Mây, Quy Nhơn", "email": "", "kind": "feedback", "title": "Đèn đường hỏng",
            "content": "Bà Hoa báo đèn đường trước nhà số 22 Ngô Mây không sáng đã một tuần.",
            "category_id": ""}
    data.update(overrides)
    return data


def test_reception_logs_a_call_and_reads_out_the_key(client, login, world, db):
    login(world.reception)
    assert client.get("/staff/log/hotline").status_code == 200
    response = client.post("/staff/log/hotline", data=_call(category_id=str(world.road.id)))
    assert response.status_code == 200, response.get_data(as_text=True)[:3000]
    reference, key = reference_and_key(response.get_data(as_text=True))
    case = db.session.execute(select(Case).where(Case.reference == reference)).scalar_one()
    assert case.channel == "hotline" and case.created_by_id == world.reception.id
    assert case.unit_id == world.road_unit.id
    assert check_access_key(case.access_key_hash, key)
    call = db.session.execute(select(HotlineCall)).scalar_one()
    assert call.case_id == case.id and call.duration_minutes == 7
    expected = datetime.strptime(_call()["called_at"], "%Y-%m-%dT%H:%M").replace(tzinfo=LOCAL_TZ)
    assert abs(case.received_at - expected) < timedelta(minutes=2)
    assert case.submitters[0].phone == "0905 222 333"
    assert db.session.execute(select(OutboxMessage)).first() is None  # no email given, no mail
    page = client.get(f"/staff/cases/{reference}").get_data(as_text=True)
    assert 'id="channel-records-title"' in page and world.reception.full_name in page


def test_acknowledgement_by_email_when_the_caller_wants_it(client, login, world, db):
    login(world.reception)
    response = client.post("/staff/log/hotline", data=_call(email="hoa@example.vn"))
    reference, key = reference_and_key(response.get_data(as_text=True))
    mail = db.session.execute(select(OutboxMessage)).scalar_one()
    assert mail.to_address == "hoa@example.vn" and reference in mail.subject
    assert key.replace("-", "") not in mail.body_text.replace("-", "")


def test_regulation_feedback_needs_name_and_address_decree_20(client, login, world, db):
    login(world.reception)
    response = client.post("/staff/log/hotline", data=_call(kind="regulation_feedback", full_name="", address=""))
    assert response.status_code == 422
    body = response.get_data(as_text=True)
    assert 'id="full_name-error"' in body and 'id="address-error"' in body
    assert "Bà Hoa báo đèn đường" in body  # what was typed is kept
    assert db.session.execute(select(Case)).first() is None
    ok = client.post("/staff/log/hotline", data=_call(kind="regulation_feedback"))
    assert ok.status_code == 200


def test_anonymous_caller_for_feedback(client, login, world, db):
    login(world.reception)
    response = client.post("/staff/log/hotline", data=_call(anonymous="y", full_name="", phone="", address=""))
    assert response.status_code == 200
    assert db.session.execute(select(Case)).scalar_one().is_anonymous


def test_call_time_in_the_future_is_refused(client, login, world, db):
    login(world.reception)
    later = (utcnow().astimezone(LOCAL_TZ) + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")
    response = client.post("/staff/log/hotline", data=_call(called_at=later))
    assert response.status_code == 422 and 'id="called_at-error"' in response.get_data(as_text=True)


def test_who_may_log_calls(client, login, world):
    login(world.inspector)
    assert client.get("/staff/log/hotline").status_code == 403
    client.post("/staff/logout")
    login(world.officer)
    assert client.get("/staff/log/hotline").status_code == 200


def test_forms_are_protected_by_csrf(app, client, login, world, db, monkeypatch):
    login(world.reception)
    monkeypatch.setitem(app.config, "WTF_CSRF_ENABLED", True)
    response = client.post("/staff/log/hotline", data=_call())
    assert response.status_code in (400, 422)
    assert db.session.execute(select(Case)).first() is None
    page = client.get("/staff/log/hotline").get_data(as_text=True)
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page) or re.search(
        r'name="csrf_token" value="([^"]+)"', page)
    ok = client.post("/staff/log/hotline", data={**_call(), "csrf_token": token.group(1)})
    assert ok.status_code == 200 and db.session.execute(select(Case)).scalar_one().channel == "hotline"
