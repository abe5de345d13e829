"""Component schemas of the OpenAPI document (JSON Schema 2020-12), built with small helpers."""

from __future__ import annotations

from copy import deepcopy

from ..domain import CHANNELS, KINDS
from ..lifecycle import STATUSES

JSON = "application/json"
PROBLEM = "application/problem+json"


def _s(type_, **extra) -> dict:
    return {"type": type_, **extra}


def _str(max_length: int | None = None, **extra) -> dict:
    schema = {"type": "string", **extra}
    if max_length:
        schema["maxLength"] = max_length
    return schema


def _nullable(schema: dict) -> dict:
    schema = deepcopy(schema)
    kind = schema.get("type")
    if isinstance(kind, str):
        schema["type"] = [kind, "null"]
    elif "$ref" in schema:
        return {"oneOf": [schema, {"type": "null"}]}
    if "enum" in schema:
        schema["enum"] = [*schema["enum"], None]
    return schema


MAX_ID = 2**31 - 1


def _id(**extra) -> dict:
    return {"type": "integer", "minimum": 1, "maximum": MAX_ID, **extra}


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _obj(properties: dict, required: tuple[str, ...] = (), *, closed: bool = True, **extra) -> dict:
    schema = {"type": "object", "properties": properties, "required": list(required), **extra}
    if closed:
        schema["additionalProperties"] = False
    return schema


def _list_of(name: str, **extra) -> dict:
    return _obj({"items": {"type": "array", "items": _ref(name)}, **extra}, ("items", *extra))


DATE_TIME = _str(format="date-time")
DATE = _str(format="date")
REFERENCE = _str(20, pattern=r"^\d{4}-\d{6}$", examples=["2026-000123"])

PERSON_FIELDS = {
    "full_name": _str(200), "organisation": _str(200),
    "id_number": _str(12, pattern=r"^[0-9]{9,12}$"), "address": _str(300),
    "phone": _str(20, pattern=r"^[0-9+() .-]{8,20}$"), "email": _str(254, format="email"),
}

ATTACHMENT_INPUT = _obj({
    "filename": _str(200, minLength=1),
    "content_base64": _str(14 * 1024 * 1024, minLength=1,
                           description="Standard base64 of the file (at most 10 MB once decoded)."),
}, ("filename", "content_base64"))


def _case_input(staff: bool) -> dict:
    props = {
        "kind": _str(enum=list(KINDS)),
        "title": _str(300, minLength=1),
        "content": _str(20000, minLength=1),
        "category_id": _nullable(_id()),
        "subject": _nullable(_str(5000)),
        "request": _nullable(_str(5000)),
        "location": _nullable(_str(300)),
        "anonymous": _s("boolean", default=False),
        "signature_confirmed": _s("boolean", default=False),
        "consent": _s("boolean", default=False),
        "attachments": {"type": "array", "maxItems": 5, "items": _ref("AttachmentInput")},
    }
    if staff:
        props["channel"] = _str(enum=[c for c in CHANNELS if c != "web"])
        props["received_at"] = _nullable(DATE_TIME)
        props["submitters"] = {"type": "array", "maxItems": 200, "items": _ref("Person")}
        return _obj(props, ("kind", "channel", "title", "content"))
    props["submitter"] = _ref("Person")
    return _obj(props, ("kind", "title", "content"))


NAMED = _obj({"id": _s("integer"), "code": _str(), "name": _str()}, ("id", "code", "name"))
USER_REF = _obj({"id": _s("integer"), "full_name": _str()}, ("id", "full_name"))

