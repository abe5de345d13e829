"""Typed domain errors raised by services and shown to users as translated messages."""

from __future__ import annotations


class DomainError(Exception):
    """A rule of the domain refused an operation. ``message`` is a (lazy) translated string."""

    code = "domain_error"
    status = 400

    def __init__(self, message, *, field: str | None = None):
        super().__init__(str(message))
        self.message = message
        self.field = field


class NotFound(DomainError):
    code = "not_found"
    status = 404


class Forbidden(DomainError):
    code = "forbidden"
    status = 403


class StaleObject(DomainError):
    """Someone else changed the object since it was loaded (optimistic locking)."""

    code = "stale"
    status = 409
