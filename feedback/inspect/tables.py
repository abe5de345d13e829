"""The dashboard's sections: each statistic as a table (cells that drill down) and chart data.

The same sections feed the screen, the CSV/XLSX exports and the periodic report, so what is exported is
exactly what the screen shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from flask_babel import gettext as _
from sqlalchemy import select

from ..deadlines import clock_label
from ..domain import channel_label, kind_label
from ..extensions import db
from ..lifecycle import STAFF_LABELS
from ..models import Case, Unit
from ..services import reports
from ..services.exports import ExportTable
from ..services.reports import StatsFilter


@dataclass
class Cell:
    """A value; ``metric``/``key`` make it a link to the cases behind it."""

    value: Any
    metric: str | None = None
    key: str = ""


@dataclass
class Section:
    """One statistic: a table and, when it makes sense, a chart of one or more series."""

    key: str
    title: str
    headers: list[str]
    rows: list[list[Cell]] = field(default_factory=list)
    #: Chart: series labels, and per row (label, [values]).
    series: list[str] = field(default_factory=list)
    bars: list[tuple[str, list[float]]] = field(default_factory=list)
    note: str = ""

    def export_table(self) -> ExportTable:
        return ExportTable(self.title, list(self.headers), [[c.value for c in row] for row in self.rows])


def _pct(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%" if whole else "—"


def _units() -> dict[int, Unit]:
    return {u.id: u for u in db.session.execute(select(Unit)).scalars()}


def overview(stats: StatsFilter) -> Section:
    counts = reports.counts(stats)
    section = Section("overview", _("Received and decided in the period"), [_("Measure"), _("Number of cases")],
                      series=[_("Number of cases")])
    section.rows.append([Cell(_("Received")), Cell(counts["received"], "received")])
    section.bars.append((_("Received"), [counts["received"]]))
    for status in reports.OUTCOMES:
        label = str(STAFF_LABELS[status])
        section.rows.append([Cell(label), Cell(counts[status], "outcome", status)])
        section.bars.append((label, [counts[status]]))
    return section


def received_by(stats: StatsFilter, what: str) -> Section:
    column = {"channel": Case.channel, "kind": Case.kind, "unit": Case.unit_id}[what]
    units = _units() if what == "unit" else {}
    title = {"channel": _("Received by channel"), "kind": _("Received by kind"), "unit": _("Received by unit")}[what]
    section = Section(f"by_{what}", title, [_("Group"), _("Number of cases"), _("Share")],
                      series=[_("Number of cases")])
    rows = reports.received_by(stats, column)
    total = sum(n for _value, n in rows)
    for value, n in rows:
        if what == "channel":
            label = channel_label(value)
        elif what == "kind":
            label = kind_label(value)
        else:
            label = units[value].name if value in units else _("No unit")
        key = "" if value is None else str(value)
        section.rows.append([Cell(str(label)), Cell(n, what if value is not None else None, key),
                             Cell(_pct(n, total))])
        section.bars.append((str(label), [n]))
    return section


def timeliness(stats: StatsFilter, today: date) -> Section:
    labels = [str(reports.TIMELINESS_LABELS[k]) for k in reports.TIMELINESS]
    section = Section("timeliness", _("On time and late (deadlines falling due in the period)"),
                      [_("Deadline"), *labels, _("Share on time")], series=labels,
                      note=_("Open cases past their due date count as late."))
    for clock, buckets in sorted(reports.timeliness(stats, today).items()):
        decided = buckets["on_time"] + buckets["late"] + buckets["open_overdue"]
        section.rows.append([Cell(clock_label(clock)),
                             *[Cell(buckets[k], "timeliness", f"{clock}:{k}") for k in reports.TIMELINESS],
                             Cell(_pct(buckets["on_time"], decided))])
        section.bars.append((clock_label(clock), [buckets[k] for k in reports.TIMELINESS]))
    return section


def durations(stats: StatsFilter) -> Section:
    section = Section("durations", _("Working days taken (pauses excluded)"),
                      [_("Deadline"), _("Number of cases"), _("Mean"), _("Median"), _("90th percentile")],
                      series=[_("Median"), _("90th percentile")])
    result = reports.durations(stats)
    for clock in reports.DURATION_CLOCKS:
        if clock not in result:
            continue
        row = result[clock]
        section.rows.append([Cell(clock_label(clock)), Cell(row["count"], "duration", clock), Cell(row["mean"]),
                             Cell(row["median"]), Cell(row["p90"])])
        section.bars.append((clock_label(clock), [row["median"] or 0, row["p90"] or 0]))
    return section


def backlog(stats: StatsFilter, today: date) -> Section:
    section = Section("backlog", _("Open cases today by age (working days since receipt)"),
                      [_("Age"), _("Number of cases")], series=[_("Number of cases")])
    for band, n in reports.backlog(stats, today).items():
        section.rows.append([Cell(band), Cell(n, "backlog", band)])
        section.bars.append((band, [n]))
    return section


def holdings(stats: StatsFilter, today: date) -> Section:
    units = _units()
    section = Section("holdings", _("Time each unit held cases (working days)"),
                      [_("Unit"), _("Cases held"), _("Still held"), _("Returned"), _("Mean"), _("Longest")],
                      series=[_("Mean"), _("Longest")])
    for row in reports.unit_holdings(stats, today):
        name = units[row["unit_id"]].name if row["unit_id"] in units else str(row["unit_id"])
        section.rows.append([Cell(name), Cell(row["holdings"], "held", str(row["unit_id"])), Cell(row["open"]),
                             Cell(row["returned"]), Cell(row["mean_days"]), Cell(row["max_days"])])
        section.bars.append((name, [row["mean_days"] or 0, row["max_days"] or 0]))
    return section


def extensions(stats: StatsFilter) -> Section:
    section = Section("extensions", _("Extensions approved in the period"),
                      [_("Deadline"), _("Extensions"), _("Days added")])
    for clock, row in sorted(reports.extensions(stats).items()):
        section.rows.append([Cell(clock_label(clock)), Cell(row["count"], "extensions", clock), Cell(row["days"])])
    return section


def all_sections(stats: StatsFilter, today: date) -> list[Section]:
    """Every statistic of the dashboard, in display order."""
    return [overview(stats), received_by(stats, "channel"), received_by(stats, "kind"),
            received_by(stats, "unit"), timeliness(stats, today), durations(stats), backlog(stats, today),
            holdings(stats, today), extensions(stats)]
