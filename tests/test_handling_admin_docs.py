"""Admin screens for routing rules and canned responses; canned placeholders; split letters;
printable notices (HTML and PDF); access to the handling URLs by role."""

from __future__ import annotations

import pytest
from flask import g
from flask.testing import FlaskClient
from sqlalchemy import select

from feedback.errors import DomainError
from feedback.extensions import db
from feedback.models import AuditEntry, CannedResponse, Case, CaseLink, RoutingRule
from feedback.security import format_key
from feedback.services import case_links, handling, replies, triage
from tests.browser import requires_chromium
from tests.factories import PASSWORD, make_case


class _Client(FlaskClient):
    def open(self, *args, **kwargs):
        g.pop("_login_user", None)
        return super().open(*args, **kwargs)


@pytest.fixture()
def as_user(app, db):
    previous, app.test_client_class = app.test_client_class, _Client

    def _client(user):
        client = app.test_client()
        client.get("/?lang=en")
        assert client.post("/staff/login", data={"email": user.email, "password": PASSWORD}).status_code == 302
        return client

    yield _client
    app.test_client_class = previous


def test_admin_manages_routing_rules_and_canned_responses(world, as_user):
    admin = as_user(world.admin)
    assert admin.get("/admin/handling/").status_code == 200
    bad = admin.post("/admin/handling/rules", data={"unit_id": world.road_unit.id, "keywords": ""})
    assert bad.status_code == 422 and "Give a topic, keywords, or both." in bad.get_data(as_text=True)
    ok = admin.post("/admin/handling/rules", data={"unit_id": world.road_unit.id, "keywords": "ổ gà,  cầu ",
                                                   "priority": 3, "active": "y"})
    assert ok.status_code == 302
    rule = db.session.execute(select(RoutingRule)).scalar_one()
    assert rule.keywords == "ổ gà, cầu" and rule.priority == 3 and rule.active
    assert "ổ gà, cầu" in admin.get(f"/admin/handling/rules/{rule.id}").get_data(as_text=True)
    edited = admin.post(f"/admin/handling/rules/{rule.id}", data={
        "unit_id": world.transport_unit.id, "keywords": "cầu", "priority": 1, "active": "y"})
    assert edited.status_code == 302
    db.session.refresh(rule)
    assert rule.unit_id == world.transport_unit.id and rule.keywords == "cầu"
    admin.post(f"/admin/handling/rules/{rule.id}/toggle")
    db.session.refresh(rule)
    assert not rule.active
    saved = admin.post("/admin/handling/canned/new", data={
        "title": "Đã sửa", "kind": "feedback", "category_id": world.road.id, "active": "y",
        "body": "Kính gửi {name}, vụ việc {reference} nhận ngày {received_date} đã xử lý. {unknown}"})
    assert saved.status_code == 302
    canned = db.session.execute(select(CannedResponse)).scalar_one()
    actions = {a for (a,) in db.session.execute(select(AuditEntry.action))}
    assert {"settings.routing_rule_saved", "settings.canned_response_saved"} <= actions
    assert "{name}" in admin.get(f"/admin/handling/canned/{canned.id}").get_data(as_text=True)


def test_only_admins_reach_the_settings(world, as_user):
    for user in (world.reception, world.unit_head, world.leader, world.inspector):
        assert as_user(user).get("/admin/handling/").status_code == 403


def test_canned_response_fills_placeholders_and_fits_kind_and_topic(world, app):
    with app.test_request_context("/?lang=en"):
        db.session.add_all([
            CannedResponse(title="A", kind="feedback", category_id=world.road.id,
                           body="Kính gửi {name}, vụ {reference} ({unit}) {unknown} {"),
            CannedResponse(title="B", kind="complaint", body="x"),
            CannedResponse(title="C", kind=None, category_id=None, body="chung"),
        ])
        db.session.commit()
        case = make_case(category=world.road).case
        case_links_titles = [c.title for c in replies.canned_for(case)]
        assert case_links_titles == ["A", "C"]
        triage.route(world.reception, case, world.road_unit)
        handling.acknowledge(world.unit_head, case)
        canned = db.session.execute(select(CannedResponse).where(CannedResponse.title == "C")).scalar_one()
        draft = replies.save_draft(world.officer, case, "", canned_id=canned.id)
        assert draft.body == "chung" and draft.status == "draft" and case.status == "in_progress"
        body = replies.fill("Kính gửi {name}, vụ {reference} ({unit}) {unknown}", case, world.officer)
        assert body == f"Kính gửi Nguyễn Văn An, vụ {case.reference} (Phòng Quản lý kết cấu hạ tầng) {{unknown}}"
        secret = make_case("denunciation").case
        assert replies.fill("{name}", secret, None) == "Ông/Bà"


