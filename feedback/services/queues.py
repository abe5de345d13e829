"""Work queues of issue 5: intake, my cases, my unit, awaiting my approval, due soon, overdue.

Keyset pagination only (no OFFSET): the intake runs oldest first on ``(received_at, id)``; the
other queues by due date on ``(due_date, id)``, cases without a due date after those with one
(a cursor remembers which of the two parts it is in). Every filter column is indexed on ``case``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import selectinload

from ..extensions import db
from ..lifecycle import OPEN_STATUSES
from ..models import Case, User
from ..permissions import scope_cases
from .similarity import REFERENCE, search_ids, search_terms, text_matches

QUEUES = ("intake", "mine", "unit", "approval", "due_soon", "overdue")
WORKING_STATUSES = tuple(s for s in OPEN_STATUSES if s not in ("received", "triage"))


@dataclass
class Filters:
    """Queue filters; empty values do not filter."""

    q: str | None = None
    kind: str | None = None
    status: str | None = None
    category_id: int | None = None
    unit_id: int | None = None
    sort: str = "due"


@dataclass
class Page:
    cases: list[Case]
    next_cursor: str | None


def _today() -> date:
    from ..deadlines import today

    return today()


def _due_soon_limit() -> date:
    from ..deadlines import due_soon_days, working_calendar

    return working_calendar().add_working_days(_today(), due_soon_days())


def base_query(user: User, name: str):
    """``(select(Case), statuses)`` of queue ``name`` for ``user`` (unit scoping applied).

    ``statuses`` (when not empty) is the status list the queue covers: :func:`page` runs one
    index-ordered query per status and merges them, instead of sorting every matching row.
    """
    stmt = scope_cases(select(Case), user)
    if name == "intake":
        return stmt, ("received", "triage")
    if name == "mine":
        return stmt.where(Case.assignee_id == user.id), tuple(OPEN_STATUSES)
    if name == "unit":
        return stmt.where(Case.unit_id == user.unit_id), tuple(OPEN_STATUSES)
    if name == "approval":  # replies, and extension requests (issue 3's clocks) awaiting a decision
        from ..models import CaseClock, ClockExtension

        asked = (select(CaseClock.case_id).join(ClockExtension, ClockExtension.clock_id == CaseClock.id)
                 .where(ClockExtension.state == "requested"))
        return stmt.where(or_(Case.status == "reply_drafted", Case.id.in_(asked))), ()
    if name == "due_soon":
        return stmt.where(Case.due_date >= _today(), Case.due_date <= _due_soon_limit()), tuple(OPEN_STATUSES)
    if name == "overdue":
        return stmt.where(Case.due_date < _today()), tuple(OPEN_STATUSES)
    raise ValueError(name)


#: Above this many matches a search word counts as common: the queue is walked in order and filtered.
SPARSE_LIMIT = 2000
#: Rows read per step, and steps per page, when filtering a walk for a common word.
WALK_BATCH, WALK_STEPS = 500, 40


def _filtered(stmt, f: Filters):
    for column, value in ((Case.kind, f.kind), (Case.status, f.status), (Case.category_id, f.category_id),
                          (Case.unit_id, f.unit_id)):
        if value:
            stmt = stmt.where(column == value)
    return stmt


def _search(stmt, q: str | None):
    """``(stmt, dense)``: a rare search becomes an id list; a common one (``dense``) is filtered while walking."""
    if not q or not q.strip():
        return stmt, False
    if REFERENCE.fullmatch(q.strip()):
        return stmt.where(Case.reference == q.strip()), False
    ids = search_ids(q, SPARSE_LIMIT)
    if ids is None:
        return stmt, bool(search_terms(q))
    return stmt.where(or_(Case.id.in_(ids), Case.reference == q.strip())), False


def _cursor_of(row: Case, sort: str) -> str:
    if sort == "received":
        return encode([row.received_at, row.id])
    return encode([0, row.due_date, row.id]) if row.due_date else encode([1, None, row.id])


def _walk(user: User, name: str, filters: Filters, after: str | None, size: int) -> Page:
    """A page for a common search word: read the queue in order in batches and keep the matching rows."""
    from dataclasses import replace

    sort = "received" if name == "intake" or filters.sort == "received" else "due"
    plain = replace(filters, q=None)
    found: list[Case] = []
    cursor = after
    for _ in range(WALK_STEPS):
        batch = page(user, name, plain, after=cursor, size=WALK_BATCH)
        matching = text_matches([c.id for c in batch.cases], filters.q or "")
        found += [c for c in batch.cases if c.id in matching]
        if len(found) > size:
            return Page(found[:size], _cursor_of(found[size - 1], sort))
        cursor = batch.next_cursor
        if cursor is None:
            return Page(found, None)
    return Page(found, cursor)  # a partial page: the link continues the walk


def encode(parts: list[Any]) -> str:
    return "|".join("" if p is None else (p.isoformat() if hasattr(p, "isoformat") else str(p)) for p in parts)


def _decode(raw: str | None, sort: str) -> tuple | None:
    if not raw:
        return None
    try:
        if sort == "received":
            stamp, ident = raw.split("|")
            return datetime.fromisoformat(stamp), int(ident)
        part, due, ident = raw.split("|")
        return int(part), (date.fromisoformat(due) if due else None), int(ident)
    except ValueError:
        return None


def _load(stmt, statuses: tuple[str, ...], order: tuple, key, size: int) -> list[Case]:
    """Up to ``size + 1`` rows in ``order``: one query per status (each walks an index), merged."""
    options = (selectinload(Case.unit), selectinload(Case.category), selectinload(Case.assignee))
    if not statuses:
        return list(db.session.execute(stmt.order_by(*order).limit(size + 1).options(*options)).scalars())
    rows: list[Case] = []
    for status in statuses:
        part = stmt.where(Case.status == status).order_by(*order).limit(size + 1).options(*options)
        rows += db.session.execute(part).scalars()
    rows.sort(key=key)
    return rows[:size + 1]


def page(user: User, name: str, filters: Filters, *, after: str | None = None, size: int = 25) -> Page:
    """One page of queue ``name``; ``after`` is the opaque cursor of the previous page."""
    stmt, statuses = base_query(user, name)
    stmt, dense = _search(_filtered(stmt, filters), filters.q)
    if dense:
        return _walk(user, name, filters, after, size)
    if filters.status:
        statuses = tuple(s for s in statuses if s == filters.status) or (() if not statuses else ("-",))
    if filters.q and statuses:  # the search drives the query: one query, not one per status
        stmt, statuses = stmt.where(Case.status.in_(statuses)), ()
    sort = "received" if name == "intake" or filters.sort == "received" else "due"
    cursor = _decode(after, sort)
    if sort == "received":
        if cursor:
            stmt = stmt.where(or_(Case.received_at > cursor[0],
                                  and_(Case.received_at == cursor[0], Case.id > cursor[1])))
        rows = _load(stmt, statuses, (Case.received_at, Case.id), lambda c: (c.received_at, c.id), size)
        more = len(rows) > size
        rows = rows[:size]
        return Page(rows, encode([rows[-1].received_at, rows[-1].id]) if more else None)
    rows: list[Case] = []
    part = cursor[0] if cursor else 0
    if part == 0:
        dated = stmt.where(Case.due_date.is_not(None))
        if cursor:
            dated = dated.where(or_(Case.due_date > cursor[1], and_(Case.due_date == cursor[1], Case.id > cursor[2])))
        rows = _load(dated, statuses, (Case.due_date, Case.id), lambda c: (c.due_date, c.id), size)
        if len(rows) > size:
            return Page(rows[:size], encode([0, rows[size - 1].due_date, rows[size - 1].id]))
    undated = stmt.where(Case.due_date.is_(None))
    if cursor and part == 1:
        undated = undated.where(Case.id > cursor[2])
    rows += _load(undated, statuses, (Case.id,), lambda c: c.id, size - len(rows))
    more = len(rows) > size
    rows = rows[:size]
    if not more:
        return Page(rows, None)
    last = rows[-1]
    return Page(rows, encode([0, last.due_date, last.id]) if last.due_date else encode([1, None, last.id]))


def counts(user: User) -> dict[str, int]:
    """How many cases each queue holds for ``user`` (shown on the tabs; capped at 1000 to stay fast)."""
    from sqlalchemy import func

    out = {}
    for name in available(user):
        stmt, statuses = base_query(user, name)
        if statuses:
            stmt = stmt.where(Case.status.in_(statuses))
        sub = stmt.with_only_columns(Case.id).limit(1000).subquery()
        out[name] = db.session.execute(select(func.count()).select_from(sub)).scalar_one()
    return out


def available(user: User) -> list[str]:
    """The queues that make sense for ``user``'s role."""
    role = user.role
    names = []
    if role in ("reception", "unit_head", "leader"):
        names.append("intake")
    if role in ("officer", "unit_head"):
        names.append("mine")
    if role in ("officer", "unit_head") and user.unit_id:
        names.append("unit")
    if role in ("unit_head", "leader"):
        names.append("approval")
    if role in ("officer", "unit_head", "leader", "inspector"):
        names += ["due_soon", "overdue"]
    return names
