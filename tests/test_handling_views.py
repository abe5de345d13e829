"""The handling pages through the test client: queues, case-page actions, stale forms, citizen side."""

from __future__ import annotations

import re

import pytest
from flask import g
from flask.testing import FlaskClient
from sqlalchemy import select

from feedback.extensions import db
from feedback.models import CaseEvent, RoutingRule
from feedback.security import format_key
from tests.factories import PASSWORD, make_case


class _Client(FlaskClient):
    """A client per user: the tests share one app context, so forget the cached user before each request."""

    def open(self, *args, **kwargs):
        g.pop("_login_user", None)
        return super().open(*args, **kwargs)


@pytest.fixture()
def as_user(app, db):
    previous, app.test_client_class = app.test_client_class, _Client

    def _client(user):
        client = app.test_client()
        client.get("/?lang=en")
        response = client.post("/staff/login", data={"email": user.email, "password": PASSWORD})
        assert response.status_code == 302
        return client

    yield _client
    app.test_client_class = previous


def _act(client, case, name, **data):
    db.session.refresh(case)
    payload = {f"{name}-version": case.version}
    payload.update({f"{name}-{k}": v for k, v in data.items()})
    return client.post(f"/staff/cases/{case.reference}/do/{name}", data=payload)


def test_web_daily_flow_and_citizen_reads_reply(app, world, as_user):
    db.session.add(RoutingRule(keywords="ổ gà, mặt đường", unit_id=world.road_unit.id))
    db.session.commit()
    receipt = make_case(title="Ổ gà đường Trần Hưng Đạo", content="Có nhiều ổ gà trên mặt đường")
    case = receipt.case
    reception = as_user(world.reception)
    intake = reception.get("/staff/work/intake").get_data(as_text=True)
    assert case.reference in intake
    page = reception.get(f"/staff/cases/{case.reference}").get_data(as_text=True)
    assert "Suggested units" in page and "Routing rule" in page and "ổ gà" in page
    response = _act(reception, case, "route", unit_id=world.road_unit.id)
    assert response.status_code == 302, response.get_data(as_text=True)[:2000]
    assert response.headers["Location"].endswith("/staff/work/intake"), "reception no longer sees the routed case"

    head = as_user(world.unit_head)
    assert case.reference in head.get("/staff/work/unit").get_data(as_text=True)
    assert _act(head, case, "assign", assignee_id=world.officer.id).status_code == 302
    officer = as_user(world.officer)
    assert case.reference in officer.get("/staff/work/mine").get_data(as_text=True)
    assert _act(officer, case, "request_info", question="Xin gửi ảnh.").status_code == 302

    citizen = app.test_client()
    citizen.get("/?lang=en")
    tracked = citizen.post("/track", data={"reference": case.reference, "access_key": format_key(receipt.access_key)})
    assert "Xin gửi ảnh." in tracked.get_data(as_text=True)
    answered = citizen.post("/track/case/answer", data={"text": "Ảnh ở đây", "version": case.version})
    assert answered.status_code == 302, re.findall(r"error-summary.{0,600}", answered.get_data(as_text=True), re.S)
    db.session.refresh(case)
    assert case.status == "in_progress"

    assert _act(officer, case, "draft", body="Kính gửi {name}: đã sửa ổ gà.", submit_for_approval="y"
                ).status_code == 302
    assert case.reference in head.get("/staff/work/approval").get_data(as_text=True)
    assert _act(head, case, "approve").status_code == 302
    db.session.refresh(case)
    assert case.status == "resolved"
    page = citizen.get("/track/case").get_data(as_text=True)
    assert "Our answer" in page and "Kính gửi Nguyễn Văn An: đã sửa ổ gà." in page


def test_stale_form_gets_409_and_the_new_state(world, as_user):
    case = make_case(category=world.road).case
    reception = as_user(world.reception)
    leader = as_user(world.leader)
    db.session.refresh(case)
    old = case.version
    assert _act(leader, case, "classify", kind="petition", category_id=world.road.id, processable="y",
                competent="y").status_code == 302
    response = reception.post(f"/staff/cases/{case.reference}/do/reject",
                              data={"reject-version": old, "reject-reasons": "Không đủ điều kiện"})
    assert response.status_code == 409
    body = response.get_data(as_text=True)
    assert "Someone else changed this case" in body
    db.session.refresh(case)
    assert case.status == "triage" and case.kind == "petition"


def test_missing_reason_is_422_with_message(world, as_user):
    case = make_case(category=world.road).case
    reception = as_user(world.reception)
    response = _act(reception, case, "reject", reasons="")
    assert response.status_code == 422
    assert "Give the reasons." in response.get_data(as_text=True)


def test_officer_cannot_triage_and_other_unit_cannot_see(world, as_user):
    case = make_case(category=world.road).case
    officer = as_user(world.officer)
    assert _act(officer, case, "reject", reasons="x").status_code == 403
    other = as_user(world.other_officer)
    assert _act(other, case, "reject", reasons="x").status_code == 404


