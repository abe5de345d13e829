"""Fuzzing with hypothesis: bodies generated from the OpenAPI schemas (and arbitrary JSON) never give a 5xx,
and every answer is one the document describes."""

from __future__ import annotations

import base64

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from feedback.api.openapi import document
from tests.test_api_helpers import PNG, Api, make_token

pytest_plugins = ["tests.test_api_helpers"]

FUZZ = settings(max_examples=120, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=12,
)


def _resolve(schema: dict) -> dict:
    while "$ref" in schema:
        schema = document()["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def from_schema(schema: dict, depth: int = 0) -> st.SearchStrategy:
    """Mostly-valid values for a schema, mixed with wrong types, too-long strings and arbitrary JSON."""
    schema = _resolve(schema)
    if "oneOf" in schema:
        return st.one_of([from_schema(s, depth) for s in schema["oneOf"]])
    kinds = schema.get("type", "string")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    options = []
    for kind in kinds:
        if kind == "null":
            options.append(st.none())
        elif "enum" in schema:
            options.append(st.sampled_from([v for v in schema["enum"] if v is not None]))
        elif kind == "string":
            limit = min(schema.get("maxLength", 60), 400)
            options.append(st.text(min_size=schema.get("minLength", 0), max_size=limit + 2))
        elif kind == "integer":
            options.append(st.integers(min_value=-5, max_value=2**40))
        elif kind == "boolean":
            options.append(st.booleans())
        elif kind == "array":
            options.append(st.lists(from_schema(schema["items"], depth + 1), max_size=schema.get("maxItems", 3) + 1))
        elif kind == "object":
            properties = schema.get("properties", {})
            required = {k: from_schema(v, depth + 1) for k, v in properties.items() if k in schema.get("required", [])}
            optional = {k: from_schema(v, depth + 1) for k, v in properties.items() if k not in required}
            options.append(st.fixed_dictionaries(required, optional=optional))
    valid = st.one_of(options)
    return st.one_of(valid, valid, valid, json_values) if depth else valid


def schema_body(name: str) -> st.SearchStrategy:
    return st.one_of(from_schema({"$ref": f"#/components/schemas/{name}"}), json_values)


attachments = st.lists(st.fixed_dictionaries({
    "filename": st.text(min_size=1, max_size=40),
    "content_base64": st.one_of(st.binary(max_size=64).map(lambda b: base64.b64encode(b).decode()),
                                st.just(base64.b64encode(PNG).decode()), st.text(max_size=20)),
}), max_size=2)


@pytest.fixture()
def unlimited(app):
    app.config["API_RATE_LIMIT_ENABLED"] = False
    yield
    app.config["API_RATE_LIMIT_ENABLED"] = True


def _ok(response) -> None:
    event(f"HTTP {response.status_code}")
    assert response.status_code < 500, response.get_data(as_text=True)[:500]


@FUZZ
@given(body=schema_body("CaseInput"), files=attachments, language=st.sampled_from([None, "en", "vi", "fr", "*"]))
def test_file_case_never_fails(client, world, unlimited, body, files, language):
    if isinstance(body, dict) and files and body.get("kind"):
        body = {**body, "attachments": files}
    _ok(Api(client, language=language).post("/cases", json=body))


@FUZZ
@given(body=schema_body("TrackRequest"), header=st.one_of(st.none(), st.text(
    alphabet=st.characters(min_codepoint=33, max_codepoint=126), max_size=40)))
def test_track_never_fails(client, world, unlimited, body, header):
    headers = {"X-Access-Key": header} if header else None
    _ok(Api(client).post("/track", json=body, headers=headers))


@FUZZ
@given(data=st.binary(max_size=200), content_type=st.sampled_from(["application/json", "text/plain",
                                                                   "application/x-www-form-urlencoded"]))
def test_raw_bodies_never_fail(client, world, unlimited, data, content_type):
    response = client.post("/api/v1/cases", data=data, content_type=content_type)
    _ok(response)
    assert response.mimetype in ("application/json", "application/problem+json")


@pytest.fixture()
def leader_api(client, world):
    return Api(client, make_token(world.leader))


@FUZZ
@given(body=schema_body("StaffCaseInput"))
def test_staff_log_never_fails(leader_api, unlimited, body):
    _ok(leader_api.post("/staff/cases", json=body))


@FUZZ
@given(params=st.dictionaries(st.sampled_from(["kind", "channel", "status", "unit_id", "category_id", "after",
                                               "size", "due", "sort"]), st.text(max_size=30), max_size=5))
def test_staff_queue_parameters_never_fail(leader_api, params):
    _ok(leader_api.call("GET", "/staff/cases", query_string=params))


@FUZZ
@given(form=st.dictionaries(st.sampled_from([
    "service_code", "description", "lat", "long", "address_string", "email", "first_name", "last_name", "phone",
    "media_url", "attribute[kind]", "attribute[subject]", "attribute[consent]", "attribute[anonymous]"]),
    st.text(max_size=40), max_size=8), fmt=st.sampled_from(["json", "xml"]))
def test_open311_post_never_fails(client, world, unlimited, form, fmt):
    from feedback.api import tokens

    _, key = tokens.create_client("fuzz")
    _ok(client.post(f"/open311/v2/requests.{fmt}", data={"api_key": key, **form}))


@FUZZ
@given(params=st.dictionaries(st.sampled_from(["service_request_id", "service_code", "start_date", "end_date",
                                               "status"]), st.text(max_size=30), max_size=4),
       fmt=st.sampled_from(["json", "xml"]))
def test_open311_get_requests_never_fails(client, world, params, fmt):
    _ok(client.get(f"/open311/v2/requests.{fmt}", query_string=params))


person = st.fixed_dictionaries({}, optional={
    "full_name": st.text(min_size=1, max_size=200), "address": st.text(min_size=1, max_size=300),
    "organisation": st.text(max_size=200), "phone": st.from_regex(r"^[0-9+() .-]{8,20}$", fullmatch=True),
    "email": st.emails().filter(lambda e: len(e) <= 254)})


@FUZZ
@given(kind=st.sampled_from(["suggestion", "feedback", "petition", "regulation_feedback", "complaint",
                             "denunciation"]),
       title=st.text(min_size=1, max_size=300), content=st.text(min_size=1, max_size=2000),
       submitter=person, extras=st.fixed_dictionaries({}, optional={
           "subject": st.text(max_size=100), "request": st.text(max_size=100), "location": st.text(max_size=300),
           "anonymous": st.booleans(), "signature_confirmed": st.booleans()}), files=attachments)
def test_mostly_valid_cases_never_fail(client, world, unlimited, kind, title, content, submitter, extras, files):
    body = {"kind": kind, "title": title, "content": content, "submitter": submitter, "consent": True,
            "category_id": world.road.id, "attachments": files, **extras}
    _ok(Api(client).post("/cases", json=body))


@FUZZ
@given(field=st.sampled_from(["description", "lat", "long", "address_string", "first_name", "last_name", "email",
                              "phone", "media_url", "attribute[title]", "attribute[anonymous]"]),
       value=st.text(max_size=300))
def test_mostly_valid_open311_posts_never_fail(client, world, unlimited, field, value):
    from feedback.api import tokens

    _, key = tokens.create_client("fuzz")
    data = {"api_key": key, "service_code": "road", "description": "Ổ gà", "attribute[kind]": "feedback",
            "attribute[consent]": "true", field: value}
    _ok(client.post("/open311/v2/requests.json", data=data))


@FUZZ
@given(action=st.sampled_from([("notes", "NoteInput"), ("route", "RouteInput"),
                               ("information-requests", "InformationRequestInput"),
                               ("reply-drafts", "ReplyDraftInput")]), data=st.data(),
       reference=st.one_of(st.none(), st.none(), st.none(), st.text(alphabet="0123456789-", min_size=1, max_size=12)))
def test_staff_actions_never_fail(leader_api, world, unlimited, action, data, reference):
    from tests.factories import make_case

    path, schema = action
    if not hasattr(world, "fuzz_case"):
        world.fuzz_case = make_case(category=world.road).case.reference
    body = data.draw(schema_body(schema))
    _ok(leader_api.post(f"/staff/cases/{reference or world.fuzz_case}/{path}", json=body))
