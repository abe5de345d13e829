"""The OpenAPI 3.1 document of the JSON API: the single source of truth for request and response schemas.

Requests are validated against these schemas at run time (:mod:`feedback.api.validation`), the tests
validate every response against them, and ``/api/v1/docs`` renders the same dict for people. The
component schemas live in :mod:`feedback.api.schemas`.
"""

from __future__ import annotations

from functools import cache

from ..domain import CHANNELS, KINDS
from ..lifecycle import STATUSES
from .schemas import JSON, MAX_ID, PROBLEM, REFERENCE, SCHEMAS, _id, _ref, _s, _str

__all__ = ["DOCUMENT", "MAX_ID", "document", "operation"]


def _problems(*codes: int) -> dict:
    text = {400: "Malformed request", 401: "Missing, unknown, expired or revoked token",
            403: "The role, the unit or a read-only token does not allow this", 404: "Not found or not visible",
            409: "Changed meanwhile (send the current `version`) or an idempotent request still running",
            413: "Too large", 415: "Not JSON", 422: "Invalid: `errors` lists the fields",
            429: "Rate limit; see `Retry-After`"}
    return {str(c): {"description": text[c], "content": {PROBLEM: {"schema": _ref("Problem")}}} for c in codes}


def _ok(status: int, schema: str, description: str) -> dict:
    return {str(status): {"description": description, "content": {JSON: {"schema": _ref(schema)}}}}


def _body(schema: str) -> dict:
    return {"required": True, "content": {JSON: {"schema": _ref(schema)}}}


def _q(name: str, schema: dict, description: str) -> dict:
    return {"name": name, "in": "query", "required": False, "schema": schema, "description": description}


REF_PARAM = {"name": "reference", "in": "path", "required": True, "schema": REFERENCE}
IDEMPOTENCY = {"name": "Idempotency-Key", "in": "header", "required": False, "schema": _str(255, minLength=1),
               "description": "A retry with the same key and body returns the first response instead of a "
                              "second case; the same key with another body is refused (422)."}
BEARER = [{"bearerAuth": []}]
STAFF_READ = _problems(401, 403, 404)
STAFF_WRITE = _problems(400, 401, 403, 404, 409, 415, 422)

