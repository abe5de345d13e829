"""Configuration from the environment."""

from __future__ import annotations

from flask import request

from config import DevelopmentConfig


def test_environment_overrides_keep_types(monkeypatch, tmp_path):
    monkeypatch.setenv("DUE_SOON_WORKING_DAYS", "5")
    monkeypatch.setenv("MAIL_USE_TLS", "true")
    monkeypatch.setenv("DATABASE_URL", "postgres://u@h/db")
    values = DevelopmentConfig.from_environment(str(tmp_path))
    assert values["DUE_SOON_WORKING_DAYS"] == 5 and values["MAIL_USE_TLS"] is True
    assert values["SQLALCHEMY_DATABASE_URI"] == "postgresql+psycopg://u@h/db"


def test_default_database_is_sqlite_in_the_instance_folder(monkeypatch, tmp_path):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    values = DevelopmentConfig.from_environment(str(tmp_path))
    assert values["SQLALCHEMY_DATABASE_URI"] == f"sqlite:///{tmp_path / 'nghedan.sqlite3'}"


def test_proxy_fix_trusts_the_configured_hops(app, monkeypatch):
    from feedback import create_app

    monkeypatch.setenv("DATABASE_URL", app.config["SQLALCHEMY_DATABASE_URI"])
    proxied = create_app("testing", {"PROXY_FIX_COUNT": 1})
    seen = {}

    @proxied.get("/_test/remote")
    def _remote():
        seen["addr"], seen["scheme"] = request.remote_addr, request.scheme
        return "ok"

    proxied.test_client().get("/_test/remote", headers={"X-Forwarded-For": "203.0.113.9",
                                                         "X-Forwarded-Proto": "https"})
    assert seen == {"addr": "203.0.113.9", "scheme": "https"}
    assert not isinstance(app.wsgi_app, type(proxied.wsgi_app))  # off unless configured


def test_production_cookies_are_secure():
    from config import ProductionConfig

    assert ProductionConfig.SESSION_COOKIE_SECURE and ProductionConfig.REMEMBER_COOKIE_SECURE
    assert ProductionConfig.SESSION_COOKIE_HTTPONLY and ProductionConfig.SESSION_COOKIE_SAMESITE == "Lax"
