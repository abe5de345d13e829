"""Mail commands: ``flask outbox send|list|retry`` and ``flask mail ingest|fetch``."""

from __future__ import annotations

import sys
import time

import click
from flask import Flask
from flask.cli import AppGroup
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

outbox_cli = AppGroup("outbox", help="Deliver and inspect queued email.")
mail_cli = AppGroup("mail", help="Receive email into cases.")


@outbox_cli.command("send")
@click.option("--loop", is_flag=True, help="Keep running, sending new mail as it is queued.")
@click.option("--interval", default=10.0, show_default=True, help="Seconds between rounds with --loop.")
@click.option("--batch", default=None, type=int, help="Messages claimed per round.")
def send(loop: bool, interval: float, batch: int | None) -> None:
    """Send due messages (retries with backoff; dead after OUTBOX_MAX_ATTEMPTS)."""
    from .extensions import db
    from .services.outbox import deliver_pending

    while True:
        try:
            report = deliver_pending(batch=batch)
        except SQLAlchemyError as exc:  # database away: say so, and keep looping when asked to
            db.session.rollback()
            if not loop:
                raise click.ClickException(f"database error: {type(exc).__name__}") from None
            click.echo(f"database error: {type(exc).__name__}; retrying in {interval:g} s", err=True)
            time.sleep(interval)
            continue
        if report.sent or report.failed or report.dead or report.reclaimed or not loop:
            click.echo(f"sent {report.sent}, failed {report.failed} (will retry), dead {report.dead}, "
                       f"reclaimed {report.reclaimed}")
        if not loop:
            break
        db.session.remove()
        try:
            time.sleep(interval)
        except KeyboardInterrupt:  # pragma: no cover - interactive stop
            break


@outbox_cli.command("list")
@click.option("--status", type=click.Choice(["pending", "sending", "sent", "dead"]), default=None)
@click.option("--limit", default=50, show_default=True)
def list_messages(status: str | None, limit: int) -> None:
    """List queued mail, newest first."""
    from .extensions import db
    from .models import OutboxMessage

    stmt = select(OutboxMessage).order_by(OutboxMessage.id.desc()).limit(limit)
    if status:
        stmt = stmt.where(OutboxMessage.status == status)
    rows = db.session.execute(stmt).scalars().all()
    for row in rows:
        error = f"  {row.last_error[:80]}" if row.last_error else ""
        click.echo(f"{row.id:>6} {row.status:<8} {row.attempts:>2} {row.created_at:%Y-%m-%d %H:%M} "
                   f"{row.template:<16} {row.to_address}{error}")
    click.echo(f"{len(rows)} message(s)")


@outbox_cli.command("retry")
@click.argument("message_ids", nargs=-1, type=int, required=True)
def retry_messages(message_ids: tuple[int, ...]) -> None:
    """Queue dead or stuck messages again."""
    from .extensions import db
    from .models import OutboxMessage
    from .services.outbox import retry

    for message_id in message_ids:
        row = db.session.get(OutboxMessage, message_id)
        if row is None:
            raise click.ClickException(f"no outbox message {message_id}")
        retry(row)
    db.session.commit()
    click.echo(f"{len(message_ids)} message(s) queued again")


def _report(result) -> None:
    click.echo(result.summary())


@mail_cli.command("ingest")
@click.argument("path", type=click.Path(allow_dash=True, dir_okay=False))
def ingest(path: str) -> None:
    """Read one RFC 822 message from PATH (or - for stdin) into the right case or the triage inbox."""
    from .services.inbound import ingest_bytes

    try:
        if path == "-":
            raw = sys.stdin.buffer.read()
        else:
            with open(path, "rb") as handle:
                raw = handle.read()
    except OSError as exc:
        raise click.ClickException(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        _report(ingest_bytes(raw))
    except SQLAlchemyError as exc:  # a real error: the MTA should keep the message and retry
        raise click.ClickException(f"database error, message not stored: {type(exc).__name__}") from None


@mail_cli.command("fetch")
@click.option("--limit", default=100, show_default=True, help="Messages fetched per run.")
def fetch(limit: int) -> None:
    """Fetch unseen messages from the IMAP mailbox (IMAP_HOST …) and ingest each."""
    from .services.inbound import FetchError, fetch_imap

    try:
        results = fetch_imap(limit=limit)
    except FetchError as exc:
        raise click.ClickException(str(exc)) from None
    except SQLAlchemyError as exc:  # unseen messages stay unseen and are fetched next time
        raise click.ClickException(f"database error: {type(exc).__name__}") from None
    for result in results:
        _report(result)
    click.echo(f"{len(results)} message(s) fetched")


def register(app: Flask) -> None:
    """Add the ``outbox`` and ``mail`` command groups."""
    app.cli.add_command(outbox_cli)
    app.cli.add_command(mail_cli)
