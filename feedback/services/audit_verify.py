"""Verifying the audit chain (:func:`verify`, :func:`check_chain`) and signing its head with a key kept
outside the database (:func:`sign_head`); signed heads of earlier runs are checkpoints later runs compare with.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from flask import current_app
from sqlalchemy import select

from ..extensions import db
from ..models import AuditEntry, AuditHead, AuditVerification, User
from ..models.audit import GENESIS_HASH
from .audit import entry_hash, record

# -- verification -------------------------------------------------------------------------------------

@dataclass
class Verdict:
    """Result of a verification: entries checked, and the first bad entry if any."""

    checked: int
    ok: bool
    first_bad_seq: int | None = None
    message: str = ""
    head_seq: int = 0
    head_hash: str = GENESIS_HASH


def iter_entries(batch: int = 2000) -> Iterator[Any]:
    """Every entry in chain order, streamed."""
    table = AuditEntry.__table__
    result = db.session.execute(select(table).order_by(table.c.seq).execution_options(yield_per=batch))
    yield from result


def check_chain(rows, *, expected_head: tuple[int, str] | None = None,
                checkpoints: dict[int, str] | None = None) -> Verdict:
    """Walk entries in ``seq`` order; the first changed, missing or inserted entry ends the walk."""
    prev, expected, checked = GENESIS_HASH, 1, 0
    checkpoints = checkpoints or {}

    def bad(seq: int, message: str) -> Verdict:
        return Verdict(checked, False, seq, message)

    for row in rows:
        fields = {k: row[k] if isinstance(row, dict) else getattr(row, k) for k in (
            "seq", "created_at", "actor_id", "actor_label", "action", "object_type", "object_id", "details",
            "prev_hash", "entry_hash")}
        seq = fields["seq"]
        if seq > expected:
            return bad(expected, f"entry {expected} is missing (removed)")
        if seq < expected:
            return bad(seq, f"entry {seq} appears twice (inserted)")
        if fields["prev_hash"] != prev:
            return bad(seq, f"entry {seq} does not link to entry {seq - 1} (an entry was inserted or removed)")
        stored = fields.pop("entry_hash")
        if isinstance(fields["created_at"], str):
            fields["created_at"] = datetime.fromisoformat(fields["created_at"].replace("Z", "+00:00"))
        if entry_hash(**fields) != stored:
            return bad(seq, f"entry {seq} was changed (its hash does not match its content)")
        if seq in checkpoints and checkpoints[seq] != stored:
            return bad(seq, f"entry {seq} differs from the signed checkpoint (the chain was rewritten)")
        prev, expected, checked = stored, expected + 1, checked + 1
    if expected_head is not None:
        head_seq, head_hash = expected_head
        if head_seq > checked:
            return bad(checked + 1, f"entry {checked + 1} is missing (removed; the head says {head_seq})")
        if head_seq < checked:
            return bad(head_seq + 1, f"entry {head_seq + 1} was inserted after the head ({head_seq})")
        if head_seq and head_hash != prev:
            return bad(head_seq, f"entry {head_seq} does not match the head hash")
    return Verdict(checked, True, None, "", checked, prev)


def verify(actor: User | None = None) -> AuditVerification:
    """Verify the whole chain in the database and record the run (one commit)."""
    head = db.session.get(AuditHead, 1)
    expected_head = (head.last_seq, head.last_hash) if head is not None else (0, GENESIS_HASH)
    verdict = check_chain(iter_entries(), expected_head=expected_head, checkpoints=signed_checkpoints())
    run = AuditVerification(
        actor_id=actor.id if actor is not None else None,
        actor_label=actor.email if actor is not None else "cli",
        entries_checked=verdict.checked, ok=verdict.ok, first_bad_seq=verdict.first_bad_seq,
        message=verdict.message, head_seq=verdict.head_seq, head_hash=verdict.head_hash,
    )
    if verdict.ok:
        run.head_signature = sign_head(verdict.head_seq, verdict.head_hash) or ""
    db.session.add(run)
    if verdict.ok:  # a broken chain is not appended to: the run is kept in audit_verification only
        record("audit.verified", actor, actor_label=None if actor else "cli", details={"checked": verdict.checked})
    db.session.commit()
    return run


def last_verification() -> AuditVerification | None:
    return db.session.execute(
        select(AuditVerification).order_by(AuditVerification.id.desc()).limit(1)).scalar_one_or_none()


def signed_checkpoints() -> dict[int, str]:
    """Heads of earlier successful runs whose HMAC signature is valid with the current key."""
    key = hmac_key(create=False)
    if key is None:
        return {}
    rows = db.session.execute(select(AuditVerification.head_seq, AuditVerification.head_hash,
                                     AuditVerification.head_signature)
                              .where(AuditVerification.ok.is_(True), AuditVerification.head_seq > 0)).all()
    return {seq: digest for seq, digest, signature in rows
            if hmac.compare_digest(signature or "", _hmac(key, seq, digest))}


# -- HMAC key outside the database -------------------------------------------------------------------

def hmac_key(*, create: bool = True) -> bytes | None:
    """``AUDIT_HMAC_KEY`` (config or environment), else ``instance/audit-hmac.key``, generated outside production."""
    configured = current_app.config.get("AUDIT_HMAC_KEY") or os.environ.get("AUDIT_HMAC_KEY")
    if configured:
        return configured.encode("utf-8")
    path = Path(current_app.config.get("AUDIT_HMAC_KEY_FILE") or Path(current_app.instance_path) / "audit-hmac.key")
    if path.exists():
        return path.read_text().strip().encode("utf-8")
    if not create or current_app.config.get("PRODUCTION"):
        return None
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(secrets.token_hex(32) + "\n")
    path.chmod(0o600)
    return path.read_text().strip().encode("utf-8")


def _hmac(key: bytes, seq: int, digest: str) -> str:
    return hmac.new(key, f"{seq}:{digest}".encode(), hashlib.sha256).hexdigest()


def sign_head(seq: int, digest: str) -> str | None:
    """HMAC-SHA256 of ``"<seq>:<entry_hash>"``; None when no key is configured (production without a key)."""
    key = hmac_key()
    return None if key is None else _hmac(key, seq, digest)
