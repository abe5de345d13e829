"""Citizen submission: each kind's legal rules, errors that keep the input, double submit, honeypot."""

from __future__ import annotations

import io

import pytest
from sqlalchemy import func, select

from feedback.models import Case, CaseEvent, Submitter
from feedback.security import check_access_key, normalise_key
from tests.helpers import PDF, form_token, reference_and_key, valid_form


def count_cases(db) -> int:
    return db.session.execute(select(func.count(Case.id))).scalar_one()


def test_choose_kind_lists_every_kind_with_its_rule(client, world):
    body = client.get("/submit").get_data(as_text=True)
    for kind in ("suggestion", "feedback", "petition", "regulation_feedback", "complaint", "denunciation"):
        assert f"/submit/{kind}" in body
    assert "Decree 20/2008" in body or "Nghị định 20/2008" in body


def test_unknown_kind_is_404(client, world):
    assert client.get("/submit/nonsense").status_code == 404


@pytest.mark.parametrize("kind", ["suggestion", "feedback", "petition", "regulation_feedback", "complaint",
                                  "denunciation"])
def test_each_kind_can_be_submitted(client, world, db, kind):
    response = client.post(f"/submit/{kind}", data=valid_form(kind, category_id=str(world.road.id)))
    assert response.status_code == 200, response.get_data(as_text=True)[:2000]
    reference, key = reference_and_key(response.get_data(as_text=True))
    case = db.session.execute(select(Case).where(Case.reference == reference)).scalar_one()
    assert case.kind == kind and case.channel == "web" and case.status == "received"
    assert case.unit_id == world.road_unit.id  # the topic's default unit
    assert check_access_key(case.access_key_hash, key)
    assert key.replace("-", "") not in (case.access_key_hash or "")
    assert len(normalise_key(key)) * 5 >= 100  # at least 100 bits
    assert response.headers["Cache-Control"] == "no-store"
    events = db.session.execute(select(CaseEvent).where(CaseEvent.case_id == case.id)).scalars().all()
    assert [e.type for e in events] == ["received"] and events[0].citizen_visible


@pytest.mark.parametrize("kind,missing,field_id", [
    ("regulation_feedback", "full_name", "full_name"),
    ("regulation_feedback", "address", "address"),
    ("complaint", "full_name", "full_name"),
    ("complaint", "address", "address"),
    ("complaint", "subject", "subject"),
    ("complaint", "request", "request"),
    ("complaint", "signature_confirmed", "signature_confirmed"),
    ("denunciation", "full_name", "full_name"),
    ("denunciation", "subject", "subject"),
    ("denunciation", "signature_confirmed", "signature_confirmed"),
    ("feedback", "consent", "consent"),
    ("feedback", "content", "content"),
    ("feedback", "title", "title"),
])
def test_missing_required_field_reshows_form_with_everything_typed(client, world, db, kind, missing, field_id):
    data = valid_form(kind, **{missing: None})
    response = client.post(f"/submit/{kind}", data=data)
    body = response.get_data(as_text=True)
    assert response.status_code == 422
    assert 'class="error-summary"' in body
    assert f'href="#{field_id}"' in body  # the summary links to the field
    for name in ("title", "content", "full_name", "address", "email"):
        if name != missing and data.get(name):
            assert data[name] in body, f"{name} was lost"
    assert count_cases(db) == 0


def test_regulation_feedback_needs_a_phone_or_postal_address(client, world, db):
    data = valid_form("regulation_feedback", phone=None, email=None, address=None)
    response = client.post("/submit/regulation_feedback", data=data)
    assert response.status_code == 422
    assert count_cases(db) == 0


def test_anonymous_feedback_is_accepted_without_identity(client, world, db):
    data = valid_form("feedback", full_name=None, address=None, phone=None, email=None, anonymous="y")
    response = client.post("/submit/feedback", data=data)
    assert response.status_code == 200
    case = db.session.execute(select(Case)).scalar_one()
    assert case.is_anonymous and case.submitters == []


@pytest.mark.parametrize("kind", ["complaint", "denunciation", "regulation_feedback"])
def test_anonymity_is_refused_where_the_law_requires_identity(client, world, db, kind):
    form = client.get(f"/submit/{kind}").get_data(as_text=True)
    assert 'name="anonymous"' not in form
    data = valid_form(kind, full_name=None, address=None, phone=None, email=None, anonymous="y")
    response = client.post(f"/submit/{kind}", data=data)
    assert response.status_code == 422
    assert count_cases(db) == 0


def test_denouncer_identity_is_sealed_at_rest(client, world, db):
    response = client.post("/submit/denunciation", data=valid_form("denunciation"))
    assert response.status_code == 200
    submitter = db.session.execute(select(Submitter)).scalar_one()
    assert submitter.is_confidential and submitter.pseudonym.startswith("TC-")
    assert submitter.full_name is None and submitter.phone is None and submitter.email is None
    assert "Trần Thị Mai".encode() not in submitter.sealed_identity


