"""Demo data for ``flask seed-demo``: the Binh Dinh Department of Transport (seed plan), its units,
topics, partner agencies, one account per role and about sixty realistic cases."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from .extensions import db
from .lifecycle import apply_transition
from .models import Agency, AgencyProfile, Case, CaseEvent, Category, Unit, User
from .security import hash_password
from .services.intake import CaseSubmission, SubmitterData, submit_case
from .timeutil import utcnow

PROFILE = dict(
    name="Sở Giao thông vận tải tỉnh Bình Định",
    parent_name="UBND TỈNH BÌNH ĐỊNH",
    short_name="SGTVT",
    address="07 Nguyễn Huệ, phường Hải Cảng, TP. Quy Nhơn, tỉnh Bình Định",
    hotline="0256 3 822 171",
    email="gopy@sgtvt.binhdinh.example.vn",
    website="https://sgtvt.binhdinh.example.vn",
    reception_address="Phòng tiếp công dân, tầng 1, 07 Nguyễn Huệ, TP. Quy Nhơn",
    reception_schedule=(
        "Tiếp công dân thường xuyên: sáng thứ Hai đến thứ Sáu, 7 giờ 30 – 11 giờ 00; chiều 13 giờ 30 – 16 giờ 30.\n"
        "Lãnh đạo Sở tiếp công dân định kỳ vào ngày 15 hằng tháng (nếu trùng ngày nghỉ thì chuyển sang ngày làm "
        "việc tiếp theo)."
    ),
    place_name="Bình Định",
)

UNITS = [
    ("VP", "Văn phòng Sở"),
    ("TTRA", "Thanh tra Sở"),
    ("QLVT", "Phòng Quản lý vận tải, phương tiện và người lái"),
    ("QLKCHT", "Phòng Quản lý kết cấu hạ tầng giao thông"),
    ("KHTC", "Phòng Kế hoạch – Tài chính"),
    ("QLCL", "Phòng Quản lý chất lượng công trình giao thông"),
]

CATEGORIES = [
    ("road", "Kết cấu hạ tầng đường bộ", "QLKCHT"),
    ("bridge", "Cầu, bến phà", "QLKCHT"),
    ("signs", "Biển báo, đèn tín hiệu giao thông", "QLKCHT"),
    ("licence", "Giấy phép lái xe, sát hạch", "QLVT"),
    ("vehicle", "Đăng ký, kiểm định phương tiện", "QLVT"),
    ("transport", "Vận tải hành khách, xe buýt, bến xe", "QLVT"),
    ("safety", "Trật tự an toàn giao thông", "TTRA"),
    ("clearance", "Bồi thường, giải phóng mặt bằng", "KHTC"),
    ("procedure", "Thủ tục hành chính", "VP"),
    ("conduct", "Thái độ, đạo đức công vụ", "TTRA"),
    ("inland", "Đường thủy nội địa", "QLKCHT"),
]

AGENCIES = [
    ("UBND thành phố Quy Nhơn", "01 Trần Phú, TP. Quy Nhơn"),
    ("Công an tỉnh Bình Định", "08 Trần Phú, TP. Quy Nhơn"),
    ("Sở Tài nguyên và Môi trường tỉnh Bình Định", "08 Hai Bà Trưng, TP. Quy Nhơn"),
    ("Khu Quản lý đường bộ III", "Quận Liên Chiểu, TP. Đà Nẵng"),
    ("Thanh tra tỉnh Bình Định", "52 Lê Hồng Phong, TP. Quy Nhơn"),
    ("Cục Đăng kiểm Việt Nam", "18 Phạm Hùng, Hà Nội"),
]

#: (email, full name, role, unit code, password) — demo only, printed by the command.
DEMO_USERS = [
    ("tiepnhan@demo.vn", "Nguyễn Thị Lan", "reception", None, "tiepnhan-demo"),
    ("chuyenvien@demo.vn", "Trần Văn Bình", "officer", "QLKCHT", "chuyenvien-demo"),
    ("truongphong@demo.vn", "Lê Quốc Hưng", "unit_head", "QLKCHT", "truongphong-demo"),
    ("chuyenvien.vt@demo.vn", "Phạm Thị Thu", "officer", "QLVT", "chuyenvien-demo"),
    ("lanhdao@demo.vn", "Võ Minh Tâm", "leader", None, "lanhdao-demo"),
    ("thanhtra@demo.vn", "Đặng Thị Hoa", "inspector", None, "thanhtra-demo"),
    ("quantri@demo.vn", "Huỳnh Văn Khoa", "admin", None, "quantri-demo"),
]


def _get_or_create(model, lookup: dict, **values):
    row = db.session.execute(select(model).filter_by(**lookup)).scalar_one_or_none()
    if row is None:
        row = model(**lookup, **values)
        db.session.add(row)
    return row


def seed_reference_data() -> None:
    """Profile, units, categories and agencies (idempotent)."""
    if db.session.get(AgencyProfile, 1) is None:
        db.session.add(AgencyProfile(id=1, **PROFILE))
    units = {code: _get_or_create(Unit, {"code": code}, name=name) for code, name in UNITS}
    db.session.flush()
    for position, (code, name, unit_code) in enumerate(CATEGORIES):
        _get_or_create(Category, {"code": code}, name=name, default_unit=units[unit_code], position=position)
    for name, address in AGENCIES:
        _get_or_create(Agency, {"name": name}, address=address)
    db.session.commit()
    from .deadlines_seed import seed_deadlines  # deadlines: rule sets and the 2026 calendar exceptions

    seed_deadlines()


def seed_users() -> list[tuple[str, str, str]]:
    """One account per role; returns (email, role, password) for printing."""
    printed = []
    for email, full_name, role, unit_code, password in DEMO_USERS:
        user = db.session.execute(select(User).where(User.email == email)).scalar_one_or_none()
        if user is None:
            unit = db.session.execute(select(Unit).where(Unit.code == unit_code)).scalar_one() if unit_code else None
            db.session.add(User(email=email, full_name=full_name, role=role, unit=unit,
                                password_hash=hash_password(password)))
        printed.append((email, role, password))
    db.session.commit()
    return printed


def seed_cases() -> int:
    """Create the demo cases once (skipped when any case exists). Returns how many were created."""
    if db.session.execute(select(Case.id).limit(1)).first() is not None:
        return 0
    from .demo_cases import DEMO_CASES

    categories = {c.code: c for c in db.session.execute(select(Category)).scalars()}
    units = {u.code: u for u in db.session.execute(select(Unit)).scalars()}
    staff = {u.role: u for u in db.session.execute(select(User)).scalars()}
    now = utcnow()
    for item in sorted(DEMO_CASES, key=lambda d: -d["days_ago"]):
        received_at = now - timedelta(days=item["days_ago"], hours=(item["days_ago"] * 7) % 9)
        receipt = submit_case(CaseSubmission(
            kind=item["kind"], channel=item["channel"], title=item["title"], content=item["content"],
            category_id=categories[item["category"]].id, subject=item.get("subject"),
            request=item.get("request"), location=item.get("location"), anonymous=item["anonymous"],
            submitters=[SubmitterData(**s) for s in item["submitters"]], signature_confirmed=True, consent=True,
            received_at=received_at,
        ), actor=None if item["channel"] == "web" else staff.get("reception"))
        case = receipt.case
        case.unit = units.get(item["unit"]) if item.get("unit") else case.unit
        if case.unit and case.unit.code in ("QLKCHT", "QLVT") and item["status"] not in ("received", "triage"):
            case.assignee = next((u for u in case.unit.users if u.role == "officer"), None)
        _replay_history(case, item, received_at, staff)
        db.session.commit()
    return len(DEMO_CASES) + _seed_duplicate(categories, staff)


#: A caller reporting the same potholes again: merged into the online report through the real service.
DUPLICATE = dict(
    title="Ổ gà trên QL19 qua Tây Xuân chưa được sửa",
    content=("Ông Trần Văn Lực gọi đường dây nóng phản ánh: trên QL19 đoạn qua xã Tây Xuân, huyện Tây Sơn có nhiều "
             "ổ gà sâu, xe máy đi ban đêm rất dễ té ngã. Ông đề nghị Sở cho sửa chữa sớm."),
    original_title="Nhiều ổ gà sâu trên QL19 đoạn qua xã Tây Xuân",
)


def _seed_duplicate(categories: dict, staff: dict) -> int:
    from .services import case_links

    original = db.session.execute(
        select(Case).where(Case.title.startswith(DUPLICATE["original_title"]))).scalars().first()
    leader = staff.get("leader")
    if original is None or leader is None:
        return 0
    receipt = submit_case(CaseSubmission(
        kind="feedback", channel="hotline", title=DUPLICATE["title"], content=DUPLICATE["content"],
        category_id=categories["road"].id, location="QL19, xã Tây Xuân, huyện Tây Sơn",
        submitters=[SubmitterData(full_name="Trần Văn Lực", address="Tây Xuân, Tây Sơn", phone="0935 468 120")],
    ), actor=staff.get("reception"))
    case_links.merge(leader, receipt.case, original, f"Trùng nội dung với hồ sơ {original.reference}.")
    return 1


def _replay_history(case: Case, item: dict, received_at, staff: dict) -> None:
    actor = staff.get("unit_head") or staff.get("leader")
    for step in item.get("history", []):
        when = received_at + timedelta(days=step.get("days_after", 0), hours=2)
        if step["type"] == "status" and step.get("to"):
            event = apply_transition(case, step["to"], actor, reason=step.get("text") or None,
                                     citizen_visible=step.get("citizen_visible"), at=when)
        else:
            event = CaseEvent(case=case, actor=actor, actor_label=actor.full_name if actor else None, type="note",
                              reason=step.get("text"), citizen_visible=bool(step.get("citizen_visible")))
            db.session.add(event)
        event.created_at = when
