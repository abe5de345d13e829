"""Units and officers at work on a case: acknowledge or return, assign, ask the citizen, suspend;
and what the citizen does from the tracking page (DESIGN.md §4, §6; issue 5).

Every operation checks the role table and the case version, changes the case through
:func:`feedback.lifecycle.apply_transition` where the status moves, writes events and commits once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from ..errors import DomainError, Forbidden, StaleObject
from ..extensions import db
from ..lifecycle import OPEN_STATUSES, apply_transition
from ..models import Attachment, Case, CaseEvent, UnitHolding, User
from ..permissions import can, can_see_case
from ..timeutil import utcnow
from ..uploads import CheckedFile, store

STALE_MESSAGE = _l("Someone else changed this case while you were working on it. "
                   "The page now shows the latest state; please check and try again.")


# --- shared helpers (used by triage and replies too) ---------------------------------------

def check_version(case: Case, version: int | None) -> None:
    """Raise :class:`StaleObject` when the form was built from an older version of the case."""
    if version is not None and case.version != version:
        raise StaleObject(STALE_MESSAGE)


def commit() -> None:
    """Commit; a concurrent commit on the same case becomes :class:`StaleObject`."""
    try:
        db.session.commit()
    except StaleDataError as exc:
        db.session.rollback()
        raise StaleObject(STALE_MESSAGE) from exc


def stale_safe(function: Callable) -> Callable:
    """Turn a concurrent commit detected at any flush (version mismatch) into :class:`StaleObject`."""
    from functools import wraps

    @wraps(function)
    def wrapped(*args, **kwargs):
        try:
            return function(*args, **kwargs)
        except StaleDataError as exc:
            db.session.rollback()
            raise StaleObject(STALE_MESSAGE) from exc

    return wrapped


def touch(case: Case) -> None:
    """Make the case row change so its version increases (an action without a status change)."""
    case.updated_at = utcnow()


def add_event(case: Case, actor: User | None, type_: str, *, reason: str | None = None,
              citizen_visible: bool = False, payload: dict[str, Any] | None = None,
              actor_label: str | None = None) -> CaseEvent:
    """Append a non-status event to the case's timeline."""
    event = CaseEvent(case=case, actor=actor, actor_label=actor_label or (actor.full_name if actor else None),
                      type=type_, reason=(reason or "").strip() or None, citizen_visible=citizen_visible,
                      payload=payload or {})
    db.session.add(event)
    return event


def notify(case: Case, template: str, context: dict | None = None) -> None:
    """Queue a citizen notice through the outbox (issue 4) when the module is there."""
    try:
        from .notify import notify_citizen
    except ImportError:  # pragma: no cover - channels not installed
        return
    notify_citizen(case, template, context or {})


def require_action(user: User, case: Case, action: str, message) -> None:
    """Raise :class:`Forbidden` unless the role allows ``action`` and the user may see the case."""
    if not (can(user, action) and can_see_case(user, case)):
        raise Forbidden(message)


def may_approve(user: User, case: Case) -> bool:
    """Unit heads approve their unit's replies and suspensions unless ``UNIT_HEADS_APPROVE`` is off (§6
    "configurable"); leaders always may."""
    from flask import current_app

    if not (can(user, "case.approve") and can_see_case(user, case) and in_unit(user, case)):
        return False
    return user.role != "unit_head" or bool(current_app.config.get("UNIT_HEADS_APPROVE", True))


def open_holding(case: Case) -> UnitHolding | None:
    """The unit holding of the case not yet released."""
    return db.session.execute(
        select(UnitHolding).where(UnitHolding.case_id == case.id, UnitHolding.released_at.is_(None))
        .order_by(UnitHolding.id.desc())
    ).scalars().first()


def in_unit(user: User, case: Case) -> bool:
    """Leaders act on every unit; officers and heads on their own unit's cases."""
    return user.role == "leader" or (user.unit_id is not None and user.unit_id == case.unit_id)


def _store_files(case: Case, files: list[CheckedFile], actor: User | None) -> list[str]:
    names = []
    for checked in files:
        case.attachments.append(Attachment(
            original_name=checked.original_name, stored_name=store(checked), content_type=checked.content_type,
            size=checked.size, sha256=checked.sha256, uploaded_by_id=actor.id if actor else None,
        ))
        names.append(checked.original_name)
    return names


# --- the unit --------------------------------------------------------------------------------

@stale_safe
def acknowledge(user: User, case: Case, *, version: int | None = None) -> None:
    """The receiving unit confirms it takes the case: ``accepted`` → ``in_progress``."""
    require_action(user, case, "case.acknowledge", _l("You may not acknowledge cases for this unit."))
    if not in_unit(user, case):
        raise Forbidden(_l("Only the unit the case was sent to can acknowledge it."))
    check_version(case, version)
    _acknowledge(user, case)
    commit()


