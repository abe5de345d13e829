"""Administration of routing rules and canned responses (``/admin/handling``, issue 5)."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from flask_wtf import FlaskForm
from sqlalchemy import select
from wtforms import BooleanField, IntegerField, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, NumberRange, Optional

from ..domain import KIND_LABELS, KINDS
from ..errors import DomainError
from ..extensions import db
from ..models import CannedResponse, Category, RoutingRule, Unit
from ..services import handling_settings as settings
from ..services.replies import PLACEHOLDERS
from ..staff.guards import require
from ..staff.handling_forms import optional_int

bp = Blueprint("admin_handling", __name__, url_prefix="/admin/handling")


class RuleForm(FlaskForm):
    unit_id = SelectField(_l("Unit"), coerce=optional_int, validate_choice=False,
                          validators=[DataRequired(message=_l("Choose the unit."))])
    category_id = SelectField(_l("Topic"), coerce=optional_int, validate_choice=False, validators=[Optional()])
    keywords = StringField(_l("Keywords"), validators=[Length(max=2000)],
                           description=_l("Separated by commas; accents do not matter, e.g. “ổ gà, mặt đường”."))
    priority = IntegerField(_l("Priority"), default=0, validators=[Optional(), NumberRange(min=0, max=100)])
    active = BooleanField(_l("In use"), default=True)


class CannedForm(FlaskForm):
    title = StringField(_l("Title"), validators=[DataRequired(message=_l("Give a title.")), Length(max=200)])
    kind = SelectField(_l("Kind"), choices=[("", _l("Every kind"))] + [(k, KIND_LABELS[k]) for k in KINDS])
    category_id = SelectField(_l("Topic"), coerce=optional_int, validate_choice=False, validators=[Optional()])
    body = TextAreaField(_l("Text"), validators=[DataRequired(message=_l("Write the text.")), Length(max=50000)])
    active = BooleanField(_l("Offered to officers"), default=True)


def _choices(form) -> None:
    categories = db.session.execute(select(Category).order_by(Category.position)).scalars().all()
    form.category_id.choices = [("", _l("Any topic"))] + [(c.id, c.name) for c in categories]
    if hasattr(form, "unit_id"):
        units = db.session.execute(select(Unit).order_by(Unit.name)).scalars().all()
        form.unit_id.choices = [("", "—")] + [(u.id, u.name) for u in units]


def _page(rule_form=None, status=200):
    rule_form = rule_form or RuleForm()
    _choices(rule_form)
    rules = db.session.execute(select(RoutingRule).order_by(RoutingRule.active.desc(), RoutingRule.priority.desc(),
                                                            RoutingRule.id)).scalars().all()
    canned = db.session.execute(select(CannedResponse).order_by(CannedResponse.title)).scalars().all()
    return render_template("admin/handling.html", rules=rules, canned=canned, rule_form=rule_form), status


@bp.get("/")
@require("admin.settings")
def rules():
    return _page()


@bp.route("/rules/<int:rule_id>", methods=["GET"])
@require("admin.settings")
def edit_rule(rule_id: int):
    rule = db.session.get(RoutingRule, rule_id) or abort(404)
    form = RuleForm(obj=rule)
    _choices(form)
    return render_template("admin/routing_rule_edit.html", form=form, rule=rule)


@bp.post("/rules")
@bp.post("/rules/<int:rule_id>")
@require("admin.settings")
def save_rule(rule_id: int | None = None):
    form = RuleForm()
    _choices(form)
    if form.validate():
        try:
            settings.save_rule(current_user, rule_id, unit_id=form.unit_id.data, category_id=form.category_id.data,
                               keywords=form.keywords.data, priority=form.priority.data or 0, active=form.active.data)
        except DomainError as exc:
            db.session.rollback()
            getattr(form, exc.field or "keywords").errors = [str(exc.message)]
        else:
            flash(_l("Routing rule saved."), "success")
            return redirect(url_for(".rules"))
    if rule_id:
        rule = db.session.get(RoutingRule, rule_id) or abort(404)
        return render_template("admin/routing_rule_edit.html", form=form, rule=rule), 422
    return _page(form, 422)


@bp.post("/rules/<int:rule_id>/toggle")
@require("admin.settings")
def toggle_rule(rule_id: int):
    rule = db.session.get(RoutingRule, rule_id) or abort(404)
    settings.save_rule(current_user, rule.id, unit_id=rule.unit_id, category_id=rule.category_id,
                       keywords=rule.keywords, priority=rule.priority, active=not rule.active)
    flash(_l("Routing rule saved."), "success")
    return redirect(url_for(".rules"))


@bp.route("/canned/new", methods=["GET", "POST"])
@bp.route("/canned/<int:canned_id>", methods=["GET", "POST"])
@require("admin.settings")
def canned(canned_id: int | None = None):
    item = db.session.get(CannedResponse, canned_id) if canned_id else None
    if canned_id and item is None:
        abort(404)
    form = CannedForm(obj=item) if request.method == "GET" else CannedForm()
    _choices(form)
    if request.method == "POST" and form.validate():
        try:
            settings.save_canned(current_user, canned_id, title=form.title.data, body=form.body.data,
                                 kind=form.kind.data or None, category_id=form.category_id.data,
                                 active=form.active.data)
        except DomainError as exc:
            db.session.rollback()
            getattr(form, exc.field or "body").errors = [str(exc.message)]
        else:
            flash(_l("Canned response saved."), "success")
            return redirect(url_for(".rules"))
    status = 422 if request.method == "POST" else 200
    return render_template("admin/canned_edit.html", form=form, item=item, placeholders=PLACEHOLDERS), status
