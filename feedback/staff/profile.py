"""The signed-in staff member's profile: personal API tokens (create, shown once; list; revoke)."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, url_for
from flask_babel import lazy_gettext as _l
from flask_login import current_user, login_required
from flask_wtf import FlaskForm
from wtforms import SelectField, StringField
from wtforms.validators import DataRequired, Length

from ..api import tokens
from ..errors import DomainError

bp = Blueprint("profile", __name__, url_prefix="/staff/profile")


class TokenForm(FlaskForm):
    """A new personal API token."""

    name = StringField(_l("Name"), validators=[DataRequired(message=_l("Give the token a name.")), Length(max=100)],
                       description=_l("Which system will use it, e.g. “Document management system”."))
    scope = SelectField(_l("Access"), choices=[("read", _l("Read only")), ("read_write", _l("Read and write"))],
                        default="read",
                        description=_l("A read-only token can list and read cases but never change anything."))
    days = SelectField(_l("Valid for"), coerce=int, default=90,
                       choices=[(d, _l("%(n)d days", n=d)) for d in tokens.EXPIRY_CHOICES])


class RevokeForm(FlaskForm):
    """Only the CSRF token: the token id is in the URL."""


def _page(form: TokenForm | None = None, issued=None, status: int = 200):
    return render_template("staff/profile.html", form=form or TokenForm(), revoke_form=RevokeForm(),
                           tokens=tokens.tokens_of(current_user), issued=issued), status


@bp.get("/")
@login_required
def show():
    return _page()


@bp.post("/tokens")
@login_required
def create_token():
    form = TokenForm()
    if not form.validate():
        return _page(form, status=422)
    try:
        issued = tokens.create_token(current_user, form.name.data, form.scope.data, form.days.data)
    except DomainError as exc:
        form.name.errors = [str(exc.message)]
        return _page(form, status=exc.status)
    # Shown once, on this response only (staff pages are sent with Cache-Control: no-store).
    return _page(TokenForm(formdata=None), issued=issued, status=201)


@bp.post("/tokens/<int:token_id>/revoke")
@login_required
def revoke_token(token_id: int):
    if not RevokeForm().validate():
        flash(_l("Your session expired; please try again."), "error")
        return redirect(url_for(".show"))
    token = tokens.revoke_token(current_user, token_id)
    flash(_l("The token “%(name)s” is revoked; systems using it are refused from now on.", name=token.name),
          "success")
    return redirect(url_for(".show"))
