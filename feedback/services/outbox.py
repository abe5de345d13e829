"""The email outbox (DESIGN.md §8): mail is queued in the transaction of the change that causes it and
delivered after commit by a worker with retries, exponential backoff and a dead-letter state.

A citizen request never waits on SMTP: :func:`enqueue` only renders and adds a row. Several workers may
run :func:`deliver_pending` at once: on PostgreSQL they claim rows with ``FOR UPDATE SKIP LOCKED``,
elsewhere with an atomic conditional ``UPDATE`` checked by its row count. Delivery is at-least-once: a
worker that dies after the server accepted a message but before recording it leaves a stale claim that
is taken back after ``OUTBOX_CLAIM_TIMEOUT_SECONDS`` and sent again.
"""

from __future__ import annotations

import logging
import os
import smtplib
import socket
import uuid
from dataclasses import dataclass
from datetime import timedelta
from email.utils import make_msgid, parseaddr
from pathlib import Path

from flask import current_app, render_template
from flask_babel import force_locale
from flask_mail import Connection, Message
from sqlalchemy import select, update

from ..extensions import db, mail
from ..models import Case, OutboxMessage
from ..timeutil import utcnow

log = logging.getLogger(__name__)

#: Errors after which a message is retried later (server down, slow, 4xx/5xx answers, bad addresses).
DELIVERY_ERRORS = (smtplib.SMTPException, OSError, socket.timeout, UnicodeError, ValueError)


def new_message_id() -> str:
    """A fresh ``<…@domain>`` Message-ID in our domain."""
    config = current_app.config
    domain = config.get("MAIL_MESSAGE_ID_DOMAIN")
    if not domain:
        sender = parseaddr(config.get("MAIL_DEFAULT_SENDER") or "")[1]
        domain = sender.rpartition("@")[2] or "nghedan.localhost"
    return make_msgid(idstring=uuid.uuid4().hex[:12], domain=domain)


def render(template: str, context: dict, locale: str = "vi") -> tuple[str, str, str | None]:
    """Render ``templates/email/<template>.subject.txt``, ``.txt`` and ``.html`` in ``locale``.

    :returns: (subject on one line, text body, html body or None when there is no html template).
    """
    with force_locale(locale):
        subject = render_template(f"email/{template}.subject.txt", **context)
        text = render_template(f"email/{template}.txt", **context)
        try:
            html = render_template(f"email/{template}.html", **context)
        except Exception as exc:  # noqa: BLE001 - only a missing template is tolerated
            if type(exc).__name__ != "TemplateNotFound":
                raise
            html = None
    subject = " ".join(subject.split())[:500]
    return subject, text, html


def enqueue(to: str, template: str, context: dict, *, locale: str = "vi", case: Case | None = None,
            dedupe_key: str | None = None, headers: dict[str, str] | None = None) -> OutboxMessage | None:
    """Queue one email in the CURRENT session without committing: the caller's commit sends it.

    :param to: recipient address.
    :param template: name under ``templates/email/`` (``.subject.txt``, ``.txt`` and ``.html``).
    :param context: template variables (never put the citizen's secret key here).
    :param locale: ``vi`` or ``en``.
    :param case: the case the mail is about (stored for threading replies back to it).
    :param dedupe_key: a key already queued means no second message (returns None).
    :param headers: extra headers, e.g. ``In-Reply-To``.
    :returns: the new :class:`OutboxMessage`, or None for a duplicate.
    """
    to = (to or "").strip()
    if not to or "@" not in to or any(ch in to for ch in "\r\n"):
        raise ValueError("enqueue needs one valid recipient address")
    if dedupe_key is not None:
        pending = [obj for obj in db.session.new if isinstance(obj, OutboxMessage) and obj.dedupe_key == dedupe_key]
        exists = db.session.execute(
            select(OutboxMessage.id).where(OutboxMessage.dedupe_key == dedupe_key)
        ).first()
        if pending or exists:
            return None
    subject, text, html = render(template, {**context, "case": case}, locale)
    now = utcnow()
    message = OutboxMessage(
        to_address=to, subject=subject, body_text=text, body_html=html, template=template, locale=locale,
        headers={"Auto-Submitted": "auto-generated", **(headers or {})}, message_id=new_message_id(),
        case_id=case.id if case is not None and case.id else None, dedupe_key=dedupe_key, status="pending",
        attempts=0, next_attempt_at=now, created_at=now,
    )
    if case is not None and not case.id:
        message.case = case
    db.session.add(message)
    return message


