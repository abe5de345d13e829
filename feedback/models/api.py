"""API credentials and idempotency records (JSON API and Open311)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from ..timeutil import as_utc, utcnow
from .base import UTCDateTime, now_column_default

#: Token scopes: ``read`` tokens may only read; ``read_write`` tokens may also act within the role's rights.
TOKEN_SCOPES = ("read", "read_write")


class ApiToken(db.Model):
    """A personal bearer token of a staff member; acts with the user's role and unit, never more."""

    __tablename__ = "api_token"
    __table_args__ = (CheckConstraint("scope IN ('read','read_write')", name="scope_known"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Owner; the token acts as this user.
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"), index=True)
    #: Name the owner gave it (e.g. "Hệ thống QLVB").
    name: Mapped[str] = mapped_column(String(100))
    #: SHA-256 (hex) of the secret token; the token itself is shown once and never stored.
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    #: First characters of the token, to recognise it in lists.
    prefix: Mapped[str] = mapped_column(String(16))
    #: ``read`` or ``read_write``.
    scope: Mapped[str] = mapped_column(String(12), default="read")
    #: When it was created (UTC).
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=now_column_default)
    #: After this moment the token is refused.
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    #: Set when the owner revoked it.
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    #: Last successful use (updated at most once a minute).
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    user = relationship("User")

    @property
    def can_write(self) -> bool:
        return self.scope == "read_write"

    def is_usable(self, now: datetime | None = None) -> bool:
        """Neither revoked nor expired."""
        now = now or utcnow()
        return self.revoked_at is None and as_utc(self.expires_at) > now

    @property
    def state(self) -> str:
        """``active``, ``expired`` or ``revoked``."""
        if self.revoked_at is not None:
            return "revoked"
        return "active" if self.is_usable() else "expired"


class ApiClient(db.Model):
    """A connected system (a city app, the provincial portal) allowed to file cases through Open311."""

    __tablename__ = "api_client"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Name of the system, e.g. "Cổng dịch vụ công tỉnh".
    name: Mapped[str] = mapped_column(String(100))
    #: SHA-256 (hex) of the API key; the key is shown once when created.
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    #: First characters of the key, for display.
    prefix: Mapped[str] = mapped_column(String(16))
    #: When it was created.
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=now_column_default)
    #: Set when the key was withdrawn.
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    #: Last successful use.
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class IdempotencyRecord(db.Model):
    """The first response to a request sent with an ``Idempotency-Key`` header, replayed on retries."""

    __tablename__ = "idempotency_record"
    __table_args__ = (UniqueConstraint("principal", "key", name="uq_idempotency_record_principal_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Who sent it: ``public`` or ``user:<id>``; keys of different principals never collide.
    principal: Mapped[str] = mapped_column(String(40))
    #: The client's Idempotency-Key.
    key: Mapped[str] = mapped_column(String(255))
    #: SHA-256 of method, path and body; another request with the same key is refused.
    fingerprint: Mapped[str] = mapped_column(String(64))
    #: HTTP status of the first response (None while it is being processed).
    status: Mapped[int | None] = mapped_column(Integer)
    #: JSON body of the first response, without secrets (the access key is derived again on replay).
    body: Mapped[str | None] = mapped_column(Text)
    #: Case reference created by the first request, if any.
    reference: Mapped[str | None] = mapped_column(String(20))
    #: When the first request arrived.
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=now_column_default, index=True)
