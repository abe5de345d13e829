"""Staff handling pages (issue 5): work queues, the case-page actions and printable documents."""

from __future__ import annotations

from flask import Blueprint, Response, abort, current_app, flash, g, redirect, render_template, request, url_for
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from sqlalchemy import select

from ..documents import find_document, print_css, render_pdf, vietnamese_date_line
from ..domain import KINDS
from ..errors import DomainError, NotFound, StaleObject
from ..extensions import db
from ..lifecycle import STATUSES
from ..models import Category, Unit
from ..services import audit, cases, queues
from .guards import require
from .handling_actions import ACTIONS, fill_choices, panel
from .handling_forms import optional_int

bp = Blueprint("handling", __name__, url_prefix="/staff")

QUEUE_TITLES = {
    "intake": _l("Intake: everything received"),
    "mine": _l("My cases"),
    "unit": _l("My unit"),
    "approval": _l("Awaiting my approval"),
    "due_soon": _l("Due soon"),
    "overdue": _l("Overdue"),
}
DONE = {
    "start": _l("Triage started."), "classify": _l("Classification saved."), "route": _l("Case sent to the unit."),
    "forward": _l("Case forwarded."), "guide": _l("Guidance recorded; the citizen is told."),
    "reject": _l("Non-acceptance recorded; the citizen is told."), "file": _l("Case filed."),
    "merge": _l("Case merged into the original."), "link": _l("Cases linked."),
    "split": _l("A new linked case was split off."), "attach": _l("Documents attached."),
    "withdraw": _l("Withdrawal recorded."),
    "acknowledge": _l("Case acknowledged by the unit."), "return": _l("Case returned to reception."),
    "assign": _l("Case assigned."), "request_info": _l("Request sent to the citizen; the deadline pauses."),
    "suspend": _l("Handling suspended."), "resume": _l("Handling resumed."), "draft": _l("Reply saved."),
    "submit_draft": _l("Reply sent for approval."), "approve": _l("Reply approved and sent to the citizen."),
    "return_draft": _l("Reply returned with your comments."),
}


@bp.app_context_processor
def _handling_helpers():
    return {"handling_panel": lambda case: panel(current_user, case), "queue_titles": QUEUE_TITLES,
            "doc_date_line": vietnamese_date_line, "print_css": print_css}


@bp.get("/work/<name>")
@require("case.view")
def queue(name: str):
    if name not in queues.available(current_user):
        abort(404)
    args = request.args
    filters = queues.Filters(
        q=(args.get("q") or "").strip()[:200] or None, kind=args.get("kind") if args.get("kind") in KINDS else None,
        status=args.get("status") if args.get("status") in STATUSES else None,
        category_id=optional_int(args.get("category_id")), unit_id=optional_int(args.get("unit_id")),
        sort="received" if args.get("sort") == "received" else "due")
    page = queues.page(current_user, name, filters, after=args.get("after"),
                       size=int(current_app.config["QUEUE_PAGE_SIZE"]))
    units = db.session.execute(select(Unit).order_by(Unit.name)).scalars().all()
    categories = db.session.execute(select(Category).order_by(Category.position)).scalars().all()
    keep = {k: v for k, v in args.items() if k != "after" and v}
    return render_template("staff/work_queue.html", name=name, page=page, filters=filters, keep=keep,
                           queues=queues.available(current_user), counts=queues.counts(current_user),
                           units=units, categories=categories, kinds=KINDS, statuses=STATUSES,
                           due=_due_statuses(page.cases))


def _due_statuses(rows):
    try:
        from ..deadlines import due_statuses
    except ImportError:  # pragma: no cover
        return {}
    return due_statuses(rows)


def _case_page(case, status: int):
    from .views import _case_page as render_case

    return render_case(case, status=status)


@bp.post("/cases/<reference>/do/<name>")
@require("case.view")
def act(reference: str, name: str):
    case = cases.get_case_for(current_user, reference)
    action = ACTIONS.get(name) or abort(404)
    if not action.allowed(current_user, case):
        audit.record("auth.permission_denied", current_user._get_current_object(),
                     details={"action": f"handling.{name}", "path": request.path[:200]})
        db.session.commit()
        abort(403)
    form = action.form(prefix=name)
    fill_choices(name, form, case, current_user)
    try:
        if form.version_value is not None and form.version_value != case.version:
            raise StaleObject(_l("Someone else changed this case while you were working on it. "
                                 "The page now shows the latest state; please check and try again."))
        if case.status not in action.statuses:
            raise DomainError(_l("This action is not available in the case's current status."))
        if not form.validate():
            g.handling_failed = (name, form)
            return _case_page(case, 422)
        action.run(current_user, case, form, form.version_value)
    except StaleObject as exc:
        return _stale(reference, exc)
    except NotFound as exc:
        db.session.rollback()
        _field_error(form, exc, "original" if name == "merge" else "other")
        g.handling_failed = (name, form)
        return _case_page(case, 422)
    except DomainError as exc:
        db.session.rollback()
        _field_error(form, exc, None)
        g.handling_failed = (name, form)
        return _case_page(cases.get_case_for(current_user, reference), exc.status if exc.status != 400 else 422)
    flash(DONE[name], "success")
    try:
        cases.get_case_for(current_user, reference)
    except NotFound:  # the case left the user's scope (e.g. reception routed it to a unit)
        return redirect(url_for("handling.queue", name="intake"))
    return redirect(url_for("staff.case_detail", reference=reference) + "#actions")


def _field_error(form, exc: DomainError, fallback: str | None) -> None:
    field = getattr(form, exc.field or fallback or "", None)
    if field is not None and str(exc.message) != "?":
        field.errors = list(field.errors or []) + [str(exc.message)]
    elif field is not None:
        field.errors = list(field.errors or []) + [str(_l("Choose a value from the list."))]
    else:
        flash(exc.message, "error")


def _stale(reference: str, exc: StaleObject):
    db.session.rollback()
    flash(exc.message, "error")
    try:
        case = cases.get_case_for(current_user, reference)
    except NotFound:
        return redirect(url_for("handling.queue", name="intake"))
    return _case_page(case, 409)


@bp.get("/cases/<reference>/documents/<kind>")
@require("case.view")
def document(reference: str, kind: str):
    case = cases.get_case_for(current_user, reference)
    if kind not in ("receipt", "acceptance", "forwarding", "guidance", "rejection", "reply"):
        abort(404)
    doc = find_document(case, kind)
    if doc is None:
        abort(404)
    if request.args.get("format") == "pdf":
        html = render_template("documents/notice.html", doc=doc, inline_css=True)
        pdf = render_pdf(html)
        return Response(pdf, mimetype="application/pdf", headers={
            "Content-Disposition": f'inline; filename="{case.reference}-{kind}.pdf"'})
    return render_template("documents/notice.html", doc=doc, inline_css=False)
