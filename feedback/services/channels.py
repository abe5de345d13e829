"""Offline channels into one case: hotline calls, walk-in reception, the reception schedule, letters by
post and suggestion-box openings. Every case goes through :func:`feedback.services.intake.submit_case`
(so the kind rules of DESIGN.md §3 apply the same way); the register line is written right after it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from ..errors import DomainError, Forbidden
from ..extensions import db
from ..models import BoxOpening, Case, CaseEvent, HotlineCall, Letter, ReceptionSession, ReceptionVisit, User
from ..permissions import can
from ..security import new_pseudonym, seal_identity
from ..timeutil import LOCAL_TZ, local_date, utcnow
from . import cases as case_service
from . import intake

#: Working days between publishing a reception session and the session itself (at least).
SCHEDULE_NOTICE_WORKING_DAYS = 5


def _require(user: User, action: str) -> None:
    if not can(user, action):
        raise Forbidden(_l("You may not do this."))


def local_moment(day: date, at: time | None = None) -> datetime:
    """A Vietnamese local date (and time) as an aware datetime."""
    return datetime.combine(day, at or time(0, 0), LOCAL_TZ)


def _not_future(moment: datetime, field: str) -> None:
    if moment > utcnow() + timedelta(minutes=10):
        raise DomainError(_l("This date is in the future."), field=field)


# --- hotline ---------------------------------------------------------------------------------------

def log_hotline_call(user: User, sub: intake.CaseSubmission, called_at: datetime,
                     duration_minutes: int | None) -> intake.Receipt:
    """Open a case for a hotline call (received when the call came in) and log the call.

    :raises intake.ValidationFailed: the kind's rules are not met (e.g. Decree 20 Art 7.2 for
        regulation feedback: name, address and a phone number or postal address).
    """
    _require(user, "case.log")
    _not_future(called_at, "called_at")
    sub.channel, sub.received_at, sub.submission_token = "hotline", called_at, None
    return intake.submit_case(sub, actor=user, also=lambda case: db.session.add(HotlineCall(
        case=case, called_at=called_at, duration_minutes=duration_minutes, logged_by_id=user.id)))


# --- walk-in reception -----------------------------------------------------------------------------

@dataclass
class VisitData:
    """The fields of the reception register (Citizen Reception Law 2013 Art 25.2)."""

    visited_at: datetime
    full_name: str
    content: str
    address: str | None = None
    id_number: str | None = None
    phone: str | None = None
    prior_handling: str | None = None
    requests: str | None = None
    people_count: int = 1
    handling: str | None = None
    receiving_leader: str | None = None
    documents: str | None = None


def _next_serial(year: int) -> int:
    last = db.session.execute(select(func.max(ReceptionVisit.serial)).where(ReceptionVisit.year == year)).scalar()
    return (last or 0) + 1


def record_visit(user: User, visit: VisitData, *, open_case: intake.CaseSubmission | None = None,
                 attach_reference: str | None = None) -> tuple[ReceptionVisit, intake.Receipt | None]:
    """Write a line of the reception register; optionally open a case (channel ``walk_in``) or attach
    the visit to an existing case the user may see. A denouncer's identity is sealed in the register too.
    """
    _require(user, "case.log")
    _not_future(visit.visited_at, "visited_at")
    if not (visit.full_name or "").strip() or not (visit.content or "").strip():
        raise DomainError(_l("The register needs the citizen's name and the content."), field="full_name")
    case = case_service.get_case_for(user, attach_reference.strip()) if attach_reference else None
    if case is None and open_case is not None:
        open_case.channel, open_case.received_at, open_case.submission_token = "walk_in", visit.visited_at, None
        open_case.submitters = [intake.SubmitterData(full_name=visit.full_name, address=visit.address,
                                                     id_number=visit.id_number, phone=visit.phone)]
    # A denouncer's identity is confidential by law: sealed in the register too (new or existing case).
    sealed = (case.kind if case is not None else getattr(open_case, "kind", None)) == "denunciation"
    identity = {"full_name": visit.full_name.strip(), "address": (visit.address or "").strip() or None,
                "id_number": (visit.id_number or "").strip() or None, "phone": (visit.phone or "").strip() or None}
    year = local_date(visit.visited_at).year

    def register_line(for_case: Case | None) -> ReceptionVisit:
        row = ReceptionVisit(
            year=year, serial=_next_serial(year), visited_at=visit.visited_at, content=visit.content.strip(),
            prior_handling=visit.prior_handling, requests=visit.requests, people_count=max(1, visit.people_count),
            handling=visit.handling, receiving_officer_id=user.id, receiving_leader=visit.receiving_leader,
            documents=visit.documents, case=for_case,
            **({"sealed_identity": seal_identity(identity), "pseudonym": new_pseudonym()} if sealed else
               {"full_name": identity["full_name"], "address": identity["address"],
                "id_number": identity["id_number"]}),
        )
        db.session.add(row)
        if attach_reference and for_case is not None:
            db.session.add(CaseEvent(case=for_case, actor=user, actor_label=user.full_name, type="walk_in_visit",
                                     reason=visit.content.strip(), citizen_visible=True,
                                     payload={"register": f"{row.serial}/{year}"}))
        lines.append(row)
        return row

    for _attempt in range(5):
        lines: list[ReceptionVisit] = []
        try:
            if case is None and open_case is not None:
                # The new case and its register line commit together, or neither does.
                receipt = intake.submit_case(open_case, actor=user, also=register_line)
                return lines[0], receipt
            register_line(case)
            db.session.commit()
            return lines[0], None
        except IntegrityError:  # two officers took the same serial number at once
            db.session.rollback()
    raise DomainError(_l("The register is busy; please try again."))


# --- the reception schedule ------------------------------------------------------------------------

def _calendar():
    try:
        from ..deadlines import working_calendar

        return working_calendar()
    except ImportError:  # pragma: no cover - the deadlines module is optional here
        from ..calendar import WorkingCalendar

        return WorkingCalendar()


def earliest_session_day(today: date | None = None) -> date:
    """The first day a session published today may take place (5 working days ahead)."""
    return _calendar().add_working_days(today or local_date(utcnow()), SCHEDULE_NOTICE_WORKING_DAYS)


def publish_session(user: User, day: date, start: time, end: time, place: str, leader: str,
                    note: str | None = None) -> ReceptionSession:
    """Publish a reception session at least 5 working days ahead (refused otherwise)."""
    _require(user, "case.triage")
    if end <= start:
        raise DomainError(_l("The session must end after it starts."), field="end_time")
    earliest = earliest_session_day()
    if day < earliest:
        raise DomainError(_l("A reception session must be published at least %(n)d working days ahead. "
                             "The earliest day you can publish today is %(day)s.",
                             n=SCHEDULE_NOTICE_WORKING_DAYS, day=earliest.strftime("%d/%m/%Y")), field="day")
    session = ReceptionSession(day=day, start_time=start, end_time=end, place=place.strip(),
                               leader=leader.strip(), note=(note or "").strip() or None, created_by_id=user.id)
    db.session.add(session)
    db.session.commit()
    return session


def cancel_session(user: User, session_id: int) -> ReceptionSession:
    """Mark a session cancelled (it stays listed so citizens see the change)."""
    _require(user, "case.triage")
    session = db.session.get(ReceptionSession, session_id)
    if session is None:
        raise DomainError(_l("No such session."))
    session.cancelled = True
    db.session.commit()
    return session


WEEKDAYS = (_l("Monday"), _l("Tuesday"), _l("Wednesday"), _l("Thursday"), _l("Friday"), _l("Saturday"),
            _l("Sunday"))


def weekday_label(day: date) -> str:
    """Translated weekday name."""
    return str(WEEKDAYS[day.weekday()])


def upcoming_sessions(today: date | None = None) -> list[ReceptionSession]:
    """Sessions from today on, in date order."""
    today = today or local_date(utcnow())
    return list(db.session.execute(
        select(ReceptionSession).where(ReceptionSession.day >= today)
        .order_by(ReceptionSession.day, ReceptionSession.start_time)
    ).scalars())


# --- post and suggestion box -----------------------------------------------------------------------

def log_letter(user: User, sub: intake.CaseSubmission, received_on: date, *, postmark_date: date | None = None,
               pages: int | None = None, box_opening: BoxOpening | None = None) -> intake.Receipt:
    """Open a case for a letter by post (received on ``received_on``) or found at a box opening.

    Scans travel in ``sub.attachments`` (checked by :func:`feedback.uploads.check_upload`).
    """
    _require(user, "case.log")
    if box_opening is not None:
        sub.channel, sub.received_at = "suggestion_box", box_opening.opened_at
        received_on = local_date(box_opening.opened_at)
    else:
        if postmark_date and postmark_date > received_on:
            raise DomainError(_l("The postmark cannot be later than the day of receipt."), field="postmark_date")
        today = local_date(utcnow())
        if received_on > today:
            raise DomainError(_l("This date is in the future."), field="received_on")
        sub.channel = "post"
        sub.received_at = utcnow() if received_on == today else local_moment(received_on)
    sub.submission_token = None
    return intake.submit_case(sub, actor=user, also=lambda case: db.session.add(Letter(
        channel=sub.channel, case=case, postmark_date=postmark_date, received_on=received_on, pages=pages,
        box_opening=box_opening, logged_by_id=user.id)))


def record_box_opening(user: User, opened_at: datetime, location: str, members: str,
                       notes: str | None = None) -> BoxOpening:
    """Record the minutes of a suggestion-box opening; letters are then added one by one."""
    _require(user, "case.log")
    _not_future(opened_at, "opened_at")
    if len([m for m in (members or "").splitlines() if m.strip()]) < 2:
        raise DomainError(_l("The minutes need at least two members present, one per line."), field="members")
    opening = BoxOpening(opened_at=opened_at, location=location.strip(), members=members.strip(),
                         notes=(notes or "").strip() or None, recorded_by_id=user.id)
    db.session.add(opening)
    db.session.commit()
    return opening


@dataclass
class CaseChannelRecords:
    """The register lines behind one case (shown on the staff case page)."""

    calls: list
    visits: list
    letters: list
    emails: list

    def __bool__(self) -> bool:
        return bool(self.calls or self.visits or self.letters or self.emails)


def records_for_case(case) -> CaseChannelRecords:
    """Hotline calls, reception visits, letters and emails linked to ``case``."""
    from ..models import InboundMessage

    def rows(model, order):
        return list(db.session.execute(select(model).where(model.case_id == case.id).order_by(order)).scalars())

    return CaseChannelRecords(calls=rows(HotlineCall, HotlineCall.id), visits=rows(ReceptionVisit, ReceptionVisit.id),
                              letters=rows(Letter, Letter.id), emails=rows(InboundMessage, InboundMessage.id))
