"""The default deadline rules of DESIGN.md §5 and the known 2026 calendar exceptions (idempotent seeds)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from .extensions import db
from .models import CalendarException, DeadlineRule, RuleSet

#: Statuses that end the handling: every clock stops there.
_OUTCOMES = ["resolved", "forwarded", "guided", "rejected", "filed", "merged", "withdrawn"]
#: A first decision (triage, acceptance, forwarding) is made by any of these.
_DECIDED = ["accepted", "forwarded", "guided", "rejected", "filed", "merged", "withdrawn"]

CRL = "Luật Tiếp công dân 2013, Điều 28 khoản 1; Thông tư 05/2021/TT-TTCP"
CL = "Luật Khiếu nại 2011"
DL = "Luật Tố cáo 2018"
D20 = "Nghị định 20/2008/NĐ-CP"

#: (kind, variant, clock, duration, unit, start_event, stops, max_extensions, extension_days, source)
DEFAULT_RULES: list[tuple] = [
    ("*", "", "triage", 10, "working", "receipt", _DECIDED, 0, 0, CRL),
    ("regulation_feedback", "", "forward", 5, "working", "receipt", _DECIDED, 0, 0, f"{D20}, Điều 9 khoản 1 điểm d"),
    ("regulation_feedback", "", "resolution", 10, "working", "receipt", _OUTCOMES, 0, 0,
     "Quy định của tỉnh (thực tiễn các bộ: 7–10 ngày làm việc)"),
    ("suggestion", "", "resolution", 10, "working", "receipt", _OUTCOMES, 0, 0, CRL),
    ("feedback", "", "resolution", 10, "working", "receipt", _OUTCOMES, 0, 0, CRL),
    ("petition", "", "resolution", 10, "working", "receipt", _OUTCOMES, 0, 0, CRL),
    ("complaint", "", "acceptance", 10, "working", "receipt", _DECIDED, 0, 0, f"{CL}, Điều 27"),
    ("complaint", "first", "resolution", 30, "calendar", "acceptance", _OUTCOMES, 0, 0, f"{CL}, Điều 28"),
    ("complaint", "first_complex", "resolution", 45, "calendar", "acceptance", _OUTCOMES, 0, 0, f"{CL}, Điều 28"),
    ("complaint", "first_remote", "resolution", 45, "calendar", "acceptance", _OUTCOMES, 0, 0, f"{CL}, Điều 28"),
    ("complaint", "first_remote_complex", "resolution", 60, "calendar", "acceptance", _OUTCOMES, 0, 0,
     f"{CL}, Điều 28"),
    ("complaint", "second", "resolution", 45, "calendar", "acceptance", _OUTCOMES, 0, 0, f"{CL}, Điều 37"),
    ("complaint", "second_complex", "resolution", 60, "calendar", "acceptance", _OUTCOMES, 0, 0, f"{CL}, Điều 37"),
    ("complaint", "second_remote", "resolution", 60, "calendar", "acceptance", _OUTCOMES, 0, 0, f"{CL}, Điều 37"),
    ("complaint", "second_remote_complex", "resolution", 70, "calendar", "acceptance", _OUTCOMES, 0, 0,
     f"{CL}, Điều 37"),
    ("denunciation", "", "acceptance", 7, "working", "receipt", _DECIDED, 0, 0, f"{DL}, Điều 24 khoản 1"),
    ("denunciation", "several_places", "acceptance", 10, "working", "receipt", _DECIDED, 0, 0,
     f"{DL}, Điều 24 khoản 1 (xác minh ở nhiều địa điểm)"),
    ("denunciation", "", "forward", 5, "working", "receipt", _DECIDED, 0, 0,
     f"{DL}, Điều 24 khoản 2 (chuyển đơn và thông báo cho người tố cáo; chỉ một lần)"),
    ("denunciation", "", "notify_acceptance", 5, "working", "acceptance", _OUTCOMES, 0, 0, f"{DL}, Điều 29 khoản 3"),
    ("denunciation", "", "resolution", 30, "calendar", "acceptance", _OUTCOMES, 0, 0, f"{DL}, Điều 30"),
    ("denunciation", "complex", "resolution", 30, "calendar", "acceptance", _OUTCOMES, 1, 30,
     f"{DL}, Điều 30 (vụ việc phức tạp: gia hạn một lần, không quá 30 ngày)"),
    ("denunciation", "very_complex", "resolution", 30, "calendar", "acceptance", _OUTCOMES, 2, 30,
     f"{DL}, Điều 30 (đặc biệt phức tạp: gia hạn hai lần, mỗi lần không quá 30 ngày)"),
]

DEFAULT_SET = dict(
    name="Quy định mặc định (Luật Tiếp công dân 2013, Luật Khiếu nại 2011, Luật Tố cáo 2018, NĐ 20/2008)",
    effective_from=date(2014, 1, 1),
    note="Default periods of DESIGN.md §5.",
)
LAW_136_SET = dict(
    name="Từ 01/07/2026 (Luật 136/2025/QH15)",
    effective_from=date(2026, 7, 1),
    note=("TO CONFIRM: Law 136/2025/QH15 amends several periods from 1 July 2026. Complaint acceptance is set to "
          "7 working days; administrators must check every number against the current texts before relying on it."),
)
#: Changes of the 2026-07-01 set relative to the default one: (kind, variant, clock) -> (duration, source).
LAW_136_CHANGES = {
    ("complaint", "", "acceptance"): (7, "Luật 136/2025/QH15 sửa đổi Luật Khiếu nại, Điều 27 (cần xác nhận)"),
}

#: The 2026 exceptions the holidays package does not know: (day, is_working, name).
CALENDAR_2026 = [
    (date(2026, 1, 2), False, "Nghỉ bù Tết Dương lịch 2026 (đổi ngày làm việc)"),
    (date(2026, 1, 10), True, "Làm bù cho ngày 02/01/2026"),
]


def _ensure_set(values: dict, changes: dict) -> bool:
    if db.session.execute(select(RuleSet.id).where(RuleSet.effective_from == values["effective_from"])).first():
        return False
    rule_set = RuleSet(**values)
    for kind, variant, clock, duration, unit, start, stops, max_ext, ext_days, source in DEFAULT_RULES:
        duration, source = changes.get((kind, variant, clock), (duration, source))
        rule_set.rules.append(DeadlineRule(
            kind=kind, variant=variant, clock=clock, duration=duration, unit=unit, start_event=start,
            stop_statuses=list(stops), max_extensions=max_ext, extension_days=ext_days, source=source,
        ))
    db.session.add(rule_set)
    return True


def seed_deadline_rules() -> int:
    """Create the default rule set and the 2026-07-01 one if missing; returns how many sets were created."""
    created = _ensure_set(DEFAULT_SET, {}) + _ensure_set(LAW_136_SET, LAW_136_CHANGES)
    db.session.commit()
    return created


def seed_calendar_exceptions() -> int:
    """Add the known 2026 exceptions if missing; returns how many were added."""
    added = 0
    for day, working, name in CALENDAR_2026:
        if db.session.execute(select(CalendarException.id).where(CalendarException.day == day)).first() is None:
            db.session.add(CalendarException(day=day, is_working=working, name=name))
            added += 1
    db.session.commit()
    return added


def seed_deadlines() -> None:
    """Both seeds (what ``flask seed-demo`` calls)."""
    seed_calendar_exceptions()
    seed_deadline_rules()
