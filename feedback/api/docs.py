"""The OpenAPI document as JSON, and the same document rendered for people."""

from __future__ import annotations

import re

from flask import jsonify, render_template
from markupsafe import Markup, escape

from . import bp
from .openapi import document


@bp.get("/openapi.json")
def openapi_json():
    return jsonify(document())


def _schema_name(schema: dict | None) -> str | None:
    ref = (schema or {}).get("$ref", "")
    return ref.rsplit("/", 1)[-1] if ref else None


def _type_text(schema: dict) -> str:
    if "$ref" in schema:
        return _schema_name(schema)
    if "oneOf" in schema:
        return " | ".join(_type_text(s) for s in schema["oneOf"])
    kind = schema.get("type", "any")
    text = " | ".join(kind) if isinstance(kind, list) else kind
    if text.startswith("array") and "items" in schema:
        text = f"array of {_type_text(schema['items'])}"
    return text


def _constraints(schema: dict) -> str:
    parts = []
    if "enum" in schema:
        parts.append("one of: " + ", ".join(str(v) for v in schema["enum"] if v is not None))
    for key, label in (("minLength", "min length"), ("maxLength", "max length"), ("minimum", "min"),
                       ("maximum", "max"), ("maxItems", "max items"), ("pattern", "pattern"), ("format", "format"),
                       ("default", "default")):
        if key in schema:
            parts.append(f"{label} {schema[key]}")
    return "; ".join(parts)


def inline_code(text: str | None) -> Markup:
    """Escape ``text`` and show its `backticked` words as code (the document's descriptions use them)."""
    return Markup(re.sub(r"`([^`]+)`", r"<code>\1</code>", str(escape(text or ""))))


@bp.get("/docs")
def docs_page():
    doc = document()
    operations = []
    for path, item in doc["paths"].items():
        for method, op in item.items():
            body = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
            operations.append({
                "method": method.upper(), "path": path, "op": op, "id": op["operationId"],
                "body": _schema_name(body),
                "responses": [(code, resp["description"], _schema_name(next(iter(
                    resp.get("content", {}).values()), {}).get("schema"))) for code, resp in op["responses"].items()],
            })
    return render_template("api/docs.html", doc=doc, operations=operations, schemas=doc["components"]["schemas"],
                           type_text=_type_text, constraints=_constraints, md=inline_code)
