"""Commands: ``flask api-client create NAME|list|revoke ID`` — keys of connected systems for Open311 —
and ``flask api purge-idempotency [--days N]``."""

from __future__ import annotations

import click
from flask import Flask
from flask.cli import AppGroup
from sqlalchemy import select

from ..errors import DomainError
from ..extensions import db

api_client = AppGroup("api-client", help="Keys of connected systems that file cases through Open311.")


@api_client.command("create")
@click.argument("name")
def create(name: str) -> None:
    """Register a system and print its key (shown once, stored hashed)."""
    from .tokens import create_client

    try:
        client, key = create_client(name)
    except DomainError as exc:
        raise click.ClickException(str(exc.message)) from None
    click.echo(f"Client {client.id} “{client.name}” created. Its api_key (shown once, keep it safe):")
    click.echo(key)


@api_client.command("list")
def list_clients() -> None:
    """List systems, their key prefix and state."""
    from ..models import ApiClient

    for client in db.session.execute(select(ApiClient).order_by(ApiClient.id)).scalars():
        state = "revoked" if client.revoked_at else "active"
        used = client.last_used_at.isoformat() if client.last_used_at else "never"
        click.echo(f"{client.id}\t{client.prefix}…\t{state}\tlast used {used}\t{client.name}")


@api_client.command("revoke")
@click.argument("client_id", type=int)
def revoke(client_id: int) -> None:
    """Withdraw a system's key."""
    from .tokens import revoke_client

    try:
        client = revoke_client(client_id)
    except DomainError as exc:
        raise click.ClickException(str(exc.message)) from None
    click.echo(f"Client {client.id} “{client.name}” revoked.")


api_group = AppGroup("api", help="JSON API maintenance.")


@api_group.command("purge-idempotency")
@click.option("--days", type=click.IntRange(min=1), default=7, show_default=True,
              help="Keep the records of the last N days.")
def purge_idempotency(days: int) -> None:
    """Delete idempotency records older than N days (a retry after that files a new case)."""
    from datetime import timedelta

    from sqlalchemy import delete

    from ..models import IdempotencyRecord
    from ..timeutil import utcnow

    result = db.session.execute(delete(IdempotencyRecord).where(
        IdempotencyRecord.created_at < utcnow() - timedelta(days=days)))
    db.session.commit()
    click.echo(f"{result.rowcount} idempotency record(s) older than {days} day(s) deleted.")


def register(app: Flask) -> None:
    app.cli.add_command(api_client)
    app.cli.add_command(api_group)
