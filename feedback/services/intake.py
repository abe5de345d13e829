"""Receiving cases from every channel (DESIGN.md §3): the kind rules, references, keys, attachments."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from flask import current_app
from flask_babel import lazy_gettext as _l
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from ..domain import CHANNELS, KIND_RULES, KINDS
from ..errors import DomainError
from ..extensions import db
from ..models import Attachment, Case, CaseEvent, Category, ReferenceCounter, Submitter, User
from ..security import (
    access_key_for_token,
    hash_access_key,
    new_pseudonym,
    random_access_key,
    seal_identity,
    sha256_hex,
)
from ..timeutil import local_date, utcnow
from ..uploads import CheckedFile, store, stored_path

#: Channels where the citizen fills the form themselves.
SELF_SERVICE_CHANNELS = ("web", "api")
IDENTITY_FIELDS = ("full_name", "organisation", "id_number", "address", "phone", "email")


class ValidationFailed(DomainError):
    """The submission breaks the kind's legal rules; ``errors`` maps field -> messages."""

    code = "validation_failed"
    status = 422

    def __init__(self, errors: dict[str, list]):
        super().__init__(_l("The submission is incomplete."))
        self.errors = errors


@dataclass
class SubmitterData:
    """Identity of one submitter as typed or recorded."""

    full_name: str | None = None
    organisation: str | None = None
    id_number: str | None = None
    address: str | None = None
    phone: str | None = None
    email: str | None = None

    def cleaned(self) -> dict[str, str | None]:
        return {name: ((getattr(self, name) or "").strip() or None) for name in IDENTITY_FIELDS}


@dataclass
class CaseSubmission:
    """Everything needed to receive a case, from any channel."""

    kind: str
    channel: str
    title: str
    content: str
    category_id: int | None = None
    subject: str | None = None
    request: str | None = None
    location: str | None = None
    anonymous: bool = False
    submitters: list[SubmitterData] = field(default_factory=list)
    attachments: list[CheckedFile] = field(default_factory=list)
    signature_confirmed: bool = False
    consent: bool = False
    locale: str = "vi"
    #: One-time token of the web form (double-submit protection); None for staff logging.
    submission_token: str | None = None
    #: Legal receipt time when it is not now (a letter's receipt date).
    received_at: datetime | None = None


@dataclass
class Receipt:
    """What the citizen is told after a successful submission."""

    case: Case
    access_key: str
    duplicate: bool = False


def validate(sub: CaseSubmission) -> None:
    """Apply the kind rules of DESIGN.md §3; raise :class:`ValidationFailed` listing every problem."""
    errors: dict[str, list] = {}

    def add(name: str, message) -> None:
        errors.setdefault(name, []).append(message)

    if sub.kind not in KINDS:
        add("kind", _l("Choose what kind of submission this is."))
        raise ValidationFailed(errors)
    if sub.channel not in CHANNELS:
        add("channel", _l("Unknown channel."))
    rule = KIND_RULES[sub.kind]
    if not (sub.title or "").strip():
        add("title", _l("Give a short title."))
    if not (sub.content or "").strip():
        add("content", _l("Describe the matter."))
    if sub.category_id is not None and db.session.get(Category, sub.category_id) is None:
        add("category_id", _l("Choose a topic from the list."))
    first = sub.submitters[0].cleaned() if sub.submitters else SubmitterData().cleaned()
    if sub.anonymous and not rule.anonymous_allowed and sub.channel in SELF_SERVICE_CHANNELS:
        # Online the citizen is told the law needs their identity. A letter or box note without a name is
        # still recorded (never lost) and triage files it (DESIGN.md §3).
        add("anonymous", _l("This kind of submission cannot be anonymous: the law requires your identity."))
    if not sub.anonymous:
        for name in rule.required:
            if not first.get(name):
                add(name, _l("This field is required for this kind of submission."))
        if rule.contact_required and not (first.get("phone") or first.get("email") or first.get("address")):
            add("phone", _l("Give a phone number, an email or a postal address so we can answer you."))
    if rule.needs_subject and not (sub.subject or "").strip():
        if sub.kind == "complaint":
            add("subject", _l("Name the decision or act you complain about."))
        else:
            add("subject", _l("Say who committed the violation."))
    if sub.kind == "complaint" and not (sub.request or "").strip():
        add("request", _l("Say what you request."))
    if rule.needs_signature and sub.channel in ("web", "api") and not sub.signature_confirmed:
        add("signature_confirmed", _l("Confirm that the information is true; this stands in for your signature."))
    if len(sub.attachments) > current_app.config["MAX_ATTACHMENTS"]:
        add("attachments", _l("You can attach at most %(n)d files.", n=current_app.config["MAX_ATTACHMENTS"]))
    if sub.channel in ("web", "api") and not sub.consent:
        add("consent", _l("We need your consent to process the personal data in this submission."))
    if errors:
        raise ValidationFailed(errors)


