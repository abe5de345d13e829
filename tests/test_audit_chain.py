"""The tamper-evident audit log: chaining, mirroring case events, verification, export, append-only guards."""

from __future__ import annotations

import json
import threading

import pytest
from sqlalchemy import select, text

from feedback.extensions import db as _db
from feedback.models import AuditEntry, AuditHead, AuditVerification
from feedback.services import audit
from tests.factories import make_case


def _is_pg() -> bool:
    return _db.engine.dialect.name == "postgresql"


def tamper(sql: str, **params) -> None:
    """Raw SQL as an attacker with database access would run it (the PostgreSQL trigger switched off)."""
    _db.session.rollback()
    with _db.engine.begin() as conn:
        if _is_pg():
            conn.exec_driver_sql("SET LOCAL session_replication_role = replica")
        conn.execute(text(sql), params)


def _entries() -> list[AuditEntry]:
    _db.session.expire_all()
    return list(_db.session.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars())


def _seed(n: int = 5, actor=None) -> None:
    for i in range(n):
        audit.record("test.action", actor, object_type="thing", object_id=i, details={"n": i, "word": "Hà Nội"})
        _db.session.commit()


def test_entries_form_a_gapless_chain(world):
    _seed(4, world.inspector)
    entries = _entries()
    assert [e.seq for e in entries] == [1, 2, 3, 4]
    assert entries[0].prev_hash == "0" * 64
    for before, after in zip(entries, entries[1:], strict=False):
        assert after.prev_hash == before.entry_hash
    assert entries[1].entry_hash == audit.entry_hash(**{k: getattr(entries[1], k) for k in (
        "seq", "created_at", "actor_id", "actor_label", "action", "object_type", "object_id", "details",
        "prev_hash")})
    head = _db.session.get(AuditHead, 1)
    assert (head.last_seq, head.last_hash) == (4, entries[-1].entry_hash)


def test_every_case_event_is_in_the_log_without_personal_data(world):
    receipt = make_case("denunciation", category=world.road)
    entries = [e for e in _entries() if e.action == "case.received"]
    assert len(entries) == 1
    assert entries[0].object_type == "case" and entries[0].object_id == receipt.case.reference
    dumped = json.dumps([e.details for e in _entries()], ensure_ascii=False) + str([e.actor_label for e in _entries()])
    assert "Nguyễn Văn An" not in dumped and "0905123456" not in dumped and "an@example.vn" not in dumped


def test_verify_command_reports_intact_chain(runner, world):
    _seed(3)
    result = runner.invoke(args=["audit", "verify"])
    assert result.exit_code == 0, result.output
    assert "3 entries checked" in result.output
    run = audit.last_verification()
    assert run.ok and run.entries_checked == 3 and run.actor_label == "cli" and run.head_signature


def _verify_fails_at(runner, seq: int) -> str:
    result = runner.invoke(args=["audit", "verify"])
    assert result.exit_code == 1, result.output
    assert f"entry {seq}" in result.output
    run = _db.session.execute(select(AuditVerification).order_by(AuditVerification.id.desc())).scalars().first()
    assert run.ok is False and run.first_bad_seq == seq
    return result.output


def test_verify_detects_a_changed_entry(runner, world):
    _seed(5)
    tamper("UPDATE audit_entry SET object_id = 'x' WHERE seq = 3")
    assert "changed" in _verify_fails_at(runner, 3)


def test_verify_detects_a_removed_entry(runner, world):
    _seed(5)
    tamper("DELETE FROM audit_entry WHERE seq = 2")
    assert "missing" in _verify_fails_at(runner, 2)


def test_verify_detects_removal_of_the_last_entry(runner, world):
    _seed(4)
    tamper("DELETE FROM audit_entry WHERE seq = 4")
    assert "missing" in _verify_fails_at(runner, 4)


def test_verify_detects_an_inserted_entry(runner, world):
    _seed(4)
    entries = _entries()
    # Make room after entry 2 and slip a forged entry in, chained to entry 2 with a correct-looking hash.
    tamper("UPDATE audit_entry SET seq = seq + 100 WHERE seq > 2")
    tamper("UPDATE audit_entry SET seq = seq - 99 WHERE seq > 100")
    forged = dict(seq=3, created_at=entries[1].created_at, actor_id=None, actor_label="x", action="auth.login",
                  object_type=None, object_id=None, details={}, prev_hash=entries[1].entry_hash)
    tamper("INSERT INTO audit_entry (seq, created_at, actor_label, action, details, prev_hash, entry_hash) "
           "VALUES (3, :c, 'x', 'auth.login', '{}', :p, :h)",
           c=entries[1].created_at.replace(tzinfo=None) if not _is_pg() else entries[1].created_at,
           p=entries[1].entry_hash, h=audit.entry_hash(**forged))
    output = _verify_fails_at(runner, 4)  # the entry that used to follow entry 2 no longer links
    assert "inserted" in output


def test_verify_detects_an_entry_appended_behind_the_head(runner, world):
    _seed(3)
    last = _entries()[-1]
    forged = dict(seq=4, created_at=last.created_at, actor_id=None, actor_label="x", action="auth.login",
                  object_type=None, object_id=None, details={}, prev_hash=last.entry_hash)
    tamper("INSERT INTO audit_entry (seq, created_at, actor_label, action, details, prev_hash, entry_hash) "
           "VALUES (4, :c, 'x', 'auth.login', '{}', :p, :h)",
           c=last.created_at.replace(tzinfo=None) if not _is_pg() else last.created_at,
           p=last.entry_hash, h=audit.entry_hash(**forged))
    assert "inserted" in _verify_fails_at(runner, 4)


