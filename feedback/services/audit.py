"""Writing the security audit log."""

from __future__ import annotations

from typing import Any

from ..extensions import db
from ..models import AuditEntry, User


def record(
    action: str,
    actor: User | None = None,
    *,
    object_type: str | None = None,
    object_id: str | int | None = None,
    details: dict[str, Any] | None = None,
    actor_label: str | None = None,
) -> AuditEntry:
    """Add an audit entry to the current transaction (the caller commits).

    :param action: dotted name, e.g. ``auth.login_failed``.
    :param details: structured, secret-free details.
    """
    entry = AuditEntry(
        action=action,
        actor_id=actor.id if actor is not None and getattr(actor, "id", None) else None,
        actor_label=actor_label or (actor.email if actor is not None else None),
        object_type=object_type,
        object_id=None if object_id is None else str(object_id),
        details=details or {},
    )
    db.session.add(entry)
    return entry
