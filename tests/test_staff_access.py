"""Access matrix: every staff URL × every role (DESIGN.md §6), unit scoping in queries, identity reveal."""

from __future__ import annotations

import io
import re

import pytest
from sqlalchemy import select

from feedback.models import AuditEntry, CaseEvent
from feedback.services.intake import SubmitterData
from feedback.uploads import CheckedFile
from tests.factories import PASSWORD, make_case
from tests.helpers import PDF

ROLES = ("reception", "officer", "unit_head", "leader", "inspector", "admin")


@pytest.fixture()
def cases(world, db):
    """A road case (officer's unit, in progress), a licence case (other unit), a fresh one, a denunciation."""
    from feedback.lifecycle import apply_transition

    own = make_case("feedback", category=world.road,
                    attachments=[CheckedFile("bien-ban.pdf", "application/pdf", PDF)]).case
    for status in ("triage", "accepted", "in_progress"):
        apply_transition(own, status, world.unit_head)
    own.assignee = world.officer
    other = make_case("petition", category=world.licence).case
    for status in ("triage", "accepted"):
        apply_transition(other, status, world.leader)
    fresh = make_case("suggestion").case
    denunciation = make_case("denunciation", category=world.road,
                             person=SubmitterData(full_name="Lê Bí Mật", address="Quy Nhơn", phone="0911222333",
                                                  email="bimat@example.vn")).case
    db.session.commit()
    return {"own": own, "other": other, "fresh": fresh, "denunciation": denunciation}


def user_for(world, role):
    return getattr(world, role)


def sign_in(client, user):
    client.post("/staff/login", data={"email": user.email, "password": PASSWORD})


# expected status per role for the pages of the foundation
QUEUE = {"reception": 200, "officer": 200, "unit_head": 200, "leader": 200, "inspector": 200, "admin": 403}
OWN_CASE = {"reception": 404, "officer": 200, "unit_head": 200, "leader": 200, "inspector": 200, "admin": 403}
OTHER_UNIT_CASE = {"reception": 404, "officer": 404, "unit_head": 404, "leader": 200, "inspector": 200, "admin": 403}
FRESH_CASE = {"reception": 200, "officer": 404, "unit_head": 404, "leader": 200, "inspector": 200, "admin": 403}


@pytest.mark.parametrize("role", ROLES)
def test_matrix_of_foundation_pages(client, world, cases, role):
    sign_in(client, user_for(world, role))
    own, other, fresh = cases["own"], cases["other"], cases["fresh"]
    attachment = own.attachments[0]
    assert client.get("/staff/").status_code == QUEUE[role]
    assert client.get(f"/staff/cases/{own.reference}").status_code == OWN_CASE[role]
    assert client.get(f"/staff/cases/{other.reference}").status_code == OTHER_UNIT_CASE[role]
    assert client.get(f"/staff/cases/{fresh.reference}").status_code == FRESH_CASE[role]
    download = client.get(f"/staff/cases/{own.reference}/attachments/{attachment.id}")
    assert download.status_code == OWN_CASE[role]
    note = client.post(f"/staff/cases/{own.reference}/notes", data={"text": "Đã kiểm tra hiện trường."})
    expected_note = {"officer": 302, "unit_head": 302, "leader": 302}.get(role, 403)
    assert note.status_code == expected_note


def _staff_rules(app):
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith(("/staff", "/admin", "/inspect")) and rule.endpoint != "auth.login":
            yield rule


def _fill(rule, cases):
    own = cases["own"]
    values = {}
    for name in rule.arguments:
        converter = rule._converters[name].__class__.__name__
        if name == "reference":
            values[name] = own.reference
        elif name == "attachment_id":
            values[name] = own.attachments[0].id
        elif converter in ("IntegerConverter",):
            values[name] = 1
        else:
            values[name] = "x"
    url = rule.rule
    for name, value in values.items():
        url = re.sub(rf"<(?:[^:<>]+:)?{name}>", str(value), url)
    return url


def test_every_staff_url_denies_anonymous_visitors(app, client, world, cases):
    checked = 0
    for rule in _staff_rules(app):
        url = _fill(rule, cases)
        for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}):
            response = client.open(url, method=method)
            assert response.status_code in (302, 401, 403, 404, 405), (method, url, response.status_code)
            if response.status_code == 302:
                assert "/staff/login" in response.headers["Location"], (method, url)
            checked += 1
    assert checked >= 5


@pytest.mark.parametrize("role", ROLES)
def test_every_staff_url_answers_every_role_without_a_server_error(app, client, world, cases, role):
    sign_in(client, user_for(world, role))
    for rule in _staff_rules(app):
        if rule.endpoint == "auth.logout":
            continue
        url = _fill(rule, cases)
        for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}):
            response = client.open(url, method=method, data={})
            assert response.status_code < 500, (role, method, url, response.status_code)
            if role == "admin" and rule.rule.startswith("/staff/cases"):
                assert response.status_code in (403, 404), (method, url)


def test_queue_is_scoped_in_the_query(client, world, cases):
    sign_in(client, world.officer)
    body = client.get("/staff/").get_data(as_text=True)
    assert cases["own"].reference in body
    assert cases["other"].reference not in body
    assert cases["fresh"].reference not in body
    # A filter cannot widen the scope
    body = client.get(f"/staff/?unit_id={world.transport_unit.id}").get_data(as_text=True)
    assert cases["other"].reference not in body


