"""Deadline services: calendar exceptions, rule edits, extensions and clock variants (DESIGN.md §5).

Each function is one transaction (it commits), takes the acting user, raises typed domain errors and
leaves an audit entry or a case event.
"""

from __future__ import annotations

from datetime import date

from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from .. import deadlines
from ..deadlines_recompute import RecomputeResult, apply_rule_to_clocks, recompute_open_clocks
from ..errors import DomainError, Forbidden, NotFound
from ..extensions import db
from ..models import CalendarException, Case, CaseClock, CaseEvent, ClockExtension, DeadlineRule, User
from ..permissions import can, can_see_case
from ..timeutil import format_date, local_date, utcnow
from . import audit


class ExtensionRefused(DomainError):
    """The rule does not allow (another) extension of this clock."""

    code = "extension_refused"
    status = 409


# -- calendar -----------------------------------------------------------------
def set_exception(actor: User | None, day: date, is_working: bool, name: str = "") -> RecomputeResult:
    """Mark ``day`` as a day off or a worked day, then recompute open clocks (with an event on each moved case).

    :param actor: the administrator (None from the command line).
    """
    row = db.session.execute(select(CalendarException).where(CalendarException.day == day)).scalar_one_or_none()
    if row is None:
        row = CalendarException(day=day)
        db.session.add(row)
    row.is_working, row.name = bool(is_working), (name or "").strip()[:200]
    row.set_by_id, row.updated_at = (actor.id if actor else None), utcnow()
    audit.record("calendar.exception_set", actor, object_type="calendar_exception", object_id=day.isoformat(),
                 details={"is_working": bool(is_working), "name": row.name},
                 actor_label=None if actor else "cli")
    db.session.flush()
    word = _l("a working day") if is_working else _l("a day off")
    result = recompute_open_clocks(
        str(_l("Calendar changed: %(day)s is now %(what)s; due dates recomputed.", day=format_date(day), what=word)),
        actor, {"calendar_day": day.isoformat(), "is_working": bool(is_working)})
    db.session.commit()
    return result


def unset_exception(actor: User | None, day: date) -> RecomputeResult:
    """Remove the exception of ``day`` (the package decides again); recompute open clocks.

    :raises NotFound: when ``day`` has no exception.
    """
    row = db.session.execute(select(CalendarException).where(CalendarException.day == day)).scalar_one_or_none()
    if row is None:
        raise NotFound(_l("There is no exception on %(day)s.", day=format_date(day)))
    db.session.delete(row)
    audit.record("calendar.exception_unset", actor, object_type="calendar_exception", object_id=day.isoformat(),
                 actor_label=None if actor else "cli")
    db.session.flush()
    result = recompute_open_clocks(
        str(_l("Calendar changed: the exception on %(day)s was removed; due dates recomputed.",
               day=format_date(day))), actor, {"calendar_day": day.isoformat(), "removed": True})
    db.session.commit()
    return result


# -- rules ------------------------------------------------------------------------
RULE_FIELDS = ("duration", "unit", "max_extensions", "extension_days", "source")


def update_rule(actor: User, rule: DeadlineRule, **values) -> RecomputeResult:
    """Change a rule's period or extension policy; open clocks using it are recomputed.

    :param values: any of :data:`RULE_FIELDS`.
    :raises DomainError: for a negative number or an unknown unit.
    """
    if values.get("unit", rule.unit) not in ("working", "calendar"):
        raise DomainError(_l("Choose working or calendar days."), field="unit")
    for name in ("duration", "max_extensions", "extension_days"):
        if name in values and (values[name] is None or int(values[name]) < 0):
            raise DomainError(_l("Give a number of days of 0 or more."), field=name)
    before = {name: getattr(rule, name) for name in RULE_FIELDS}
    for name in RULE_FIELDS:
        if name in values:
            setattr(rule, name, values[name])
    after = {name: getattr(rule, name) for name in RULE_FIELDS}
    changed = {k: [before[k], after[k]] for k in RULE_FIELDS if before[k] != after[k]}
    if not changed:
        return RecomputeResult()
    rule.rule_set.updated_at = utcnow()
    audit.record("deadlines.rule_changed", actor, object_type="deadline_rule", object_id=rule.id,
                 details={"rule_set": rule.rule_set.name, "kind": rule.kind, "variant": rule.variant,
                          "clock": rule.clock, "changes": changed})
    db.session.flush()
    apply_rule_to_clocks(rule.id, rule.duration, rule.unit)
    result = recompute_open_clocks(
        str(_l("Deadline rule changed (%(clock)s, %(kind)s): due dates recomputed.",
               clock=deadlines.clock_label(rule.clock), kind=rule.kind)),
        actor, {"rule_id": rule.id, "changes": changed})
    db.session.commit()
    return result


def update_rule_set(actor: User, rule_set, name: str, note: str) -> None:
    """Rename a rule set or change its note (no due date changes); audited."""
    before = {"name": rule_set.name, "note": rule_set.note}
    rule_set.name, rule_set.note, rule_set.updated_at = name.strip(), note.strip(), utcnow()
    audit.record("deadlines.rule_set_changed", actor, object_type="rule_set", object_id=rule_set.id,
                 details={"before": before, "after": {"name": rule_set.name, "note": rule_set.note}})
    db.session.commit()


# -- clocks of one case -----------------------------------------------------------
def _clock(case: Case, name: str) -> CaseClock:
    clock = db.session.execute(
        select(CaseClock).where(CaseClock.case_id == case.id, CaseClock.clock == name)).scalar_one_or_none()
    if clock is None:
        raise NotFound(_l("This case has no such deadline."))
    return clock


