"""Staff endpoints (bearer tokens): the queue, a case, logging a case, notes and the handling actions.

Each view is a thin adapter: the token's owner is the acting user, and the services of the web pages
decide (``cases``, ``intake``, ``triage``, ``handling``, ``replies``) with the same permissions.
"""

from __future__ import annotations

import base64
from datetime import date, datetime

from flask import current_app, request
from flask_babel import lazy_gettext as _l

from ..domain import CHANNELS, KINDS
from ..extensions import db
from ..lifecycle import STATUSES
from ..models import Unit
from ..services import cases
from ..timeutil import as_utc, utcnow
from . import bp, serializers
from .common import bearer, current_api_user
from .openapi import MAX_ID
from .problems import ApiProblem
from .public import decode_attachments, file_with_idempotency, json_response, submission
from .validation import json_body

SORTS = ("received", "due")
DUE_FILTERS = ("overdue", "due_soon")


def _invalid(field: str, message) -> ApiProblem:
    return ApiProblem(422, "validation_failed", _l("Some fields are missing or invalid."),
                      errors=[{"field": field, "message": message}])


def encode_cursor(cursor: tuple | None, by_due: bool) -> str | None:
    """An opaque cursor for the next page: the order and the last row's sort key."""
    if cursor is None:
        return None
    key = cursor[0]
    if by_due:
        text = f"d|{key.isoformat() if key else ''}|{cursor[1]}"
    else:
        text = f"r|{as_utc(key).isoformat()}|{cursor[1]}"
    return base64.urlsafe_b64encode(text.encode()).decode()


def decode_cursor(raw: str | None, by_due: bool) -> tuple | None:
    if not raw:
        return None
    bad = _invalid("after", _l("This cursor is not valid; start again from the first page."))
    try:
        mode, stamp, ident = base64.urlsafe_b64decode(raw.encode()).decode().split("|")
        number = int(ident)
        if mode != ("d" if by_due else "r") or not 0 < number <= MAX_ID:
            raise bad
        if by_due:
            return (date.fromisoformat(stamp) if stamp else None), number
        return as_utc(datetime.fromisoformat(stamp)), number
    except (ValueError, UnicodeError):  # binascii.Error is a ValueError
        raise bad from None


def _choice(name: str, allowed) -> str | None:
    value = request.args.get(name) or None
    if value is not None and value not in allowed:
        raise _invalid(name, _l("Choose one of: %(values)s.", values=", ".join(allowed)))
    return value


def _integer(name: str, default: int | None = None, low: int = 1, high: int = MAX_ID) -> int | None:
    raw = request.args.get(name)
    if raw in (None, ""):
        return default
    try:
        value = int(raw)
    except ValueError:
        raise _invalid(name, _l("Give a whole number.")) from None
    if not low <= value <= high:
        raise _invalid(name, _l("This number is out of range."))
    return value


@bp.get("/staff/cases")
@bearer("case.view")
def list_cases():
    by_due = _choice("sort", SORTS) == "due"
    filters = cases.QueueFilters(
        kind=_choice("kind", KINDS), channel=_choice("channel", CHANNELS), status=_choice("status", STATUSES),
        unit_id=_integer("unit_id"), category_id=_integer("category_id"), due=_choice("due", DUE_FILTERS),
        sort="due" if by_due else "received")
    size = _integer("size", int(current_app.config.get("QUEUE_PAGE_SIZE", 25)), 1, 100)
    page = cases.queue(current_api_user(), filters, after=decode_cursor(request.args.get("after"), by_due),
                       size=size)
    return json_response({"items": [serializers.summary(c) for c in page.cases],
                          "next_cursor": encode_cursor(page.next_cursor, by_due)})


def case_body(case) -> dict:
    """The full staff view of a case, with its clocks when the deadline module is present."""
    db.session.refresh(case)
    clocks = []
    try:
        from .. import deadlines
    except ImportError:  # pragma: no cover
        deadlines = None
    if deadlines is not None:
        rows = deadlines.clocks_of(case)
        if rows:
            calendar, on = deadlines.working_calendar(), deadlines.today()
            clocks = [serializers.clock(c, deadlines.due_status(c.due_date, on=on, calendar=calendar)) for c in rows]
    return serializers.staff_case(case, clocks)


@bp.get("/staff/cases/<reference>")
@bearer("case.view")
def get_case(reference: str):
    return json_response(case_body(cases.get_case_for(current_api_user(), reference)))


@bp.post("/staff/cases")
@bearer("case.log", write=True)
def log_case():
    data = json_body("StaffCaseInput")
    received_at = None
    if data.get("received_at"):
        try:
            received_at = as_utc(datetime.fromisoformat(data["received_at"].replace("Z", "+00:00")))
        except ValueError:
            raise _invalid("received_at", _l("The format of this value is not valid.")) from None
        if received_at > utcnow():
            raise _invalid("received_at", _l("The receipt time cannot be in the future."))
    files = decode_attachments(data.get("attachments") or [])
    user = current_api_user()

    def build(token):
        sub = submission(data, data["channel"], files, token, submitters=data.get("submitters") or [])
        sub.received_at = received_at
        return sub

    return file_with_idempotency(f"user:{user.id}", build, actor=user, person_path="submitters.0")


@bp.post("/staff/cases/<reference>/notes")
@bearer("case.note", write=True)
def add_note(reference: str):
    user = current_api_user()
    case = cases.get_case_for(user, reference)
    data = json_body("NoteInput")
    event = cases.add_note(user, case, data["text"], version=data.get("version"))
    return json_response(serializers.event(event), 201)


@bp.post("/staff/cases/<reference>/route")
@bearer("case.triage", write=True)
def route(reference: str):
    from ..services import triage

    user = current_api_user()
    case = cases.get_case_for(user, reference)
    data = json_body("RouteInput")
    unit = db.session.get(Unit, data["unit_id"])
    if unit is None:
        raise _invalid("unit_id", _l("Choose a unit from the list."))
    triage.route(user, case, unit, data.get("legal_basis"), version=data.get("version"))
    return json_response(case_body(case))


@bp.post("/staff/cases/<reference>/information-requests")
@bearer("case.note", write=True)
def request_information(reference: str):
    from ..services import handling

    user = current_api_user()
    case = cases.get_case_for(user, reference)
    data = json_body("InformationRequestInput")
    handling.request_information(user, case, data["question"], version=data.get("version"))
    return json_response(case_body(case))


@bp.post("/staff/cases/<reference>/reply-drafts")
@bearer("case.draft_reply", write=True)
def reply_draft(reference: str):
    from ..services import replies

    user = current_api_user()
    case = cases.get_case_for(user, reference)
    data = json_body("ReplyDraftInput")
    draft = replies.save_draft(user, case, data.get("body") or "", canned_id=data.get("canned_id"),
                               submit=bool(data.get("submit")), version=data.get("version"))
    return json_response(serializers.reply_draft(draft), 201)
