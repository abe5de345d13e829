"""Staff JSON API: bearer tokens (scope, expiry, revocation), role and unit scoping, queue, case, actions."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from feedback.api import tokens
from feedback.models import ApiToken, AuditEntry, Case, CaseEvent
from feedback.timeutil import utcnow
from tests.factories import make_case
from tests.test_api_helpers import Api, complaint_body, make_token

pytest_plugins = ["tests.test_api_helpers"]
pytestmark = pytest.mark.usefixtures("fresh_limits")


@pytest.fixture()
def staff(client):
    def _as(user, scope="read_write"):
        return Api(client, make_token(user, scope))

    return _as


def test_missing_unknown_expired_and_revoked_tokens_get_401(api, world, db):
    make_case(category=world.road)
    assert api.get("/staff/cases").status_code == 401
    bad = api.as_user("ndt_" + "x" * 43).get("/staff/cases")
    assert bad.status_code == 401 and bad.get_json()["code"] == "invalid_token"
    assert "Bearer" in bad.headers["WWW-Authenticate"]
    basic = api.client.get("/api/v1/staff/cases", headers={"Authorization": "Basic dXNlcjpwYXNz"})
    assert basic.status_code == 401

    secret = make_token(world.leader)
    assert api.as_user(secret).get("/staff/cases").status_code == 200
    record = db.session.execute(select(ApiToken)).scalar_one()
    assert record.last_used_at is not None and secret not in record.token_hash

    record.expires_at = utcnow() - timedelta(seconds=1)
    db.session.commit()
    assert api.as_user(secret).get("/staff/cases").status_code == 401

    record.expires_at = utcnow() + timedelta(days=1)
    db.session.commit()
    tokens.revoke_token(world.leader, record.id)
    assert api.as_user(secret).get("/staff/cases").status_code == 401

    other = make_token(world.leader)
    world.leader.active = False
    db.session.commit()
    assert api.as_user(other).get("/staff/cases").status_code == 401


def test_read_only_token_reads_but_never_writes(staff, world, db):
    receipt = make_case(category=world.road)
    reader = staff(world.officer, "read")
    assert reader.get(f"/staff/cases/{receipt.case.reference}").status_code == 200
    refused = reader.post(f"/staff/cases/{receipt.case.reference}/notes", json={"text": "ghi chú"})
    assert refused.status_code == 403 and refused.get_json()["code"] == "read_only_token"
    logged = reader.post("/staff/cases", json={**complaint_body(), "channel": "hotline"})
    assert logged.status_code == 403
    assert db.session.execute(select(CaseEvent).where(CaseEvent.type == "note")).first() is None


def test_role_table_applies_to_tokens(staff, world, db):
    receipt = make_case(category=world.road)
    inspector = staff(world.inspector)
    assert inspector.get(f"/staff/cases/{receipt.case.reference}").status_code == 200
    note = inspector.post(f"/staff/cases/{receipt.case.reference}/notes", json={"text": "x"})
    assert note.status_code == 403 and note.get_json()["code"] == "forbidden"
    assert staff(world.admin).get("/staff/cases").status_code == 403
    denied = db.session.execute(select(AuditEntry).where(AuditEntry.action == "auth.permission_denied")).scalars()
    assert any(entry.details.get("via") == "api" for entry in denied)


def test_unit_scoping_in_list_and_read(staff, world, db):
    road = make_case(category=world.road, title="Đường hỏng").case
    licence = make_case(category=world.licence, title="Bằng lái").case
    officer = staff(world.officer)
    listed = [c["reference"] for c in officer.get("/staff/cases").get_json()["items"]]
    assert listed == [road.reference]
    hidden = officer.get(f"/staff/cases/{licence.reference}")
    assert hidden.status_code == 404
    outsider = staff(world.other_officer)
    assert outsider.post(f"/staff/cases/{road.reference}/notes", json={"text": "x"}).status_code == 404
    leader = [c["reference"] for c in staff(world.leader).get("/staff/cases").get_json()["items"]]
    assert set(leader) == {road.reference, licence.reference}


def test_keyset_pagination_and_filters(staff, world, db):
    made = [make_case(category=world.road, title=f"Việc {i}").case.reference for i in range(7)]
    make_case("petition", category=world.licence)
    leader = staff(world.leader)
    seen, cursor = [], None
    while True:
        page = leader.get("/staff/cases?kind=feedback&size=3" + (f"&after={cursor}" if cursor else "")).get_json()
        seen += [c["reference"] for c in page["items"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert seen == list(reversed(made))
    petitions = leader.get("/staff/cases?kind=petition").get_json()["items"]
    assert [c["kind"] for c in petitions] == ["petition"]
    unit = leader.get(f"/staff/cases?unit_id={world.transport_unit.id}").get_json()["items"]
    assert len(unit) == 1
    by_due = leader.get("/staff/cases?sort=due&size=5").get_json()
    assert len(by_due["items"]) == 5 and by_due["next_cursor"]
    second = leader.get(f"/staff/cases?sort=due&size=5&after={by_due['next_cursor']}").get_json()["items"]
    assert len(second) == 3
    assert not {c["reference"] for c in second} & {c["reference"] for c in by_due["items"]}


@pytest.mark.parametrize("query,field", [
    ("kind=gossip", "kind"), ("size=0", "size"), ("size=many", "size"), ("unit_id=99999999999", "unit_id"),
    ("after=bm9wZQ==", "after"), ("after=%%%", "after"), ("due=tomorrow", "due"),
])
def test_bad_queue_parameters_are_422(staff, world, query, field):
    response = staff(world.leader).get(f"/staff/cases?{query}")
    assert response.status_code == 422 and response.get_json()["errors"][0]["field"] == field


def test_case_read_has_timeline_clocks_and_no_sealed_identity(staff, world, db):
    from feedback.deadlines_seed import seed_deadlines

    seed_deadlines()
    receipt = make_case("denunciation", category=world.road)
    body = staff(world.leader).get(f"/staff/cases/{receipt.case.reference}").get_json()
    assert body["timeline"][0]["type"] == "received"
    assert body["submitters"][0]["confidential"] and body["submitters"][0]["display_name"].startswith("TC-")
    assert "full_name" not in body["submitters"][0]
    assert "Nguyễn Văn An" not in str(body)
    assert body["clocks"] and {c["name"] for c in body["clocks"]} >= {"triage"}
    assert body["due_date"] == min(c["due_date"] for c in body["clocks"] if c["state"] != "stopped")


def test_log_a_case_from_the_hotline(staff, world, db):
    reception = staff(world.reception)
    received = (utcnow() - timedelta(hours=3)).isoformat()
    body = {"kind": "feedback", "channel": "hotline", "title": "Đèn tín hiệu hỏng", "content": "Người gọi báo.",
            "category_id": world.road.id, "received_at": received,
            "submitters": [{"full_name": "Người gọi", "phone": "0905000111"}]}
    response = reception.post("/staff/cases", json=body, headers={"Idempotency-Key": "call-1"})
    assert response.status_code == 201
    again = reception.post("/staff/cases", json=body, headers={"Idempotency-Key": "call-1"})
    assert again.get_json() == response.get_json()
    case = db.session.execute(select(Case)).scalar_one()
    assert case.channel == "hotline" and case.created_by_id == world.reception.id
    assert abs((case.received_at - utcnow()).total_seconds() + 3 * 3600) < 60
    future = reception.post("/staff/cases", json={**body, "received_at": (utcnow() + timedelta(days=1)).isoformat()})
    assert future.status_code == 422 and future.get_json()["errors"][0]["field"] == "received_at"
    web = reception.post("/staff/cases", json={**body, "channel": "web"})
    assert web.status_code == 422
    incomplete = reception.post("/staff/cases", json={**body, "kind": "complaint"})
    assert incomplete.status_code == 422
    assert "submitters.0.address" in {e["field"] for e in incomplete.get_json()["errors"]}


def test_notes_with_optimistic_locking(staff, world, db):
    case = make_case(category=world.road).case
    officer = staff(world.officer)
    added = officer.post(f"/staff/cases/{case.reference}/notes", json={"text": "Đã gọi lại cho người dân.",
                                                                        "version": case.version})
    assert added.status_code == 201 and added.get_json()["type"] == "note"
    assert added.get_json()["citizen_visible"] is False
    stale = officer.post(f"/staff/cases/{case.reference}/notes", json={"text": "muộn", "version": 999})
    assert stale.status_code == 409 and stale.get_json()["code"] == "stale"
    empty = officer.post(f"/staff/cases/{case.reference}/notes", json={"text": "  "})
    assert empty.status_code == 400


def test_route_request_information_and_draft_a_reply(staff, world, db):
    case = make_case(category=world.road).case
    reception = staff(world.reception)
    missing = reception.post(f"/staff/cases/{case.reference}/route", json={"unit_id": 99999})
    assert missing.status_code == 422
    routed = reception.post(f"/staff/cases/{case.reference}/route", json={"unit_id": world.transport_unit.id})
    assert routed.status_code == 200, routed.get_json()
    assert routed.get_json()["status"] == "accepted" and routed.get_json()["unit"]["code"] == "QLVT"

    officer = staff(world.other_officer)
    not_yet = officer.post(f"/staff/cases/{case.reference}/reply-drafts", json={"body": "Trả lời"})
    assert not_yet.status_code == 400  # a reply is drafted while the case is in progress
    from feedback.lifecycle import apply_transition

    db.session.refresh(case)
    apply_transition(case, "in_progress", world.other_officer)
    db.session.commit()
    asked = officer.post(f"/staff/cases/{case.reference}/information-requests",
                         json={"question": "Xin gửi ảnh hiện trường."})
    assert asked.status_code == 200 and asked.get_json()["status"] == "awaiting_citizen"

    apply_transition(db.session.get(Case, case.id), "in_progress", world.other_officer)
    db.session.commit()
    draft = officer.post(f"/staff/cases/{case.reference}/reply-drafts", json={"body": "Kính gửi ông/bà …",
                                                                              "submit": True})
    assert draft.status_code == 201 and draft.get_json()["status"] == "submitted"
    assert db.session.get(Case, case.id).status == "reply_drafted"
    assert staff(world.officer).post(f"/staff/cases/{case.reference}/route",
                                     json={"unit_id": world.road_unit.id}).status_code == 403
