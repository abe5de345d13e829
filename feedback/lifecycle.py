"""The case lifecycle (DESIGN.md §4): one transition table and the one function that applies it.

Every status change in the application goes through :func:`apply_transition`, which checks
the table, updates the case and appends a :class:`~feedback.models.CaseEvent`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from flask_babel import lazy_gettext as _l

from .errors import DomainError
from .timeutil import utcnow

if TYPE_CHECKING:  # pragma: no cover
    from .models import Case, CaseEvent, User

STATUSES = (
    "received", "triage", "accepted", "in_progress", "awaiting_citizen", "suspended",
    "reply_drafted", "reply_approved", "resolved", "forwarded", "guided", "rejected", "filed",
    "merged", "withdrawn", "closed",
)

#: Statuses in which the case is still being handled (a citizen may withdraw).
OPEN_STATUSES = frozenset(
    {"received", "triage", "accepted", "in_progress", "awaiting_citizen", "suspended",
     "reply_drafted", "reply_approved"}
)
#: Statuses whose clocks are paused.
PAUSED_STATUSES = frozenset({"awaiting_citizen", "suspended"})
#: Outcomes that end the handling (the case then only closes).
OUTCOME_STATUSES = frozenset({"resolved", "forwarded", "guided", "rejected", "filed", "merged", "withdrawn"})


@dataclass(frozen=True)
class Transition:
    """One allowed move.

    :ivar reason_required: the actor must give a reason (e.g. rejection, suspension).
    :ivar citizen_visible: the default visibility of the event on the tracking page.
    """

    reason_required: bool = False
    citizen_visible: bool = True


_T = Transition
TRANSITIONS: dict[tuple[str, str], Transition] = {
    ("received", "triage"): _T(citizen_visible=True),
    ("triage", "accepted"): _T(),
    ("triage", "forwarded"): _T(reason_required=True),
    ("triage", "guided"): _T(reason_required=True),
    ("triage", "rejected"): _T(reason_required=True),
    ("triage", "filed"): _T(reason_required=True),
    ("triage", "merged"): _T(reason_required=True),
    ("received", "merged"): _T(reason_required=True),
    ("received", "filed"): _T(reason_required=True),
    # Issue 5: a unit returns a case it should not handle to reception (§4: the receiving unit
    # acknowledges or returns a transfer); reception then routes it again.
    ("accepted", "triage"): _T(reason_required=True, citizen_visible=False),
    ("in_progress", "triage"): _T(reason_required=True, citizen_visible=False),
    ("accepted", "in_progress"): _T(),
    ("in_progress", "awaiting_citizen"): _T(reason_required=True),
    ("awaiting_citizen", "in_progress"): _T(),
    ("in_progress", "suspended"): _T(reason_required=True),
    ("suspended", "in_progress"): _T(reason_required=True),
    ("in_progress", "reply_drafted"): _T(citizen_visible=False),
    ("reply_drafted", "in_progress"): _T(reason_required=True, citizen_visible=False),
    ("reply_drafted", "reply_approved"): _T(citizen_visible=False),
    ("reply_approved", "resolved"): _T(),
    ("resolved", "closed"): _T(),
    ("forwarded", "closed"): _T(),
    ("guided", "closed"): _T(),
    ("rejected", "closed"): _T(),
    ("filed", "closed"): _T(),
    ("merged", "closed"): _T(),
    ("withdrawn", "closed"): _T(),
}
for _state in OPEN_STATUSES:
    TRANSITIONS[(_state, "withdrawn")] = _T()
del _state

STAFF_LABELS = {
    "received": _l("Received"),
    "triage": _l("In triage"),
    "accepted": _l("Accepted"),
    "in_progress": _l("In progress"),
    "awaiting_citizen": _l("Awaiting the citizen"),
    "suspended": _l("Suspended"),
    "reply_drafted": _l("Reply drafted"),
    "reply_approved": _l("Reply approved"),
    "resolved": _l("Resolved"),
    "forwarded": _l("Forwarded"),
    "guided": _l("Guided"),
    "rejected": _l("Not accepted"),
    "filed": _l("Filed"),
    "merged": _l("Merged"),
    "withdrawn": _l("Withdrawn"),
    "closed": _l("Closed"),
}

#: What the status means, in plain words for the citizen.
CITIZEN_LABELS = {
    "received": _l("We have received your submission and will classify it."),
    "triage": _l("We are checking your submission and deciding who will handle it."),
    "accepted": _l("Your submission has been accepted and is being handled."),
    "in_progress": _l("An officer is working on your submission."),
    "awaiting_citizen": _l("We are waiting for information from you."),
    "suspended": _l("Handling is suspended by a decision; you will be told when it resumes."),
    "reply_drafted": _l("An officer is working on your submission."),
    "reply_approved": _l("The answer is ready and will be sent to you shortly."),
    "resolved": _l("We have answered your submission."),
    "forwarded": _l("Your submission was sent to the body competent to handle it."),
    "guided": _l("We have told you where to take your submission."),
    "rejected": _l("Your submission was not accepted; the reasons are given below."),
    "filed": _l("Your submission was filed without further action; the reasons are given below."),
    "merged": _l("Your submission is handled together with another one on the same matter."),
    "withdrawn": _l("You withdrew your submission."),
    "closed": _l("The case is closed."),
}


def can_transition(current: str, target: str) -> bool:
    """Whether the table allows ``current`` → ``target``."""
    return (current, target) in TRANSITIONS


def allowed_targets(current: str) -> list[str]:
    """The statuses reachable from ``current``, in table order."""
    return [to for (frm, to) in TRANSITIONS if frm == current]


class TransitionError(DomainError):
    """A status change the lifecycle does not allow."""

    code = "transition_not_allowed"


def apply_transition(
    case: Case,
    target: str,
    actor: User | None,
    *,
    reason: str | None = None,
    citizen_visible: bool | None = None,
    payload: dict[str, Any] | None = None,
    actor_label: str | None = None,
    at: datetime | None = None,
) -> CaseEvent:
    """Move ``case`` to ``target`` and append the event that records it.

    The caller owns the transaction. Raises :class:`TransitionError` when the table does
    not allow the move or a required reason is missing.

    :param at: when the decision took effect, if not now (replaying a paper register or demo history);
        the clocks count from this moment too.
    """
    from .models import CaseEvent

    rule = TRANSITIONS.get((case.status, target))
    if rule is None:
        raise TransitionError(
            _l("A case in status “%(current)s” cannot become “%(target)s”.",
               current=STAFF_LABELS.get(case.status, case.status), target=STAFF_LABELS.get(target, target))
        )
    if rule.reason_required and not (reason and reason.strip()):
        raise TransitionError(_l("A reason is required for this decision."))
    previous = case.status
    case.status = target
    case.updated_at = utcnow()
    event = CaseEvent(
        **({"created_at": at} if at else {}),  # otherwise the column default: now
        case=case,
        actor=actor,
        actor_label=actor_label or (actor.full_name if actor else None),
        type="status",
        from_status=previous,
        to_status=target,
        reason=(reason or "").strip() or None,
        citizen_visible=rule.citizen_visible if citizen_visible is None else citizen_visible,
        payload=payload or {},
    )
    from .extensions import db

    db.session.add(event)
    from . import deadlines  # deadlines: pause/resume/start/stop the case's clocks

    deadlines.on_transition(case, previous, target, event)
    return event
