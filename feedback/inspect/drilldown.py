"""The case list behind any number on the dashboard: the same conditions as the statistic, as a query."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..extensions import db
from ..models import Case, CaseClock, ClockExtension, Unit, UnitHolding, User
from ..permissions import scope_cases
from ..services import reports
from ..services.reports import StatsFilter

METRICS = ("received", "channel", "kind", "unit", "outcome", "timeliness", "duration", "backlog", "held",
           "extensions")


class UnknownMetric(ValueError):
    """The metric or its key is not one the dashboard shows."""


def conditions(metric: str, key: str, stats: StatsFilter, today: date) -> list:
    """WHERE clauses on :class:`Case` selecting the cases counted by ``metric``/``key``."""
    if metric == "received":
        return reports.received_conditions(stats)
    if metric in ("channel", "kind"):
        return [*reports.received_conditions(stats), getattr(Case, metric) == key]
    if metric == "unit":
        return [*reports.received_conditions(stats), Case.unit_id == _int(key)]
    if metric == "outcome" and key in reports.OUTCOMES:
        return reports.outcome_conditions(stats, key)
    if metric == "timeliness":
        clock, _, bucket = key.partition(":")
        if bucket in reports.TIMELINESS:
            return reports.timeliness_case_conditions(stats, clock, bucket, today)
    if metric == "duration":
        inner = (select(CaseClock.case_id).join(Case, Case.id == CaseClock.case_id)
                 .where(CaseClock.clock == key, *reports.duration_conditions(stats)))
        return [Case.id.in_(inner)]
    if metric == "backlog" and key in {band for band, _lo, _hi in reports.AGE_BANDS}:
        return reports.backlog_conditions(stats, key, today)
    if metric == "held":
        inner = (select(UnitHolding.case_id).join(Case, Case.id == UnitHolding.case_id)
                 .where(UnitHolding.unit_id == _int(key), *reports.holding_conditions(stats)))
        return [Case.id.in_(inner)]
    if metric == "extensions":
        inner = (select(CaseClock.case_id).join(ClockExtension, ClockExtension.clock_id == CaseClock.id)
                 .join(Case, Case.id == CaseClock.case_id)
                 .where(CaseClock.clock == key, *reports.extension_conditions(stats)))
        return [Case.id.in_(inner)]
    raise UnknownMetric(metric)


def _int(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise UnknownMetric(value) from None


@dataclass
class CasePage:
    cases: list[Case]
    total: int
    page: int
    size: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.size))


def case_query(user: User, metric: str, key: str, stats: StatsFilter, today: date):
    """``select(Case)`` behind a number, unit scoping applied in the query."""
    return scope_cases(select(Case).where(*conditions(metric, key, stats, today)), user)


def case_page(user: User, metric: str, key: str, stats: StatsFilter, today: date, *, page: int = 1,
              size: int = 50) -> CasePage:
    """One page of the cases behind a number, newest received first."""
    from sqlalchemy import func

    stmt = case_query(user, metric, key, stats, today)
    total = db.session.execute(select(func.count()).select_from(stmt.subquery())).scalar_one()
    rows = db.session.execute(
        stmt.order_by(Case.received_at.desc(), Case.id.desc()).limit(size).offset((max(page, 1) - 1) * size)
        .options(selectinload(Case.unit), selectinload(Case.category), selectinload(Case.assignee))).scalars()
    return CasePage(list(rows), total, page, size)


def all_cases(user: User, metric: str, key: str, stats: StatsFilter, today: date, limit: int = 100_000) -> list[Case]:
    """Every case behind a number (for exports), capped at ``limit``."""
    stmt = case_query(user, metric, key, stats, today).order_by(Case.received_at, Case.id).limit(limit).options(
        selectinload(Case.unit), selectinload(Case.category), selectinload(Case.assignee),
        selectinload(Case.submitters))
    return list(db.session.execute(stmt).scalars())



def describe(metric: str, key: str) -> str:
    """What the list shows, in words."""
    from flask_babel import gettext as _

    from ..deadlines import clock_label
    from ..domain import channel_label, kind_label
    from ..lifecycle import STAFF_LABELS

    if metric == "received":
        return _("Received in the period")
    if metric == "channel":
        return _("Received in the period through: %(what)s", what=channel_label(key))
    if metric == "kind":
        return _("Received in the period, kind: %(what)s", what=kind_label(key))
    if metric == "unit":
        unit = db.session.get(Unit, int(key)) if key.isdigit() else None
        return _("Received in the period by: %(what)s", what=unit.name if unit else key)
    if metric == "outcome":
        return _("Reached in the period: %(what)s", what=str(STAFF_LABELS.get(key, key)))
    if metric == "timeliness":
        clock, _sep, bucket = key.partition(":")
        return f"{clock_label(clock)}: {reports.TIMELINESS_LABELS.get(bucket, bucket)}"
    if metric == "duration":
        return _("%(what)s: stopped in the period", what=clock_label(key))
    if metric == "backlog":
        return _("Open today, %(band)s working days since receipt", band=key)
    if metric == "held":
        unit = db.session.get(Unit, int(key)) if key.isdigit() else None
        return _("Held by %(what)s during the period", what=unit.name if unit else key)
    if metric == "extensions":
        return _("%(what)s: extended in the period", what=clock_label(key))
    return metric
