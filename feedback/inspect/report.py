"""The periodic report (báo cáo định kỳ): its data, the generated narrative, and saving the inspector's draft."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from flask_babel import lazy_gettext as _l
from sqlalchemy import func, or_, select
from sqlalchemy.orm import aliased

from ..deadlines import clock_label
from ..errors import Forbidden
from ..extensions import db
from ..models import AgencyProfile, Case, CaseClock, ReportDraft, Unit, User, WorkingDayIndex
from ..services import audit, reports
from ..services.reports import StatsFilter
from ..timeutil import utcnow
from . import tables
from .workdays import ensure_index, local_day

AUTHORS = ("inspector", "leader")


@dataclass
class OverdueRow:
    reference: str
    unit: str
    clock: str
    due: date
    days_late: int
    still_open: bool


@dataclass
class ReportData:
    """Everything the DOCX and PDF documents show."""

    profile: AgencyProfile | None
    number: str
    period_label: str
    stats: StatsFilter
    issued_on: date
    sections: list[tables.Section]
    overdue: list[OverdueRow]
    narrative: str
    overdue_reasons: str
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def title(self) -> str:
        return ("Kết quả công tác tiếp công dân, giải quyết khiếu nại, tố cáo, phản ánh, kiến nghị "
                + self.period_label)


def default_period_label(stats: StatsFilter) -> str:
    return f"từ ngày {stats.start:%d/%m/%Y} đến ngày {stats.end:%d/%m/%Y}"


def overdue_rows(stats: StatsFilter, today: date, limit: int = 100) -> list[OverdueRow]:
    """Deadlines of the period missed (closed late or still open past due), longest delay first."""
    ensure_index(today)
    due_ix, end_ix = aliased(WorkingDayIndex), aliased(WorkingDayIndex)
    end_day = func.coalesce(local_day(CaseClock.stopped_at), today)
    late = (end_ix.ordinal - due_ix.ordinal).label("late")
    rows = db.session.execute(
        select(Case.reference, Unit.name, CaseClock.clock, CaseClock.due_date, late, CaseClock.state)
        .join(Case, Case.id == CaseClock.case_id).outerjoin(Unit, Unit.id == Case.unit_id)
        .join(due_ix, due_ix.day == CaseClock.due_date).join(end_ix, end_ix.day == end_day)
        .where(*reports.timeliness_conditions(stats),
               or_(local_day(CaseClock.stopped_at) > CaseClock.due_date,
                   (CaseClock.state == "running") & (CaseClock.due_date < today)))
        .order_by(late.desc(), Case.reference).limit(limit)).all()
    return [OverdueRow(ref, unit or "—", clock_label(clock), due, int(days), state != "stopped")
            for ref, unit, clock, due, days, state in rows]


def generate_narrative(data: ReportData) -> str:
    """A short factual summary in Vietnamese, from the numbers (the inspector edits it before export)."""
    c = data.counts
    timeliness = next((s for s in data.sections if s.key == "timeliness"), None)
    on_time = late = 0
    for row in (timeliness.rows if timeliness else []):
        on_time += int(row[1].value)
        late += int(row[2].value) + int(row[3].value)
    parts = [
        f"Trong kỳ báo cáo ({default_period_label(data.stats)}), cơ quan đã tiếp nhận {c.get('received', 0)} "
        f"vụ việc qua các kênh tiếp nhận.",
        f"Đã thụ lý {c.get('accepted', 0)} vụ việc, giải quyết và trả lời {c.get('resolved', 0)} vụ việc; "
        f"chuyển đơn {c.get('forwarded', 0)}, hướng dẫn {c.get('guided', 0)}, không thụ lý {c.get('rejected', 0)}, "
        f"xếp lưu {c.get('filed', 0)}; công dân rút đơn {c.get('withdrawn', 0)} vụ việc.",
    ]
    if on_time + late:
        parts.append(f"Trong số các thời hạn đến hạn trong kỳ, {on_time} thời hạn được bảo đảm; {late} thời hạn bị "
                     f"quá hạn (kể cả các vụ việc chưa giải quyết đã quá hạn), tỷ lệ đúng hạn "
                     f"{round(100 * on_time / (on_time + late))}%.")
    if data.overdue:
        parts.append(f"Có {len(data.overdue)} trường hợp quá hạn được liệt kê tại Mục III; nguyên nhân và biện "
                     f"pháp khắc phục được nêu cụ thể.")
    return "\n\n".join(parts)


def build(stats: StatsFilter, today: date, *, number: str = "", period_label: str = "", narrative: str | None = None,
          overdue_reasons: str = "") -> ReportData:
    """Collect the report's numbers; generate the narrative when none is given."""
    wanted = ("overview", "by_channel", "by_kind", "by_unit", "timeliness", "durations", "holdings", "extensions")
    sections = [s for s in tables.all_sections(stats, today) if s.key in wanted]
    data = ReportData(db.session.get(AgencyProfile, 1), number, period_label or default_period_label(stats), stats,
                      today, sections, overdue_rows(stats, today), narrative or "", overdue_reasons,
                      counts=reports.counts(stats))
    if not data.narrative:
        data.narrative = generate_narrative(data)
    return data


def save_draft(user: User, stats: StatsFilter, *, number: str, period_label: str, narrative: str,
               overdue_reasons: str, draft_id: int | None = None) -> ReportDraft:
    """Save the inspector's edited report (one commit, audited)."""
    if user.role not in AUTHORS:
        raise Forbidden(_l("Only inspectors and leaders prepare the periodic report."))
    draft = db.session.get(ReportDraft, draft_id) if draft_id else None
    if draft is None:
        draft = ReportDraft()
        db.session.add(draft)
    draft.period_start, draft.period_end = stats.start, stats.end
    draft.number, draft.period_label = number.strip(), period_label.strip()
    draft.narrative, draft.overdue_reasons = narrative.strip(), overdue_reasons.strip()
    draft.updated_by_id, draft.updated_at = user.id, utcnow()
    db.session.flush()
    audit.record("report.saved", user, object_type="report", object_id=draft.id,
                 details={"start": stats.start.isoformat(), "end": stats.end.isoformat()})
    db.session.commit()
    return draft
