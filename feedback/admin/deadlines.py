"""Administration of deadlines: calendar exceptions (``/admin/calendar``) and rule sets (``/admin/rules``).

Every change is audited and recomputes the open clocks, writing an event on each case whose due date moved.
"""

from __future__ import annotations

from datetime import date

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from flask_wtf import FlaskForm
from sqlalchemy import select
from wtforms import DateField, IntegerField, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional

from .. import deadlines
from ..errors import DomainError
from ..extensions import db
from ..models import CalendarException, DeadlineRule, RuleSet
from ..services import deadlines as service
from ..staff.guards import require
from ..timeutil import format_date

bp = Blueprint("admin_deadlines", __name__, url_prefix="/admin")


class ExceptionForm(FlaskForm):
    """Set a day off or a worked day."""

    day = DateField(_l("Day"), validators=[DataRequired(message=_l("Give the day as dd/mm/yyyy or yyyy-mm-dd."))],
                    format=["%Y-%m-%d", "%d/%m/%Y"], description=_l("dd/mm/yyyy, for example 02/01/2026."))
    is_working = SelectField(_l("The day is"), choices=[("off", _l("a day off")), ("working", _l("a working day"))],
                             validators=[DataRequired()])
    name = StringField(_l("Why"), validators=[Optional(), Length(max=200)],
                       description=_l("The government decision, e.g. “Nghỉ bù Tết Dương lịch”."))


class ButtonForm(FlaskForm):
    """A CSRF-protected button."""


class RuleForm(FlaskForm):
    """Edit one rule's period and extension policy."""

    duration = IntegerField(_l("Length"), validators=[InputRequired(message=_l("Give a number of days.")),
                                                      NumberRange(min=0, max=3650)])
    unit = SelectField(_l("Counted in"), choices=[("working", _l("working days")), ("calendar", _l("calendar days"))])
    max_extensions = IntegerField(_l("Extensions allowed"), validators=[InputRequired(), NumberRange(min=0, max=10)])
    extension_days = IntegerField(_l("Days per extension"), validators=[InputRequired(), NumberRange(min=0, max=365)])
    source = StringField(_l("Legal source"), validators=[Optional(), Length(max=300)])


class RuleSetForm(FlaskForm):
    """Edit a rule set's name and note (e.g. once its numbers are confirmed)."""

    name = StringField(_l("Name"), validators=[DataRequired(message=_l("Give the rule set a name.")),
                                               Length(max=200)])
    note = TextAreaField(_l("Note"), validators=[Optional(), Length(max=4000)],
                         description=_l("Legal basis, and anything still to confirm."))


def _year() -> int:
    try:
        year = int(request.args.get("year") or deadlines.today().year)
    except ValueError:
        abort(400)
    if not 1900 <= year <= 2200:
        abort(400)
    return year


def _calendar_page(form: ExceptionForm, status: int = 200):
    year = _year()
    rows = db.session.execute(
        select(CalendarException).where(CalendarException.day.between(date(year, 1, 1), date(year, 12, 31)))
        .order_by(CalendarException.day)).scalars().all()
    calendar = deadlines.working_calendar()
    from ..deadlines_view import REASON_LABELS

    return render_template(
        "admin/calendar.html", year=year, rows=rows, form=form, button=ButtonForm(), labels=REASON_LABELS,
        non_working=calendar.non_working_days(year), worked=calendar.worked_weekend_days(year),
    ), status


@bp.get("/calendar")
@require("admin.settings")
def calendar():
    return _calendar_page(ExceptionForm(formdata=None))


@bp.post("/calendar")
@require("admin.settings")
def calendar_set():
    form = ExceptionForm()
    if not form.validate():
        return _calendar_page(form, 422)
    result = service.set_exception(current_user, form.day.data, form.is_working.data == "working", form.name.data)
    flash(_l("%(day)s saved. %(n)s case(s) got a new due date.", day=format_date(form.day.data),
             n=result.changed_cases), "success")
    return redirect(url_for(".calendar", year=form.day.data.year))


@bp.post("/calendar/<day>/delete")
@require("admin.settings")
def calendar_unset(day: str):
    if not ButtonForm().validate_on_submit():
        abort(400)
    try:
        when = date.fromisoformat(day)
    except ValueError:
        abort(404)
    result = service.unset_exception(current_user, when)
    flash(_l("The exception on %(day)s was removed. %(n)s case(s) got a new due date.", day=format_date(when),
             n=result.changed_cases), "success")
    return redirect(url_for(".calendar", year=when.year))


@bp.get("/rules")
@require("admin.settings")
def rules():
    sets = db.session.execute(select(RuleSet).order_by(RuleSet.effective_from.desc())).scalars().all()
    in_force = deadlines.rule_set_for(deadlines.today())
    return render_template("admin/rules.html", sets=sets, in_force=in_force, labels=deadlines.CLOCK_LABELS,
                           units=deadlines.UNIT_LABELS)


@bp.route("/rules/sets/<int:set_id>", methods=["GET", "POST"])
@require("admin.settings")
def rule_set_edit(set_id: int):
    rule_set = db.session.get(RuleSet, set_id)
    if rule_set is None:
        abort(404)
    form = RuleSetForm(obj=rule_set)
    if request.method == "POST" and form.validate():
        service.update_rule_set(current_user, rule_set, form.name.data, form.note.data or "")
        flash(_l("Rule set saved."), "success")
        return redirect(url_for(".rules") + f"#set-{rule_set.id}")
    return render_template("admin/rule_set_edit.html", rule_set=rule_set, form=form), \
        (422 if request.method == "POST" else 200)


def _rule_page(rule: DeadlineRule, form: RuleForm, status: int = 200):
    return render_template("admin/rule_edit.html", rule=rule, form=form, labels=deadlines.CLOCK_LABELS), status


@bp.route("/rules/<int:rule_id>", methods=["GET", "POST"])
@require("admin.settings")
def rule_edit(rule_id: int):
    rule = db.session.get(DeadlineRule, rule_id)
    if rule is None:
        abort(404)
    form = RuleForm(obj=rule)
    if request.method == "GET":
        return _rule_page(rule, form)
    if not form.validate():
        return _rule_page(rule, form, 422)
    try:
        result = service.update_rule(current_user, rule, **{name: getattr(form, name).data
                                                              for name in service.RULE_FIELDS})
    except DomainError as exc:
        getattr(form, exc.field or "duration").errors = [str(exc.message)]
        return _rule_page(rule, form, exc.status)
    flash(_l("Rule saved. %(n)s case(s) got a new due date.", n=result.changed_cases), "success")
    return redirect(url_for(".rules") + f"#set-{rule.rule_set_id}")

