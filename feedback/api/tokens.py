"""Personal API tokens and Open311 client keys: create (shown once), authenticate, revoke.

Tokens are 256 random bits, given to the owner once as ``ndt_<43 characters>``; the database keeps
their SHA-256 and a short prefix for display. A token acts as its owner: the same role table and unit
scoping apply, and a ``read`` token cannot change anything.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from ..errors import DomainError, Forbidden, NotFound
from ..extensions import db
from ..models import ApiClient, ApiToken, User
from ..models.api import TOKEN_SCOPES
from ..security import sha256_hex
from ..services import audit
from ..timeutil import as_utc, utcnow

TOKEN_PREFIX = "ndt_"
CLIENT_PREFIX = "ndc_"
#: Lifetimes offered when creating a token, in days.
EXPIRY_CHOICES = (30, 90, 180, 365)
#: ``last_used_at`` is written at most this often.
USE_STAMP_INTERVAL = timedelta(minutes=1)


@dataclass
class IssuedToken:
    """A new token: the record and the secret, which is shown once."""

    token: ApiToken
    secret: str


def _new_secret(prefix: str) -> str:
    return prefix + secrets.token_urlsafe(32)


def create_token(user: User, name: str, scope: str, days: int) -> IssuedToken:
    """Create a token for ``user``; audited. The secret is returned once and never stored."""
    name = (name or "").strip()
    if not name or len(name) > 100:
        raise DomainError(_l("Give the token a name of at most 100 characters."), field="name")
    if scope not in TOKEN_SCOPES:
        raise DomainError(_l("Choose read-only or read and write."), field="scope")
    if days not in EXPIRY_CHOICES:
        raise DomainError(_l("Choose how long the token stays valid."), field="days")
    if not user.active:
        raise Forbidden(_l("This account is disabled."))
    secret = _new_secret(TOKEN_PREFIX)
    now = utcnow()
    token = ApiToken(user_id=user.id, name=name, token_hash=sha256_hex(secret), prefix=secret[:10],
                     scope=scope, created_at=now, expires_at=now + timedelta(days=days))
    db.session.add(token)
    db.session.flush()
    audit.record("api.token_created", user, object_type="api_token", object_id=token.id,
                 details={"name": name, "scope": scope, "expires_at": token.expires_at.isoformat(),
                          "prefix": token.prefix})
    db.session.commit()
    return IssuedToken(token, secret)


def tokens_of(user: User) -> list[ApiToken]:
    """The user's tokens, newest first."""
    return list(db.session.execute(
        select(ApiToken).where(ApiToken.user_id == user.id).order_by(ApiToken.created_at.desc(), ApiToken.id.desc())
    ).scalars())


def revoke_token(user: User, token_id: int) -> ApiToken:
    """Revoke one of the user's own tokens; audited. Revoking twice changes nothing."""
    token = db.session.get(ApiToken, token_id)
    if token is None or token.user_id != user.id:
        raise NotFound(_l("No such token."))
    if token.revoked_at is None:
        token.revoked_at = utcnow()
        audit.record("api.token_revoked", user, object_type="api_token", object_id=token.id,
                     details={"name": token.name, "prefix": token.prefix})
        db.session.commit()
    return token


def _touch(record, now: datetime) -> None:
    if record.last_used_at is None or now - as_utc(record.last_used_at) > USE_STAMP_INTERVAL:
        record.last_used_at = now
        db.session.commit()


def authenticate(secret: str) -> ApiToken | None:
    """The usable token for a secret, or None (unknown, expired, revoked or owner disabled)."""
    if not secret or not secret.startswith(TOKEN_PREFIX) or len(secret) > 100:
        return None
    token = db.session.execute(
        select(ApiToken).where(ApiToken.token_hash == sha256_hex(secret))
    ).scalar_one_or_none()
    now = utcnow()
    if token is None or not token.is_usable(now) or not token.user.active:
        return None
    _touch(token, now)
    return token


def create_client(name: str, actor: User | None = None) -> tuple[ApiClient, str]:
    """Register a connected system for Open311; returns the record and its key (shown once)."""
    name = (name or "").strip()
    if not name or len(name) > 100:
        raise DomainError(_l("Give the system a name of at most 100 characters."), field="name")
    secret = _new_secret(CLIENT_PREFIX)
    client = ApiClient(name=name, key_hash=sha256_hex(secret), prefix=secret[:10])
    db.session.add(client)
    db.session.flush()
    audit.record("api.client_created", actor, object_type="api_client", object_id=client.id,
                 details={"name": name, "prefix": client.prefix}, actor_label=None if actor else "cli")
    db.session.commit()
    return client, secret


def revoke_client(client_id: int, actor: User | None = None) -> ApiClient:
    """Withdraw a connected system's key; audited."""
    client = db.session.get(ApiClient, client_id)
    if client is None:
        raise NotFound(_l("No such client."))
    if client.revoked_at is None:
        client.revoked_at = utcnow()
        audit.record("api.client_revoked", actor, object_type="api_client", object_id=client.id,
                     details={"name": client.name}, actor_label=None if actor else "cli")
        db.session.commit()
    return client


@dataclass
class Open311Caller:
    """Who filed through Open311: a connected system, or a staff member's read-write token."""

    client: ApiClient | None = None
    user: User | None = None


def authenticate_open311(api_key: str) -> Open311Caller | None:
    """An Open311 ``api_key``: an active client key, or a usable read-write staff token allowed to log cases."""
    if not api_key or len(api_key) > 100:
        return None
    if api_key.startswith(CLIENT_PREFIX):
        client = db.session.execute(
            select(ApiClient).where(ApiClient.key_hash == sha256_hex(api_key))
        ).scalar_one_or_none()
        if client is None or client.revoked_at is not None:
            return None
        _touch(client, utcnow())
        return Open311Caller(client=client)
    token = authenticate(api_key)
    if token is None or not token.can_write:
        return None
    from ..permissions import can

    return Open311Caller(user=token.user) if can(token.user, "case.log") else None
