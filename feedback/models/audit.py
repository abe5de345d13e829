"""Security audit log (sign-ins, denials, identity reveals, exports, settings, every case event).

The log is a hash chain: each entry stores the SHA-256 of the previous entry, so an entry that is
changed, removed or inserted breaks the chain (:mod:`feedback.services.audit` appends and verifies).
Entries are append-only: the ORM refuses updates and deletes, and on PostgreSQL a trigger
(:func:`append_only_ddl`) refuses them in the database.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Text, event
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import UTCDateTime, now_column_default

#: ``prev_hash`` of the first entry.
GENESIS_HASH = "0" * 64


class AuditEntry(db.Model):
    """An append-only record of a security-relevant action. Never holds secrets or sealed identities."""

    __tablename__ = "audit_entry"
    __table_args__ = (
        Index("ix_audit_entry_object", "object_type", "object_id"),
        Index("ix_audit_entry_action_created", "action", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Position in the chain: 1, 2, 3 … without gaps (assigned when the entry is flushed).
    seq: Mapped[int] = mapped_column(Integer, unique=True)
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
    #: ``entry_hash`` of the entry with ``seq - 1`` (:data:`GENESIS_HASH` for the first).
    prev_hash: Mapped[str] = mapped_column(String(64))
    #: SHA-256 (hex) of the canonical JSON of this entry's fields and ``prev_hash``.
    entry_hash: Mapped[str] = mapped_column(String(64))

    actor = relationship("User")


class AuditHead(db.Model):
    """The one row that serialises appends: the last ``seq`` issued and its hash.

    Appending updates this row first, so concurrent writers queue on its lock and the chain never forks;
    it also tells verification how many entries must exist (a removed last entry is noticed).
    """

    __tablename__ = "audit_head"

    #: Always 1.
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    #: ``seq`` of the last entry appended (0: empty log).
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    #: ``entry_hash`` of that entry.
    last_hash: Mapped[str] = mapped_column(String(64), default=GENESIS_HASH)


class AuditVerification(db.Model):
    """One run of the chain verification (``flask audit verify`` or the inspector's button)."""

    __tablename__ = "audit_verification"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: When it ran (UTC).
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=now_column_default, index=True)
    #: Staff member who ran it (None for the command line).
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    #: ``cli`` or the staff member's email.
    actor_label: Mapped[str] = mapped_column(String(254), default="cli")
    #: Entries checked.
    entries_checked: Mapped[int] = mapped_column(Integer, default=0)
    #: The chain was intact.
    ok: Mapped[bool] = mapped_column(Boolean, default=False)
    #: First entry found bad (changed, missing or inserted), if any.
    first_bad_seq: Mapped[int | None] = mapped_column(Integer)
    #: What was wrong, in plain words.
    message: Mapped[str] = mapped_column(Text, default="")
    #: ``seq`` of the head at the time (a signed checkpoint later runs compare against).
    head_seq: Mapped[int] = mapped_column(Integer, default=0)
    #: ``entry_hash`` of that head.
    head_hash: Mapped[str] = mapped_column(String(64), default=GENESIS_HASH)
    #: HMAC-SHA256 of ``head_seq:head_hash`` with the key kept outside the database ("" without a key).
    head_signature: Mapped[str] = mapped_column(String(64), default="")

    actor = relationship("User")


@event.listens_for(AuditEntry, "before_update")
def _audit_is_append_only(mapper, connection, target):
    raise RuntimeError("audit entries are append-only")


@event.listens_for(AuditEntry, "before_delete")
def _audit_is_never_deleted(mapper, connection, target):
    raise RuntimeError("audit entries are append-only")


def append_only_ddl(*, allow_full_reset: bool = False) -> list[str]:
    """PostgreSQL statements creating the trigger that refuses UPDATE and DELETE on ``audit_entry``.

    The lead's migration runs them with ``allow_full_reset=False`` (no delete at all, no TRUNCATE).
    ``create_all`` (tests) uses ``allow_full_reset=True``: a DELETE that empties the whole table is let
    through so the test fixtures can reset the database between tests; deleting some entries still fails.
    """
    delete_check = (
        "IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM audit_entry) THEN RETURN NULL; END IF;"
        if allow_full_reset else ""
    )
    statements = [
        "CREATE OR REPLACE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"{delete_check} "
        "RAISE EXCEPTION USING MESSAGE = 'audit_entry is append-only: ' || TG_OP || ' refused', "
        "ERRCODE = 'insufficient_privilege'; "
        "END $$",
        "DROP TRIGGER IF EXISTS audit_entry_no_update ON audit_entry",
        "CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry "
        "FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()",
        "DROP TRIGGER IF EXISTS audit_entry_no_delete ON audit_entry",
    ]
    if allow_full_reset:
        statements.append("CREATE TRIGGER audit_entry_no_delete AFTER DELETE ON audit_entry "
                          "FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only()")
    else:
        statements += [
            "CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry "
            "FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()",
            "DROP TRIGGER IF EXISTS audit_entry_no_truncate ON audit_entry",
            "CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry "
            "FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only()",
        ]
    return statements


@event.listens_for(AuditEntry.__table__, "after_create")
def _create_trigger(target, connection, **kw):
    if connection.dialect.name == "postgresql":
        for statement in append_only_ddl(allow_full_reset=True):
            connection.exec_driver_sql(statement)
