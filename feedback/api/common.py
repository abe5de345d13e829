"""Request plumbing shared by the API views: language, bearer tokens, rate limits, idempotency."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Callable
from functools import wraps

from flask import Response, current_app, g, request
from flask_babel import force_locale
from flask_babel import lazy_gettext as _l
from limits import parse
from limits.storage import storage_from_string
from limits.strategies import MovingWindowRateLimiter
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from ..extensions import db
from ..models import IdempotencyRecord, User
from ..permissions import can
from ..services import audit
from . import tokens
from .problems import ApiProblem

# --- language -----------------------------------------------------------------------------------


def request_language() -> str:
    """``Accept-Language`` among the configured languages; Vietnamese (the default locale) otherwise."""
    languages = current_app.config["LANGUAGES"]
    return request.accept_languages.best_match(languages) or current_app.config["BABEL_DEFAULT_LOCALE"]


def use_request_language() -> None:
    """Translate this request's messages in the language the client asked for (no session, no cookie)."""
    language = request_language()
    g.api_language = language
    manager = force_locale(language)
    manager.__enter__()
    g.api_locale_manager = manager


def restore_language(_exc=None) -> None:
    """Leave the forced locale (``g`` may outlive the request when an app context was already pushed)."""
    manager = g.pop("api_locale_manager", None)
    if manager is not None:
        manager.__exit__(None, None, None)
        g.pop("api_language", None)


def set_language_header(response: Response) -> Response:
    if "api_language" in g:
        response.headers["Content-Language"] = g.api_language
        response.headers.add("Vary", "Accept-Language")
    response.headers["Cache-Control"] = "no-store"
    return response


def has_nul_characters(include_form: bool = False) -> bool:
    """NUL characters in the path, query (or form): no database stores them, so they are refused early."""
    values = [request.path, *request.args.keys(), *request.args.values()]
    if include_form and request.mimetype in ("application/x-www-form-urlencoded", "multipart/form-data"):
        values += [*request.form.keys(), *request.form.values()]
    return any("\x00" in value for value in values)


# --- bearer tokens ------------------------------------------------------------------------------


def current_api_user() -> User:
    return g.api_user


def bearer(action: str, *, write: bool = False) -> Callable:
    """Require a usable bearer token whose owner's role allows ``action``; ``write`` also needs read-write."""

    def decorator(view):
        @wraps(view)
        def wrapped(*args, **kwargs):
            header = request.headers.get("Authorization", "")
            scheme, _, secret = header.partition(" ")
            token = tokens.authenticate(secret.strip()) if scheme.lower() == "bearer" else None
            if token is None:
                raise ApiProblem(401, "invalid_token", _l("The token is missing, unknown, expired or revoked."),
                                 headers={"WWW-Authenticate": 'Bearer realm="api", error="invalid_token"'})
            g.api_user, g.api_token = token.user, token
            if write and not token.can_write:
                raise ApiProblem(403, "read_only_token", _l("This token is read-only."))
            if not can(token.user, action):
                audit.record("auth.permission_denied", token.user,
                             details={"action": action, "path": request.path[:200], "via": "api"})
                db.session.commit()
                raise ApiProblem(403, "forbidden", _l("Your role does not allow this."))
            return view(*args, **kwargs)

        return wrapped

    return decorator


# --- rate limits --------------------------------------------------------------------------------

_LIMITER_KEY = "nghedan.api_limiter"


def limiter() -> MovingWindowRateLimiter:
    """The app's limiter: Redis when ``REDIS_URL`` is set, memory otherwise."""
    existing = current_app.extensions.get(_LIMITER_KEY)
    if existing is None:
        uri = current_app.config.get("RATELIMIT_STORAGE_URI") or current_app.config.get("REDIS_URL") or "memory://"
        existing = MovingWindowRateLimiter(storage_from_string(uri))
        current_app.extensions[_LIMITER_KEY] = existing
    return existing