PATHS: dict[str, dict] = {
    "/categories": {"get": {
        "operationId": "listCategories", "tags": ["public"], "summary": "Topics a case can be about",
        "responses": _ok(200, "CategoryList", "Active topics in form order")}},
    "/kinds": {"get": {
        "operationId": "listKinds", "tags": ["public"], "summary": "Kinds of submission and their legal rules",
        "responses": _ok(200, "KindList", "The six kinds")}},
    "/agency": {"get": {
        "operationId": "getAgency", "tags": ["public"], "summary": "The agency's public profile",
        "responses": {**_ok(200, "Agency", "Profile"), **_problems(404)}}},
    "/cases": {"post": {
        "operationId": "fileCase", "tags": ["public"], "summary": "File a case as a citizen",
        "description": "The same rules as the web form: the kind decides which identity fields are required; "
                       "`consent` is always required and complaints and denunciations need "
                       "`signature_confirmed`. Attachments are base64 in the JSON (at most 5 files of 10 MB; "
                       "PDF, JPEG, PNG, WEBP, HEIC, DOCX, XLSX, ODT, recognised by content). Requests are "
                       "limited per IP address. The access key is in this response only.",
        "parameters": [IDEMPOTENCY], "requestBody": _body("CaseInput"),
        "responses": {**_ok(201, "Receipt", "Filed; keep the reference and access key"),
                      **_problems(400, 409, 413, 415, 422, 429)}}},
    "/track": {"post": {
        "operationId": "trackCase", "tags": ["public"], "summary": "The citizen's view of a case",
        "description": "Send the reference in the body and the access key in the body or in an `X-Access-Key` "
                       "header, never in the URL. A wrong key and an unknown reference give the same 404.",
        "parameters": [{"name": "X-Access-Key", "in": "header", "required": False, "schema": _str(40)}],
        "requestBody": _body("TrackRequest"),
        "responses": {**_ok(200, "CitizenCase", "The case as the citizen sees it"),
                      **_problems(400, 404, 415, 422, 429)}}},
    "/staff/cases": {
        "get": {
            "operationId": "listCases", "tags": ["staff"], "summary": "The queue, newest received first",
            "description": "Only the cases the token's owner may see (role and unit). Keyset pagination: "
                           "pass `next_cursor` as `after` with the same filters and sort.",
            "security": BEARER,
            "parameters": [
                _q("kind", _str(enum=list(KINDS)), "Kind"), _q("channel", _str(enum=list(CHANNELS)), "Channel"),
                _q("status", _str(enum=list(STATUSES)), "Status"), _q("unit_id", _id(), "Unit"),
                _q("category_id", _id(), "Topic"),
                _q("due", _str(enum=["overdue", "due_soon"]), "Only overdue cases, or those due within the "
                   "due-soon threshold (working days)"),
                _q("sort", _str(enum=["received", "due"], default="received"),
                   "Newest received first, or earliest due date first (cases without one last)"),
                _q("after", _str(200), "Cursor from the last page"),
                _q("size", _s("integer", minimum=1, maximum=100, default=25), "Page size"),
            ],
            "responses": {**_ok(200, "CaseList", "One page"), **_problems(400, 401, 403, 422)}},
        "post": {
            "operationId": "logCase", "tags": ["staff"], "summary": "Log a case received through any channel",
            "description": "Hotline calls, letters, e-mails, walk-in visits, suggestion-box openings. Needs a "
                           "read-write token and a role that may log cases.",
            "security": BEARER, "parameters": [IDEMPOTENCY], "requestBody": _body("StaffCaseInput"),
            "responses": {**_ok(201, "Receipt", "Logged; give the access key to the citizen"),
                          **_problems(400, 401, 403, 409, 413, 415, 422)}},
    },
    "/staff/cases/{reference}": {"get": {
        "operationId": "getCase", "tags": ["staff"], "summary": "A case with its timeline and clocks",
        "description": "A denouncer's identity is never included (only the pseudonym).",
        "security": BEARER, "parameters": [REF_PARAM],
        "responses": {**_ok(200, "Case", "The case"), **STAFF_READ}}},
    "/staff/cases/{reference}/notes": {"post": {
        "operationId": "addNote", "tags": ["staff"], "summary": "Add an internal note",
        "security": BEARER, "parameters": [REF_PARAM], "requestBody": _body("NoteInput"),
        "responses": {**_ok(201, "Event", "The note's event"), **STAFF_WRITE}}},
    "/staff/cases/{reference}/route": {"post": {
        "operationId": "routeCase", "tags": ["staff"], "summary": "Accept the case and send it to a unit",
        "description": "Complaints and denunciations need `legal_basis`. The same rules as the staff pages.",
        "security": BEARER, "parameters": [REF_PARAM], "requestBody": _body("RouteInput"),
        "responses": {**_ok(200, "Case", "The case after routing"), **STAFF_WRITE}}},
    "/staff/cases/{reference}/information-requests": {"post": {
        "operationId": "requestInformation", "tags": ["staff"], "summary": "Ask the citizen for more information",
        "description": "The case waits for the citizen and its clock pauses; the citizen is told.",
        "security": BEARER, "parameters": [REF_PARAM], "requestBody": _body("InformationRequestInput"),
        "responses": {**_ok(200, "Case", "The case, now awaiting the citizen"), **STAFF_WRITE}}},
    "/staff/cases/{reference}/reply-drafts": {"post": {
        "operationId": "draftReply", "tags": ["staff"], "summary": "Write a new version of the reply",
        "description": "While the case is in progress; with `submit` the draft goes to the unit head or leader "
                       "for approval. Give `body`, or `canned_id` to start from a canned response.",
        "security": BEARER, "parameters": [REF_PARAM], "requestBody": _body("ReplyDraftInput"),
        "responses": {**_ok(201, "ReplyDraft", "The new draft"), **STAFF_WRITE}}},
}

DOCUMENT: dict = {
    "openapi": "3.1.0",
    "jsonSchemaDialect": "https://spec.openapis.org/oas/3.1/dialect/base",
    "info": {
        "title": "Nghe Dân API",
        "version": "1.0.0",
        "description": "File and follow citizen cases; staff queues and handling. JSON only. Errors are "
                       "`application/problem+json` with a stable `code` and a `title`/`detail` in the language of "
                       "`Accept-Language` (Vietnamese by default, or English). Staff endpoints take a personal "
                       "token (`Authorization: Bearer ndt_…`) created in the staff profile; it acts with its "
                       "owner's role and unit, and a read-only token cannot change anything.",
    },
    "servers": [{"url": "/api/v1"}],
    "tags": [{"name": "public", "description": "For citizens' apps and portals; no authentication"},
             {"name": "staff", "description": "For staff systems; bearer token"}],
    "paths": PATHS,
    "components": {
        "schemas": SCHEMAS,
        "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer",
                                           "description": "A personal API token from the staff profile page."}},
    },
}


@cache
def document() -> dict:
    """The OpenAPI document (a fresh deep copy is cheap but not needed: treat it as read-only)."""
    return DOCUMENT


def operation(path: str, method: str) -> dict:
    """The operation object for a templated path (``/staff/cases/{reference}``) and method."""
    return DOCUMENT["paths"][path][method.lower()]
