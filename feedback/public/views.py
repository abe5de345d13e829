"""Citizen pages: home, choose a kind, submit, receipt, track."""

from __future__ import annotations

from flask import Blueprint, abort, render_template, request
from flask_babel import get_locale
from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from ..domain import KIND_RULES, KINDS
from ..extensions import csrf, db
from ..models import Category
from ..security import format_key
from ..services import cases, intake
from ..uploads import ACCEPT_ATTRIBUTE, ACCEPTED_TYPES_TEXT, clear_stage, stage, staged
from .forms import SubmissionForm, TrackForm

bp = Blueprint("public", __name__)


@bp.get("/")
def home():
    return render_template("public/home.html", kinds=KINDS, rules=KIND_RULES)


@bp.get("/submit")
def choose_kind():
    return render_template("public/choose_kind.html", kinds=KINDS, rules=KIND_RULES)


def _category_choices():
    rows = db.session.execute(
        select(Category).where(Category.active.is_(True)).order_by(Category.position, Category.name)
    ).scalars()
    return [("", _l("— Choose a topic —"))] + [(str(c.id), c.name) for c in rows]


@bp.route("/submit/<kind>", methods=["GET", "POST"])
@csrf.exempt  # checked by the form itself so an expired token keeps the citizen's text
def submit_form(kind: str):
    if kind not in KINDS:
        abort(404)
    token = request.form.get("submission_token", "")
    kept = staged(token)
    form = SubmissionForm(kind, staged_count=len(kept))
    form.category_id.choices = _category_choices()
    if request.method == "GET":
        return _render_form(form)
    if form.is_bot:
        abort(400)
    if form.validate():
        try:
            receipt = intake.submit_case(form.to_submission(kept, str(get_locale())))
        except intake.ValidationFailed as exc:
            for name, messages in exc.errors.items():
                field = getattr(form, name, None) or form.content
                field.errors = list(field.errors) + [str(m) for m in messages]
        else:
            clear_stage(token)
            return render_template("public/receipt.html", case=receipt.case,
                                   access_key=format_key(receipt.access_key), duplicate=receipt.duplicate)
    stage(token, form.checked_files)
    return _render_form(form), 422


def _render_form(form: SubmissionForm):
    return render_template("public/submit.html", form=form, kind=form.kind, rule=form.rule,
                           staged_files=staged(form.submission_token.data),
                           accept=ACCEPT_ATTRIBUTE, accepted_types=ACCEPTED_TYPES_TEXT)


@bp.route("/track", methods=["GET", "POST"])
@csrf.exempt  # checked by the form itself
def track():
    form = TrackForm()
    if request.method == "POST" and form.validate():
        case = cases.find_for_citizen(form.reference.data, form.access_key.data)
        if case is not None:
            from . import citizen  # issue 5: remember the case; the page offers the citizen's actions

            citizen.remember(case)
            return citizen.render_case(case)
        form.access_key.errors = [str(_l("We found no case with this reference and key. Check both and try again."))]
    status = 422 if request.method == "POST" else 200
    return render_template("public/track.html", form=form), status