def test_queue_search_without_accents(world, as_user):
    make_case(title="Đèn tín hiệu hỏng", content="Đèn giao thông ở ngã tư Đống Đa không hoạt động")
    make_case(title="Xe buýt trễ", content="Tuyến số 3 trễ giờ")
    reception = as_user(world.reception)
    body = reception.get("/staff/work/intake?q=dong+da").get_data(as_text=True)
    assert "Đèn tín hiệu hỏng" in body and "Xe buýt trễ" not in body


def test_documents_render_with_motto_and_number(world, as_user):
    case = make_case("complaint", category=world.road).case
    world.profile.short_name = "SGTVT"
    db.session.commit()
    reception = as_user(world.reception)
    _act(reception, case, "route", unit_id=world.road_unit.id, legal_basis="Điều 27 Luật Khiếu nại 2011")
    leader = as_user(world.leader)
    html = leader.get(f"/staff/cases/{case.reference}/documents/acceptance").get_data(as_text=True)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in html and "Độc lập - Tự do - Hạnh phúc" in html
    assert re.search(r"1/TB-SGTVT", html) and "Bình Định, ngày" in html and "Điều 27" in html
    assert leader.get(f"/staff/cases/{case.reference}/documents/rejection").status_code == 404
    events = db.session.execute(select(CaseEvent).where(CaseEvent.case_id == case.id)).scalars().all()
    assert any(e.payload.get("document_number") == "1/TB-SGTVT" for e in events)


def test_officer_attaches_documents(world, as_user):
    import io

    from tests.helpers import PDF

    case = make_case(category=world.road).case
    head = as_user(world.unit_head)
    _act(head, case, "acknowledge")  # not routed yet: only accepted cases can be acknowledged
    from feedback.services import triage

    with head.application.test_request_context("/?lang=en"):
        triage.route(world.reception, case, world.road_unit)
    officer = as_user(world.officer)
    db.session.refresh(case)
    response = officer.post(f"/staff/cases/{case.reference}/do/attach", data={
        "attach-version": case.version, "attach-note": "Biên bản kiểm tra hiện trường",
        "attach-files": [(io.BytesIO(PDF), "bien-ban.pdf")]}, content_type="multipart/form-data")
    assert response.status_code == 302, response.get_data(as_text=True)[:500]
    db.session.refresh(case)
    assert [a.original_name for a in case.attachments] == ["bien-ban.pdf"]
    event = db.session.execute(select(CaseEvent).where(CaseEvent.type == "attachment")).scalar_one()
    assert not event.citizen_visible and event.payload["attachments"] == ["bien-ban.pdf"]


def test_citizen_pages_merged_case_information_and_expiry(app, world):
    import io
    import time

    from feedback.public import citizen as citizen_module
    from feedback.services import case_links
    from tests.helpers import PNG

    original = make_case(category=world.road).case
    receipt = make_case(category=world.road)
    dup = receipt.case
    client = app.test_client()
    client.get("/?lang=en")
    assert client.get("/track/case").status_code == 302, "nothing remembered yet"
    client.post("/track", data={"reference": dup.reference, "access_key": format_key(receipt.access_key)})
    added = client.post("/track/case/information", data={
        "text": "Bổ sung ảnh", "version": dup.version, "attachments": [(io.BytesIO(PNG), "anh.png")]},
        content_type="multipart/form-data")
    assert added.status_code == 302
    db.session.refresh(dup)
    assert [a.original_name for a in dup.attachments] == ["anh.png"]
    stale = client.post("/track/case/information", data={"text": "lần nữa", "version": dup.version - 1})
    assert stale.status_code == 409
    with app.test_request_context("/?lang=en"):
        case_links.merge(world.reception, dup, original, "Cùng vụ việc")
    page = client.get("/track/case").get_data(as_text=True)
    assert f"Handled together with case {original.reference}" in page
    assert "Add to my case" not in page, "a merged case takes no more information"
    with client.session_transaction() as session:
        session[citizen_module.SESSION_KEY] = {**session[citizen_module.SESSION_KEY], "until": int(time.time()) - 1}
    assert client.get("/track/case").status_code == 302, "forgotten after 30 minutes"


def test_actions_need_the_csrf_token_when_csrf_is_on(app, world, as_user):
    case = make_case(category=world.road).case
    reception = as_user(world.reception)
    app.config["WTF_CSRF_ENABLED"] = True
    try:
        page = reception.get(f"/staff/cases/{case.reference}").get_data(as_text=True)
        token = re.search(r'name="route-csrf_token" type="hidden" value="([^"]+)"', page).group(1)
        db.session.refresh(case)
        refused = reception.post(f"/staff/cases/{case.reference}/do/reject",
                                 data={"reject-version": case.version, "reject-reasons": "Không đủ điều kiện"})
        assert refused.status_code == 400
        done = reception.post(f"/staff/cases/{case.reference}/do/route", data={
            "route-version": case.version, "route-unit_id": world.road_unit.id, "route-csrf_token": token})
        assert done.status_code == 302
    finally:
        app.config["WTF_CSRF_ENABLED"] = False
    db.session.refresh(case)
    assert case.status == "accepted"
