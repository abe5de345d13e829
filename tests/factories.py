"""Test factories built on the real services."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from feedback.extensions import db
from feedback.models import Agency, AgencyProfile, Category, Unit, User
from feedback.security import hash_password
from feedback.services.intake import CaseSubmission, SubmitterData, submit_case

PASSWORD = "correct horse battery"
_HASH: dict[str, str] = {}
_counter = itertools.count(1)


def password_hash() -> str:
    if PASSWORD not in _HASH:
        _HASH[PASSWORD] = hash_password(PASSWORD)
    return _HASH[PASSWORD]


def make_user(role: str, unit: Unit | None = None, email: str | None = None, name: str | None = None) -> User:
    n = next(_counter)
    user = User(email=email or f"{role}{n}@test.vn", full_name=name or f"{role.title()} {n}", role=role,
                unit=unit, password_hash=password_hash())
    db.session.add(user)
    db.session.commit()
    return user


def make_case(kind: str = "feedback", *, channel: str = "web", category: Category | None = None,
              unit: Unit | None = None, anonymous: bool = False, actor: User | None = None, **fields):
    person = fields.pop("person", None) or SubmitterData(
        full_name="Nguyễn Văn An", address="12 Lê Lợi, Quy Nhơn", phone="0905123456", email="an@example.vn")
    data = dict(title="Ổ gà trên đường Nguyễn Huệ", content="Mặt đường có ổ gà lớn gây nguy hiểm.",
                subject="Quyết định số 1/QĐ-XPHC" if kind in ("complaint", "denunciation") else None,
                request="Đề nghị hủy quyết định" if kind == "complaint" else None)
    data.update(fields)
    receipt = submit_case(CaseSubmission(
        kind=kind, channel=channel, category_id=category.id if category else None, anonymous=anonymous,
        submitters=[] if anonymous else [person], signature_confirmed=True, consent=True, **data,
    ), actor=actor)
    if unit is not None:
        receipt.case.unit = unit
        db.session.commit()
    return receipt


@dataclass
class World:
    profile: AgencyProfile
    road_unit: Unit
    transport_unit: Unit
    road: Category
    licence: Category
    agency: Agency
    reception: User
    officer: User
    unit_head: User
    other_officer: User
    leader: User
    inspector: User
    admin: User

    @classmethod
    def build(cls) -> World:
        profile = AgencyProfile(id=1, name="Sở Giao thông vận tải tỉnh Bình Định", parent_name="UBND TỈNH BÌNH ĐỊNH",
                                address="07 Nguyễn Huệ, Quy Nhơn", hotline="0256 3 822 171",
                                email="gopy@sgtvt.example.vn", reception_address="Phòng tiếp công dân",
                                reception_schedule="Sáng thứ Hai đến thứ Sáu", place_name="Bình Định")
        road_unit = Unit(code="QLKCHT", name="Phòng Quản lý kết cấu hạ tầng")
        transport_unit = Unit(code="QLVT", name="Phòng Quản lý vận tải")
        road = Category(code="road", name="Kết cấu hạ tầng đường bộ", default_unit=road_unit, position=1)
        licence = Category(code="licence", name="Giấy phép lái xe", default_unit=transport_unit, position=2)
        agency = Agency(name="UBND thành phố Quy Nhơn")
        db.session.add_all([profile, road_unit, transport_unit, road, licence, agency])
        db.session.commit()
        return cls(
            profile=profile, road_unit=road_unit, transport_unit=transport_unit, road=road, licence=licence,
            agency=agency,
            reception=make_user("reception"), officer=make_user("officer", road_unit),
            unit_head=make_user("unit_head", road_unit), other_officer=make_user("officer", transport_unit),
            leader=make_user("leader"), inspector=make_user("inspector"), admin=make_user("admin"),
        )
