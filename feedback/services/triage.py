"""Triage (phân loại, xử lý đơn): classify, route, and every first-decision outcome (DESIGN.md §4, issue 5).

Reception, unit heads (own unit) and leaders act here. Each outcome goes through
:func:`~feedback.lifecycle.apply_transition`, writes an event with a structured payload, gives
the notice a document number and queues the citizen's notice in the same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass

from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from ..documents import issue_number
from ..domain import KINDS
from ..errors import DomainError, Forbidden
from ..extensions import db
from ..lifecycle import OPEN_STATUSES, apply_transition
from ..models import Agency, Case, CaseEvent, CaseLink, Category, RoutingRule, Unit, User
from ..permissions import can, can_see_case
from ..timeutil import utcnow
from . import similarity
from .handling import add_event, check_version, commit, notify, open_holding, stale_safe, touch

TRIAGE_STATUSES = ("received", "triage")
#: Kinds whose acceptance (thụ lý) needs a legal basis and a formal notice.
FORMAL_KINDS = ("complaint", "denunciation")
FILING_REASONS = {
    "anonymous": _l("Anonymous complaint or denunciation (not processable)"),
    "already_handled": _l("Already handled; no new facts"),
    "illegible": _l("Illegible or without content"),
    "other": _l("Other reason"),
}


def may_triage(user: User, case: Case) -> bool:
    """Reception and leaders on every case in triage; unit heads on their own unit's cases."""
    if not (can(user, "case.triage") and can_see_case(user, case)):
        return False
    return user.role != "unit_head" or case.unit_id == user.unit_id


def _guard(user: User, case: Case, version: int | None, statuses=TRIAGE_STATUSES) -> None:
    if not may_triage(user, case):
        raise Forbidden(_l("You may not take triage decisions on this case."))
    check_version(case, version)
    if case.status not in statuses:
        raise DomainError(_l("This decision is taken in triage; the case has moved on."))


def _into_triage(user: User, case: Case) -> None:
    if case.status == "received":
        apply_transition(case, "triage", user)


@stale_safe
def start(user: User, case: Case, *, version: int | None = None) -> None:
    """Open triage on a received case (``received`` → ``triage``)."""
    _guard(user, case, version, ("received",))
    _into_triage(user, case)
    commit()


@dataclass
class Classification:
    """What triage establishes about a case."""

    kind: str
    category_id: int | None
    processable: bool = True
    competent: bool = True
    is_group: bool = False
    representative_id: int | None = None
    note: str | None = None


@stale_safe
def classify(user: User, case: Case, data: Classification, *, version: int | None = None) -> CaseEvent:
    """Record the classification: corrected kind, topic, processable, within competence, group case."""
    _guard(user, case, version)
    if data.kind not in KINDS:
        raise DomainError(_l("Choose a kind."), field="kind")
    if data.category_id is not None and db.session.get(Category, data.category_id) is None:
        raise DomainError(_l("Choose a topic from the list."), field="category_id")
    if not data.processable and not (data.note or "").strip():
        raise DomainError(_l("Give the legal reason why the case is not processable."), field="note")
    _into_triage(user, case)
    changes = {"kind": [case.kind, data.kind], "category_id": [case.category_id, data.category_id],
               "is_group": [case.is_group, data.is_group]}
    case.kind, case.category_id, case.is_group = data.kind, data.category_id, data.is_group
    if data.representative_id:
        for person in case.submitters:
            person.is_representative = person.id == data.representative_id
    touch(case)
    event = add_event(case, user, "classified", reason=data.note, payload={
        "changes": changes, "processable": data.processable, "competent": data.competent,
        "representative_id": data.representative_id})
    commit()
    return event


def latest_classification(case: Case) -> CaseEvent | None:
    """The last classification event of the case."""
    return db.session.execute(
        select(CaseEvent).where(CaseEvent.case_id == case.id, CaseEvent.type == "classified")
        .order_by(CaseEvent.id.desc())
    ).scalars().first()


# --- routing ----------------------------------------------------------------------------------

