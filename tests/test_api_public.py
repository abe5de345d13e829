"""Public JSON API: reference data, filing (rules, attachments, idempotency, rate limit), tracking, errors."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from feedback.models import Attachment, Case, IdempotencyRecord
from tests.test_api_helpers import PNG, Api, b64, complaint_body, feedback_body

pytest_plugins = ["tests.test_api_helpers"]

pytestmark = pytest.mark.usefixtures("fresh_limits")


def _count(db, model=Case):
    return db.session.execute(select(func.count()).select_from(model)).scalar()


def test_reference_data(api, world):
    categories = api.get("/categories").get_json()["items"]
    assert [c["code"] for c in categories] == ["road", "licence"]
    assert categories[0]["unit"] == world.road_unit.name
    kinds = {k["code"]: k for k in api.get("/kinds").get_json()["items"]}
    assert set(kinds) == {"suggestion", "feedback", "petition", "regulation_feedback", "complaint", "denunciation"}
    assert kinds["feedback"]["anonymous_allowed"] and not kinds["complaint"]["anonymous_allowed"]
    assert kinds["denunciation"]["confidential"] and kinds["complaint"]["needs_signature"]
    agency = api.get("/agency").get_json()
    assert agency["name"] == world.profile.name and agency["hotline"] == world.profile.hotline


def test_agency_missing_is_a_problem(api, db):
    response = api.get("/agency")
    assert response.status_code == 404 and response.mimetype == "application/problem+json"


def test_file_a_case_and_track_it(api, world, db):
    response = api.post("/cases", json=feedback_body(category_id=world.road.id, location="QL1D km 5"))
    assert response.status_code == 201, response.get_json()
    receipt = response.get_json()
    case = db.session.execute(select(Case).where(Case.reference == receipt["reference"])).scalar_one()
    assert case.channel == "api" and case.unit_id == world.road_unit.id and case.submitters[0].full_name
    assert len(receipt["access_key"]) >= 20 and receipt["access_key"] not in case.access_key_hash
    assert response.headers["Cache-Control"] == "no-store"

    tracked = api.post("/track", json={"reference": receipt["reference"], "access_key": receipt["access_key"]})
    assert tracked.status_code == 200
    body = tracked.get_json()
    assert body["reference"] == receipt["reference"] and body["status"] == "received"
    assert body["timeline"][0]["type"] == "received"
    assert "Trần Thị Bình" not in tracked.get_data(as_text=True)

    by_header = api.post("/track", json={"reference": receipt["reference"]},
                         headers={"X-Access-Key": receipt["access_key"].lower()})
    assert by_header.status_code == 200


def test_track_refuses_wrong_key_unknown_reference_and_key_in_url(api, world):
    receipt = api.post("/cases", json=feedback_body()).get_json()
    wrong = api.post("/track", json={"reference": receipt["reference"], "access_key": "A" * 24})
    unknown = api.post("/track", json={"reference": "2026-999999", "access_key": receipt["access_key"]})
    assert wrong.status_code == unknown.status_code == 404
    assert wrong.get_json()["code"] == unknown.get_json()["code"] == "case_not_found"
    in_url = api.post(f"/track?access_key={receipt['access_key']}", json={"reference": receipt["reference"]})
    assert in_url.status_code == 400 and in_url.get_json()["code"] == "key_in_url"
    missing = api.post("/track", json={"reference": receipt["reference"]})
    assert missing.status_code == 422 and missing.get_json()["errors"][0]["field"] == "access_key"


def test_kind_rules_apply_with_field_errors(api, world, db):
    response = api.post("/cases", json={"kind": "complaint", "title": "x", "content": "y"})
    assert response.status_code == 422
    problem = response.get_json()
    fields = {e["field"] for e in problem["errors"]}
    assert {"submitter.full_name", "submitter.address", "subject", "request", "signature_confirmed",
            "consent"} <= fields
    assert problem["code"] == "validation_failed"
    assert api.post("/cases", json=complaint_body()).status_code == 201
    anonymous_complaint = api.post("/cases", json=complaint_body(anonymous=True))
    assert anonymous_complaint.status_code == 422
    assert "anonymous" in {e["field"] for e in anonymous_complaint.get_json()["errors"]}
    assert _count(db) == 1


def test_denunciation_identity_is_sealed(api, world, db):
    body = complaint_body(kind="denunciation", subject="Cán bộ X nhận hối lộ", request=None)
    response = api.post("/cases", json=body)
    assert response.status_code == 201
    case = db.session.execute(select(Case)).scalar_one()
    assert case.submitters[0].is_confidential and case.submitters[0].full_name is None


@pytest.mark.parametrize("body,field", [
    ({"kind": "feedback", "title": "x", "content": "y", "colour": "red"}, "colour"),
    ({"kind": "gossip", "title": "x", "content": "y"}, "kind"),
    ({"kind": "feedback", "title": "", "content": "y"}, "title"),
    ({"kind": "feedback", "title": "x" * 301, "content": "y"}, "title"),
    ({"kind": "feedback", "title": "x", "content": "y", "category_id": "one"}, "category_id"),
    ({"kind": "feedback", "title": "x", "content": "y", "submitter": {"email": "not-an-email"}}, "submitter.email"),
    ({"kind": "feedback", "title": "x", "content": "y", "submitter": {"phone": "call me"}}, "submitter.phone"),
    ({"kind": "feedback", "title": "x\u0000", "content": "y"}, "title"),
    ({"title": "x", "content": "y"}, "kind"),
    ([1, 2, 3], "body"),
])
def test_schema_errors_name_the_field(api, world, body, field):
    response = api.post("/cases", json=body)
    assert response.status_code == 422
    assert field in {e["field"] for e in response.get_json()["errors"]}


def test_unknown_category_is_a_field_error(api, world):
    response = api.post("/cases", json=feedback_body(category_id=99999))
    assert response.status_code == 422 and response.get_json()["errors"][0]["field"] == "category_id"


def test_not_json_and_malformed_json(api, world):
    form = api.client.post("/api/v1/cases", data={"kind": "feedback"})
    assert form.status_code == 415 and form.mimetype == "application/problem+json"
    broken = api.client.post("/api/v1/cases", data="{not json", content_type="application/json")
    assert broken.status_code == 400 and broken.get_json()["code"] == "malformed_json"


def test_attachments_in_base64_pass_the_upload_checks(api, world, db):
    ok = api.post("/cases", json=feedback_body(attachments=[{"filename": "o-ga.png", "content_base64": b64(PNG)}]))
    assert ok.status_code == 201
    stored = db.session.execute(select(Attachment)).scalar_one()
    assert stored.content_type == "image/png" and stored.original_name == "o-ga.png"

    script = api.post("/cases", json=feedback_body(attachments=[
        {"filename": "virus.exe", "content_base64": b64(b"MZ\x90\x00 not allowed")}]))
    assert script.status_code == 422 and script.get_json()["errors"][0]["field"] == "attachments.0"
    garbage = api.post("/cases", json=feedback_body(attachments=[{"filename": "a.png", "content_base64": "%%%"}]))
    assert garbage.status_code == 422 and garbage.get_json()["errors"][0]["field"] == "attachments.0.content_base64"
    six = [{"filename": "a.png", "content_base64": b64(PNG)}] * 6
    too_many = api.post("/cases", json=feedback_body(attachments=six))
    assert too_many.status_code == 422 and too_many.get_json()["errors"][0]["field"] == "attachments"
    assert _count(db) == 1 and _count(db, Attachment) == 1


def test_idempotent_retry_returns_the_first_receipt(api, world, db):
    headers = {"Idempotency-Key": "portal-7f3c-0001"}
    first = api.post("/cases", json=feedback_body(), headers=headers)
    again = api.post("/cases", json=feedback_body(), headers=headers)
    assert first.status_code == again.status_code == 201
    assert again.get_json() == first.get_json()
    assert again.headers.get("Idempotent-Replayed") == "true"
    assert _count(db) == 1
    record = db.session.execute(select(IdempotencyRecord)).scalar_one()
    assert first.get_json()["access_key"] not in (record.body or "")  # the key is never stored

    other = api.post("/cases", json=feedback_body(title="Một việc khác"), headers=headers)
    assert other.status_code == 422 and other.get_json()["code"] == "idempotency_key_reused"
    assert _count(db) == 1

    fresh = api.post("/cases", json=feedback_body(), headers={"Idempotency-Key": "portal-7f3c-0002"})
    assert fresh.get_json()["reference"] != first.get_json()["reference"]


def test_a_failed_request_frees_its_idempotency_key(api, world, db):
    headers = {"Idempotency-Key": "retry-after-fix"}
    bad = api.post("/cases", json=complaint_body(consent=False), headers=headers)
    assert bad.status_code == 422
    good = api.post("/cases", json=complaint_body(), headers=headers)
    assert good.status_code == 201 and _count(db) == 1


def test_rate_limit_per_ip(api, world, app):
    app.config["API_RATE_LIMITS"] = {"file_case": "3/minute"}
    try:
        codes = [api.post("/cases", json=feedback_body()).status_code for _ in range(4)]
        assert codes == [201, 201, 201, 429]
        limited = api.post("/cases", json=feedback_body())
        assert limited.get_json()["code"] == "rate_limited" and int(limited.headers["Retry-After"]) >= 1
        other_ip = api.client.post("/api/v1/cases", json=feedback_body(), environ_base={"REMOTE_ADDR": "10.0.0.9"})
        assert other_ip.status_code == 201
    finally:
        app.config.pop("API_RATE_LIMITS")


def test_problems_are_translated(client, world):
    english = Api(client, language="en").post("/cases", json={"kind": "complaint", "title": "x", "content": "y"})
    assert english.headers["Content-Language"] == "en"
    assert english.get_json()["title"] == "The request is incomplete or invalid"
    default = Api(client).post("/cases", json={"kind": "complaint", "title": "x", "content": "y"})
    assert default.headers["Content-Language"] == "vi"
    other = Api(client, language="fr").post("/track", json={"reference": "2026-000001", "access_key": "X"})
    assert other.headers["Content-Language"] == "vi"


def test_errors_under_api_are_json_and_pages_keep_html(client, world, app, monkeypatch):
    unknown = client.get("/api/v1/nothing-here")
    assert unknown.status_code == 404 and unknown.mimetype == "application/problem+json"
    assert unknown.get_json()["code"] == "not_found"
    method = client.delete("/api/v1/kinds")
    assert method.status_code == 405 and method.get_json()["code"] == "method_not_allowed"
    assert "GET" in method.headers["Allow"]
    page = client.get("/no-such-page")
    assert page.status_code == 404 and page.mimetype == "text/html"

    app.config["API_MAX_CONTENT_LENGTH"] = 2000
    try:
        big = client.post("/api/v1/cases", json=feedback_body(content="x" * 5000))
        assert big.status_code == 413 and big.get_json()["code"] == "payload_too_large"
    finally:
        app.config.pop("API_MAX_CONTENT_LENGTH")

    def explode(*args, **kwargs):
        raise RuntimeError("database on fire")

    monkeypatch.setattr("feedback.services.intake.submit_case", explode)
    crash = client.post("/api/v1/cases", json=feedback_body())
    assert crash.status_code == 500 and crash.mimetype == "application/problem+json"
    assert "fire" not in crash.get_data(as_text=True)


def test_csrf_protection_does_not_block_the_api(client, world, app):
    app.config["WTF_CSRF_ENABLED"] = True
    try:
        assert client.post("/api/v1/cases", json=feedback_body()).status_code == 201
        assert client.post("/track", data={"reference": "x"}).status_code in (400, 422)  # web forms still check
    finally:
        app.config["WTF_CSRF_ENABLED"] = False


def test_nul_characters_are_refused_before_the_database(client, world):
    response = client.get("/api/v1/staff/cases?kind=a%00b")
    assert response.status_code == 400 and response.mimetype == "application/problem+json"
    open311 = client.get("/open311/v2/requests.json?service_request_id=2026%00")
    assert open311.status_code == 400 and open311.get_json()[0]["code"] == 400


def test_a_retry_while_the_first_request_runs_is_409(api, world, db):
    import hashlib
    import json

    body = feedback_body()
    canonical = json.dumps(body, sort_keys=True, ensure_ascii=False)
    fingerprint = hashlib.sha256(f"POST\n/api/v1/cases\n{canonical}".encode()).hexdigest()
    db.session.add(IdempotencyRecord(principal="public", key="busy", fingerprint=fingerprint))
    db.session.commit()
    response = api.post("/cases", json=body, headers={"Idempotency-Key": "busy"})
    assert response.status_code == 409 and response.get_json()["code"] == "idempotent_request_in_progress"
    assert _count(db) == 0



def test_old_idempotency_records_are_purged(api, world, db, runner):
    from datetime import timedelta

    from feedback.timeutil import utcnow

    api.post("/cases", json=feedback_body(), headers={"Idempotency-Key": "old"})
    api.post("/cases", json=feedback_body(title="mới"), headers={"Idempotency-Key": "new"})
    old = db.session.execute(select(IdempotencyRecord).where(IdempotencyRecord.key == "old")).scalar_one()
    old.created_at = utcnow() - timedelta(days=8)
    db.session.commit()
    result = runner.invoke(args=["api", "purge-idempotency", "--days", "7"])
    assert result.exit_code == 0 and result.output.startswith("1 ")
    assert [r.key for r in db.session.execute(select(IdempotencyRecord)).scalars()] == ["new"]


def test_accept_language_chooses_vietnamese_or_english(client, world):
    def label(language):
        items = Api(client, language=language).get("/kinds").get_json()["items"]
        return {k["code"]: k["label"] for k in items}["suggestion"]

    assert label(None) == label("vi") == label("fr") == "Góp ý"
    assert label("en") == label("en-GB,en;q=0.9,vi;q=0.5") == "Suggestion"
    assert label("vi-VN,vi;q=0.9,en;q=0.8") == "Góp ý"
