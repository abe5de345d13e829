"""Blueprints, error pages, security headers and template helpers."""

from __future__ import annotations

import secrets

from flask import Flask, g, render_template, request
from flask_babel import get_locale, refresh
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from flask_wtf.csrf import CSRFError

from . import domain, event_labels, lifecycle, permissions, timeutil
from .errors import DomainError

#: Blueprint modules, each exposing ``bp``; a feature adds its line here.
BLUEPRINTS = (
    "feedback.public.views",
    "feedback.auth.views",
    "feedback.staff.views",
    "feedback.inspect.views",
    "feedback.staff.handling",
    "feedback.admin.handling",
    "feedback.public.citizen",
    "feedback.admin.outbox",
    "feedback.staff.channels",
    "feedback.public.schedule",
    "feedback.admin.deadlines",
    "feedback.staff.deadlines",
    "feedback.api",
    "feedback.staff.profile",
    "feedback.open311",
)


def register_web(app: Flask) -> None:
    import importlib

    for module_name in BLUEPRINTS:
        app.register_blueprint(importlib.import_module(module_name).bp)
    _register_errors(app)
    _register_headers(app)
    _register_template_helpers(app)


ERROR_TITLES = {
    400: _l("The request could not be understood"),
    403: _l("You may not open this page"),
    404: _l("Page not found"),
    405: _l("This action is not allowed here"),
    409: _l("The case changed meanwhile"),
    413: _l("The files are too large"),
    422: _l("The submission is incomplete"),
    429: _l("Too many requests"),
    500: _l("Something went wrong on our side"),
}
ERROR_TEXTS = {
    400: _l("Please go back and check what you entered."),
    403: _l("Your account does not have access to this page."),
    404: _l("Check the address, or start again from the home page."),
    405: _l("Please go back and use the buttons on the page."),
    413: _l("Each file may be at most 10 MB, and at most 5 files. Go back with your browser's Back button: "
            "what you typed is still in the form. Remove or shrink the large files and send again."),
    429: _l("Please wait a moment and try again."),
    500: _l("Your data is safe. Please try again in a few minutes; if it happens again, call the hotline."),
}


def _error_page(code: int, message=None):
    return render_template(
        "errors/error.html", code=code, title=ERROR_TITLES.get(code, ERROR_TITLES[400]),
        message=message or ERROR_TEXTS.get(code, ERROR_TEXTS[400]),
    ), code


def _register_errors(app: Flask) -> None:
    for code in (400, 403, 404, 405, 413, 429, 500):
        app.register_error_handler(code, lambda exc, code=code: _error_page(code))

    @app.errorhandler(CSRFError)
    def _csrf_error(exc):
        return _error_page(400, _l("Your session expired or the form was sent twice. Go back, reload the page "
                                   "and send again."))

    @app.errorhandler(DomainError)
    def _domain_error(exc: DomainError):
        return _error_page(exc.status, exc.message)


def _register_headers(app: Flask) -> None:
    @app.before_request
    def _per_request_state():
        g.csp_nonce = secrets.token_urlsafe(12)
        # Each request picks its language and reloads the profile afresh, even when an application
        # context is shared between requests (tests, CLI-driven rendering).
        g.pop("agency_profile", None)
        refresh()

    @app.after_request
    def _security_headers(response):
        response.headers.setdefault(
            "Content-Security-Policy",
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
        )
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
        if app.config.get("PRODUCTION"):
            response.headers.setdefault("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
        if request.path.startswith("/staff") or request.endpoint in ("public.track", "public.submit_form"):
            response.headers["Cache-Control"] = "no-store"
        return response


def _register_template_helpers(app: Flask) -> None:
    app.jinja_env.filters["date"] = timeutil.format_date
    app.jinja_env.filters["datetime"] = timeutil.format_datetime
    app.jinja_env.filters["kind_label"] = domain.kind_label
    app.jinja_env.filters["channel_label"] = domain.channel_label
    app.jinja_env.filters["role_label"] = domain.role_label
    app.jinja_env.filters["status_label"] = lambda s: str(lifecycle.STAFF_LABELS.get(s, s))
    app.jinja_env.filters["event_label"] = event_labels.event_label
    app.jinja_env.filters["citizen_status"] = lambda s: str(lifecycle.CITIZEN_LABELS.get(s, s))

    @app.context_processor
    def _globals():
        from .extensions import db
        from .models import AgencyProfile

        def profile():
            if "agency_profile" not in g:
                g.agency_profile = db.session.get(AgencyProfile, 1)
            return g.agency_profile

        return {
            "agency": profile,
            "current_locale": lambda: str(get_locale()),
            "can": lambda action: permissions.can(current_user, action),
            "csp_nonce": lambda: g.get("csp_nonce", ""),
        }
