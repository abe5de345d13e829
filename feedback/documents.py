"""Printable notices in the layout of Decree 30/2020/NĐ-CP: numbers, context, HTML and PDF.

Documents: acknowledgement of receipt, acceptance notice, forwarding slip, guidance notice,
non-acceptance notice, and the reply. HTML pages carry a print stylesheet; the PDF is the same
page printed by headless Chromium through Playwright (``pip install playwright`` and a Chromium:
``apt-get install chromium`` or ``playwright install chromium``; ``CHROMIUM_PATH`` selects the binary).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from flask import current_app
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from .extensions import db
from .models import AgencyProfile, Case, CaseEvent, DocumentNumber
from .models.handling import DOCUMENT_KINDS
from .timeutil import local_date, utcnow

#: Which event carries each document: (event type, to_status).
DOCUMENT_EVENTS = {
    "acceptance": ("status", "accepted"),
    "forwarding": ("status", "forwarded"),
    "guidance": ("status", "guided"),
    "rejection": ("status", "rejected"),
}


def issue_number(kind: str, when: datetime | None = None) -> str:
    """The next document number of ``kind`` for the year, e.g. ``15/TB-SGTVT`` (caller commits)."""
    series = DOCUMENT_KINDS[kind]
    year = local_date(when or utcnow()).year
    bump = (update(DocumentNumber).where(DocumentNumber.year == year, DocumentNumber.series == series)
            .values(last_value=DocumentNumber.last_value + 1).returning(DocumentNumber.last_value))
    number = db.session.execute(bump).scalar()
    if number is None:
        try:
            with db.session.begin_nested():
                db.session.add(DocumentNumber(year=year, series=series, last_value=1))
            number = 1
        except IntegrityError:
            number = db.session.execute(bump).scalar_one()
    profile = db.session.get(AgencyProfile, 1)
    short = (profile.short_name if profile and profile.short_name else "") or "CQ"
    return f"{number}/{series}-{short}"


def vietnamese_date_line(place: str, moment: datetime) -> str:
    """``Bình Định, ngày 27 tháng 11 năm 2026`` (days and months below 10 keep a leading zero for 1–2)."""
    day = local_date(moment)
    d = f"{day.day:02d}" if day.day < 3 else str(day.day)
    m = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"{place}, ngày {d} tháng {m} năm {day.year}"


@dataclass
class Document:
    """What a notice template needs."""

    kind: str
    case: Case
    number: str | None
    issued_at: datetime
    event: CaseEvent | None = None
    body: str | None = None


def find_document(case: Case, kind: str) -> Document | None:
    """The document of ``kind`` for ``case``, or None when the case has no such outcome yet."""
    if kind == "receipt":
        return Document(kind, case, f"{case.reference}/PTN", case.received_at)
    if kind == "reply":
        from .services.replies import approved_reply

        reply = approved_reply(case)
        if reply is None:
            return None
        return Document(kind, case, reply.document_number, reply.decided_at or utcnow(), body=reply.body)
    type_, status = DOCUMENT_EVENTS[kind]
    event = db.session.execute(
        select(CaseEvent).where(CaseEvent.case_id == case.id, CaseEvent.type == type_, CaseEvent.to_status == status)
        .order_by(CaseEvent.id.desc())
    ).scalars().first()
    if event is None:
        return None
    return Document(kind, case, (event.payload or {}).get("document_number"), event.created_at, event=event,
                    body=event.reason)


def render_pdf(html: str) -> bytes:
    """Print ``html`` (self-contained: styles inlined, no network) to an A4 PDF with headless Chromium."""
    import os

    from playwright.sync_api import sync_playwright

    path = current_app.config.get("CHROMIUM_PATH") or os.environ.get("CHROMIUM_PATH") or "/usr/bin/chromium"
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=path, args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        try:
            page = browser.new_page()
            page.route("**/*", lambda route: route.abort())
            page.set_content(html, wait_until="load")
            return page.pdf(format="A4", print_background=True, prefer_css_page_size=True)
        finally:
            browser.close()


def print_css() -> str:
    """The print stylesheet, for inlining into the PDF's HTML."""
    from pathlib import Path

    return (Path(current_app.static_folder) / "css" / "documents.css").read_text(encoding="utf-8")