@dataclass
class Suggestion:
    """A unit suggested for a case and why."""

    unit: Unit
    reason: str
    score: float


def suggest_units(case: Case) -> list[Suggestion]:
    """Units suggested by routing rules, the topic's default unit and similar cases routed before."""
    from flask_babel import gettext as _

    found: dict[int, Suggestion] = {}

    def add(unit: Unit | None, reason: str, score: float) -> None:
        if unit is None or not unit.active:
            return
        if unit.id in found:
            found[unit.id].reason += "; " + reason
            found[unit.id].score += score
        else:
            found[unit.id] = Suggestion(unit, reason, score)

    text = similarity.normalise(f"{case.title} {case.content} {case.location or ''}")
    rules = db.session.execute(select(RoutingRule).where(RoutingRule.active.is_(True))
                               .order_by(RoutingRule.priority.desc(), RoutingRule.id)).scalars()
    for rule in rules:
        if rule.category_id is not None and rule.category_id != case.category_id:
            continue
        hits = [k for k in rule.keyword_list
                if similarity.normalise(k) and f" {similarity.normalise(k)} " in f" {text} "]
        if rule.keyword_list and not hits:
            continue
        parts = []
        if rule.category_id is not None:
            parts.append(_("topic “%(t)s”", t=rule.category.name))
        if hits:
            parts.append(_("keywords: %(k)s", k=", ".join(hits)))
        add(rule.unit, _("Routing rule: %(what)s", what=" + ".join(parts) or _("any case")), 2 + rule.priority / 10)
    if case.category is not None and case.category.default_unit is not None:
        add(case.category.default_unit, _("Usual unit for the topic “%(t)s”", t=case.category.name), 1)
    routed = select(Case).where(Case.unit_id.is_not(None), Case.status.not_in(TRIAGE_STATUSES))
    for other, score in similarity.similar_cases(case, routed, threshold=0.15, limit=3):
        add(other.unit, _("Similar to case %(ref)s (%(p)s%% alike), handled by this unit",
                          ref=other.reference, p=round(score * 100)), score)
    return sorted(found.values(), key=lambda s: s.score, reverse=True)


@stale_safe
def route(user: User, case: Case, unit: Unit, legal_basis: str | None = None, *,
          version: int | None = None) -> None:
    """Accept the case (thụ lý) and send it to ``unit``, or re-route it before the unit acknowledged it.

    Complaints and denunciations need the legal basis of acceptance; the resolution clock starts
    (issue 3's hook on ``triage`` → ``accepted``). The citizen is told.
    """
    _guard(user, case, version, (*TRIAGE_STATUSES, "accepted"))
    if not unit.active:
        raise DomainError(_l("This unit no longer takes cases."), field="unit_id")
    if case.status != "accepted" and case.kind in FORMAL_KINDS and not (legal_basis or "").strip():
        raise DomainError(_l("Give the legal basis for accepting this complaint or denunciation."),
                          field="legal_basis")
    previous = open_holding(case)
    now = utcnow()
    if previous is not None:
        if previous.unit_id == unit.id:
            raise DomainError(_l("The case is already with this unit."), field="unit_id")
        previous.released_at = now
    from ..models import UnitHolding

    from_unit = case.unit_id
    holding = UnitHolding(case_id=case.id, unit_id=unit.id, routed_by_id=user.id, received_at=now)
    db.session.add(holding)
    case.unit, case.assignee_id = unit, None
    db.session.flush()
    add_event(case, user, "transfer", reason=unit.name, payload={
        "from_unit_id": from_unit, "to_unit_id": unit.id, "holding_id": holding.id,
        "previous_holding_id": previous.id if previous else None})
    if case.status == "accepted":
        touch(case)
    else:
        _into_triage(user, case)
        number = issue_number("acceptance") if case.kind in FORMAL_KINDS else None
        apply_transition(case, "accepted", user, reason=legal_basis, payload={
            "unit_id": unit.id, "legal_basis": (legal_basis or "").strip() or None, "document_number": number})
        notify(case, "case_outcome", {"status": "accepted", "reason": legal_basis, "unit": unit.name})
    commit()