SCHEMAS: dict[str, dict] = {
    "Problem": _obj({
        "type": _str(), "code": _str(description="Stable machine-readable code."),
        "title": _str(description="Translated short title."), "status": _s("integer"),
        "detail": _str(description="Translated explanation."),
        "errors": {"type": "array", "items": _obj({"field": _str(), "message": _str()}, ("field", "message"))},
    }, ("type", "code", "title", "status", "detail")),
    "Category": _obj({"id": _s("integer"), "code": _str(), "name": _str(), "unit": _nullable(_str())},
                     ("id", "code", "name", "unit")),
    "CategoryList": _list_of("Category"),
    "Kind": _obj({
        "code": _str(enum=list(KINDS)), "label": _str(), "summary": _str(), "law": _str(),
        "anonymous_allowed": _s("boolean"), "required_fields": {"type": "array", "items": _str()},
        "contact_required": _s("boolean"), "needs_signature": _s("boolean"), "needs_subject": _s("boolean"),
        "confidential": _s("boolean"),
    }, ("code", "label", "summary", "law", "anonymous_allowed", "required_fields", "contact_required",
        "needs_signature", "needs_subject", "confidential")),
    "KindList": _list_of("Kind"),
    "Agency": _obj({name: _str() for name in (
        "name", "parent_name", "short_name", "address", "hotline", "email", "website", "reception_address",
        "reception_schedule")}, ("name",)),
    "Person": _obj(PERSON_FIELDS),
    "AttachmentInput": ATTACHMENT_INPUT,
    "CaseInput": _case_input(staff=False),
    "StaffCaseInput": _case_input(staff=True),
    "Receipt": _obj({
        "reference": REFERENCE,
        "access_key": _str(description="Secret key for tracking; shown once, store it safely."),
        "status": _str(enum=list(STATUSES)), "status_text": _str(), "received_at": DATE_TIME,
    }, ("reference", "access_key", "status", "status_text", "received_at")),
    "TrackRequest": _obj({"reference": _str(20, minLength=1), "access_key": _str(40)}, ("reference",)),
    "CitizenEvent": _obj({
        "at": DATE_TIME, "type": _str(), "status": _nullable(_str()), "status_text": _nullable(_str()),
        "text": _nullable(_str()),
    }, ("at", "type", "status", "status_text", "text")),
    "CitizenCase": _obj({
        "reference": REFERENCE, "kind": _str(enum=list(KINDS)), "kind_label": _str(), "title": _str(),
        "status": _str(enum=list(STATUSES)), "status_text": _str(), "received_at": DATE_TIME,
        "category": _nullable(_str()), "due_text": _nullable(_str()),
        "timeline": {"type": "array", "items": _ref("CitizenEvent")},
    }, ("reference", "kind", "kind_label", "title", "status", "status_text", "received_at", "category",
        "due_text", "timeline")),
    "CaseSummary": _obj({
        "reference": REFERENCE, "kind": _str(enum=list(KINDS)), "channel": _str(enum=list(CHANNELS)),
        "status": _str(enum=list(STATUSES)), "title": _str(), "received_at": DATE_TIME,
        "unit": _nullable(NAMED), "category": _nullable(NAMED), "assignee": _nullable(USER_REF),
        "due_date": _nullable(DATE), "version": _s("integer"),
    }, ("reference", "kind", "channel", "status", "title", "received_at", "unit", "category", "assignee",
        "due_date", "version")),
    "CaseList": _obj({"items": {"type": "array", "items": _ref("CaseSummary")},
                      "next_cursor": _nullable(_str(description="Pass as `after` for the next page."))},
                     ("items", "next_cursor")),
    "SubmitterView": _obj({
        "id": _s("integer"), "display_name": _str(), "confidential": _s("boolean"),
        **{name: _nullable(_str()) for name in ("full_name", "organisation", "address", "phone", "email")},
    }, ("id", "display_name", "confidential")),
    "AttachmentView": _obj({"id": _s("integer"), "name": _str(), "content_type": _str(), "size": _s("integer"),
                            "sha256": _str()}, ("id", "name", "content_type", "size", "sha256")),
    "Event": _obj({
        "id": _s("integer"), "at": DATE_TIME, "type": _str(), "actor": _nullable(_str()),
        "from_status": _nullable(_str()), "to_status": _nullable(_str()), "reason": _nullable(_str()),
        "citizen_visible": _s("boolean"),
    }, ("id", "at", "type", "actor", "from_status", "to_status", "reason", "citizen_visible")),
    "Clock": _obj({
        "name": _str(), "label": _str(), "state": _str(enum=["running", "paused", "stopped"]),
        "duration": _s("integer"), "unit": _str(enum=["working", "calendar"]), "start_date": DATE,
        "due_date": _nullable(DATE), "paused_days": _s("integer"), "extension_days": _s("integer"),
        "overdue": _s("boolean"), "working_days_left": _nullable(_s("integer")),
    }, ("name", "label", "state", "duration", "unit", "start_date", "due_date", "paused_days", "extension_days",
        "overdue", "working_days_left")),
    "NoteInput": _obj({"text": _str(10000, minLength=1), "version": _nullable(_id())}, ("text",)),
    "RouteInput": _obj({"unit_id": _id(), "legal_basis": _nullable(_str(2000)),
                        "version": _nullable(_id())}, ("unit_id",)),
    "InformationRequestInput": _obj({"question": _str(5000, minLength=1), "version": _nullable(_id())},
                                    ("question",)),
    "ReplyDraftInput": _obj({
        "body": _str(50000, description="The answer; may use the placeholders of canned responses."),
        "canned_id": _nullable(_id()), "submit": _s("boolean", default=False,
                                                   description="Send it for approval at once."),
        "version": _nullable(_id())}),
    "ReplyDraft": _obj({
        "id": _s("integer"), "number": _s("integer"), "status": _str(enum=["draft", "submitted", "returned",
                                                                            "approved"]),
        "body": _str(), "created_at": DATE_TIME, "submitted_at": _nullable(DATE_TIME)},
        ("id", "number", "status", "body", "created_at", "submitted_at")),
}
_case = deepcopy(SCHEMAS["CaseSummary"])
_case["properties"].update({
    "content": _str(), "subject": _nullable(_str()), "request": _nullable(_str()), "location": _nullable(_str()),
    "is_anonymous": _s("boolean"), "is_group": _s("boolean"),
    "submitters": {"type": "array", "items": _ref("SubmitterView")},
    "attachments": {"type": "array", "items": _ref("AttachmentView")},
    "timeline": {"type": "array", "items": _ref("Event")},
    "clocks": {"type": "array", "items": _ref("Clock")},
})
_case["required"] += ["content", "subject", "request", "location", "is_anonymous", "is_group", "submitters",
                      "attachments", "timeline", "clocks"]
SCHEMAS["Case"] = _case
