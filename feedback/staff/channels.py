"""Staff pages of the channels: log a hotline call, the reception register and receipt, the reception
schedule, letters by post, suggestion-box openings (the inbox and registers are in channels_inbox)."""

from __future__ import annotations

from functools import wraps

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import lazy_gettext as _l
from flask_login import current_user, login_required
from sqlalchemy import select

from ..errors import DomainError
from ..extensions import db
from ..models import BoxOpening, Category, ReceptionVisit
from ..permissions import can
from ..security import format_key
from ..services import audit, channels, intake
from ..timeutil import LOCAL_TZ, local_date, utcnow
from ..uploads import ACCEPT_ATTRIBUTE, ACCEPTED_TYPES_TEXT
from .channels_forms import BoxOpeningForm, ButtonForm, HotlineForm, LetterForm, SessionForm, VisitForm, local_aware
from .guards import require

bp = Blueprint("channels", __name__, url_prefix="/staff")


def require_any(*actions: str):
    """Like ``require`` but any one of ``actions`` suffices (registers: loggers and inspectors)."""

    def decorator(view):
        @wraps(view)
        @login_required
        def wrapped(*args, **kwargs):
            if not any(can(current_user, a) for a in actions):
                audit.record("auth.permission_denied", current_user._get_current_object(),
                             details={"action": "|".join(actions), "path": request.path[:200]})
                db.session.commit()
                abort(403)
            return view(*args, **kwargs)

        return wrapped

    return decorator


@bp.app_context_processor
def _channel_helpers():
    """``channel_records(case)`` for the panel included in the staff case page."""
    return {"channel_records": channels.records_for_case}


def _categories():
    return db.session.execute(select(Category).where(Category.active.is_(True))
                              .order_by(Category.position, Category.name)).scalars().all()


def _show_errors(form, exc: DomainError) -> None:
    """Put a service error on the form's fields (the typed input stays)."""
    errors = getattr(exc, "errors", None) or {exc.field or "content": [exc.message]}
    for name, messages in errors.items():
        field = getattr(form, name, None)
        if field is None or not hasattr(field, "errors"):
            field = form.content if hasattr(form, "content") else form.csrf_token
        field.errors = list(field.errors or []) + [str(m) for m in messages]


def _now_local():
    """Now in Vietnamese time, naive, to the minute (the value of a datetime-local input)."""
    return utcnow().astimezone(LOCAL_TZ).replace(tzinfo=None, second=0, microsecond=0)


def _receipt_page(receipt: intake.Receipt, what, back: str, extra: dict | None = None):
    return render_template("staff/channels/logged.html", case=receipt.case, what=what, back=back,
                           access_key=format_key(receipt.access_key), **(extra or {}))


@bp.get("/desk")
@require_any("case.log", "case.triage")
def desk():
    from sqlalchemy import func

    from ..models import InboundMessage

    count = db.session.execute(select(func.count(InboundMessage.id)).where(InboundMessage.status == "new")).scalar()
    return render_template("staff/channels/desk.html", inbox_count=count)


# --- hotline --------------------------------------------------------------------------------------

@bp.route("/log/hotline", methods=["GET", "POST"])
@require("case.log")
def hotline():
    form = HotlineForm()
    form.fill(_categories())
    if request.method == "GET" and not form.called_at.data:
        form.called_at.data = _now_local()
    if form.validate_on_submit():
        sub = form.submission([form.person()], anonymous=form.anonymous.data)
        try:
            receipt = channels.log_hotline_call(current_user, sub, local_aware(form.called_at.data),
                                                form.duration_minutes.data)
            return _receipt_page(receipt, _l("Hotline call logged"), url_for(".hotline"))
        except DomainError as exc:
            _show_errors(form, exc)
    status = 422 if request.method == "POST" else 200
    return render_template("staff/channels/hotline.html", form=form), status


# --- walk-in reception ----------------------------------------------------------------------------

@bp.route("/reception", methods=["GET", "POST"])
@require("case.log")
def reception():
    form = VisitForm()
    form.fill(_categories())
    if request.method == "GET" and not form.visited_at.data:
        form.visited_at.data = _now_local()
    if form.validate_on_submit():
        visit = channels.VisitData(**{name: getattr(form, name).data for name in (
            "full_name", "content", "address", "id_number", "phone", "prior_handling", "requests", "people_count",
            "handling", "receiving_leader", "documents")}, visited_at=local_aware(form.visited_at.data))
        opened = form.submission([]) if form.outcome.data == "open" else None
        if opened is not None and not opened.title:
            opened.title = (form.content.data or "")[:120]
        try:
            row, receipt = channels.record_visit(current_user, visit, open_case=opened,
                                                 attach_reference=form.reference.data
                                                 if form.outcome.data == "attach" else None)
            return render_template("staff/channels/visit_logged.html", visit=row, receipt=receipt,
                                   access_key=format_key(receipt.access_key) if receipt else None)
        except DomainError as exc:
            _show_errors(form, exc)
    status = 422 if request.method == "POST" else 200
    return render_template("staff/channels/reception.html", form=form), status


