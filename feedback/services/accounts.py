"""Staff accounts: creation and sign-in with per-account throttling (ASVS V2)."""

from __future__ import annotations

from datetime import timedelta

from flask import current_app
from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select

from ..errors import DomainError
from ..extensions import db
from ..models import ROLES, Unit, User
from ..models.people import UNIT_ROLES
from ..security import generate_password, hash_password, password_needs_rehash, verify_password
from ..timeutil import utcnow
from . import audit


class AccountError(DomainError):
    code = "account_error"


class SignInRefused(DomainError):
    code = "sign_in_refused"
    status = 401


#: Burned on unknown emails so that timing does not reveal which accounts exist.
_DUMMY_HASH = hash_password("not-a-real-password")


def create_user(email: str, role: str, *, full_name: str | None = None, unit_code: str | None = None,
                password: str | None = None) -> tuple[User, str]:
    """Create an account; returns it with its (possibly generated) password."""
    email = (email or "").strip().lower()
    if "@" not in email:
        raise AccountError(_l("“%(email)s” is not an email address.", email=email))
    if role not in ROLES:
        raise AccountError(_l("Unknown role “%(role)s”. Roles: %(roles)s.", role=role, roles=", ".join(ROLES)))
    unit = None
    if unit_code:
        unit = db.session.execute(select(Unit).where(Unit.code == unit_code)).scalar_one_or_none()
        if unit is None:
            raise AccountError(_l("Unknown unit “%(code)s”.", code=unit_code))
    if role in UNIT_ROLES and unit is None:
        raise AccountError(_l("The role “%(role)s” needs a unit (--unit CODE).", role=role))
    if db.session.execute(select(User).where(func.lower(User.email) == email)).scalar_one_or_none():
        raise AccountError(_l("An account for “%(email)s” already exists.", email=email))
    password = password or generate_password()
    user = User(email=email, role=role, unit=unit, full_name=full_name or email.split("@")[0],
                password_hash=hash_password(password))
    db.session.add(user)
    audit.record("user.created", None, object_type="user", object_id=email, details={"role": role},
                 actor_label="cli")
    db.session.commit()
    return user, password


def authenticate(email: str, password: str) -> User:
    """Check credentials; locks the account for a while after too many failures."""
    email = (email or "").strip().lower()
    user = db.session.execute(select(User).where(User.email == email)).scalar_one_or_none()
    now = utcnow()
    config = current_app.config
    if user is None or not user.active:
        verify_password(_DUMMY_HASH, password or "")
        audit.record("auth.login_failed", None, actor_label=email[:254], details={"reason": "unknown_or_disabled"})
        db.session.commit()
        raise SignInRefused(_l("Wrong email or password."))
    if user.locked_until and user.locked_until > now:
        audit.record("auth.login_locked", user)
        db.session.commit()
        raise SignInRefused(_l("Too many failed attempts. Try again in %(minutes)d minutes.",
                               minutes=config["LOGIN_LOCK_MINUTES"]))
    if not verify_password(user.password_hash, password or ""):
        user.failed_logins = (user.failed_logins or 0) + 1
        if user.failed_logins >= config["LOGIN_MAX_FAILURES"]:
            user.locked_until = now + timedelta(minutes=config["LOGIN_LOCK_MINUTES"])
            user.failed_logins = 0
        audit.record("auth.login_failed", user, details={"reason": "password"})
        db.session.commit()
        raise SignInRefused(_l("Wrong email or password."))
    user.failed_logins = 0
    user.locked_until = None
    user.last_login_at = now
    if password_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    audit.record("auth.login", user)
    db.session.commit()
    return user
