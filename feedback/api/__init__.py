"""The JSON API (``/api/v1``): public filing and tracking, staff queues and handling, OpenAPI document.

JSON only and CSRF-exempt (no cookies are used: staff authenticate with bearer tokens). Every error under
``/api/`` is ``application/problem+json``, including unknown URLs, wrong methods, oversized bodies and
unexpected failures; the web pages keep their HTML error pages.
"""

from __future__ import annotations

from flask import Blueprint, current_app, request
from flask_babel import lazy_gettext as _l
from werkzeug.exceptions import HTTPException, default_exceptions

from ..extensions import csrf
from .common import has_nul_characters, restore_language, set_language_header, use_request_language
from .problems import ApiProblem, handle_exception, problem

bp = Blueprint("api", __name__, url_prefix="/api/v1")
csrf.exempt(bp)

API_PREFIX = "/api/"


@bp.before_request
def _prepare():
    if request.endpoint != "api.docs_page":  # the human page follows the site's language choice
        use_request_language()
    config = current_app.config
    # base64 makes files a third larger than the form upload limit allows for
    request.max_content_length = config.get("API_MAX_CONTENT_LENGTH") or (
        config["MAX_ATTACHMENTS"] * config["MAX_ATTACHMENT_BYTES"] * 4 // 3 + 2 * 1024 * 1024)
    if has_nul_characters():
        return handle_exception(ApiProblem(400, "bad_request", _l("The address contains characters that are not "
                                                                 "allowed.")))


bp.after_request(set_language_header)
bp.teardown_app_request(restore_language)  # API and Open311 requests, matched or not
bp.register_error_handler(Exception, handle_exception)
# Handlers for a status code win over class handlers app-wide, so the app's HTML pages would answer
# 413 and friends: register ours for every code too (they still apply to this blueprint only).
for _code in default_exceptions:
    bp.register_error_handler(_code, handle_exception)


@bp.before_app_request
def _unmatched_api_urls():
    """Unknown URLs and wrong methods under /api/ answer in JSON (the app's handlers would give HTML)."""
    exc = request.routing_exception
    if exc is None or not request.path.startswith(API_PREFIX) or not isinstance(exc, HTTPException):
        return None
    if exc.code is not None and exc.code >= 400:
        use_request_language()
        return set_language_header(handle_exception(exc))
    return None


__all__ = ["bp", "problem"]

from . import docs, public, staff  # noqa: E402,F401  (routes)
