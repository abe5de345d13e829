"""Registers of the offline channels: hotline calls, walk-in visits (sổ tiếp công dân), the reception
schedule, letters by post and suggestion-box openings (biên bản mở hòm thư)."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import UTCDateTime, now_column_default


class HotlineCall(db.Model):
    """A call to the published hotline (đường dây nóng), logged while on the phone; it opens a case."""

    __tablename__ = "hotline_call"
    __table_args__ = (Index("ix_hotline_call_called_at", "called_at", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    #: The case the call opened.
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id"), index=True)
    #: When the call started (UTC).
    called_at: Mapped[datetime] = mapped_column(UTCDateTime())
    #: Length of the call in minutes.
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    #: Officer who answered and logged it.
    logged_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    #: When it was logged.
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=now_column_default)

    case = relationship("Case")
    logged_by = relationship("User")


class ReceptionVisit(db.Model):
    """One line of the reception register (sổ tiếp công dân), Citizen Reception Law 2013 Art 25.2.

    The identity of a person who comes to denounce is sealed like a denouncer's (``sealed_identity``).
    """

    __tablename__ = "reception_visit"
    __table_args__ = (
        UniqueConstraint("year", "serial", name="uq_reception_visit_year_serial"),
        CheckConstraint("people_count >= 1", name="people_positive"),
        Index("ix_reception_visit_visited_at", "visited_at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Year of the register (Asia/Ho_Chi_Minh).
    year: Mapped[int] = mapped_column(Integer)
    #: Serial number in the year's register (số thứ tự), from 1.
    serial: Mapped[int] = mapped_column(Integer)
    #: Date and time of the visit (UTC).
    visited_at: Mapped[datetime] = mapped_column(UTCDateTime())
    #: Full name of the citizen (None when sealed).
    full_name: Mapped[str | None] = mapped_column(String(200))
    #: Address (None when sealed).
    address: Mapped[str | None] = mapped_column(String(300))
    #: Citizen ID number (CCCD) or other identity paper (None when sealed).
    id_number: Mapped[str | None] = mapped_column(String(30))
    #: Sealed identity (Fernet) of a denouncer; the three fields above are then empty.
    sealed_identity: Mapped[bytes | None] = mapped_column(LargeBinary)
    #: Pseudonym shown instead of a sealed identity.
    pseudonym: Mapped[str | None] = mapped_column(String(40))
    #: Content of the visit (nội dung vụ việc).
    content: Mapped[str] = mapped_column(Text)
    #: Handling so far by competent bodies (quá trình giải quyết của cơ quan có thẩm quyền).
    prior_handling: Mapped[str | None] = mapped_column(Text)
    #: What the citizen requests (yêu cầu, đề nghị).
    requests: Mapped[str | None] = mapped_column(Text)
    #: Number of people who came (số người).
    people_count: Mapped[int] = mapped_column(Integer, default=1)
    #: How the visit was received and handled (hướng xử lý).
    handling: Mapped[str | None] = mapped_column(Text)
    #: Officer who received the citizen.
    receiving_officer_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    #: Leader who received the citizen, when a leader did (lãnh đạo tiếp).
    receiving_leader: Mapped[str | None] = mapped_column(String(200))
    #: Documents the citizen handed over, one per line (for the receipt, giấy biên nhận).
    documents: Mapped[str | None] = mapped_column(Text)
    #: Case opened or attached.
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case.id"), index=True)
    #: When the line was written.
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=now_column_default)

    case = relationship("Case")
    receiving_officer = relationship("User")

    @property
    def display_name(self) -> str:
        return self.pseudonym if self.sealed_identity else (self.full_name or "")


class ReceptionSession(db.Model):
    """A published reception session (lịch tiếp công dân): day, hours, place and the receiving leader."""

    __tablename__ = "reception_session"
    __table_args__ = (
        CheckConstraint("end_time > start_time", name="ends_after_start"),
        Index("ix_reception_session_day", "day", "start_time"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: The day of the session.
    day: Mapped[date] = mapped_column(Date)
    #: Start (local time).
    start_time: Mapped[time] = mapped_column(Time)
    #: End (local time).
    end_time: Mapped[time] = mapped_column(Time)
    #: Where citizens are received.
    place: Mapped[str] = mapped_column(String(300))
    #: The leader who receives (name and title).
    leader: Mapped[str] = mapped_column(String(200))
    #: Public note (topics, documents to bring …).
    note: Mapped[str | None] = mapped_column(Text)
    #: Cancelled sessions stay listed, marked cancelled.
    cancelled: Mapped[bool] = mapped_column(default=False)
    #: Staff member who published it.
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    #: When it was published.
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=now_column_default)


class BoxOpening(db.Model):
    """The opening of a suggestion box, with its minutes (biên bản mở hòm thư góp ý)."""

    __tablename__ = "box_opening"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: When the box was opened (UTC); the receipt time of the letters found.
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    #: Where the box is.
    location: Mapped[str] = mapped_column(String(300))
    #: Members present, one per line (name, position) — the minutes.
    members: Mapped[str] = mapped_column(Text)
    #: Remarks of the minutes (state of the seal, letters illegible …).
    notes: Mapped[str | None] = mapped_column(Text)
    #: Staff member who recorded it.
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    #: When it was recorded.
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=now_column_default)

    letters = relationship("Letter", back_populates="box_opening", order_by="Letter.id")
    recorded_by = relationship("User")


class Letter(db.Model):
    """A letter received by post or found in the suggestion box; each becomes a case."""

    __tablename__ = "letter"
    __table_args__ = (
        CheckConstraint("channel IN ('post','suggestion_box')", name="channel_known"),
        Index("ix_letter_received_on", "received_on", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: ``post`` or ``suggestion_box``.
    channel: Mapped[str] = mapped_column(String(20))
    #: The case it became.
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id"), index=True)
    #: Postmark date on the envelope (post only).
    postmark_date: Mapped[date | None] = mapped_column(Date)
    #: Date the agency received it (the box opening's date for the box).
    received_on: Mapped[date] = mapped_column(Date)
    #: Number of pages.
    pages: Mapped[int | None] = mapped_column(Integer)
    #: Box opening where it was found.
    box_opening_id: Mapped[int | None] = mapped_column(ForeignKey("box_opening.id"), index=True)
    #: Staff member who logged it.
    logged_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    #: When it was logged.
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=now_column_default)

    case = relationship("Case")
    box_opening = relationship("BoxOpening", back_populates="letters")
    logged_by = relationship("User")
