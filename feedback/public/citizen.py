"""The citizen's side of a tracked case (issue 5): after a successful reference + key lookup the case
is remembered in the session for 30 minutes, so the citizen can add information or documents, answer
a request for information, and withdraw; each becomes an event the officer sees."""

from __future__ import annotations

import time

from flask import Blueprint, flash, redirect, render_template, session, url_for
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import HiddenField, MultipleFileField, TextAreaField
from wtforms.validators import Length

from ..errors import DomainError, StaleObject
from ..extensions import db
from ..formtools import checked_uploads
from ..lifecycle import OPEN_STATUSES
from ..models import Case
from ..services import cases, replies
from ..services import citizen as citizen_actions
from ..uploads import ACCEPT_ATTRIBUTE, ACCEPTED_TYPES_TEXT

bp = Blueprint("citizen", __name__, url_prefix="/track")

SESSION_KEY = "tracked_case"
REMEMBER_SECONDS = 30 * 60


class MessageForm(FlaskForm):
    """Add information, or answer a request for information."""

    text = TextAreaField(_l("Your message"), validators=[Length(max=20000)])
    attachments = MultipleFileField(_l("Documents and photos (optional)"))
    version = HiddenField()

    def validate_attachments(self, field):
        self.checked = []
        self.checked = checked_uploads(field)


class WithdrawForm(FlaskForm):
    reason = TextAreaField(_l("Why do you withdraw? (optional)"), validators=[Length(max=5000)])
    version = HiddenField()


def remember(case: Case) -> None:
    """Remember the tracked case for :data:`REMEMBER_SECONDS` (called after a correct reference + key)."""
    session[SESSION_KEY] = {"id": case.id, "until": int(time.time()) + REMEMBER_SECONDS}


def tracked_case() -> Case | None:
    """The case remembered in the session, if the 30 minutes have not run out."""
    data = session.get(SESSION_KEY)
    if not isinstance(data, dict) or int(data.get("until", 0)) < time.time():
        session.pop(SESSION_KEY, None)
        return None
    return db.session.get(Case, int(data.get("id", 0)))


def _version(form) -> int | None:
    try:
        return int(form.version.data)
    except (TypeError, ValueError):
        return None


def render_case(case: Case, *, message_form=None, withdraw_form=None, status: int = 200):
    """The tracking page of ``case`` with what the citizen can do now."""
    from ..deadlines import citizen_due_text

    shown = db.session.get(Case, case.merged_into_id) if case.merged_into_id else None
    return render_template(
        "public/citizen_case.html", case=case, timeline=cases.citizen_timeline(case),
        due_date=citizen_due_text(case), reply=replies.approved_reply(case), original=shown,
        original_timeline=cases.citizen_timeline(shown) if shown else [],
        original_reply=replies.approved_reply(shown) if shown else None,
        is_open=case.status in OPEN_STATUSES,
        message_form=message_form or MessageForm(formdata=None, version=case.version),
        withdraw_form=withdraw_form or WithdrawForm(formdata=None, version=case.version),
        accept=ACCEPT_ATTRIBUTE, accepted_types=ACCEPTED_TYPES_TEXT,
    ), status


@bp.after_request
def _no_store(response):
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.get("/case")
def case_page():
    case = tracked_case()
    if case is None:
        flash(_l("For your safety, enter your reference and secret key again."), "info")
        return redirect(url_for("public.track"))
    return render_case(case)


def _act(kind: str):
    case = tracked_case()
    if case is None:
        flash(_l("For your safety, enter your reference and secret key again."), "info")
        return redirect(url_for("public.track"))
    form = WithdrawForm() if kind == "withdraw" else MessageForm()
    if not form.validate():
        return _render_failed(case, kind, form, 422)
    try:
        if kind == "withdraw":
            citizen_actions.withdraw(case, form.reason.data, version=_version(form))
        elif kind == "answer":
            citizen_actions.answer(case, form.text.data, form.checked, version=_version(form))
        else:
            citizen_actions.add_information(case, form.text.data, form.checked, version=_version(form))
    except StaleObject as exc:
        db.session.rollback()
        flash(exc.message, "error")
        return render_case(db.session.get(Case, case.id), status=409)
    except DomainError as exc:
        db.session.rollback()
        getattr(form, "reason" if kind == "withdraw" else "text").errors = [str(exc.message)]
        return _render_failed(db.session.get(Case, case.id), kind, form, 422)
    flash({"withdraw": _l("Your case is withdrawn."), "answer": _l("Thank you: your answer was added to the case."),
           "information": _l("Thank you: your information was added to the case.")}[kind], "success")
    return redirect(url_for(".case_page"))


def _render_failed(case: Case, kind: str, form, status: int):
    if kind == "withdraw":
        return render_case(case, withdraw_form=form, status=status)
    return render_case(case, message_form=form, status=status)


@bp.post("/case/information")
def add_information():
    return _act("information")


@bp.post("/case/answer")
def answer():
    return _act("answer")


@bp.post("/case/withdraw")
def withdraw():
    return _act("withdraw")