def _acknowledge(user: User, case: Case) -> None:
    holding = open_holding(case)
    if holding is not None and holding.acknowledged_at is None:
        holding.acknowledged_at = utcnow()
    apply_transition(case, "in_progress", user, payload={
        "unit_id": case.unit_id, "holding_id": holding.id if holding else None, "acknowledged": True})


@stale_safe
def return_to_reception(user: User, case: Case, reason: str, *, version: int | None = None) -> None:
    """The unit sends the case back to reception with a reason (not ours, wrongly routed)."""
    require_action(user, case, "case.acknowledge", _l("You may not return cases for this unit."))
    if not in_unit(user, case):
        raise Forbidden(_l("Only the unit holding the case can return it."))
    check_version(case, version)
    if not (reason or "").strip():
        raise DomainError(_l("Say why the case is returned."), field="reason")
    holding = open_holding(case)
    now = utcnow()
    if holding is not None:
        holding.released_at, holding.returned_reason = now, reason.strip()
    payload = {"from_unit_id": case.unit_id, "to_unit_id": None, "returned": True,
               "holding_id": holding.id if holding else None}
    case.unit_id, case.assignee_id = None, None
    apply_transition(case, "triage", user, reason=reason, payload=payload)
    commit()


@stale_safe
def assign(user: User, case: Case, assignee: User, *, version: int | None = None) -> None:
    """A unit head (or leader) assigns or reassigns the case to an officer of the case's unit."""
    require_action(user, case, "case.assign", _l("You may not assign cases."))
    if not in_unit(user, case):
        raise Forbidden(_l("You may assign only your own unit's cases."))
    check_version(case, version)
    if case.status not in OPEN_STATUSES or case.status in ("received", "triage"):
        raise DomainError(_l("Route the case to a unit before assigning it."))
    if assignee.role not in ("officer", "unit_head") or assignee.unit_id != case.unit_id or not assignee.active:
        raise DomainError(_l("Choose an active officer of the unit handling the case."), field="assignee_id")
    previous = case.assignee_id
    if previous == assignee.id:
        raise DomainError(_l("The case is already assigned to this officer."), field="assignee_id")
    case.assignee = assignee
    touch(case)
    add_event(case, user, "assigned", reason=assignee.full_name,
              payload={"from_user_id": previous, "to_user_id": assignee.id, "unit_id": case.unit_id})
    if case.status == "accepted":
        _acknowledge(user, case)
    commit()


def unit_officers(case: Case) -> list[User]:
    """Officers and heads of the case's unit who can be assigned."""
    if case.unit_id is None:
        return []
    return list(db.session.execute(
        select(User).where(User.unit_id == case.unit_id, User.role.in_(("officer", "unit_head")),
                           User.active.is_(True)).order_by(User.full_name)
    ).scalars())


# --- the officer ------------------------------------------------------------------------------

@stale_safe
def request_information(user: User, case: Case, question: str, *, version: int | None = None) -> None:
    """Ask the citizen for more: ``in_progress`` → ``awaiting_citizen`` (the clock pauses); the citizen is told."""
    require_action(user, case, "case.note", _l("You may not ask the citizen on this case."))
    check_version(case, version)
    if not (question or "").strip():
        raise DomainError(_l("Write what you need from the citizen."), field="question")
    apply_transition(case, "awaiting_citizen", user, reason=question, citizen_visible=True,
                     payload={"request": "information"})
    notify(case, "information_request", {"question": question.strip()})
    commit()


@stale_safe
def suspend(user: User, case: Case, decision: str, *, version: int | None = None) -> None:
    """Suspend handling by a decision of a unit head or leader (the clock pauses); the citizen is told."""
    if not may_approve(user, case):
        raise Forbidden(_l("Only a unit head or leader can decide a suspension."))
    check_version(case, version)
    apply_transition(case, "suspended", user, reason=decision, citizen_visible=True,
                     payload={"decided_by": user.id})
    notify(case, "case_outcome", {"status": "suspended", "reason": decision})
    commit()


@stale_safe
def resume(user: User, case: Case, reason: str, *, version: int | None = None) -> None:
    """Resume a suspended case (``suspended`` → ``in_progress``)."""
    if not may_approve(user, case):
        raise Forbidden(_l("Only a unit head or leader can resume handling."))
    check_version(case, version)
    apply_transition(case, "in_progress", user, reason=reason, citizen_visible=True)
    notify(case, "case_outcome", {"status": "in_progress", "reason": reason})
    commit()


@stale_safe
def attach_documents(user: User, case: Case, files: list[CheckedFile], note: str | None = None, *,
                     version: int | None = None) -> None:
    """An officer attaches documents (minutes, photos, decisions) to the case; staff-only event."""
    require_action(user, case, "case.note", _l("You may not attach documents to this case."))
    check_version(case, version)
    if not files:
        raise DomainError(_l("Choose at least one file."), field="files")
    names = _store_files(case, files, user)
    touch(case)
    add_event(case, user, "attachment", reason=note, payload={"attachments": names})
    commit()
