"""Writing the security audit log as a hash chain, mirroring case events into it, and verifying it.

Appending: :func:`record` adds an :class:`~feedback.models.AuditEntry` to the session; when the session
flushes, :func:`_before_flush` copies every new :class:`~feedback.models.CaseEvent` into the log and gives
each new entry its ``seq``, ``prev_hash`` and ``entry_hash`` (:func:`_chain_pending`). The head row
(:class:`~feedback.models.AuditHead`) is updated *first*, inside the writing transaction: on SQLite that takes
the database write lock, on PostgreSQL a transaction-level advisory lock is taken too, so two writers never
read the same head and the chain never forks.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
from datetime import datetime
from typing import Any

from sqlalchemy import event, select, update
from sqlalchemy.orm import Session

from ..extensions import db
from ..models import AuditEntry, AuditHead, CaseEvent, User
from ..models.audit import GENESIS_HASH
from ..timeutil import as_utc, utcnow

#: Arbitrary constant naming the PostgreSQL advisory lock of the audit chain.
ADVISORY_LOCK_KEY = 7_346_221_904
_order = itertools.count()
_SAFE_VALUE = re.compile(r"^[A-Za-z0-9_.:/-]{0,60}$")


def record(
    action: str,
    actor: User | None = None,
    *,
    object_type: str | None = None,
    object_id: str | int | None = None,
    details: dict[str, Any] | None = None,
    actor_label: str | None = None,
) -> AuditEntry:
    """Add an audit entry to the current transaction (the caller commits); it is chained at flush.

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


# -- hashing ------------------------------------------------------------------------------------------