def test_double_submit_creates_one_case_and_shows_the_same_key(client, world, db):
    page = client.get("/submit/feedback").get_data(as_text=True)
    data = valid_form("feedback", submission_token=form_token(page))
    first = client.post("/submit/feedback", data=dict(data))
    second = client.post("/submit/feedback", data=dict(data))
    assert first.status_code == second.status_code == 200
    assert reference_and_key(first.get_data(as_text=True)) == reference_and_key(second.get_data(as_text=True))
    assert count_cases(db) == 1


def test_honeypot_rejects_bots(client, world, db):
    response = client.post("/submit/feedback", data=valid_form("feedback", website="http://spam.example"))
    assert response.status_code == 400
    assert count_cases(db) == 0


def test_references_are_sequential_per_year(client, world, db):
    refs = []
    for n in range(3):
        response = client.post("/submit/suggestion", data=valid_form("suggestion", submission_token=f"tok-{n:030d}"))
        refs.append(reference_and_key(response.get_data(as_text=True))[0])
    year = refs[0][:4]
    assert refs == [f"{year}-000001", f"{year}-000002", f"{year}-000003"]


def test_attachment_is_stored_outside_static_under_a_generated_name(client, world, db, app):
    data = valid_form("feedback")
    data["attachments"] = [(io.BytesIO(PDF), "bien-ban.pdf")]
    response = client.post("/submit/feedback", data=data, content_type="multipart/form-data")
    assert response.status_code == 200
    case = db.session.execute(select(Case)).scalar_one()
    (attachment,) = case.attachments
    assert attachment.content_type == "application/pdf" and attachment.original_name == "bien-ban.pdf"
    assert "bien-ban" not in attachment.stored_name and "static" not in app.config["UPLOAD_DIR"]


def test_disguised_upload_is_refused_and_the_text_is_kept(client, world, db):
    data = valid_form("feedback")
    data["attachments"] = [(io.BytesIO(b"MZ\x90\x00 this is an exe"), "anh-o-ga.jpg")]
    response = client.post("/submit/feedback", data=data, content_type="multipart/form-data")
    body = response.get_data(as_text=True)
    assert response.status_code == 422
    assert "anh-o-ga.jpg" in body and data["content"] in body
    assert count_cases(db) == 0


def test_oversize_upload_is_refused(client, world, db, app):
    data = valid_form("feedback")
    big = b"%PDF-1.4\n" + b"0" * (app.config["MAX_ATTACHMENT_BYTES"] + 10)
    data["attachments"] = [(io.BytesIO(big), "lon.pdf")]
    response = client.post("/submit/feedback", data=data, content_type="multipart/form-data")
    assert response.status_code == 422
    assert "lon.pdf" in response.get_data(as_text=True)
    assert count_cases(db) == 0


def test_too_many_attachments_are_refused(client, world, db):
    data = valid_form("feedback")
    data["attachments"] = [(io.BytesIO(PDF), f"f{n}.pdf") for n in range(6)]
    response = client.post("/submit/feedback", data=data, content_type="multipart/form-data")
    assert response.status_code == 422
    assert count_cases(db) == 0


def test_valid_files_are_kept_across_a_form_error(client, world, db):
    data = valid_form("feedback", title=None)
    data["attachments"] = [(io.BytesIO(PDF), "giu-lai.pdf")]
    first = client.post("/submit/feedback", data=data, content_type="multipart/form-data")
    assert first.status_code == 422 and "giu-lai.pdf" in first.get_data(as_text=True)
    second = client.post("/submit/feedback", data=valid_form("feedback"))
    assert second.status_code == 200
    case = db.session.execute(select(Case)).scalar_one()
    assert [a.original_name for a in case.attachments] == ["giu-lai.pdf"]


def test_request_too_large_is_a_friendly_413(client, world, app):
    app.config["MAX_CONTENT_LENGTH"], saved = 1000, app.config["MAX_CONTENT_LENGTH"]
    try:
        data = valid_form("feedback")
        data["attachments"] = [(io.BytesIO(b"%PDF-" + b"0" * 5000), "x.pdf")]
        response = client.post("/submit/feedback", data=data, content_type="multipart/form-data")
    finally:
        app.config["MAX_CONTENT_LENGTH"] = saved
    assert response.status_code == 413
    assert "<html" in response.get_data(as_text=True)


def test_overlong_and_malformed_fields_get_messages_not_500(client, world, db):
    data = valid_form("feedback", title="x" * 400, email="not-an-email", phone="abc", id_number="12ab",
                      category_id="not-a-number")
    response = client.post("/submit/feedback", data=data)
    assert response.status_code == 422
    body = response.get_data(as_text=True)
    assert 'href="#title"' in body and 'href="#email"' in body and 'href="#phone"' in body
    assert count_cases(db) == 0
