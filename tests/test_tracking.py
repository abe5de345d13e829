"""The citizen's tracking page: reference + key by POST, same answer for unknown reference and wrong key."""

from __future__ import annotations

from feedback.extensions import db as _db
from feedback.lifecycle import apply_transition
from feedback.models import CaseEvent
from feedback.security import format_key
from tests.factories import make_case


def test_tracking_shows_status_in_plain_words_and_only_citizen_visible_events(client, world, db):
    receipt = make_case("feedback", category=world.road)
    case = receipt.case
    apply_transition(case, "triage", world.reception, reason=None)
    db.session.add(CaseEvent(case=case, actor=world.officer, type="note", reason="GHI CHÚ NỘI BỘ",
                             citizen_visible=False))
    db.session.commit()
    response = client.post("/track", data={"reference": case.reference, "access_key": format_key(receipt.access_key)})
    body = response.get_data(as_text=True)
    assert response.status_code == 200
    assert case.reference in body and case.title in body
    assert "GHI CHÚ NỘI BỘ" not in body
    assert "Nguyễn Văn An" not in body  # no personal data on the tracking page
    assert response.headers["Cache-Control"] == "no-store"


def test_key_is_accepted_in_lower_case_without_dashes(client, world, db):
    receipt = make_case("suggestion")
    response = client.post("/track", data={"reference": receipt.case.reference,
                                           "access_key": receipt.access_key.lower()})
    assert response.status_code == 200
    assert receipt.case.title in response.get_data(as_text=True)


def test_wrong_key_and_unknown_reference_get_the_same_answer(client, world, db):
    receipt = make_case("feedback")
    wrong_key = client.post("/track", data={"reference": receipt.case.reference, "access_key": "A" * 24})
    unknown = client.post("/track", data={"reference": "1999-999999", "access_key": receipt.access_key})
    assert wrong_key.status_code == unknown.status_code == 422
    strip = lambda r: r.get_data(as_text=True).replace(receipt.case.reference, "").replace("1999-999999", "")  # noqa: E731
    strip_key = lambda t: t.replace(receipt.access_key, "").replace("A" * 24, "")  # noqa: E731
    assert strip_key(strip(wrong_key)) == strip_key(strip(unknown))
    assert receipt.case.title not in wrong_key.get_data(as_text=True)


def test_tracking_never_uses_the_url(client, world, db):
    receipt = make_case("feedback")
    response = client.get(f"/track?reference={receipt.case.reference}&access_key={receipt.access_key}")
    assert response.status_code == 200
    assert receipt.case.title not in response.get_data(as_text=True)


def test_empty_tracking_form_gets_messages(client, world, db):
    response = client.post("/track", data={})
    assert response.status_code == 422
    body = response.get_data(as_text=True)
    assert 'href="#reference"' in body and 'href="#access_key"' in body


def test_denunciation_timeline_shows_pseudonym_only_to_staff(client, world, db):
    receipt = make_case("denunciation")
    response = client.post("/track", data={"reference": receipt.case.reference, "access_key": receipt.access_key})
    assert "TC-" not in response.get_data(as_text=True)
    assert _db.session.get(type(receipt.case), receipt.case.id).submitters[0].pseudonym.startswith("TC-")