def test_reception_sees_the_intake_only(client, world, cases):
    sign_in(client, world.reception)
    body = client.get("/staff/").get_data(as_text=True)
    assert cases["fresh"].reference in body and cases["own"].reference not in body


def test_queue_filters_and_keyset_pagination(client, world, db, app):
    for n in range(7):
        make_case("feedback" if n % 2 else "petition", category=world.road, title=f"Vụ việc số {n}")
    sign_in(client, world.leader)
    app.config["QUEUE_PAGE_SIZE"] = 3
    try:
        seen, url = [], "/staff/?kind=feedback"
        while url:
            body = client.get(url).get_data(as_text=True)
            seen += re.findall(r"Vụ việc số (\d)", body)
            match = re.search(r'href="([^"]*after=[^"]+)"', body)
            url = match.group(1).replace("&amp;", "&") if match else None
        assert seen == ["5", "3", "1"]
        all_seen, url = [], "/staff/"
        while url:
            body = client.get(url).get_data(as_text=True)
            all_seen += re.findall(r"Vụ việc số (\d)", body)
            match = re.search(r'href="([^"]*after=[^"]+)"', body)
            url = match.group(1).replace("&amp;", "&") if match else None
        assert all_seen == ["6", "5", "4", "3", "2", "1", "0"]
    finally:
        app.config["QUEUE_PAGE_SIZE"] = 25


def test_bad_cursor_and_filters_are_4xx_not_500(client, world, cases):
    sign_in(client, world.leader)
    assert client.get("/staff/?after=%%%bad").status_code == 400
    assert client.get("/staff/?kind=nonsense&unit_id=abc&status=zzz").status_code == 200


def test_denouncer_is_shown_by_pseudonym_until_revealed_with_a_reason(client, world, cases, db):
    case = cases["denunciation"]
    sign_in(client, world.unit_head)
    page = client.get(f"/staff/cases/{case.reference}").get_data(as_text=True)
    assert "Lê Bí Mật" not in page and case.submitters[0].pseudonym in page
    no_reason = client.post(f"/staff/cases/{case.reference}/reveal",
                            data={"submitter_id": case.submitters[0].id, "reason": ""})
    assert no_reason.status_code == 422 and "Lê Bí Mật" not in no_reason.get_data(as_text=True)
    revealed = client.post(f"/staff/cases/{case.reference}/reveal",
                           data={"submitter_id": case.submitters[0].id, "reason": "Cần xác minh để thụ lý tố cáo"})
    assert revealed.status_code == 200 and "Lê Bí Mật" in revealed.get_data(as_text=True)
    entry = db.session.execute(select(AuditEntry).where(AuditEntry.action == "case.identity_revealed")).scalar_one()
    assert entry.actor_id == world.unit_head.id and "Lê Bí Mật" not in str(entry.details)
    event = db.session.execute(select(CaseEvent).where(CaseEvent.type == "identity_revealed")).scalar_one()
    assert not event.citizen_visible


def test_officer_may_reveal_only_when_assigned(client, world, cases, db):
    case = cases["denunciation"]
    sign_in(client, world.officer)
    data = {"submitter_id": case.submitters[0].id, "reason": "Cần liên hệ người tố cáo để xác minh"}
    assert client.post(f"/staff/cases/{case.reference}/reveal", data=data).status_code == 403
    case.assignee = world.officer
    db.session.commit()
    response = client.post(f"/staff/cases/{case.reference}/reveal", data=data)
    assert response.status_code == 200 and "Lê Bí Mật" in response.get_data(as_text=True)


def test_attachment_download_is_an_attachment(client, world, cases):
    sign_in(client, world.officer)
    own = cases["own"]
    response = client.get(f"/staff/cases/{own.reference}/attachments/{own.attachments[0].id}")
    assert response.status_code == 200 and response.data == PDF
    assert response.headers["Content-Disposition"].startswith("attachment")
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_attachment_of_another_case_is_404(client, world, cases):
    sign_in(client, world.leader)
    response = client.get(f"/staff/cases/{cases['other'].reference}/attachments/{cases['own'].attachments[0].id}")
    assert response.status_code == 404


def test_note_is_internal_and_checks_the_version(client, world, cases, db):
    own = cases["own"]
    sign_in(client, world.officer)
    stale = client.post(f"/staff/cases/{own.reference}/notes", data={"text": "Ghi chú cũ", "version": "0"})
    assert stale.status_code == 409
    assert "Ghi chú cũ" in stale.get_data(as_text=True)  # what was typed is kept
    ok = client.post(f"/staff/cases/{own.reference}/notes", data={"text": "Ghi chú mới",
                                                                  "version": str(own.version)})
    assert ok.status_code == 302
    note = db.session.execute(select(CaseEvent).where(CaseEvent.type == "note")).scalar_one()
    assert note.reason == "Ghi chú mới" and not note.citizen_visible


def test_permission_denials_are_audited(client, world, db):
    sign_in(client, world.admin)
    assert client.get("/staff/").status_code == 403
    assert db.session.execute(select(AuditEntry).where(AuditEntry.action == "auth.permission_denied")).scalar_one()


def test_case_events_are_append_only(world, cases, db):
    event = db.session.execute(select(CaseEvent).limit(1)).scalar_one()
    event.reason = "sửa lịch sử"
    with pytest.raises(RuntimeError):
        db.session.flush()
    db.session.rollback()


def test_upload_helper_reads_streams(app, world):
    from feedback.uploads import check_upload

    with app.test_request_context():
        assert check_upload(io.BytesIO(PDF), "a.pdf").content_type == "application/pdf"
