"""Staff accounts."""

from __future__ import annotations

from datetime import datetime

from flask_login import UserMixin
from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import UTCDateTime, now_column_default

#: Roles of DESIGN.md §6, in the order they are listed.
ROLES = ("reception", "officer", "unit_head", "leader", "inspector", "admin")
#: Roles that must belong to a unit.
UNIT_ROLES = ("officer", "unit_head")


class User(UserMixin, db.Model):
    """A staff member who signs in."""

    __tablename__ = "user_account"
    __table_args__ = (
        CheckConstraint(
            "role IN ('reception','officer','unit_head','leader','inspector','admin')",
            name="role_known",
        ),
        CheckConstraint(
            "role NOT IN ('officer','unit_head') OR unit_id IS NOT NULL", name="unit_role_has_unit"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Sign-in name, stored lower-case.
    email: Mapped[str] = mapped_column(String(254), unique=True)
    #: Name shown on timelines and documents.
    full_name: Mapped[str] = mapped_column(String(200))
    #: One of :data:`ROLES`.
    role: Mapped[str] = mapped_column(String(20))
    #: Unit of officers and unit heads (optional for others).
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), index=True)
    #: Argon2id hash of the password.
    password_hash: Mapped[str] = mapped_column(String(255))
    #: Disabled accounts cannot sign in.
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    #: Consecutive failed sign-ins, reset on success.
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    #: Sign-in refused until this moment after too many failures.
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    #: Last successful sign-in.
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    #: When the account was created.
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=now_column_default)

    unit = relationship("Unit", back_populates="users")

    @property
    def is_active(self) -> bool:  # Flask-Login
        return bool(self.active)

    def __repr__(self) -> str:
        return f"<User {self.email} {self.role}>"
