"""Notices to citizens by email, through the outbox (DESIGN.md §8).

Other services call :func:`notify_citizen` in their own transaction; the worker sends after commit.
A sealed denouncer identity is opened only to read the address at enqueue time and is never logged.
"""

from __future__ import annotations

from flask import current_app, has_request_context, url_for

from ..models import Case, OutboxMessage
from ..security import unseal_identity
from . import outbox


def citizen_email(case: Case) -> str | None:
    """The address to write to: the representative's (or first) submitter email, sealed or not."""
    people = sorted(case.submitters, key=lambda s: (not s.is_representative, s.position))
    for person in people:
        if person.is_confidential and person.sealed_identity:
            try:
                address = unseal_identity(person.sealed_identity).get("email")
            except ValueError:
                continue
        else:
            address = person.email
        if address and "@" in address:
            return address.strip()
    return None


def track_url() -> str:
    """The public tracking page, absolute."""
    if has_request_context():
        return url_for("public.track", _external=True)
    return current_app.config.get("PUBLIC_BASE_URL", "").rstrip("/") + "/track"


def notify_citizen(case: Case, template: str, context: dict | None = None, *,
                   dedupe_key: str | None = None, headers: dict[str, str] | None = None) -> OutboxMessage | None:
    """Queue the email ``template`` to the citizen behind ``case`` in the current transaction.

    Does nothing (returns None) when the citizen gave no email or ``dedupe_key`` was already queued.
    The templates receive ``case``, ``reference``, ``track_url``, ``agency`` and ``context``'s keys;
    never pass the secret access key.

    :param template: name under ``templates/email/`` (``acknowledgement``, …).
    :param context: extra template variables (e.g. ``question``, ``reply_text``, ``status``).
    :param dedupe_key: idempotency key, e.g. ``f"ack:{case.reference}"``.
    :param headers: extra mail headers.
    """
    address = citizen_email(case)
    if address is None:
        return None
    from ..extensions import db
    from ..models import AgencyProfile

    base = {"reference": case.reference, "track_url": track_url(), "agency": db.session.get(AgencyProfile, 1)}
    return outbox.enqueue(address, template, {**base, **(context or {})}, locale=case.locale or "vi",
                          case=case, dedupe_key=dedupe_key, headers=headers)


def acknowledge(case: Case) -> OutboxMessage | None:
    """The acknowledgement of receipt (reference in the subject, never the key); queued once per case."""
    return notify_citizen(case, "acknowledgement", dedupe_key=f"ack:{case.reference}")
