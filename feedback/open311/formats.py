"""Open311 GeoReport v2 output in JSON or XML, and the specification's error format."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

from flask import Response

FORMATS = ("json", "xml")
MIMETYPES = {"json": "application/json", "xml": "text/xml"}

#: Collection element -> item element for XML lists.
ITEM_NAMES = {"services": "service", "service_requests": "request", "attributes": "attribute", "values": "value",
              "endpoints": "endpoint", "formats": "format", "errors": "error"}


class Open311Error(Exception):
    """An error in the specification's format: ``[{"code": 400, "description": "…"}]``."""

    def __init__(self, status: int, *descriptions, headers: dict | None = None):
        super().__init__(status, descriptions)
        self.status = status
        self.descriptions = [str(d) for d in descriptions] or [str(status)]
        self.headers = headers or {}


def _text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _fill(element: ET.Element, value) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            _fill(ET.SubElement(element, key), item)
    elif isinstance(value, list):
        child_name = ITEM_NAMES.get(element.tag, "item")
        for item in value:
            _fill(ET.SubElement(element, child_name), item)
    else:
        element.text = _text(value)


def to_xml(root: str, value) -> bytes:
    """``value`` (a list or dict) under a ``root`` element; None becomes an empty element."""
    element = ET.Element(root)
    _fill(element, value)
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(element, encoding="utf-8")


def render(fmt: str, root: str, value, status: int = 200, headers: dict | None = None) -> Response:
    if fmt == "xml":
        body = to_xml(root, value)
    else:
        body = json.dumps(value, ensure_ascii=False)
    response = Response(body, status=status, mimetype=MIMETYPES.get(fmt, "application/json"))
    if fmt == "xml":
        response.charset = "utf-8"
    for name, val in (headers or {}).items():
        response.headers[name] = val
    return response


def render_error(fmt: str, error: Open311Error) -> Response:
    items = [{"code": error.status, "description": text} for text in error.descriptions]
    return render(fmt, "errors", items, error.status, error.headers)
