"""Staff pages: the email triage inbox and the registers per channel (routes of the ``channels`` blueprint)."""

from __future__ import annotations

from datetime import date

from flask import Response, abort, flash, redirect, render_template, request, url_for
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from ..errors import DomainError
from ..services import inbox, registers
from ..timeutil import local_date, utcnow
from .channels import _categories, _receipt_page, _show_errors, bp, require_any
from .channels_forms import ButtonForm, InboxAttachForm, InboxCaseForm
from .guards import require


@bp.get("/inbox")
@require("case.triage")
def inbox_list():
    status = request.args.get("status", "new")
    if status not in inbox.INBOX_VIEWS:
        status = "new"
    return render_template("staff/channels/inbox.html", messages=inbox.messages(current_user, status),
                           status=status, views=inbox.INBOX_VIEWS)


def _message_page(message, case_form=None, attach_form=None, status=200):
    if case_form is None:
        case_form = InboxCaseForm(formdata=None, title=(message.subject or "")[:300], content=message.text,
                                  full_name=message.from_name, email=message.from_address)
    case_form.fill(_categories())
    return render_template("staff/channels/inbox_message.html", message=message, case_form=case_form,
                           attach_form=attach_form or InboxAttachForm(formdata=None), button=ButtonForm()), status


@bp.get("/inbox/<int:message_id>")
@require("case.triage")
def inbox_message(message_id: int):
    return _message_page(inbox.get_message(current_user, message_id))


@bp.get("/inbox/<int:message_id>/raw")
@require("case.triage")
def inbox_raw(message_id: int):
    message = inbox.get_message(current_user, message_id)
    if message.is_confidential:  # the headers name a denouncer: reveal the identity on the case page instead
        abort(403)
    return Response(message.raw, mimetype="message/rfc822",
                    headers={"Content-Disposition": f"attachment; filename=message-{message.id}.eml"})


@bp.post("/inbox/<int:message_id>/case")
@require("case.triage")
def inbox_case(message_id: int):
    message = inbox.get_message(current_user, message_id)
    form = InboxCaseForm()
    form.fill(_categories())
    if form.validate():
        sub = form.submission([] if form.anonymous.data else [form.person()], anonymous=form.anonymous.data)
        try:
            receipt = inbox.create_case(current_user, message, sub)
            return _receipt_page(receipt, _l("Case opened from the email"), url_for(".inbox_list"))
        except DomainError as exc:
            _show_errors(form, exc)
    return _message_page(message, case_form=form, status=422)


@bp.post("/inbox/<int:message_id>/attach")
@require("case.triage")
def inbox_attach(message_id: int):
    message = inbox.get_message(current_user, message_id)
    form = InboxAttachForm()
    if form.validate():
        try:
            inbox.attach(current_user, message, form.reference.data)
            flash(_l("The email was added to case %(ref)s.", ref=form.reference.data), "success")
            return redirect(url_for(".inbox_list"))
        except DomainError as exc:
            form.reference.errors = [str(exc.message)]
    return _message_page(message, attach_form=form, status=422)


@bp.post("/inbox/<int:message_id>/spam")
@require("case.triage")
def inbox_spam(message_id: int):
    message = inbox.get_message(current_user, message_id)
    if not ButtonForm().validate_on_submit():
        abort(400)
    inbox.mark_spam(current_user, message)
    flash(_l("Marked as spam."), "success")
    return redirect(url_for(".inbox_list"))


def _date_arg(name: str, default: date) -> date:
    raw = request.args.get(name)
    if not raw:
        return default
    try:
        return date.fromisoformat(raw)
    except ValueError:
        abort(400)


@bp.get("/registers/<channel>")
@require_any("case.log", "reports.view")
def register(channel: str):
    if channel not in registers.REGISTER_CHANNELS:
        abort(404)
    today = local_date(utcnow())
    start, end = _date_arg("from", today.replace(day=1)), _date_arg("to", today)
    if end < start or (end - start).days > 366:
        abort(400)
    book = registers.build(channel, start, end)
    if request.args.get("format") == "csv":
        name = f"register-{channel}-{start.isoformat()}-{end.isoformat()}.csv"
        return Response(registers.to_csv(book, current_user), mimetype="text/csv; charset=utf-8",
                        headers={"Content-Disposition": f"attachment; filename={name}"})
    return render_template("staff/channels/register.html", book=book, channels=registers.REGISTER_CHANNELS,
                           titles=registers.TITLES)
