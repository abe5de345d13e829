"""Open311 GeoReport v2 (``/open311/v2``), in JSON and XML, on the same services as the web pages.

Errors use the specification's format (``[{"code": 400, "description": "…"}]`` or ``<errors><error>…``)
with the matching HTTP status, also for unknown URLs, wrong methods and unexpected failures.
"""

from __future__ import annotations

import logging

from flask import Blueprint, request
from flask_babel import lazy_gettext as _l
from werkzeug.exceptions import HTTPException, default_exceptions

from ..api.common import has_nul_characters, set_language_header, use_request_language
from ..extensions import csrf, db
from .formats import Open311Error, render_error

log = logging.getLogger(__name__)

bp = Blueprint("open311", __name__, url_prefix="/open311/v2")
csrf.exempt(bp)
PREFIX = "/open311/"

HTTP_TEXTS = {
    400: _l("The request is not valid."),
    403: _l("The api_key is missing or not valid."),
    404: _l("Not found."),
    405: _l("This method is not allowed here."),
    413: _l("The request is too large."),
    429: _l("Too many requests; try again later."),
    500: _l("Something went wrong on our side; please try again later."),
}


def request_format() -> str:
    """``xml`` when the URL asks for it, JSON otherwise (also for unknown URLs)."""
    fmt = (request.view_args or {}).get("fmt")
    if fmt in ("json", "xml"):
        return fmt
    return "xml" if request.path.endswith(".xml") else "json"


def handle(exc: Exception):
    if isinstance(exc, Open311Error):
        return render_error(request_format(), exc)
    if isinstance(exc, HTTPException):
        status = exc.code or 500
        headers = dict(exc.get_headers()) if status == 405 else {}
        headers.pop("Content-Type", None)
        return render_error(request_format(), Open311Error(status, HTTP_TEXTS.get(status, exc.description),
                                                           headers={k: v for k, v in headers.items() if k == "Allow"}))
    log.exception("Open311 error on %s %s", request.method, request.path)
    db.session.rollback()
    return render_error(request_format(), Open311Error(500, HTTP_TEXTS[500]))


@bp.before_request
def _prepare():
    use_request_language()
    if has_nul_characters(include_form=True):
        raise Open311Error(400, _l("The request contains characters that are not allowed."))


bp.after_request(set_language_header)
bp.register_error_handler(Exception, handle)
# Handlers for a status code win over class handlers app-wide, so the app's HTML pages would answer
# 413 and friends: register ours for every code too (they still apply to this blueprint only).
for _code in default_exceptions:
    bp.register_error_handler(_code, handle)


@bp.before_app_request
def _unmatched_open311_urls():
    exc = request.routing_exception
    if exc is None or not request.path.startswith(PREFIX) or not isinstance(exc, HTTPException):
        return None
    if exc.code is not None and exc.code >= 400:
        use_request_language()
        return set_language_header(handle(exc))
    return None


from . import views  # noqa: E402,F401  (routes)