@bp.get("/reception/<int:visit_id>/receipt")
@require("case.log")
def visit_receipt(visit_id: int):
    visit = db.session.get(ReceptionVisit, visit_id)
    if visit is None:
        abort(404)
    return render_template("staff/channels/visit_receipt.html", visit=visit)


# --- reception schedule ---------------------------------------------------------------------------

@bp.route("/schedule", methods=["GET", "POST"])
@require("case.triage")
def schedule():
    form = SessionForm()
    if form.validate_on_submit():
        try:
            channels.publish_session(current_user, form.day.data, form.start_time.data, form.end_time.data,
                                     form.place.data, form.leader.data, form.note.data)
            flash(_l("The session is published on the public schedule."), "success")
            return redirect(url_for(".schedule"))
        except DomainError as exc:
            getattr(form, exc.field or "day").errors = [str(exc.message)]
    status = 422 if request.method == "POST" else 200
    return render_template("staff/channels/schedule.html", form=form, sessions=channels.upcoming_sessions(),
                           earliest=channels.earliest_session_day(), button=ButtonForm(),
                           weekday=channels.weekday_label), status


@bp.post("/schedule/<int:session_id>/cancel")
@require("case.triage")
def cancel_session(session_id: int):
    if not ButtonForm().validate_on_submit():
        abort(400)
    channels.cancel_session(current_user, session_id)
    flash(_l("The session is marked cancelled on the public schedule."), "success")
    return redirect(url_for(".schedule"))


# --- post and suggestion box ----------------------------------------------------------------------

def _letter_page(form, opening=None, status=200):
    return render_template("staff/channels/letter.html", form=form, opening=opening, accept=ACCEPT_ATTRIBUTE,
                           accepted_types=ACCEPTED_TYPES_TEXT), status


@bp.route("/log/post", methods=["GET", "POST"])
@require("case.log")
def post_letter():
    return _letter(None)


@bp.route("/box/<int:opening_id>", methods=["GET", "POST"])
@require("case.log")
def box_opening(opening_id: int):
    opening = db.session.get(BoxOpening, opening_id)
    if opening is None:
        abort(404)
    return _letter(opening)


def _letter(opening: BoxOpening | None):
    form = LetterForm()
    form.fill(_categories())
    if request.method == "GET" and opening is None and not form.received_on.data:
        form.received_on.data = local_date(utcnow())
    if form.validate_on_submit():
        sub = form.submission([] if form.anonymous.data else [form.person()], anonymous=form.anonymous.data,
                              files=form.checked_files)
        try:
            receipt = channels.log_letter(current_user, sub, form.received_on.data or local_date(utcnow()),
                                          postmark_date=form.postmark_date.data, pages=form.pages.data,
                                          box_opening=opening)
            back = url_for(".box_opening", opening_id=opening.id) if opening else url_for(".post_letter")
            return _receipt_page(receipt, _l("Letter logged"), back, {"opening": opening})
        except DomainError as exc:
            _show_errors(form, exc)
    return _letter_page(form, opening, 422 if request.method == "POST" else 200)


@bp.route("/box", methods=["GET", "POST"])
@require("case.log")
def box():
    form = BoxOpeningForm()
    if request.method == "GET" and not form.opened_at.data:
        form.opened_at.data = _now_local()
    if form.validate_on_submit():
        try:
            opening = channels.record_box_opening(current_user, local_aware(form.opened_at.data), form.location.data,
                                                  form.members.data, form.notes.data)
            flash(_l("Minutes recorded. Now add each letter found in the box."), "success")
            return redirect(url_for(".box_opening", opening_id=opening.id))
        except DomainError as exc:
            getattr(form, exc.field or "members").errors = [str(exc.message)]
    openings = db.session.execute(select(BoxOpening).order_by(BoxOpening.opened_at.desc()).limit(50)).scalars().all()
    return render_template("staff/channels/box.html", form=form, openings=openings), \
        422 if request.method == "POST" else 200


from . import channels_inbox  # noqa: E402,F401  (registers the inbox and register routes on bp)