def _iso(moment: datetime) -> str:
    return as_utc(moment).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def canonical(seq: int, created_at: datetime, actor_id: int | None, actor_label: str | None, action: str,
              object_type: str | None, object_id: str | None, details: dict | None, prev_hash: str) -> str:
    """The canonical JSON the entry hash covers (sorted keys, no spaces, UTF-8 characters kept)."""
    return json.dumps({
        "seq": seq, "created_at": _iso(created_at), "actor_id": actor_id, "actor_label": actor_label,
        "action": action, "object_type": object_type, "object_id": object_id, "details": details or {},
        "prev_hash": prev_hash,
    }, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def entry_hash(**fields: Any) -> str:
    """SHA-256 (hex) of :func:`canonical` of the given fields."""
    return hashlib.sha256(canonical(**fields).encode("utf-8")).hexdigest()


def _fields(entry: Any) -> dict[str, Any]:
    return {name: getattr(entry, name) for name in (
        "seq", "created_at", "actor_id", "actor_label", "action", "object_type", "object_id", "details",
        "prev_hash")}


# -- appending ----------------------------------------------------------------------------------------

def _take_head(session: Session, count: int) -> tuple[int, str]:
    """Reserve ``count`` sequence numbers inside the writing transaction; return (first seq - 1, head hash)."""
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({ADVISORY_LOCK_KEY})")
    head = AuditHead.__table__
    bump = (update(head).where(head.c.id == 1).values(last_seq=head.c.last_seq + count)
            .returning(head.c.last_seq, head.c.last_hash))
    row = connection.execute(bump).first()
    if row is None:
        _insert_head(connection)
        row = connection.execute(bump).first()
    return row.last_seq - count, row.last_hash


def _insert_head(connection) -> None:
    if connection.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    connection.execute(insert(AuditHead.__table__).values(id=1, last_seq=0, last_hash=GENESIS_HASH)
                       .on_conflict_do_nothing())


def _chain_pending(session: Session, entries: list[AuditEntry]) -> None:
    if not entries:
        return
    last_seq, prev = _take_head(session, len(entries))
    for entry in entries:
        last_seq += 1
        entry.seq = last_seq
        entry.created_at = entry.created_at or utcnow()
        entry.details = json.loads(json.dumps(entry.details or {}, ensure_ascii=False, default=str))
        entry.prev_hash = prev
        entry.entry_hash = prev = entry_hash(**_fields(entry))
    head = AuditHead.__table__
    session.connection().execute(update(head).where(head.c.id == 1).values(last_hash=prev))


def event_details(event_row: CaseEvent) -> dict[str, Any]:
    """What a case event contributes to the audit log: codes and numbers only, never free text or identities."""
    details: dict[str, Any] = {"citizen_visible": bool(event_row.citizen_visible)}
    if event_row.from_status:
        details["from"] = event_row.from_status
    if event_row.to_status:
        details["to"] = event_row.to_status
    if event_row.reason:
        details["has_reason"] = True
    for key, value in sorted((event_row.payload or {}).items()):
        if key in ("pseudonym", "name", "full_name", "email", "phone", "address", "identity"):
            continue
        if isinstance(value, bool | int) or (isinstance(value, str) and _SAFE_VALUE.match(value)):
            details[key] = value
    return details


def _mirror_event(session: Session, event_row: CaseEvent) -> AuditEntry:
    case = event_row.case
    if case is None and event_row.case_id is not None:
        from ..models import Case

        with session.no_autoflush:
            case = session.get(Case, event_row.case_id)
    actor = event_row.actor
    entry = AuditEntry(
        action=f"case.{event_row.type}"[:60],
        actor_id=event_row.actor_id or (actor.id if actor is not None else None),
        actor_label=actor.email if actor is not None else None,
        object_type="case", object_id=case.reference if case is not None else None,
        details=event_details(event_row), created_at=utcnow(),  # when logged (the event may be backdated)
    )
    return entry


def _before_flush(session: Session, flush_context, instances) -> None:
    new = list(session.new)
    events = [obj for obj in new if isinstance(obj, CaseEvent)]
    pending = [obj for obj in new if isinstance(obj, AuditEntry) and obj.seq is None]
    explicit = {(entry.action, entry.object_id) for entry in pending}  # e.g. case.identity_revealed, with reason
    mirrored = [entry for entry in (_mirror_event(session, e) for e in events)
                if (entry.action, entry.object_id) not in explicit]
    session.add_all(mirrored)
    _chain_pending(session, pending + mirrored)


def _on_execute(state) -> Any:
    """Case events inserted in bulk (``session.execute(insert(CaseEvent.__table__), rows)``) are logged too."""
    if not state.is_insert or getattr(state.statement, "table", None) is not CaseEvent.__table__:
        return None
    rows = state.parameters
    rows = list(rows) if isinstance(rows, list | tuple) else [rows or {}]
    result = state.invoke_statement()
    _mirror_rows(state.session, [row for row in rows if row])
    return result


def _mirror_rows(session: Session, rows: list[dict]) -> None:
    from types import SimpleNamespace

    from ..models import Case

    references: dict[int, str] = {}
    ids = sorted({row["case_id"] for row in rows if row.get("case_id")})
    for i in range(0, len(ids), 900):
        references.update(session.execute(select(Case.id, Case.reference).where(Case.id.in_(ids[i:i + 900]))).all())
    last_seq, prev = _take_head(session, len(rows))
    entries, now = [], utcnow()
    for row in rows:
        view = SimpleNamespace(**{k: row.get(k) for k in ("citizen_visible", "from_status", "to_status", "reason",
                                                          "payload")})
        last_seq += 1
        fields = {"seq": last_seq, "created_at": now, "actor_id": row.get("actor_id"), "actor_label": None,
                  "action": f"case.{row.get('type')}"[:60], "object_type": "case",
                  "object_id": references.get(row.get("case_id")),
                  "details": json.loads(json.dumps(event_details(view), default=str)), "prev_hash": prev}
        prev = entry_hash(**fields)
        entries.append({**fields, "entry_hash": prev})
    connection = session.connection()
    connection.execute(AuditEntry.__table__.insert(), entries)
    head = AuditHead.__table__
    connection.execute(update(head).where(head.c.id == 1).values(last_hash=prev))


def install() -> None:
    """Register the flush hook and the bulk-insert hook on Flask-SQLAlchemy sessions (idempotent)."""
    from flask_sqlalchemy.session import Session as FlaskSession

    if not event.contains(FlaskSession, "before_flush", _before_flush):
        event.listen(FlaskSession, "before_flush", _before_flush)
    if not event.contains(FlaskSession, "do_orm_execute", _on_execute):
        event.listen(FlaskSession, "do_orm_execute", _on_execute)


install()


def record_case_view(user: User, case: Any) -> None:
    """Log an inspector's view of a case page (``case.viewed``; one commit). Other roles are not logged here."""
    if getattr(user, "role", None) != "inspector":
        return
    record("case.viewed", user, object_type="case", object_id=case.reference)
    db.session.commit()


def backfill_chain(connection) -> int:
    """Give entries written before the chain existed their ``seq`` and hashes, in ``id`` order (for a migration).

    Run it after adding the columns and before creating the append-only trigger (:func:`append_only_ddl`).

    :param connection: a SQLAlchemy connection inside the migration's transaction.
    :returns: the number of entries chained.
    """
    table, head = AuditEntry.__table__, AuditHead.__table__
    prev, seq = GENESIS_HASH, 0
    for row in connection.execute(select(table).order_by(table.c.id)).mappings().all():
        seq += 1
        fields = {k: row[k] for k in ("created_at", "actor_id", "actor_label", "action", "object_type",
                                      "object_id", "details")}
        digest = entry_hash(seq=seq, prev_hash=prev, **fields)
        connection.execute(update(table).where(table.c.id == row["id"]).values(seq=seq, prev_hash=prev,
                                                                               entry_hash=digest))
        prev = digest
    _insert_head(connection)
    connection.execute(update(head).where(head.c.id == 1).values(last_seq=seq, last_hash=prev))
    return seq


# Verification and the HMAC-signed head live in audit_verify (kept here as names for callers).
from .audit_verify import (  # noqa: E402
    Verdict,
    check_chain,
    hmac_key,
    iter_entries,
    last_verification,
    sign_head,
    signed_checkpoints,
    verify,
)

__all__ = ["Verdict", "backfill_chain", "canonical", "check_chain", "entry_hash", "event_details", "hmac_key",
           "install", "iter_entries", "last_verification", "record", "record_case_view", "sign_head",
           "signed_checkpoints", "verify"]
