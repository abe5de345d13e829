"""Staff pages: the queue and the case page."""

from __future__ import annotations

import base64
from datetime import date, datetime

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, send_file, url_for
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from sqlalchemy import select

from .. import deadlines
from ..domain import CHANNELS, KINDS
from ..errors import DomainError
from ..extensions import db
from ..lifecycle import STATUSES
from ..models import Attachment, Category, Unit
from ..permissions import can_note, can_reveal_identity
from ..services import audit, cases
from ..uploads import stored_path
from .forms import NoteForm, QueueFilterForm, RevealForm
from .guards import require

bp = Blueprint("staff", __name__, url_prefix="/staff")


def _decode_cursor(raw: str | None) -> tuple[datetime, int] | None:
    if not raw:
        return None
    try:
        stamp, _, ident = base64.urlsafe_b64decode(raw.encode()).decode().partition("|")
        return datetime.fromisoformat(stamp), int(ident)
    except (ValueError, UnicodeDecodeError):
        abort(400)


def _encode_cursor(cursor: tuple[datetime, int] | None) -> str | None:
    if cursor is None:
        return None
    return base64.urlsafe_b64encode(f"{cursor[0].isoformat()}|{cursor[1]}".encode()).decode()


def _decode_due_cursor(raw: str | None) -> tuple[date | None, int] | None:
    if not raw:
        return None
    try:
        day, _, ident = base64.urlsafe_b64decode(raw.encode()).decode().partition("|")
        return (date.fromisoformat(day) if day else None), int(ident)
    except (ValueError, UnicodeDecodeError):
        abort(400)


def _encode_due_cursor(cursor: tuple[date | None, int] | None) -> str | None:
    if cursor is None:
        return None
    return base64.urlsafe_b64encode(f"{cursor[0].isoformat() if cursor[0] else ''}|{cursor[1]}".encode()).decode()


@bp.get("/")
@require("case.view")
def queue():
    units = db.session.execute(select(Unit).order_by(Unit.name)).scalars().all()
    categories = db.session.execute(select(Category).order_by(Category.position)).scalars().all()
    form = QueueFilterForm(request.args)
    form.fill_choices(units, categories)
    filters = cases.QueueFilters(
        kind=form.cleaned("kind", KINDS), channel=form.cleaned("channel", CHANNELS),
        status=form.cleaned("status", STATUSES), unit_id=form.unit_id.data, category_id=form.category_id.data,
        sort=form.cleaned("sort", ("due",)) or "received", due=form.cleaned("due", ("overdue", "due_soon")),
    )
    by_due = filters.sort == "due"
    after = _decode_due_cursor(request.args.get("after")) if by_due else _decode_cursor(request.args.get("after"))
    page = cases.queue(current_user, filters, after=after, size=int(current_app.config["QUEUE_PAGE_SIZE"]))
    args = {k: v for k, v in request.args.items() if k != "after" and v}
    next_cursor = _encode_due_cursor(page.next_cursor) if by_due else _encode_cursor(page.next_cursor)
    return render_template("staff/queue.html", form=form, page=page, args=args, next_cursor=next_cursor,
                           due=deadlines.due_statuses(page.cases))


def _case_page(case, note_form=None, reveal_form=None, revealed=None, status=200):
    return render_template(
        "staff/case.html", case=case, note_form=note_form or NoteForm(version=case.version),
        reveal_form=reveal_form or RevealForm(), revealed=revealed or {},
        may_note=can_note(current_user, case), may_reveal=can_reveal_identity(current_user, case),
    ), status


@bp.get("/cases/<reference>")
@require("case.view")
def case_detail(reference: str):
    case = cases.get_case_for(current_user, reference)
    audit.record_case_view(current_user._get_current_object(), case)  # inspectors' views are logged
    return _case_page(case)


@bp.post("/cases/<reference>/notes")
@require("case.note")
def add_note(reference: str):
    case = cases.get_case_for(current_user, reference)
    form = NoteForm()
    if not form.validate():
        return _case_page(case, note_form=form, status=422)
    try:
        version = int(form.version.data) if form.version.data else None
        cases.add_note(current_user, case, form.text.data, version=version)
    except DomainError as exc:
        form.text.errors = [str(exc.message)]
        return _case_page(case, note_form=form, status=exc.status)
    flash(_l("Note added."), "success")
    return redirect(url_for(".case_detail", reference=reference) + "#timeline")


@bp.post("/cases/<reference>/reveal")
@require("case.reveal_identity")
def reveal(reference: str):
    case = cases.get_case_for(current_user, reference)
    form = RevealForm()
    if not form.validate():
        return _case_page(case, reveal_form=form, status=422)
    identity = cases.reveal_identity(current_user, case, form.submitter_id.data, form.reason.data)
    return _case_page(case, revealed={form.submitter_id.data: identity})


@bp.get("/cases/<reference>/attachments/<int:attachment_id>")
@require("case.view")
def attachment(reference: str, attachment_id: int):
    case = cases.get_case_for(current_user, reference)
    item = db.session.get(Attachment, attachment_id)
    if item is None or item.case_id != case.id:
        abort(404)
    return send_file(stored_path(item.stored_name), mimetype=item.content_type, as_attachment=True,
                     download_name=item.original_name, max_age=0)
