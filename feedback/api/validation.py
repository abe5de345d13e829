"""The API's one schema layer: request bodies are checked against the OpenAPI document's schemas."""

from __future__ import annotations

from functools import cache

from flask import request
from flask_babel import lazy_gettext as _l
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from .openapi import document
from .problems import ApiProblem

DOCUMENT_URI = "urn:nghedan:api:v1:openapi"


@cache
def registry() -> Registry:
    """A registry holding the OpenAPI document, so ``#/components/schemas/…`` references resolve."""
    return Registry().with_resource(DOCUMENT_URI, Resource(contents=document(), specification=DRAFT202012))


def validator_for(pointer: str) -> Draft202012Validator:
    """A validator for the schema at a JSON pointer inside the document (e.g. ``/components/schemas/Case``)."""
    return _validator(pointer)


@cache
def _validator(pointer: str) -> Draft202012Validator:
    return Draft202012Validator({"$ref": f"{DOCUMENT_URI}#{pointer}"}, registry=registry(),
                                format_checker=Draft202012Validator.FORMAT_CHECKER)


def _field(error: ValidationError) -> str:
    path = ".".join(str(part) for part in error.absolute_path)
    return path or "body"


def _message(error: ValidationError):
    validator, value = error.validator, error.validator_value
    if validator == "type":
        return _l("This value has the wrong type (expected %(type)s).",
                  type=" or ".join(value) if isinstance(value, list) else value)
    if validator == "maxLength":
        return _l("Use at most %(n)d characters.", n=value)
    if validator == "minLength":
        return _l("This field must not be empty.")
    if validator == "enum":
        return _l("Choose one of: %(values)s.", values=", ".join(str(v) for v in value if v is not None))
    if validator == "pattern":
        return _l("The format of this value is not valid.")
    if validator == "format":
        return _l("The format of this value is not valid.")
    if validator == "maxItems":
        return _l("Give at most %(n)d items.", n=value)
    if validator in ("minimum", "maximum"):
        return _l("This number is out of range.")
    return _l("This value is not valid.")


def _errors(error: ValidationError) -> list[dict]:
    if error.validator == "required":
        present = error.instance if isinstance(error.instance, dict) else {}
        prefix = ".".join(str(p) for p in error.absolute_path)
        return [{"field": f"{prefix}.{name}" if prefix else name, "message": _l("This field is required.")}
                for name in error.validator_value if name not in present]
    if error.validator == "additionalProperties":
        allowed = set(error.schema.get("properties", {}))
        prefix = ".".join(str(p) for p in error.absolute_path)
        return [{"field": f"{prefix}.{name}" if prefix else name, "message": _l("Unknown field.")}
                for name in error.instance if name not in allowed]
    if error.validator in ("oneOf", "anyOf") and error.context:
        best = min(error.context, key=lambda e: len(list(e.absolute_path)))
        return _errors(best)
    return [{"field": _field(error), "message": _message(error)}]


def json_body(schema_name: str) -> dict:
    """The request's JSON object, validated against ``components/schemas/<schema_name>``.

    Raises :class:`ApiProblem` 415 (not JSON), 400 (malformed JSON) or 422 (listing every invalid field).
    """
    if not request.is_json:
        raise ApiProblem(415, "unsupported_media_type", _l("Send the body as application/json."))
    data = request.get_json(silent=True)
    if data is None:
        raise ApiProblem(400, "malformed_json", _l("The body is not valid JSON."))
    errors = unsafe_strings(data) or check(data, f"/components/schemas/{schema_name}")
    if errors:
        raise ApiProblem(422, "validation_failed", _l("Some fields are missing or invalid."), errors=errors)
    return data


def check(instance, pointer: str) -> list[dict]:
    """Field errors of ``instance`` against the schema at ``pointer`` (empty when valid)."""
    found: list[dict] = []
    for error in sorted(validator_for(pointer).iter_errors(instance), key=lambda e: list(e.absolute_path)):
        for item in _errors(error):
            if item not in found:
                found.append(item)
    return found


def _bad_text(value: str) -> bool:
    return "\x00" in value or any(0xD800 <= ord(ch) <= 0xDFFF for ch in value)


def unsafe_strings(data, path: str = "") -> list[dict]:
    """Fields holding NUL characters or lone surrogates, which no database stores faithfully."""
    if isinstance(data, str):
        return [{"field": path or "body", "message": _l("This text contains characters that are not allowed.")}] \
            if _bad_text(data) else []
    if isinstance(data, dict):
        found = []
        for key, value in data.items():
            found += unsafe_strings(key, path) if isinstance(key, str) and _bad_text(key) else []
            found += unsafe_strings(value, f"{path}.{key}" if path else str(key))
        return found
    if isinstance(data, list):
        return [item for i, value in enumerate(data)
                for item in unsafe_strings(value, f"{path}.{i}" if path else str(i))]
    return []