# --- delivery ------------------------------------------------------------------------------------

class _TimedConnection(Connection):
    """Flask-Mail's connection with a socket timeout, so a slow server fails instead of hanging."""

    def configure_host(self):
        timeout = float(current_app.config.get("MAIL_TIMEOUT") or 30)
        state = self.mail
        host = (smtplib.SMTP_SSL if state.use_ssl else smtplib.SMTP)(state.server, state.port, timeout=timeout)
        if state.use_tls:
            host.starttls()
        if state.username and state.password:
            host.login(state.username, state.password)
        return host

    def __exit__(self, exc_type, exc_value, tb) -> None:
        # A failing QUIT after an accepted message must not count as a failed delivery.
        if self.host is not None:
            try:
                self.host.quit()
            except DELIVERY_ERRORS:
                self.host.close()


def to_flask_message(row: OutboxMessage) -> Message:
    """The Flask-Mail message for an outbox row, with our stored Message-ID."""
    config = current_app.config
    message = Message(subject=row.subject, recipients=[row.to_address], body=row.body_text, html=row.body_html,
                      sender=config.get("MAIL_DEFAULT_SENDER"), reply_to=config.get("MAIL_REPLY_TO"),
                      extra_headers=dict(row.headers or {}))
    message.msgId = row.message_id
    return message


def _send_file(message: Message, row: OutboxMessage) -> None:
    folder = Path(current_app.config.get("MAIL_FILE_DIR") or Path(current_app.instance_path) / "mail")
    folder.mkdir(parents=True, exist_ok=True)
    name = f"{utcnow():%Y%m%d-%H%M%S}-{row.id:06d}-{row.template}.eml"
    tmp = folder / (name + ".tmp")
    tmp.write_bytes(message.as_bytes())
    os.replace(tmp, folder / name)


def send_now(row: OutboxMessage) -> None:
    """Hand one message to the configured backend; raises one of :data:`DELIVERY_ERRORS` on failure."""
    message = to_flask_message(row)
    if current_app.config.get("MAIL_BACKEND", "smtp") == "file":
        _send_file(message, row)
        return
    state = mail.init_mail(current_app.config)  # read the settings now (tests and workers may change them)
    with _TimedConnection(state) as connection:
        connection.send(message)


def backoff(attempts: int) -> timedelta:
    """Delay before the next attempt after ``attempts`` failures: base × 2^(attempts-1), capped."""
    config = current_app.config
    base = int(config.get("OUTBOX_BACKOFF_SECONDS", 60))
    cap = int(config.get("OUTBOX_MAX_BACKOFF_SECONDS", 6 * 3600))
    return timedelta(seconds=min(cap, base * (2 ** max(0, attempts - 1))))


def reclaim_stale() -> int:
    """Put back claims older than ``OUTBOX_CLAIM_TIMEOUT_SECONDS`` (a worker died); returns how many."""
    limit = utcnow() - timedelta(seconds=int(current_app.config.get("OUTBOX_CLAIM_TIMEOUT_SECONDS", 600)))
    result = db.session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.status == "sending", OutboxMessage.claimed_at < limit)
        .values(status="pending", claimed_by=None, claimed_at=None)
        .execution_options(synchronize_session=False)
    )
    db.session.commit()
    return result.rowcount or 0


