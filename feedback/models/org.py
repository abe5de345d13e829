"""The agency and its organisation: profile, units, categories, external agencies."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db


class AgencyProfile(db.Model):
    """The one agency this installation serves (cơ quan), shown on public pages and documents."""

    __tablename__ = "agency_profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Official name, e.g. "Sở Giao thông vận tải tỉnh Bình Định".
    name: Mapped[str] = mapped_column(String(200))
    #: The governing body printed above the name on documents, e.g. "UBND tỉnh Bình Định".
    parent_name: Mapped[str] = mapped_column(String(200), default="")
    #: Short name used in document numbers, e.g. "SGTVT".
    short_name: Mapped[str] = mapped_column(String(40), default="")
    #: Postal address of the agency.
    address: Mapped[str] = mapped_column(String(300), default="")
    #: Published hotline (đường dây nóng).
    hotline: Mapped[str] = mapped_column(String(40), default="")
    #: Published email address for feedback.
    email: Mapped[str] = mapped_column(String(200), default="")
    #: Public website.
    website: Mapped[str] = mapped_column(String(200), default="")
    #: Where citizens are received in person (trụ sở tiếp công dân).
    reception_address: Mapped[str] = mapped_column(String(300), default="")
    #: Free text of the reception schedule until the schedule module publishes dated sessions.
    reception_schedule: Mapped[str] = mapped_column(Text, default="")
    #: Place name used in document dates ("Bình Định, ngày …").
    place_name: Mapped[str] = mapped_column(String(100), default="")


class Unit(db.Model):
    """An internal department (phòng, đơn vị) that handles cases."""

    __tablename__ = "unit"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Stable short code used in commands and routing rules, e.g. "QLVT".
    code: Mapped[str] = mapped_column(String(20), unique=True)
    #: Vietnamese name.
    name: Mapped[str] = mapped_column(String(200))
    #: Whether new cases may be routed here.
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    users = relationship("User", back_populates="unit")

    def __repr__(self) -> str:
        return f"<Unit {self.code}>"


class Category(db.Model):
    """A topic (lĩnh vực) a case is about; suggests the responsible unit."""

    __tablename__ = "category"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Stable short code, e.g. "road".
    code: Mapped[str] = mapped_column(String(40), unique=True)
    #: Vietnamese name shown to citizens.
    name: Mapped[str] = mapped_column(String(200))
    #: Unit that usually handles this topic.
    default_unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    #: Display order on forms.
    position: Mapped[int] = mapped_column(Integer, default=0)
    #: Offered on forms.
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    default_unit = relationship("Unit")


class Agency(db.Model):
    """An external competent body (cơ quan có thẩm quyền) a case can be forwarded to."""

    __tablename__ = "agency"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Official name.
    name: Mapped[str] = mapped_column(String(200), unique=True)
    #: Postal address for forwarding slips.
    address: Mapped[str] = mapped_column(String(300), default="")
    #: Contact email.
    email: Mapped[str] = mapped_column(String(200), default="")
    #: Contact phone.
    phone: Mapped[str] = mapped_column(String(40), default="")
    #: Offered in forwarding lists.
    active: Mapped[bool] = mapped_column(Boolean, default=True)
