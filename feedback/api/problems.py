"""Errors of the JSON API as RFC 9457 problem details (``application/problem+json``).

Every problem has a stable machine ``code``, a translated ``title`` and ``detail``, the HTTP ``status``
and, for invalid input, ``errors``: a list of ``{"field", "message"}``.
"""

from __future__ import annotations

import json
import logging

from flask import Response, request
from flask_babel import lazy_gettext as _l
from werkzeug.exceptions import HTTPException

from ..errors import DomainError

log = logging.getLogger(__name__)

PROBLEM_TYPE = "application/problem+json"

#: HTTP status -> (stable code, title)
HTTP_PROBLEMS = {
    400: ("bad_request", _l("The request could not be understood")),
    401: ("unauthorized", _l("Authentication is required")),
    403: ("forbidden", _l("You may not do this")),
    404: ("not_found", _l("Not found")),
    405: ("method_not_allowed", _l("This method is not allowed here")),
    409: ("conflict", _l("The resource changed meanwhile")),
    413: ("payload_too_large", _l("The request is too large")),
    415: ("unsupported_media_type", _l("Send JSON")),
    422: ("validation_failed", _l("The request is incomplete or invalid")),
    429: ("rate_limited", _l("Too many requests")),
    500: ("server_error", _l("Something went wrong on our side")),
}

HTTP_DETAILS = {
    401: _l("Send a valid bearer token in the Authorization header."),
    404: _l("There is nothing at this address."),
    405: _l("Check the method in the API documentation."),
    413: _l("Each file may be at most 10 MB, and at most 5 files."),
    429: _l("Please wait a moment and try again."),
    500: _l("Your data is safe. Please try again in a few minutes."),
}


class ApiProblem(Exception):
    """Raise from a view to answer with a problem."""

    def __init__(self, status: int, code: str | None = None, detail=None, *, errors=None, title=None,
                 headers: dict | None = None):
        super().__init__(code or HTTP_PROBLEMS.get(status, ("error",))[0])
        self.status = status
        self.code = code or HTTP_PROBLEMS.get(status, ("error", None))[0]
        self.title = title
        self.detail = detail
        self.errors = errors or []
        self.headers = headers or {}


def problem(status: int, code: str | None = None, detail=None, *, errors: list[dict] | None = None,
            title=None, headers: dict | None = None) -> Response:
    """Build a problem response; lazy strings are translated in the request's language."""
    default_code, default_title = HTTP_PROBLEMS.get(status, ("error", _l("Error")))
    body = {
        "type": "about:blank",
        "code": code or default_code,
        "title": str(title or default_title),
        "status": status,
        "detail": str(detail or HTTP_DETAILS.get(status) or title or default_title),
    }
    if errors:
        body["errors"] = [{"field": e["field"], "message": str(e["message"])} for e in errors]
    response = Response(json.dumps(body, ensure_ascii=False), status=status, mimetype=PROBLEM_TYPE)
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def field_errors(errors: dict[str, list]) -> list[dict]:
    """``{"field": [messages]}`` (service style) as the problem's ``errors`` list."""
    return [{"field": name, "message": message} for name, messages in errors.items() for message in messages]


def handle_exception(exc: Exception) -> Response:
    """Turn anything raised under the API into a problem; unknown errors become a logged 500."""
    if isinstance(exc, ApiProblem):
        return problem(exc.status, exc.code, exc.detail, errors=exc.errors, title=exc.title, headers=exc.headers)
    if isinstance(exc, DomainError):
        errors = list(getattr(exc, "errors", {}).items())
        listed = field_errors(dict(errors)) if errors else (
            [{"field": exc.field, "message": exc.message}] if exc.field else None)
        return problem(exc.status, exc.code, exc.message, errors=listed)
    if isinstance(exc, HTTPException):
        status = exc.code or 500
        headers = {}
        if status == 405 and getattr(exc, "valid_methods", None):
            headers["Allow"] = ", ".join(sorted(exc.valid_methods))
        return problem(status, headers=headers)
    original = getattr(exc, "original_exception", None) or exc
    log.exception("API error on %s %s", request.method, request.path, exc_info=original)
    from ..extensions import db

    db.session.rollback()
    return problem(500)
