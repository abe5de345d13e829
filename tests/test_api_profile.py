"""Staff profile: personal API tokens are created (shown once), listed, revoked and audited."""

from __future__ import annotations

import re

from sqlalchemy import select

from feedback.models import ApiToken, AuditEntry
from feedback.security import sha256_hex
from tests.factories import make_case

pytest_plugins = ["tests.test_api_helpers"]

TOKEN = re.compile(r"ndt_[A-Za-z0-9_-]{43}")


def test_profile_needs_sign_in(client, world):
    response = client.get("/staff/profile/")
    assert response.status_code == 302 and "/staff/login" in response.headers["Location"]
    assert client.post("/staff/profile/tokens", data={"name": "x"}).status_code == 302


def test_create_list_use_and_revoke_a_token(client, world, login, db):
    login(world.officer)
    page = client.get("/staff/profile/")
    assert page.status_code == 200 and world.officer.email in page.get_data(as_text=True)
    assert page.headers["Cache-Control"] == "no-store"

    created = client.post("/staff/profile/tokens", data={"name": "Hệ thống QLVB", "scope": "read", "days": "30"})
    assert created.status_code == 201
    secret = TOKEN.search(created.get_data(as_text=True)).group(0)
    token = db.session.execute(select(ApiToken)).scalar_one()
    assert token.token_hash == sha256_hex(secret) and token.scope == "read" and token.user_id == world.officer.id
    assert 29 <= (token.expires_at - token.created_at).days <= 30

    listing = client.get("/staff/profile/").get_data(as_text=True)
    assert "Hệ thống QLVB" in listing and token.prefix in listing and secret not in listing

    make_case(category=world.road)
    api = client.application.test_client()
    assert api.get("/api/v1/staff/cases", headers={"Authorization": f"Bearer {secret}"}).status_code == 200

    revoked = client.post(f"/staff/profile/tokens/{token.id}/revoke")
    assert revoked.status_code == 302
    db.session.refresh(token)
    assert token.revoked_at is not None
    assert api.get("/api/v1/staff/cases", headers={"Authorization": f"Bearer {secret}"}).status_code == 401

    actions = [e.action for e in db.session.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars()]
    assert "api.token_created" in actions and "api.token_revoked" in actions
    details = str([e.details for e in db.session.execute(select(AuditEntry)).scalars()])
    assert secret not in details


def test_invalid_token_form_is_422_and_keeps_input(client, world, login, db):
    login(world.leader)
    response = client.post("/staff/profile/tokens", data={"name": "", "scope": "admin", "days": "9999"})
    assert response.status_code == 422
    assert db.session.execute(select(ApiToken)).first() is None
    assert 'class="error-summary"' in response.get_data(as_text=True)


def test_cannot_revoke_someone_elses_token(client, world, login, db):
    from feedback.api import tokens

    theirs = tokens.create_token(world.leader, "leader's", "read", 90).token
    login(world.officer)
    response = client.post(f"/staff/profile/tokens/{theirs.id}/revoke")
    assert response.status_code == 404
    db.session.refresh(theirs)
    assert theirs.revoked_at is None


def test_revoke_needs_csrf_when_enabled(client, world, login, db, app):
    from feedback.api import tokens

    mine = tokens.create_token(world.officer, "mine", "read", 90).token
    login(world.officer)
    app.config["WTF_CSRF_ENABLED"] = True
    try:
        response = client.post(f"/staff/profile/tokens/{mine.id}/revoke")
    finally:
        app.config["WTF_CSRF_ENABLED"] = False
    db.session.refresh(mine)
    assert response.status_code in (302, 400) and mine.revoked_at is None
