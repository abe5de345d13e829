"""Configuration classes for Nghe Dân.

Each class can be overridden by environment variables with their ordinary names
(``SECRET_KEY``, ``DATABASE_URL``, ``MAIL_SERVER`` …). Nothing here is read at
import time by the application package: :func:`feedback.create_app` picks a class
and calls :meth:`Config.from_environment`.
"""

from __future__ import annotations

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent


def _bool(value: str | None, default: bool = False) -> bool:
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


class Config:
    """Defaults shared by every environment."""

    #: Flask secret for sessions and CSRF; production refuses the default.
    SECRET_KEY = "dev-only-not-secret"
    SQLALCHEMY_DATABASE_URI: str | None = None  # set in from_environment
    SQLALCHEMY_ENGINE_OPTIONS: dict = {"pool_pre_ping": True}
    SQLALCHEMY_TRACK_MODIFICATIONS = False

    # Sessions and cookies (ASVS V3)
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    SESSION_COOKIE_SECURE = False
    REMEMBER_COOKIE_HTTPONLY = True
    REMEMBER_COOKIE_SECURE = False
    PERMANENT_SESSION_LIFETIME = 8 * 3600

    # CSRF tokens live as long as a working day: a citizen typing a long complaint is not cut off.
    WTF_CSRF_TIME_LIMIT = 8 * 3600

    # i18n
    BABEL_DEFAULT_LOCALE = "vi"
    BABEL_DEFAULT_TIMEZONE = "Asia/Ho_Chi_Minh"
    LANGUAGES = ("vi", "en")

    # Uploads: at most 5 files of 10 MB; the request cap leaves room for the form itself.
    MAX_ATTACHMENTS = 5
    MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
    MAX_CONTENT_LENGTH = 5 * 10 * 1024 * 1024 + 1024 * 1024
    UPLOAD_DIR: str | None = None  # defaults to instance/uploads

    # Denouncer identities are sealed with this key (Fernet); never stored in the database.
    IDENTITY_KEY: str | None = None
    IDENTITY_KEY_FILE: str | None = None  # defaults to instance/identity.key

    # Login throttling per account
    LOGIN_MAX_FAILURES = 5
    LOGIN_LOCK_MINUTES = 15

    # Mail (Flask-Mail); the outbox delivers after commit.
    MAIL_SERVER = "localhost"
    MAIL_PORT = 25
    MAIL_USE_TLS = False
    MAIL_USE_SSL = False
    MAIL_USERNAME: str | None = None
    MAIL_PASSWORD: str | None = None
    MAIL_DEFAULT_SENDER = "Nghe Dân <no-reply@localhost>"
    #: "smtp" sends through MAIL_SERVER; "file" writes .eml files under MAIL_FILE_DIR (development).
    MAIL_BACKEND = "smtp"
    MAIL_FILE_DIR: str | None = None  # defaults to instance/mail
    #: Seconds before a slow SMTP server counts as failed (the message is retried later).
    MAIL_TIMEOUT = 30
    MAIL_REPLY_TO: str | None = None
    #: Domain of our Message-IDs (defaults to the sender's domain).
    MAIL_MESSAGE_ID_DOMAIN: str | None = None
    #: Outbox worker: failures before a message is dead-lettered, backoff base and cap, stale-claim timeout.
    OUTBOX_MAX_ATTEMPTS = 8
    OUTBOX_BACKOFF_SECONDS = 60
    OUTBOX_MAX_BACKOFF_SECONDS = 6 * 3600
    OUTBOX_CLAIM_TIMEOUT_SECONDS = 600
    OUTBOX_BATCH = 50
    #: Development convenience: after each POST, a background thread runs the outbox (file backend only).
    OUTBOX_DELIVER_AFTER_REQUEST = False
    #: Public address used for links in mail sent outside a request (the worker, commands).
    PUBLIC_BASE_URL = "http://127.0.0.1:5000"

    # Email in (flask mail fetch)
    IMAP_HOST: str | None = None
    IMAP_PORT = 993
    IMAP_SSL = True
    IMAP_USER: str | None = None
    IMAP_PASSWORD: str | None = None
    IMAP_FOLDER = "INBOX"

    QUEUE_PAGE_SIZE = 25
    PRODUCTION = False

    #: Deadlines: a case is "due soon" with this many working days left or fewer (DESIGN.md §5).
    DUE_SOON_WORKING_DAYS = 3
    #: Unit heads (not only leaders) approve replies, extensions and suspensions (DESIGN.md §6).
    UNIT_HEADS_APPROVE = True
    #: Audit log head signatures (HMAC); the key lives outside the database. Development generates
    #: instance/audit-hmac.key.
    AUDIT_HMAC_KEY: str | None = None
    AUDIT_HMAC_KEY_FILE: str | None = None
    #: Optional Redis for shared API rate limits (memory otherwise).
    REDIS_URL: str | None = None
    #: Trusted reverse proxies in front of the app (X-Forwarded-For/-Proto/-Host); 0 when served directly.
    PROXY_FIX_COUNT = 0

    ENV_OVERRIDES = (
        "SECRET_KEY", "MAIL_SERVER", "MAIL_PORT", "MAIL_USE_TLS", "MAIL_USE_SSL",
        "MAIL_USERNAME", "MAIL_PASSWORD", "MAIL_DEFAULT_SENDER", "IDENTITY_KEY",
        "IDENTITY_KEY_FILE", "UPLOAD_DIR", "IMAP_HOST", "IMAP_USER", "IMAP_PASSWORD",
        "IMAP_FOLDER", "REDIS_URL", "SESSION_COOKIE_SECURE",
        "MAIL_BACKEND", "MAIL_FILE_DIR", "MAIL_TIMEOUT", "MAIL_REPLY_TO", "MAIL_MESSAGE_ID_DOMAIN", "IMAP_PORT",
        "IMAP_SSL", "OUTBOX_MAX_ATTEMPTS", "PUBLIC_BASE_URL",
        "DUE_SOON_WORKING_DAYS", "UNIT_HEADS_APPROVE", "AUDIT_HMAC_KEY", "AUDIT_HMAC_KEY_FILE", "PROXY_FIX_COUNT",
    )

    @classmethod
    def from_environment(cls, instance_path: str) -> dict:
        """Return this class's settings with environment overrides applied.

        :param instance_path: the Flask instance folder, home of the SQLite database.
        """
        values = {k: getattr(cls, k) for k in dir(cls) if k.isupper()}
        for name in cls.ENV_OVERRIDES:
            raw = os.environ.get(name)
            if raw is None:
                continue
            default = values.get(name)
            if isinstance(default, bool):
                values[name] = _bool(raw)
            elif isinstance(default, int):
                values[name] = int(raw)
            else:
                values[name] = raw
        url = os.environ.get("DATABASE_URL") or values.get("SQLALCHEMY_DATABASE_URI")
        if not url:
            url = "sqlite:///" + str(Path(instance_path) / "nghedan.sqlite3")
        if url.startswith("postgres://"):
            url = "postgresql+psycopg://" + url[len("postgres://"):]
        elif url.startswith("postgresql://"):
            url = "postgresql+psycopg://" + url[len("postgresql://"):]
        values["SQLALCHEMY_DATABASE_URI"] = url
        return values


class DevelopmentConfig(Config):
    """``make run``: no configuration needed."""

    MAIL_BACKEND = "file"
    OUTBOX_DELIVER_AFTER_REQUEST = True


class TestingConfig(Config):
    TESTING = True
    SECRET_KEY = "testing-secret-key-not-for-production"
    # Tests exercise CSRF explicitly (one test turns it on); forms are posted without tokens otherwise.
    WTF_CSRF_ENABLED = False
    IDENTITY_KEY = "t3sHK0F0cbBFcUZ2V3-b4bDBFpbE9HXyMT3c8dE3yZo="
    LOGIN_MAX_FAILURES = 3
    MAIL_BACKEND = "file"


class ProductionConfig(Config):
    PRODUCTION = True
    SECRET_KEY = ""
    SESSION_COOKIE_SECURE = True
    REMEMBER_COOKIE_SECURE = True


CONFIGS = {
    "development": DevelopmentConfig,
    "testing": TestingConfig,
    "production": ProductionConfig,
}