def test_a_rewritten_chain_is_caught_by_the_signed_checkpoint(runner, world):
    _seed(3)
    assert runner.invoke(args=["audit", "verify"]).exit_code == 0  # signs the head: entry 3
    entries = _entries()
    # The attacker changes entry 2 and recomputes every later hash and the head row.
    prev = entries[0].entry_hash
    for entry in entries[1:]:
        fields = {k: getattr(entry, k) for k in ("seq", "created_at", "actor_id", "actor_label", "action",
                                                 "object_type", "object_id", "details")}
        if entry.seq == 2:
            fields["object_id"] = "forged"
        digest = audit.entry_hash(**fields, prev_hash=prev)
        tamper("UPDATE audit_entry SET object_id = :o, prev_hash = :p, entry_hash = :h WHERE seq = :s",
               o=fields["object_id"], p=prev, h=digest, s=entry.seq)
        prev = digest
    tamper("UPDATE audit_head SET last_hash = :h", h=prev)
    assert "checkpoint" in _verify_fails_at(runner, 3)


def test_orm_refuses_update_and_delete(world):
    _seed(1)
    entry = _entries()[0]
    entry.action = "changed"
    with pytest.raises(RuntimeError):
        _db.session.commit()
    _db.session.rollback()
    _db.session.delete(_entries()[0])
    with pytest.raises(RuntimeError):
        _db.session.commit()
    _db.session.rollback()


@pytest.mark.skipif("not __import__('os').environ.get('DATABASE_URL', '').startswith('postgres')")
def test_postgres_trigger_refuses_update_and_partial_delete(world):
    from sqlalchemy.exc import DBAPIError

    _seed(3)
    for sql in ("UPDATE audit_entry SET action = 'x' WHERE seq = 1", "DELETE FROM audit_entry WHERE seq = 3"):
        with pytest.raises(DBAPIError, match="append-only"), _db.engine.begin() as conn:
            conn.execute(text(sql))
    assert len(_entries()) == 3


def test_export_and_offline_check(runner, world, tmp_path):
    _seed(3)
    out = tmp_path / "audit.jsonl"
    result = runner.invoke(args=["audit", "export", "--out", str(out)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert lines[-1]["type"] == "head" and lines[-1]["seq"] == 3 and len(lines[-1]["hmac"]) == 64
    assert runner.invoke(args=["audit", "check-export", str(out)]).exit_code == 0
    assert any(e.action == "export.audit_log" for e in _entries())
    lines[1]["details"]["n"] = 99
    out.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n", encoding="utf-8")
    bad = runner.invoke(args=["audit", "check-export", str(out)])
    assert bad.exit_code == 1 and "entry 2" in bad.output


def test_concurrent_appends_never_fork(app, world):
    errors: list[Exception] = []

    def writer(n: int) -> None:
        try:
            with app.app_context():
                for i in range(8):
                    audit.record("test.concurrent", None, actor_label=f"w{n}", details={"i": i})
                    _db.session.commit()
                _db.session.remove()
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    entries = _entries()
    assert [e.seq for e in entries] == list(range(1, len(entries) + 1))
    verdict = audit.check_chain(audit.iter_entries())
    assert verdict.ok and verdict.checked == len(entries) >= 32


def test_backfill_chains_entries_written_before_the_chain(runner, world):
    from feedback.models.audit import GENESIS_HASH

    _db.session.rollback()
    with _db.engine.begin() as conn:
        if _is_pg():
            conn.exec_driver_sql("SET LOCAL session_replication_role = replica")
        for n in range(3):  # as a migration finds them: no chain yet (placeholders)
            conn.execute(AuditEntry.__table__.insert().values(
                seq=-n - 1, created_at=audit.utcnow(), action="auth.login", actor_label=f"old{n}", details={},
                prev_hash=GENESIS_HASH, entry_hash=GENESIS_HASH))
        assert audit.backfill_chain(conn) == 3
    result = runner.invoke(args=["audit", "verify"])
    assert result.exit_code == 0 and "3 entries checked" in result.output
    _seed(1)
    assert [e.seq for e in _entries()] == [1, 2, 3, 4, 5]  # the next entries continue the chain


def test_the_documented_offline_check_works(app, runner, world, tmp_path):
    import subprocess
    import sys

    from feedback.audit_cli import EXPORT_HELP

    _seed(3)
    out = tmp_path / "audit.jsonl"
    assert runner.invoke(args=["audit", "export", "--out", str(out)]).exit_code == 0
    script = "\n".join(line[2:] for line in EXPORT_HELP.split("<<'PY'\n", 1)[1].split("  PY", 1)[0].splitlines())
    result = subprocess.run([sys.executable, "-", str(out)], input=script, text=True, capture_output=True,
                            cwd=app.instance_path, timeout=60)
    assert result.returncode == 0 and "intact: 3 entries" in result.stdout, result.stderr


def test_case_events_inserted_in_bulk_are_logged_too(runner, world):
    from sqlalchemy import insert

    from feedback.models import CaseEvent

    cases = [make_case("feedback", category=world.road).case for _ in range(3)]
    before = len(_entries())
    _db.session.execute(insert(CaseEvent.__table__), [
        {"case_id": c.id, "created_at": audit.utcnow(), "type": "deadline_recomputed", "reason": "Lịch thay đổi",
         "payload": {"clocks": {"triage": ["2026-10-01", "2026-10-02"]}}, "citizen_visible": False} for c in cases])
    _db.session.commit()
    bulk = [e for e in _entries() if e.action == "case.deadline_recomputed"]
    assert len(_entries()) == before + 3 and {e.object_id for e in bulk} == {c.reference for c in cases}
    assert all(e.details == {"citizen_visible": False, "has_reason": True} for e in bulk)
    assert runner.invoke(args=["audit", "verify"]).exit_code == 0
