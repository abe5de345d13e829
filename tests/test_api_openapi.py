"""The OpenAPI document: well-formed, complete (every route documented and vice versa), served, readable."""

from __future__ import annotations

import re

from jsonschema import Draft202012Validator

from feedback.api.openapi import document
from feedback.api.validation import check
from tests.test_api_helpers import Api, validate_response

pytest_plugins = ["tests.test_api_helpers"]

#: Routes under /api/v1 that are not operations of the API itself.
NOT_OPERATIONS = {"/openapi.json", "/docs"}


def _routes(app) -> set[tuple[str, str]]:
    found = set()
    for rule in app.url_map.iter_rules():
        if not rule.rule.startswith("/api/v1/"):
            continue
        path = re.sub(r"<(?:[^:>]+:)?([^>]+)>", r"{\1}", rule.rule[len("/api/v1"):])
        if path in NOT_OPERATIONS:
            continue
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            found.add((path, method.lower()))
    return found


def _documented() -> set[tuple[str, str]]:
    return {(path, method) for path, item in document()["paths"].items() for method in item}


def test_every_route_is_documented_and_every_operation_exists(app):
    routes, documented = _routes(app), _documented()
    assert routes - documented == set(), "routes missing from the OpenAPI document"
    assert documented - routes == set(), "documented operations without a route"


def test_document_is_openapi_31_with_valid_schemas():
    doc = document()
    assert doc["openapi"].startswith("3.1")
    for schema in doc["components"]["schemas"].values():
        Draft202012Validator.check_schema(schema)
    refs = re.findall(r"#/components/schemas/([A-Za-z]+)", str(doc))
    assert set(refs) <= set(doc["components"]["schemas"]), "dangling $ref"
    operation_ids = [op["operationId"] for item in doc["paths"].values() for op in item.values()]
    assert len(operation_ids) == len(set(operation_ids))
    for item in doc["paths"].values():
        for op in item.values():
            assert op["summary"] and op["responses"]
            for status, response in op["responses"].items():
                if int(status) >= 400:
                    assert "application/problem+json" in response["content"]


def test_served_document_is_the_source(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200 and response.get_json() == document()


def test_docs_page_renders_every_operation_and_schema(client, world):
    response = client.get("/api/v1/docs")
    assert response.status_code == 200 and response.mimetype == "text/html"
    html = response.get_data(as_text=True)
    for path, item in document()["paths"].items():
        for op in item.values():
            assert f'id="{op["operationId"]}"' in html and path in html
    for name in document()["components"]["schemas"]:
        assert f'id="schema-{name}"' in html
    assert "<script" not in html.replace('<script src="/static/', "")  # no CDN, no inline script


def test_the_drift_check_catches_a_wrong_response(client, world):
    """The validator used by every API test fails on a body the document does not describe."""
    assert check({"items": [{"id": 1, "code": "x", "name": "y"}]}, "/components/schemas/CategoryList")
    assert check({"reference": "2026-000001"}, "/components/schemas/Receipt")
    response = Api(client).get("/kinds")
    response.set_data(b'{"items": [{"code": "gossip"}]}')
    try:
        validate_response(response, "/api/v1/kinds", "GET")
    except AssertionError as exc:
        assert "drifts" in str(exc)
    else:  # pragma: no cover
        raise AssertionError("a drifting body passed validation")
