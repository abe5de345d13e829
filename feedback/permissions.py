"""Who may do what (DESIGN.md §6). Everything is denied unless this table allows it.

Unit scoping is applied in the query (:func:`scope_cases`), so a list or a loader can never
return a case the user may not see.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Select, or_

if TYPE_CHECKING:  # pragma: no cover
    from .models import Case, User

#: action -> roles allowed (before scoping).
PERMISSIONS: dict[str, frozenset[str]] = {
    "case.log": frozenset({"reception", "officer", "unit_head", "leader"}),
    "case.triage": frozenset({"reception", "unit_head", "leader"}),
    "case.view": frozenset({"reception", "officer", "unit_head", "leader", "inspector"}),
    "case.assign": frozenset({"unit_head", "leader"}),
    "case.note": frozenset({"officer", "unit_head", "leader"}),
    "case.draft_reply": frozenset({"officer", "unit_head", "leader"}),
    "case.approve": frozenset({"unit_head", "leader"}),
    # Issue 5: the receiving unit acknowledges or returns a routed case.
    "case.acknowledge": frozenset({"unit_head", "leader"}),
    "case.reveal_identity": frozenset({"officer", "unit_head", "leader", "inspector"}),
    "reports.view": frozenset({"officer", "unit_head", "leader", "inspector"}),
    "admin.settings": frozenset({"admin"}),
}

#: Statuses in which reception sees every case (the intake).
INTAKE_STATUSES = ("received", "triage")


def can(user: User | None, action: str) -> bool:
    """Whether ``user``'s role allows ``action`` at all (scoping aside)."""
    if user is None or not getattr(user, "is_authenticated", False):
        return False
    return user.role in PERMISSIONS.get(action, frozenset())


def scope_cases(stmt: Select, user: User) -> Select:
    """Restrict a ``select(Case)`` to the cases ``user`` may see."""
    from .models import Case

    if user.role in ("leader", "inspector"):
        return stmt
    if user.role == "reception":
        return stmt.where(or_(Case.status.in_(INTAKE_STATUSES), Case.created_by_id == user.id))
    if user.role in ("officer", "unit_head") and user.unit_id is not None:
        return stmt.where(Case.unit_id == user.unit_id)
    return stmt.where(False)


def can_see_case(user: User, case: Case) -> bool:
    """The same rule as :func:`scope_cases`, for one loaded case."""
    if not can(user, "case.view"):
        return False
    if user.role in ("leader", "inspector"):
        return True
    if user.role == "reception":
        return case.status in INTAKE_STATUSES or case.created_by_id == user.id
    return user.unit_id is not None and case.unit_id == user.unit_id


def can_reveal_identity(user: User, case: Case) -> bool:
    """Officers only when assigned; heads, leaders and inspectors with a reason (logged)."""
    if not can(user, "case.reveal_identity") or not can_see_case(user, case):
        return False
    if user.role == "officer":
        return case.assignee_id == user.id
    return True


def can_note(user: User, case: Case) -> bool:
    return can(user, "case.note") and can_see_case(user, case)