def client_address() -> str:
    return request.remote_addr or "unknown"


def rate_limited(name: str, default: str) -> Callable:
    """Limit a view per client IP; the limit is config ``API_RATE_LIMITS[name]`` (e.g. ``"10/minute"``)."""

    def decorator(view):
        @wraps(view)
        def wrapped(*args, **kwargs):
            if current_app.config.get("API_RATE_LIMIT_ENABLED", True):
                item = parse((current_app.config.get("API_RATE_LIMITS") or {}).get(name, default))
                key = (name, client_address())
                if not limiter().hit(item, *key):
                    reset = limiter().get_window_stats(item, *key).reset_time
                    import time

                    wait = max(1, int(reset - time.time()))
                    raise ApiProblem(429, "rate_limited", _l("Too many requests; try again in %(s)d seconds.",
                                                             s=wait), headers={"Retry-After": str(wait)})
            return view(*args, **kwargs)

        return wrapped

    return decorator


# --- idempotency --------------------------------------------------------------------------------


def idempotency_key() -> str | None:
    key = request.headers.get("Idempotency-Key")
    if key is None:
        return None
    key = key.strip()
    if not key or len(key) > 255:
        raise ApiProblem(400, "invalid_idempotency_key", _l("The Idempotency-Key must have 1 to 255 characters."))
    return key


def fingerprint() -> str:
    """SHA-256 of method, path and the canonical JSON body (whitespace and key order do not matter)."""
    try:
        body = json.dumps(request.get_json(silent=True), sort_keys=True, ensure_ascii=False)
    except (TypeError, ValueError):  # pragma: no cover - get_json returns JSON-able data
        body = request.get_data(as_text=True)
    return hashlib.sha256(f"{request.method}\n{request.path}\n{body}".encode()).hexdigest()


def derived_submission_token(principal: str, key: str) -> str:
    """A secret submission token for an idempotency key: intake makes one case per token, atomically,
    and derives the same access key again on a retry (the key is never stored)."""
    secret = current_app.config["SECRET_KEY"].encode()
    return hmac.new(secret, f"api-idempotency:{principal}:{key}".encode(), hashlib.sha256).hexdigest()


class Idempotency:
    """The record of one idempotent request: ``replay`` holds the first response when it is a retry."""

    def __init__(self, principal: str, key: str | None):
        self.principal, self.key = principal, key
        self.record: IdempotencyRecord | None = None
        self.replay: IdempotencyRecord | None = None
        if key is None:
            return
        print_ = fingerprint()
        existing = self._find()
        if existing is None:
            try:
                self.record = IdempotencyRecord(principal=principal, key=key, fingerprint=print_)
                db.session.add(self.record)
                db.session.commit()
                return
            except IntegrityError:
                db.session.rollback()
                existing = self._find()
        if existing.fingerprint != print_:
            raise ApiProblem(422, "idempotency_key_reused",
                             _l("This Idempotency-Key was already used for a different request."))
        if existing.status is None:
            raise ApiProblem(409, "idempotent_request_in_progress",
                             _l("A request with this Idempotency-Key is still being processed; retry shortly."))
        self.replay = existing

    def _find(self) -> IdempotencyRecord | None:
        return db.session.execute(select(IdempotencyRecord).where(
            IdempotencyRecord.principal == self.principal, IdempotencyRecord.key == self.key)).scalar_one_or_none()

    @property
    def submission_token(self) -> str | None:
        return derived_submission_token(self.principal, self.key) if self.key else None

    def store(self, status: int, body: dict, reference: str | None) -> None:
        """Keep the first successful response (without secrets)."""
        if self.record is not None:
            self.record.status, self.record.body, self.record.reference = status, json.dumps(body), reference
            db.session.commit()

    def forget(self) -> None:
        """The request failed: free the key so a corrected retry may use it."""
        if self.record is not None:
            db.session.rollback()
            db.session.delete(self.record)
            db.session.commit()
            self.record = None
