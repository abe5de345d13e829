"""Reading cases and the first handling actions: internal notes, identity reveal, citizen tracking."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from flask_babel import lazy_gettext as _l
from sqlalchemy import and_, or_, select
from sqlalchemy.orm import selectinload

from ..errors import DomainError, Forbidden, NotFound, StaleObject
from ..extensions import db
from ..models import Case, CaseEvent, Submitter, User
from ..permissions import can_note, can_reveal_identity, scope_cases
from ..security import check_access_key, unseal_identity
from . import audit


def get_case_for(user: User, reference: str) -> Case:
    """Load a case the user may see, or raise :class:`NotFound` (also when out of scope)."""
    stmt = scope_cases(select(Case).where(Case.reference == reference), user)
    case = db.session.execute(stmt).scalar_one_or_none()
    if case is None:
        raise NotFound(_l("No such case, or you may not see it."))
    return case


def find_for_citizen(reference: str, key: str) -> Case | None:
    """The case for a reference and access key; None for a wrong key *or* an unknown reference."""
    reference = (reference or "").strip()
    case = db.session.execute(select(Case).where(Case.reference == reference)).scalar_one_or_none()
    ok = check_access_key(case.access_key_hash if case else None, key or "")
    return case if (case is not None and ok) else None


def citizen_timeline(case: Case) -> list[CaseEvent]:
    return list(db.session.execute(
        select(CaseEvent).where(CaseEvent.case_id == case.id, CaseEvent.citizen_visible.is_(True))
        .order_by(CaseEvent.id)
    ).scalars())


def _check_version(case: Case, version: int | None) -> None:
    if version is not None and case.version != version:
        raise StaleObject(_l("Someone else changed this case while you were working on it. "
                             "The page now shows the latest state; please check and try again."))


def add_note(user: User, case: Case, text: str, *, version: int | None = None) -> CaseEvent:
    """Add an internal note (never shown to the citizen)."""
    if not can_note(user, case):
        raise Forbidden(_l("You may not add notes to this case."))
    if not (text or "").strip():
        raise DomainError(_l("The note is empty."), field="text")
    _check_version(case, version)
    event = CaseEvent(case=case, actor=user, actor_label=user.full_name, type="note",
                      reason=text.strip(), citizen_visible=False)
    db.session.add(event)
    db.session.commit()
    return event


def reveal_identity(user: User, case: Case, submitter_id: int, reason: str) -> dict:
    """Open a sealed identity for ``user`` with a reason; writes a case event and an audit entry."""
    if not can_reveal_identity(user, case):
        audit.record("case.identity_reveal_denied", user, object_type="case", object_id=case.reference)
        db.session.commit()
        raise Forbidden(_l("You may not reveal this identity."))
    if not (reason or "").strip():
        raise Forbidden(_l("A reason is required to reveal an identity."))
    submitter = db.session.get(Submitter, submitter_id)
    if submitter is None or submitter.case_id != case.id or not submitter.is_confidential:
        raise NotFound(_l("No such submitter."))
    identity = unseal_identity(submitter.sealed_identity)
    db.session.add(CaseEvent(
        case=case, actor=user, actor_label=user.full_name, type="identity_revealed",
        reason=reason.strip(), citizen_visible=False, payload={"pseudonym": submitter.pseudonym},
    ))
    audit.record("case.identity_revealed", user, object_type="case", object_id=case.reference,
                 details={"pseudonym": submitter.pseudonym, "reason": reason.strip()})
    db.session.commit()
    return identity


@dataclass
class QueueFilters:
    """Filters of the staff queue; empty values do not filter."""

    kind: str | None = None
    channel: str | None = None
    status: str | None = None
    unit_id: int | None = None
    category_id: int | None = None
    #: ``received`` (newest first) or ``due`` (earliest due date first, cases without one last).
    sort: str = "received"
    #: ``overdue`` or ``due_soon`` (deadlines: ≤ DUE_SOON_WORKING_DAYS working days left).
    due: str | None = None


@dataclass
class QueuePage:
    cases: list[Case]
    #: (received_at, id) for the default order; (due_date or None, id) for ``sort="due"``.
    next_cursor: tuple[datetime | date | None, int] | None


def queue(user: User, filters: QueueFilters, *, after: tuple[datetime, int] | None = None,
          size: int = 25) -> QueuePage:
    """Cases the user may see, newest received first, keyset-paginated on (received_at, id)."""
    stmt = scope_cases(select(Case), user)
    for column, value in (
        (Case.kind, filters.kind), (Case.channel, filters.channel), (Case.status, filters.status),
        (Case.unit_id, filters.unit_id), (Case.category_id, filters.category_id),
    ):
        if value:
            stmt = stmt.where(column == value)
    if filters.due in ("overdue", "due_soon"):
        from ..deadlines import due_filter

        stmt = stmt.where(due_filter(filters.due))
    if filters.sort == "due":
        return _queue_by_due(stmt, after, size)
    if after is not None:
        received_at, case_id = after
        stmt = stmt.where(or_(Case.received_at < received_at,
                              and_(Case.received_at == received_at, Case.id < case_id)))
    stmt = stmt.order_by(Case.received_at.desc(), Case.id.desc()).limit(size + 1).options(
        selectinload(Case.unit), selectinload(Case.category), selectinload(Case.assignee),
    )
    rows = list(db.session.execute(stmt).scalars())
    more = len(rows) > size
    rows = rows[:size]
    cursor = (rows[-1].received_at, rows[-1].id) if more and rows else None
    return QueuePage(rows, cursor)


def _queue_by_due(stmt, after: tuple | None, size: int) -> QueuePage:
    """Keyset pages on (due_date, id), cases without a due date last (two index-friendly queries)."""
    options = (selectinload(Case.unit), selectinload(Case.category), selectinload(Case.assignee))
    rows: list[Case] = []
    in_undated = after is not None and after[0] is None
    if not in_undated:
        dated = stmt.where(Case.due_date.is_not(None))
        if after is not None:
            dated = dated.where(or_(Case.due_date > after[0], and_(Case.due_date == after[0], Case.id > after[1])))
        rows = list(db.session.execute(
            dated.order_by(Case.due_date, Case.id).limit(size + 1).options(*options)).scalars())
    if len(rows) <= size:
        undated = stmt.where(Case.due_date.is_(None))
        if in_undated:
            undated = undated.where(Case.id > after[1])
        rows += list(db.session.execute(
            undated.order_by(Case.id).limit(size + 1 - len(rows)).options(*options)).scalars())
    more = len(rows) > size
    rows = rows[:size]
    return QueuePage(rows, (rows[-1].due_date, rows[-1].id) if more and rows else None)
