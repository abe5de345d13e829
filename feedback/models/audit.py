"""Security audit log (sign-ins, denials, identity reveals, exports, settings)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from ..extensions import db
from .base import UTCDateTime, now_column_default


class AuditEntry(db.Model):
    """An append-only record of a security-relevant action. Never holds secrets or sealed identities."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_object", "object_type", "object_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    #: When (UTC).
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=now_column_default, index=True)
    #: Staff member who acted, if signed in.
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    #: What the actor claimed to be (e.g. the email typed at a failed sign-in).
    actor_label: Mapped[str | None] = mapped_column(String(254))
    #: Dotted action name: ``auth.login``, ``auth.login_failed``, ``case.identity_revealed`` …
    action: Mapped[str] = mapped_column(String(60))
    #: Object type (``case``, ``user`` …).
    object_type: Mapped[str | None] = mapped_column(String(40))
    #: Object identifier (reference, id).
    object_id: Mapped[str | None] = mapped_column(String(60))
    #: Structured details (never secrets).
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