def _event(case: Case, actor: User, kind: str, reason: str | None, payload: dict) -> None:
    db.session.add(CaseEvent(case=case, actor=actor, actor_label=actor.full_name, type=kind,
                             reason=reason, citizen_visible=False, payload=payload))


def request_extension(user: User, case: Case, clock_name: str, reason: str, days: int | None = None
                      ) -> ClockExtension:
    """Ask for an extension of a running clock; allowed only where its rule allows one more.

    :param days: days asked for (default and maximum: the rule's extension length).
    :raises Forbidden: the user may not handle this case.
    :raises ExtensionRefused: the rule allows no (more) extension, or the clock is stopped.
    """
    if not (can(user, "case.draft_reply") and can_see_case(user, case)):
        raise Forbidden(_l("You may not ask for an extension on this case."))
    if not (reason or "").strip():
        raise DomainError(_l("Give the reason for the extension."), field="reason")
    clock = _clock(case, clock_name)
    rule = clock.rule
    if clock.state == "stopped" or rule is None or rule.max_extensions <= 0:
        raise ExtensionRefused(_l("The law allows no extension of this deadline."))
    open_or_done = [e for e in clock.extensions if e.state in ("requested", "approved")]
    if len(open_or_done) >= rule.max_extensions:
        raise ExtensionRefused(_l("This deadline can be extended at most %(n)s time(s).", n=rule.max_extensions))
    days = rule.extension_days if days is None else int(days)
    if not 0 < days <= rule.extension_days:
        raise DomainError(_l("An extension may add at most %(n)s days.", n=rule.extension_days), field="days")
    extension = ClockExtension(clock_row=clock, days=days, reason=reason.strip(), requested_by_id=user.id)
    db.session.add(extension)
    _event(case, user, "extension_requested", reason.strip(), {"clock": clock.clock, "days": days})
    db.session.commit()
    return extension


def decide_extension(approver: User, extension: ClockExtension, approve: bool, note: str | None = None
                     ) -> ClockExtension:
    """Approve (the due date moves) or refuse a requested extension; unit heads and leaders only.

    :raises Forbidden: the approver lacks ``case.approve`` or may not see the case.
    :raises ExtensionRefused: the request was already decided, or approving it would exceed the limit.
    """
    clock = extension.clock_row
    case = clock.case
    if not (can(approver, "case.approve") and can_see_case(approver, case)):
        raise Forbidden(_l("You may not decide on extensions of this case."))
    if extension.state != "requested":
        raise ExtensionRefused(_l("This request was already decided."))
    rule = clock.rule
    if approve and (rule is None or clock.extension_count >= rule.max_extensions or clock.state == "stopped"):
        raise ExtensionRefused(_l("The law allows no further extension of this deadline."))
    extension.state = "approved" if approve else "refused"
    extension.approved_by_id, extension.decided_at = approver.id, utcnow()
    if approve:
        clock.extension_count += 1
        clock.extension_days = (clock.extension_days or 0) + extension.days
        deadlines.recompute_clock(clock)
        deadlines.refresh_case_due(case)
    _event(case, approver, "extension_approved" if approve else "extension_refused", (note or "").strip() or None,
           {"clock": clock.clock, "days": extension.days, "due_date": clock.due_date.isoformat()})
    db.session.commit()
    return extension


def approve_extension(approver: User, extension: ClockExtension, note: str | None = None) -> ClockExtension:
    """Approve a requested extension (see :func:`decide_extension`)."""
    return decide_extension(approver, extension, True, note)


def set_variant(user: User, case: Case, clock_name: str, variant: str, reason: str) -> CaseClock:
    """Declare a case complex, remote-area, second-instance …: the clock switches to that variant's rule.

    :raises Forbidden: without ``case.approve`` on the case.
    :raises DomainError: when the case's rule set has no such variant for the clock.
    """
    if not (can(user, "case.approve") and can_see_case(user, case)):
        raise Forbidden(_l("You may not change this deadline."))
    if not (reason or "").strip():
        raise DomainError(_l("Give the reason for the change."), field="reason")
    clock = _clock(case, clock_name)
    rule_set = clock.rule.rule_set if clock.rule else deadlines.rule_set_for(local_date(case.received_at))
    rule = deadlines.find_rule(rule_set.id, case.kind, clock_name, [variant]) if rule_set else None
    if rule is None:
        raise DomainError(_l("There is no such variant of this deadline."), field="variant")
    before = clock.due_date
    clock.rule, clock.variant, clock.duration, clock.unit = rule, rule.variant, rule.duration, rule.unit
    deadlines.recompute_clock(clock)
    deadlines.refresh_case_due(case)
    _event(case, user, "deadline_variant", reason.strip(),
           {"clock": clock_name, "variant": variant, "due_date": [before.isoformat() if before else None,
                                                                  clock.due_date.isoformat()]})
    db.session.commit()
    return clock


def complete_clock(user: User, case: Case, clock_name: str, note: str | None = None) -> CaseClock:
    """Record that what a clock asks was done without a status change (e.g. the denouncer was notified)."""
    if not (can(user, "case.note") and can_see_case(user, case)):
        raise Forbidden(_l("You may not change this deadline."))
    clock = _clock(case, clock_name)
    if clock.state == "stopped":
        raise DomainError(_l("This deadline is already met."))
    deadlines.stop_clock(clock, None)
    deadlines.refresh_case_due(case)
    _event(case, user, "deadline_met", (note or "").strip() or None, {"clock": clock_name})
    db.session.commit()
    return clock
