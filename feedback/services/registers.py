"""Registers per channel, in the order and columns of the paper books, for a date range; CSV export.

Sealed identities appear only as pseudonyms (DESIGN.md §7). Exports are audited.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, timedelta

from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..domain import kind_label
from ..extensions import db
from ..models import BoxOpening, Case, HotlineCall, InboundMessage, Letter, ReceptionVisit, User
from ..timeutil import format_date, format_datetime
from . import audit
from .channels import local_moment

REGISTER_CHANNELS = ("walk_in", "hotline", "email", "post", "suggestion_box")

TITLES = {
    "walk_in": _l("Reception register (sổ tiếp công dân)"),
    "hotline": _l("Hotline register"),
    "email": _l("Email register"),
    "post": _l("Register of letters received by post"),
    "suggestion_box": _l("Suggestion box register"),
}


@dataclass
class Register:
    """A register ready to print or export."""

    channel: str
    title: object
    start: date
    end: date
    columns: list
    rows: list[list[str]]


def _person(case: Case | None) -> tuple[str, str, str]:
    """Name, address and phone of the first submitter, a pseudonym when sealed."""
    if case is None or not case.submitters:
        return (str(_l("Anonymous")) if case is not None and case.is_anonymous else "", "", "")
    person = case.submitters[0]
    if person.is_confidential:
        return person.pseudonym or "", "", ""
    return person.full_name or "", person.address or "", person.phone or ""


def _span(start: date, end: date):
    return local_moment(start), local_moment(end + timedelta(days=1))


def _walk_in(start: date, end: date):
    lo, hi = _span(start, end)
    rows = db.session.execute(
        select(ReceptionVisit).where(ReceptionVisit.visited_at >= lo, ReceptionVisit.visited_at < hi)
        .options(selectinload(ReceptionVisit.case), selectinload(ReceptionVisit.receiving_officer))
        .order_by(ReceptionVisit.year, ReceptionVisit.serial)).scalars()
    columns = [_l("No."), _l("Date"), _l("Full name, address, ID number"), _l("Content"),
               _l("Handling so far by competent bodies"), _l("Requests"), _l("Number of people"),
               _l("How received and handled"), _l("Received by"), _l("Case")]
    out = []
    for v in rows:
        who = v.pseudonym if v.sealed_identity else "; ".join(x for x in (v.full_name, v.address, v.id_number) if x)
        receiver = v.receiving_officer.full_name + (f" / {v.receiving_leader}" if v.receiving_leader else "")
        out.append([f"{v.serial}/{v.year}", format_datetime(v.visited_at), who, v.content, v.prior_handling or "",
                    v.requests or "", str(v.people_count), v.handling or "", receiver,
                    v.case.reference if v.case else ""])
    return columns, out


def _hotline(start: date, end: date):
    lo, hi = _span(start, end)
    rows = db.session.execute(
        select(HotlineCall).where(HotlineCall.called_at >= lo, HotlineCall.called_at < hi)
        .options(selectinload(HotlineCall.case).selectinload(Case.submitters), selectinload(HotlineCall.logged_by))
        .order_by(HotlineCall.called_at, HotlineCall.id)).scalars()
    columns = [_l("No."), _l("Call time"), _l("Minutes"), _l("Caller"), _l("Phone"), _l("Address"), _l("Kind"),
               _l("What was said"), _l("Case"), _l("Answered by")]
    out = []
    for n, call in enumerate(rows, 1):
        name, address, phone = _person(call.case)
        out.append([str(n), format_datetime(call.called_at), str(call.duration_minutes or ""), name, phone, address,
                    kind_label(call.case.kind), call.case.content, call.case.reference, call.logged_by.full_name])
    return columns, out


def _email(start: date, end: date):
    lo, hi = _span(start, end)
    rows = db.session.execute(
        select(InboundMessage).where(InboundMessage.received_at >= lo, InboundMessage.received_at < hi)
        .options(selectinload(InboundMessage.case)).order_by(InboundMessage.received_at, InboundMessage.id)).scalars()
    labels = {"new": _l("In the inbox"), "attached": _l("Added to a case"), "case_created": _l("New case"),
              "spam": _l("Spam"), "auto_reply": _l("Automatic reply"), "bounce": _l("Delivery failure"),
              "malformed": _l("Unreadable")}
    columns = [_l("No."), _l("Received"), _l("From"), _l("Subject"), _l("Outcome"), _l("Case")]
    out = []
    for n, m in enumerate(rows, 1):
        case = m.case
        sealed = case is not None and any(s.is_confidential for s in case.submitters)
        sender = _person(case)[0] if sealed else (m.from_address or "")
        out.append([str(n), format_datetime(m.received_at), sender, m.subject or "", str(labels[m.status]),
                    case.reference if case else ""])
    return columns, out


def _letters(channel: str, start: date, end: date):
    rows = db.session.execute(
        select(Letter).where(Letter.channel == channel, Letter.received_on >= start, Letter.received_on <= end)
        .options(selectinload(Letter.case).selectinload(Case.submitters), selectinload(Letter.box_opening))
        .order_by(Letter.received_on, Letter.id)).scalars()
    if channel == "post":
        columns = [_l("No."), _l("Received on"), _l("Postmark"), _l("Sender"), _l("Address"), _l("Kind"),
                   _l("Content"), _l("Pages"), _l("Case")]
    else:
        columns = [_l("No."), _l("Box opened on"), _l("Place"), _l("Signed by"), _l("Kind"), _l("Content"),
                   _l("Pages"), _l("Case")]
    out = []
    for n, letter in enumerate(rows, 1):
        name, address, _phone = _person(letter.case)
        case = letter.case
        if channel == "post":
            out.append([str(n), format_date(letter.received_on), format_date(letter.postmark_date), name, address,
                        kind_label(case.kind), case.content, str(letter.pages or ""), case.reference])
        else:
            opening: BoxOpening | None = letter.box_opening
            out.append([str(n), format_date(letter.received_on), opening.location if opening else "", name,
                        kind_label(case.kind), case.content, str(letter.pages or ""), case.reference])
    return columns, out


def build(channel: str, start: date, end: date) -> Register:
    """The register of ``channel`` for the days ``start``..``end`` (inclusive, local dates)."""
    if channel not in REGISTER_CHANNELS:
        raise ValueError(channel)
    if channel == "walk_in":
        columns, rows = _walk_in(start, end)
    elif channel == "hotline":
        columns, rows = _hotline(start, end)
    elif channel == "email":
        columns, rows = _email(start, end)
    else:
        columns, rows = _letters(channel, start, end)
    return Register(channel, TITLES[channel], start, end, columns, rows)


def to_csv(register: Register, user: User) -> bytes:
    """The register as CSV (UTF-8 with BOM so Excel shows Vietnamese); records ``export.register``."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([str(c) for c in register.columns])
    writer.writerows(register.rows)
    audit.record("export.register", user, object_type="register", object_id=register.channel,
                 details={"from": register.start.isoformat(), "to": register.end.isoformat(),
                          "rows": len(register.rows)})
    db.session.commit()
    return b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8")