def claim_due(batch: int, worker_id: str) -> list[int]:
    """Claim up to ``batch`` due messages for ``worker_id`` and commit the claim; returns their ids.

    PostgreSQL: one ``UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED)``. Elsewhere: a
    conditional ``UPDATE … WHERE id = :id AND status = 'pending'`` per candidate, kept when its row
    count is 1 — a message claimed by another worker meanwhile is simply skipped.
    """
    now = utcnow()
    due = (select(OutboxMessage.id)
           .where(OutboxMessage.status == "pending", OutboxMessage.next_attempt_at <= now)
           .order_by(OutboxMessage.next_attempt_at, OutboxMessage.id).limit(batch))
    values = dict(status="sending", claimed_by=worker_id, claimed_at=now, attempts=OutboxMessage.attempts + 1)
    if db.engine.dialect.name == "postgresql":
        stmt = (update(OutboxMessage)
                .where(OutboxMessage.id.in_(due.with_for_update(skip_locked=True).scalar_subquery()))
                .values(**values).returning(OutboxMessage.id).execution_options(synchronize_session=False))
        claimed = sorted(db.session.execute(stmt).scalars())
        db.session.commit()
        return claimed
    candidates = list(db.session.execute(due).scalars())
    db.session.commit()  # end the read transaction before writing (SQLite upgrades cleanly)
    claimed = []
    for message_id in candidates:
        result = db.session.execute(
            update(OutboxMessage).where(OutboxMessage.id == message_id, OutboxMessage.status == "pending")
            .values(**values).execution_options(synchronize_session=False)
        )
        db.session.commit()
        if result.rowcount == 1:
            claimed.append(message_id)
    return claimed


@dataclass
class DeliveryReport:
    """What one :func:`deliver_pending` run did."""

    sent: int = 0
    failed: int = 0
    dead: int = 0
    reclaimed: int = 0


def _finish(message_id: int, worker_id: str, **values) -> None:
    db.session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id == message_id, OutboxMessage.status == "sending",
               OutboxMessage.claimed_by == worker_id)
        .values(claimed_by=None, claimed_at=None, **values).execution_options(synchronize_session=False)
    )
    db.session.commit()


def deliver_pending(batch: int | None = None, worker_id: str | None = None) -> DeliveryReport:
    """Send due messages once: reclaim stale claims, claim a batch, send each, record the outcome.

    A failure schedules a retry after :func:`backoff`; after ``OUTBOX_MAX_ATTEMPTS`` attempts the
    message is ``dead`` and shows in the admin view. Commits after every step.
    """
    config = current_app.config
    batch = batch or int(config.get("OUTBOX_BATCH", 50))
    worker_id = worker_id or f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"
    max_attempts = int(config.get("OUTBOX_MAX_ATTEMPTS", 8))
    report = DeliveryReport(reclaimed=reclaim_stale())
    for message_id in claim_due(batch, worker_id):
        row = db.session.get(OutboxMessage, message_id, populate_existing=True)
        try:
            send_now(row)
        except DELIVERY_ERRORS as exc:
            error = f"{type(exc).__name__}: {exc}"[:2000]
            log.warning("outbox message %s failed (attempt %s): %s", message_id, row.attempts, error)
            if row.attempts >= max_attempts:
                report.dead += 1
                _finish(message_id, worker_id, status="dead", last_error=error)
            else:
                report.failed += 1
                _finish(message_id, worker_id, status="pending", last_error=error,
                        next_attempt_at=utcnow() + backoff(row.attempts))
            continue
        report.sent += 1
        _finish(message_id, worker_id, status="sent", sent_at=utcnow(), last_error=None)
    return report


def retry(message: OutboxMessage) -> None:
    """Put a dead or stuck message back in the queue now, with a fresh attempt budget (caller commits)."""
    message.status = "pending"
    message.attempts = 0
    message.next_attempt_at = utcnow()
    message.claimed_by = None
    message.claimed_at = None