def test_split_letter_into_linked_case_tracked_with_the_same_key(world, app, client):
    with app.test_request_context("/?lang=en"):
        receipt = make_case(category=world.road, content="Phần 1: ổ gà. Phần 2: khiếu nại quyết định phạt.")
        case = receipt.case
        with pytest.raises(DomainError):
            case_links.split(world.reception, case, "complaint", "", "")
        part = case_links.split(world.reception, case, "complaint", "Khiếu nại quyết định phạt",
                                "Phần 2: khiếu nại quyết định phạt.")
        assert part.status == "received" and part.received_at == case.received_at
        assert part.submitters[0].full_name == "Nguyễn Văn An"
        link = db.session.execute(select(CaseLink)).scalar_one()
        assert (link.case_id, link.other_id, link.kind) == (part.id, case.id, "split")
        assert [c.reference for _, c in case_links.linked_cases(case)] == [part.reference]
    page = client.post("/track", data={"reference": part.reference, "access_key": format_key(receipt.access_key)})
    assert page.status_code == 200 and "Khiếu nại quyết định phạt" in page.get_data(as_text=True)


@pytest.mark.parametrize("kind, act, expect", [
    ("forwarding", lambda w, c: triage.forward(w.reception, c, w.agency, "Thuộc thẩm quyền"), "FORWARDING SLIP"),
    ("guidance", lambda w, c: triage.guide(w.reception, c, "Đến UBND phường"), "GUIDANCE NOTICE"),
    ("rejection", lambda w, c: triage.reject(w.reception, c, "Không đủ điều kiện"), "on not accepting"),
])
def test_outcome_documents(world, app, as_user, kind, act, expect):
    with app.test_request_context("/?lang=en"):
        case = make_case(category=world.road).case
        act(world, case)
    html = as_user(world.leader).get(f"/staff/cases/{case.reference}/documents/{kind}").get_data(as_text=True)
    assert expect in html and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in html and "Recipients" in html
    if kind == "forwarding":
        assert world.agency.name in html


def test_receipt_document_and_unknown_kind(world, as_user):
    case = make_case().case
    leader = as_user(world.leader)
    html = leader.get(f"/staff/cases/{case.reference}/documents/receipt").get_data(as_text=True)
    assert "ACKNOWLEDGEMENT OF RECEIPT" in html and case.reference in html
    assert leader.get(f"/staff/cases/{case.reference}/documents/nonsense").status_code == 404
    assert leader.get(f"/staff/cases/{case.reference}/documents/reply").status_code == 404


@requires_chromium
def test_reply_document_as_pdf(world, app, as_user):
    with app.test_request_context("/?lang=en"):
        case = make_case(category=world.road).case
        triage.route(world.reception, case, world.road_unit)
        handling.acknowledge(world.unit_head, case)
        replies.save_draft(world.officer, case, "Đã sửa.", submit=True)
        replies.approve(world.unit_head, case)
    response = as_user(world.unit_head).get(f"/staff/cases/{case.reference}/documents/reply?format=pdf")
    assert response.status_code == 200 and response.mimetype == "application/pdf"
    assert response.data.startswith(b"%PDF") and len(response.data) > 5000


def test_handling_urls_deny_by_role(world, as_user):
    case = make_case(category=world.road).case
    url = f"/staff/cases/{case.reference}/do/route"
    assert as_user(world.inspector).post(url, data={"route-unit_id": world.road_unit.id}).status_code == 403
    assert as_user(world.admin).get("/staff/work/intake").status_code == 403
    assert as_user(world.officer).get("/staff/work/intake").status_code == 404  # not an officer's queue
    assert as_user(world.officer).post(f"/staff/cases/{case.reference}/do/nonsense").status_code == 404
    assert db.session.get(Case, case.id).status == "received"