# --- the other outcomes -------------------------------------------------------------------------

def _previous_outcome(case: Case, status: str) -> bool:
    ids = [case.id] + [link.other_id for link in _links(case)] + [link.case_id for link in _links(case, True)]
    return db.session.execute(
        select(CaseEvent.id).where(CaseEvent.case_id.in_(ids), CaseEvent.to_status == status).limit(1)
    ).first() is not None


def _links(case: Case, incoming: bool = False) -> list[CaseLink]:
    column = CaseLink.other_id if incoming else CaseLink.case_id
    return list(db.session.execute(select(CaseLink).where(column == case.id)).scalars())


def _outcome(user: User, case: Case, status: str, reason: str, payload: dict, document: str | None,
             version: int | None) -> None:
    _guard(user, case, version)
    if not (reason or "").strip():
        raise DomainError(_l("Give the reasons; the citizen will read them."), field="reason")
    _into_triage(user, case)
    holding = open_holding(case)
    if holding is not None:
        holding.released_at = utcnow()
    number = issue_number(document) if document else None
    apply_transition(case, status, user, reason=reason, payload={**payload, "document_number": number})
    notify(case, "case_outcome", {"status": status, "reason": reason, "original": payload.get("original"),
                                  "to_agency": payload.get("agency")})
    commit()


@stale_safe
def forward(user: User, case: Case, agency: Agency, reason: str, *, version: int | None = None) -> None:
    """Forward to an external competent agency with a forwarding slip; a denunciation only once."""
    if not agency.active:
        raise DomainError(_l("Choose an agency from the list."), field="agency_id")
    if case.kind == "denunciation" and _previous_outcome(case, "forwarded"):
        raise DomainError(_l("A denunciation may be forwarded only once; this one already was."))
    _outcome(user, case, "forwarded", reason, {"agency_id": agency.id, "agency": agency.name}, "forwarding",
             version)


@stale_safe
def guide(user: User, case: Case, guidance: str, *, version: int | None = None) -> None:
    """Tell the citizen where to take the matter (hướng dẫn), once."""
    if _previous_outcome(case, "guided"):
        raise DomainError(_l("The citizen was already guided on this matter; guidance is given once."))
    _outcome(user, case, "guided", guidance, {}, "guidance", version)


@stale_safe
def reject(user: User, case: Case, reasons: str, *, version: int | None = None) -> None:
    """Do not accept (không thụ lý), with written reasons and a non-acceptance notice."""
    _outcome(user, case, "rejected", reasons, {}, "rejection", version)


@stale_safe
def file(user: User, case: Case, code: str, reason: str, *, version: int | None = None) -> None:
    """File without action (xếp lưu), with one of :data:`FILING_REASONS`."""
    if code not in FILING_REASONS:
        raise DomainError(_l("Choose why the case is filed."), field="code")
    text = f"{FILING_REASONS[code]}. {reason or ''}".strip()
    _outcome(user, case, "filed", text, {"code": code}, None, version)


@stale_safe
def withdraw_on_request(user: User, case: Case, reason: str, *, version: int | None = None) -> None:
    """Record the citizen's withdrawal received by phone, letter or in person."""
    if not (can(user, "case.triage") or can(user, "case.note")) or not can_see_case(user, case):
        raise Forbidden(_l("You may not record a withdrawal on this case."))
    check_version(case, version)
    if case.status not in OPEN_STATUSES:
        raise DomainError(_l("This case is no longer open."))
    if not (reason or "").strip():
        raise DomainError(_l("Say how and when the citizen asked to withdraw."), field="reason")
    holding = open_holding(case)
    if holding is not None:
        holding.released_at = utcnow()
    apply_transition(case, "withdrawn", user, reason=reason, payload={"by": "staff_on_request"})
    notify(case, "case_outcome", {"status": "withdrawn", "reason": reason})
    commit()
