"""Shared helpers for the API tests (no tests here): a client wrapper that validates every response
against the OpenAPI document, token fixtures and the rate-limit reset."""

from __future__ import annotations

import base64
import re

import pytest

from feedback.api.openapi import document
from feedback.api.validation import check

PREFIX = "/api/v1"
PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
       b"\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82")


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _pointer(*parts: str) -> str:
    return "".join("/" + p.replace("~", "~0").replace("/", "~1") for p in parts)


def template_for(url: str) -> str | None:
    """The documented path template matching a concrete URL (``/staff/cases/2026-000001`` →
    ``/staff/cases/{reference}``), or None."""
    path = url.split("?", 1)[0]
    assert path.startswith(PREFIX), path
    path = path[len(PREFIX):]
    for template in document()["paths"]:
        pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$"
        if re.match(pattern, path):
            return template
    return None


def validate_response(response, url: str, method: str) -> None:
    """Fail unless the status is documented for the operation and the body matches its schema."""
    template = template_for(url)
    assert template is not None, f"{url} is not documented"
    operation = document()["paths"][template].get(method.lower())
    assert operation is not None, f"{method} {template} is not documented"
    status = str(response.status_code)
    assert status in operation["responses"], (
        f"{method} {template} answered {status}, which the document does not list: {response.get_data()[:300]}")
    content = operation["responses"][status].get("content", {})
    mimetype = response.mimetype
    assert mimetype in content, f"{method} {template} {status}: {mimetype} not in {list(content)}"
    pointer = _pointer("paths", template, method.lower(), "responses", status, "content", mimetype, "schema")
    errors = check(response.get_json(), pointer)
    assert not errors, f"{method} {template} {status} drifts from the document: {errors}"


class Api:
    """Calls the API through the Flask test client and validates every response against the document."""

    def __init__(self, client, token: str | None = None, language: str | None = None):
        self.client, self.token, self.language = client, token, language

    def headers(self, extra: dict | None = None) -> dict:
        headers = {}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        if self.language:
            headers["Accept-Language"] = self.language
        headers.update(extra or {})
        return headers

    def call(self, method: str, url: str, json=None, headers: dict | None = None, **kwargs):
        full = PREFIX + url
        response = self.client.open(full, method=method, json=json, headers=self.headers(headers), **kwargs)
        validate_response(response, full, method)
        return response

    def get(self, url, **kwargs):
        return self.call("GET", url, **kwargs)

    def post(self, url, json=None, **kwargs):
        return self.call("POST", url, json=json, **kwargs)

    def as_user(self, token: str) -> Api:
        return Api(self.client, token, self.language)


def make_token(user, scope: str = "read_write", days: int = 90) -> str:
    from feedback.api import tokens

    return tokens.create_token(user, f"test {scope}", scope, days).secret


@pytest.fixture()
def api(client):
    return Api(client)


@pytest.fixture(autouse=False)
def fresh_limits(app):
    """Empty the rate-limit counters (the app lives for the whole session)."""
    from feedback.api.common import limiter

    with app.app_context():
        limiter().storage.reset()
    yield
    with app.app_context():
        limiter().storage.reset()


def feedback_body(**overrides) -> dict:
    body = {"kind": "feedback", "title": "Ổ gà trên Quốc lộ 1D", "content": "Ổ gà lớn ở km 5, rất nguy hiểm.",
            "submitter": {"full_name": "Trần Thị Bình", "phone": "0905 111 222"}, "consent": True}
    body.update(overrides)
    return body


def complaint_body(**overrides) -> dict:
    body = {"kind": "complaint", "title": "Khiếu nại quyết định xử phạt",
            "content": "Tôi bị xử phạt không đúng quy định.", "subject": "Quyết định số 12/QĐ-XPHC",
            "request": "Đề nghị hủy quyết định", "signature_confirmed": True, "consent": True,
            "submitter": {"full_name": "Lê Văn Cường", "address": "5 Trần Phú, Quy Nhơn", "phone": "0912345678"}}
    body.update(overrides)
    return body