def next_reference(received_at: datetime) -> str:
    """Issue the next ``YYYY-NNNNNN`` reference for the year of receipt (Vietnamese date)."""
    year = local_date(received_at).year
    bump = (
        update(ReferenceCounter)
        .where(ReferenceCounter.year == year)
        .values(last_value=ReferenceCounter.last_value + 1)
        .returning(ReferenceCounter.last_value)
    )
    number = db.session.execute(bump).scalar()
    if number is None:
        try:
            with db.session.begin_nested():
                db.session.add(ReferenceCounter(year=year, last_value=1))
            number = 1
        except IntegrityError:
            number = db.session.execute(bump).scalar_one()
    return f"{year}-{number:06d}"


def _build_submitters(sub: CaseSubmission, case: Case) -> None:
    rule = KIND_RULES[sub.kind]
    people = [] if sub.anonymous else sub.submitters
    for position, person in enumerate(people):
        identity = person.cleaned()
        if not any(identity.values()):
            continue
        if rule.confidential:
            case.submitters.append(Submitter(
                position=position, is_representative=position == 0, is_confidential=True,
                sealed_identity=seal_identity(identity), pseudonym=new_pseudonym(),
            ))
        else:
            case.submitters.append(Submitter(position=position, is_representative=position == 0, **identity))
    case.is_group = len(case.submitters) >= 5


def find_by_token(token: str) -> Case | None:
    return db.session.execute(
        select(Case).where(Case.submission_token_hash == sha256_hex(token))
    ).scalar_one_or_none()


def submit_case(sub: CaseSubmission, actor: User | None = None, *,
                also: Callable[[Case], None] | None = None) -> Receipt:
    """Validate and receive a case in one transaction; the receipt exists only after commit.

    A second call with the same ``submission_token`` returns the first case (``duplicate=True``).

    :param also: adds rows that belong with the case (a register line, a hotline call) to the same
        transaction, so the case and its record commit together or not at all.
    """
    if sub.submission_token:
        existing = find_by_token(sub.submission_token)
        if existing is not None:
            return Receipt(existing, access_key_for_token(sub.submission_token), duplicate=True)
    validate(sub)
    key = access_key_for_token(sub.submission_token) if sub.submission_token else random_access_key()
    now = utcnow()
    received_at = sub.received_at or now
    case = Case(
        reference=next_reference(received_at),
        access_key_hash=hash_access_key(key),
        submission_token_hash=sha256_hex(sub.submission_token) if sub.submission_token else None,
        kind=sub.kind, channel=sub.channel, category_id=sub.category_id,
        title=sub.title.strip(), content=sub.content.strip(),
        subject=(sub.subject or "").strip() or None, request=(sub.request or "").strip() or None,
        location=(sub.location or "").strip() or None, received_at=received_at,
        is_anonymous=sub.anonymous, status="received", locale=sub.locale,
        created_by_id=actor.id if actor else None, created_at=now, updated_at=now,
    )
    if sub.category_id:
        category = db.session.get(Category, sub.category_id)
        case.unit_id = category.default_unit_id if category else None
    _build_submitters(sub, case)
    stored: list[str] = []
    try:
        for checked in sub.attachments:
            name = store(checked)
            stored.append(name)
            case.attachments.append(Attachment(
                original_name=checked.original_name, stored_name=name, content_type=checked.content_type,
                size=checked.size, sha256=checked.sha256, uploaded_by_id=actor.id if actor else None,
            ))
        db.session.add(case)
        db.session.add(CaseEvent(
            case=case, actor=actor, type="received", to_status="received", citizen_visible=True,
            actor_label=actor.full_name if actor else None,
            payload={"channel": sub.channel, "attachments": len(sub.attachments)},
        ))
        from .notify import acknowledge  # channels: the acknowledgement email, queued in this transaction

        acknowledge(case)
        from ..deadlines import start_receipt_clocks  # deadlines: the clocks that run from receipt

        start_receipt_clocks(case)
        if also is not None:
            also(case)
        db.session.commit()
    except IntegrityError:
        db.session.rollback()
        _discard(stored)
        if sub.submission_token:  # the same form arrived twice at the same moment
            existing = find_by_token(sub.submission_token)
            if existing is not None:
                return Receipt(existing, key, duplicate=True)
        raise
    except Exception:
        db.session.rollback()
        _discard(stored)
        raise
    return Receipt(case, key)


def _discard(stored_names: list[str]) -> None:
    for name in stored_names:
        try:
            stored_path(name).unlink(missing_ok=True)
        except OSError:  # pragma: no cover - best effort cleanup
            pass
