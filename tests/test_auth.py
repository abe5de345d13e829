"""Staff sign-in: Argon2, throttling per account, secure session handling, audit."""

from __future__ import annotations

from sqlalchemy import select

from feedback.models import AuditEntry
from tests.factories import PASSWORD


def actions(db) -> list[str]:
    return [a.action for a in db.session.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars()]


def test_passwords_are_argon2(world):
    assert world.officer.password_hash.startswith("$argon2id$")


def test_sign_in_and_out(client, world, db):
    response = client.post("/staff/login", data={"email": world.officer.email.upper(), "password": PASSWORD})
    assert response.status_code == 302 and response.headers["Location"].endswith("/staff/")
    assert client.get("/staff/").status_code == 200
    assert client.post("/staff/logout").status_code == 302
    assert client.get("/staff/").status_code == 302
    assert "auth.login" in actions(db) and "auth.logout" in actions(db)


def test_wrong_password_is_401_with_a_message_and_audited(client, world, db):
    response = client.post("/staff/login", data={"email": world.officer.email, "password": "nope"})
    assert response.status_code == 401
    assert "error-summary" in response.get_data(as_text=True)
    assert actions(db)[-1] == "auth.login_failed"


def test_unknown_account_gets_the_same_message(client, world, db):
    known = client.post("/staff/login", data={"email": world.officer.email, "password": "nope"})
    unknown = client.post("/staff/login", data={"email": "nobody@test.vn", "password": "nope"})
    assert known.status_code == unknown.status_code == 401
    assert known.get_data(as_text=True).replace(world.officer.email, "") == \
        unknown.get_data(as_text=True).replace("nobody@test.vn", "")


def test_account_locks_after_repeated_failures(client, world, db, app):
    for _ in range(app.config["LOGIN_MAX_FAILURES"]):
        client.post("/staff/login", data={"email": world.officer.email, "password": "nope"})
    locked = client.post("/staff/login", data={"email": world.officer.email, "password": PASSWORD})
    assert locked.status_code == 401
    assert client.get("/staff/").status_code == 302  # still not signed in
    assert "auth.login_locked" in actions(db)


def test_open_redirect_is_refused(client, world):
    response = client.post("/staff/login?next=https://evil.example/x",
                           data={"email": world.officer.email, "password": PASSWORD})
    assert response.headers["Location"].endswith("/staff/")


def test_session_cookie_flags(client, world):
    response = client.post("/staff/login", data={"email": world.officer.email, "password": PASSWORD})
    cookie = response.headers.get("Set-Cookie", "")
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie


def test_empty_login_form_is_a_4xx(client, world):
    response = client.post("/staff/login", data={})
    assert response.status_code == 422


def test_security_headers(client, world):
    response = client.get("/")
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"


def test_csrf_is_enforced_when_enabled(app, client, world, db):
    """With CSRF on (as in production) a staff form without its token is refused, and a public form
    re-shows the citizen's text instead of losing it."""
    app.config["WTF_CSRF_ENABLED"] = True
    try:
        refused = client.post("/staff/login", data={"email": world.officer.email, "password": PASSWORD})
        assert refused.status_code in (400, 422)
        assert client.get("/staff/").status_code == 302
        public = client.post("/submit/feedback", data={"title": "Giữ lại tiêu đề", "content": "Nội dung dài",
                                                      "consent": "y", "submission_token": "t" * 30})
        assert public.status_code == 422
        body = public.get_data(as_text=True)
        assert "Giữ lại tiêu đề" in body and "Nội dung dài" in body
        page = client.get("/staff/login").get_data(as_text=True)
        import re

        token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)
        accepted = client.post("/staff/login", data={"email": world.officer.email, "password": PASSWORD,
                                                     "csrf_token": token})
        assert accepted.status_code == 302
    finally:
        app.config["WTF_CSRF_ENABLED"] = False
