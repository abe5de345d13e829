"""Staff sign-in and sign-out."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import Blueprint, flash, redirect, render_template, request, session, url_for
from flask_babel import lazy_gettext as _l
from flask_login import current_user, login_required, login_user, logout_user
from flask_wtf import FlaskForm
from wtforms import PasswordField, StringField
from wtforms.validators import DataRequired, Length

from ..extensions import db
from ..services import accounts, audit

bp = Blueprint("auth", __name__, url_prefix="/staff")


class LoginForm(FlaskForm):
    email = StringField(_l("Email"), validators=[DataRequired(message=_l("Enter your email.")), Length(max=254)])
    password = PasswordField(_l("Password"), validators=[DataRequired(message=_l("Enter your password.")),
                                                         Length(max=200)])


class LogoutForm(FlaskForm):
    pass


def _safe_next(target: str | None) -> str:
    if target and target.startswith("/") and not target.startswith("//") and not urlsplit(target).netloc:
        return target
    return url_for("staff.queue")


@bp.route("/login", methods=["GET", "POST"])
def login():
    if current_user.is_authenticated:
        return redirect(url_for("staff.queue"))
    form = LoginForm()
    if form.validate_on_submit():
        try:
            user = accounts.authenticate(form.email.data, form.password.data)
        except accounts.SignInRefused as exc:
            form.password.errors = [str(exc.message)]
            return render_template("auth/login.html", form=form), 401
        lang = session.get("lang")
        session.clear()  # new session on sign-in (fixation)
        if lang:
            session["lang"] = lang
        login_user(user)
        return redirect(_safe_next(request.args.get("next")))
    return render_template("auth/login.html", form=form), (422 if form.errors else 200)


@bp.post("/logout")
@login_required
def logout():
    form = LogoutForm()
    if form.validate_on_submit():
        audit.record("auth.logout", current_user._get_current_object())
        db.session.commit()
        logout_user()
        session.clear()
        flash(_l("You have signed out."), "info")
    return redirect(url_for("auth.login"))
