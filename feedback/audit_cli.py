"""``flask audit verify`` and ``flask audit export``: checking the tamper-evident audit log."""

from __future__ import annotations

import hmac
import json
import sys
from pathlib import Path

import click
from flask import Flask
from flask.cli import AppGroup

from .extensions import db
from .models import AuditHead
from .models.audit import GENESIS_HASH
from .services import audit, audit_verify
from .timeutil import utcnow

group = AppGroup("audit", help="Check and export the tamper-evident audit log.")

EXPORT_HELP = """Write the audit log to FILE (JSON lines) with its signed head, for offline checking.

\b
Each line but the last is one entry: seq, created_at (UTC ISO), actor_id, actor_label, action,
object_type, object_id, details, prev_hash, entry_hash. The last line is the head:
{"type": "head", "seq": N, "entry_hash": "...", "exported_at": "...", "hmac": "..."}.

\b
Offline check, on any machine with Python 3 (no database needed):
  flask audit check-export FILE            (or, without this application:)
  python3 - FILE <<'PY'
  import hashlib, hmac, json, sys
  lines = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
  head, prev = lines.pop(), "0" * 64
  for n, e in enumerate(lines, 1):
      h = e.pop("entry_hash")
      assert e["seq"] == n and e["prev_hash"] == prev, f"bad entry {n}"
      c = json.dumps(e, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
      assert hashlib.sha256(c.encode()).hexdigest() == h, f"bad entry {n}"
      prev = h
  assert head["seq"] == len(lines) and head["entry_hash"] == prev, "head does not match"
  key = open("audit-hmac.key").read().strip().encode()   # the key kept outside the database
  mac = hmac.new(key, f"{head['seq']}:{prev}".encode(), hashlib.sha256).hexdigest()
  assert hmac.compare_digest(mac, head["hmac"]), "signature does not match"
  print("intact:", len(lines), "entries")
  PY
"""


@group.command("verify")
def verify_command() -> None:
    """Recompute the hash chain; exit 0 with the number of entries checked, 1 naming the first bad entry."""
    run = audit.verify(None)
    if run.ok:
        click.echo(f"Audit log intact: {run.entries_checked} entries checked (head {run.head_hash[:16]}…).")
        return
    click.echo(f"Audit log BROKEN at entry {run.first_bad_seq}: {run.message} "
               f"({run.entries_checked} entries checked before it).", err=True)
    sys.exit(1)


def export_log(path: Path) -> tuple[int, str]:
    """Write the entries and the signed head to ``path``; returns (entries, head hash)."""
    count, prev = 0, GENESIS_HASH
    with path.open("w", encoding="utf-8") as out:
        for row in audit.iter_entries():
            line = {k: getattr(row, k) for k in ("seq", "actor_id", "actor_label", "action", "object_type",
                                                 "object_id", "details", "prev_hash", "entry_hash")}
            line["created_at"] = audit._iso(row.created_at)
            out.write(json.dumps(line, sort_keys=True, ensure_ascii=False) + "\n")
            count, prev = count + 1, row.entry_hash
        signature = audit.sign_head(count, prev)
        out.write(json.dumps({"type": "head", "seq": count, "entry_hash": prev, "exported_at": audit._iso(utcnow()),
                              "hmac": signature or ""}) + "\n")
    return count, prev


@group.command("export", help=EXPORT_HELP)
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, writable=True, path_type=Path))
def export_command(out: Path) -> None:
    count, head = export_log(out)
    audit.record("export.audit_log", None, actor_label="cli", details={"entries": count, "format": "jsonl"})
    db.session.commit()
    click.echo(f"Wrote {count} entries to {out} (head {head[:16]}…).")


@group.command("check-export")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def check_export_command(file: Path) -> None:
    """Check an exported log offline: the chain, the head, and the head's HMAC with this installation's key."""
    lines = [json.loads(line) for line in file.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not lines or lines[-1].get("type") != "head":
        raise click.ClickException("the file has no head line")
    head = lines.pop()
    verdict = audit.check_chain(lines, expected_head=(head["seq"], head["entry_hash"]))
    if not verdict.ok:
        click.echo(f"Export BROKEN at entry {verdict.first_bad_seq}: {verdict.message}", err=True)
        sys.exit(1)
    key = audit.hmac_key(create=False)
    if key is None or not hmac.compare_digest(audit_verify._hmac(key, head["seq"], head["entry_hash"]), head["hmac"]):
        click.echo("Export chain intact but its head signature does not match this key.", err=True)
        sys.exit(2)
    click.echo(f"Export intact: {verdict.checked} entries, signed head {head['entry_hash'][:16]}….")


@group.command("head")
def head_command() -> None:
    """Print the current head (seq, hash) and its HMAC signature, to keep outside the database."""
    head = db.session.get(AuditHead, 1)
    seq, digest = (head.last_seq, head.last_hash) if head else (0, GENESIS_HASH)
    click.echo(json.dumps({"seq": seq, "entry_hash": digest, "hmac": audit.sign_head(seq, digest) or ""}))


def register(app: Flask) -> None:
    """Add the ``audit`` command group."""
    audit.install()
    app.cli.add_command(group)
