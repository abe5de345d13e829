"""Deadline actions on the case page: ask for an extension, decide on it, declare a variant, mark a notice done.

The screens are minimal forms in ``templates/staff/_clocks.html``; each view validates its form, calls one
service and redirects back to the case's deadlines.
"""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, url_for
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from flask_wtf import FlaskForm
from wtforms import IntegerField, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, NumberRange, Optional

from ..errors import DomainError
from ..extensions import db
from ..models import ClockExtension
from ..services import cases
from ..services import deadlines as service
from .guards import require

bp = Blueprint("staff_deadlines", __name__, url_prefix="/staff/cases")


class ExtensionForm(FlaskForm):
    reason = TextAreaField(_l("Reason for the extension"),
                           validators=[DataRequired(message=_l("Give the reason for the extension.")),
                                       Length(max=2000)])
    days = IntegerField(_l("Days"), validators=[Optional(), NumberRange(min=1, max=365)])


class DecisionForm(FlaskForm):
    decision = SelectField(choices=[("approve", _l("Approve")), ("refuse", _l("Refuse"))])
    note = StringField(_l("Note"), validators=[Optional(), Length(max=500)])


class VariantForm(FlaskForm):
    variant = SelectField(_l("Applies to this case"), validators=[DataRequired()], validate_choice=False)
    reason = StringField(_l("Why"), validators=[DataRequired(message=_l("Give the reason for the change.")),
                                                Length(max=500)])


class DoneForm(FlaskForm):
    """A CSRF-protected button."""


def _back(reference: str):
    return redirect(url_for("staff.case_detail", reference=reference) + "#clocks-title")


def _run(reference: str, form: FlaskForm, action, success):
    """Validate ``form``, run ``action`` (a service call), flash the outcome and go back to the case."""
    if not form.validate_on_submit():
        for errors in form.errors.values():
            for error in errors:
                flash(error, "error")
        return _back(reference)
    try:
        action()
    except DomainError as exc:
        db.session.rollback()
        flash(exc.message, "error")
        return _back(reference)
    flash(success, "success")
    return _back(reference)


@bp.post("/<reference>/clocks/<clock>/extensions")
@require("case.draft_reply")
def request_extension(reference: str, clock: str):
    case = cases.get_case_for(current_user, reference)
    form = ExtensionForm(prefix=f"ext-{clock}")
    return _run(reference, form, lambda: service.request_extension(current_user, case, clock, form.reason.data,
                                                                   form.days.data),
                _l("Extension requested; a unit head or leader decides on it."))


@bp.post("/<reference>/extensions/<int:extension_id>")
@require("case.approve")
def decide_extension(reference: str, extension_id: int):
    case = cases.get_case_for(current_user, reference)
    extension = db.session.get(ClockExtension, extension_id)
    if extension is None or extension.clock_row.case_id != case.id:
        abort(404)
    form = DecisionForm(prefix=f"decide-{extension_id}")
    return _run(reference, form, lambda: service.decide_extension(current_user, extension,
                                                                  form.decision.data == "approve", form.note.data),
                _l("Decision recorded."))


@bp.post("/<reference>/clocks/<clock>/variant")
@require("case.approve")
def set_variant(reference: str, clock: str):
    case = cases.get_case_for(current_user, reference)
    form = VariantForm(prefix=f"variant-{clock}")
    return _run(reference, form, lambda: service.set_variant(current_user, case, clock, form.variant.data,
                                                             form.reason.data),
                _l("Deadline changed and recomputed."))


@bp.post("/<reference>/clocks/<clock>/done")
@require("case.note")
def mark_done(reference: str, clock: str):
    case = cases.get_case_for(current_user, reference)
    return _run(reference, DoneForm(prefix=f"done-{clock}"), lambda: service.complete_clock(current_user, case, clock),
                _l("Deadline marked as met."))


VARIANT_LABELS = {
    "": _l("Ordinary case"),
    "first": _l("First instance"),
    "first_complex": _l("First instance, complex"),
    "first_remote": _l("First instance, remote area"),
    "first_remote_complex": _l("First instance, remote area and complex"),
    "second": _l("Second instance"),
    "second_complex": _l("Second instance, complex"),
    "second_remote": _l("Second instance, remote area"),
    "second_remote_complex": _l("Second instance, remote area and complex"),
    "complex": _l("Complex"),
    "very_complex": _l("Especially complex"),
    "several_places": _l("Verification at several places"),
}


@bp.app_context_processor
def _clock_helpers():
    def case_clocks(case):
        """Clock views of ``case`` with the action forms the case page shows."""
        from ..deadlines_view import case_clock_views

        views = case_clock_views(case)
        for view in views:
            name = view.clock.clock
            view.forms = {
                "extension": ExtensionForm(prefix=f"ext-{name}", formdata=None),
                "variant": VariantForm(prefix=f"variant-{name}", formdata=None, variant=view.clock.variant),
                "done": DoneForm(prefix=f"done-{name}", formdata=None),
                "decide": {e.id: DecisionForm(prefix=f"decide-{e.id}", formdata=None) for e in view.extensions},
            }
            view.forms["variant"].variant.choices = [(v, VARIANT_LABELS.get(v, v)) for v in view.variants]
        return views

    return {"case_clocks": case_clocks, "variant_label": lambda v: str(VARIANT_LABELS.get(v, v))}
