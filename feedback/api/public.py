"""Public endpoints: topics, kinds, the agency, filing a case, tracking it."""

from __future__ import annotations

import base64
import binascii
import io
import json

from flask import Response, g, request
from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from ..extensions import db
from ..models import AgencyProfile, Category
from ..security import access_key_for_token
from ..services import cases, intake
from ..uploads import UploadRejected, check_upload
from . import bp, serializers
from .common import Idempotency, idempotency_key, rate_limited
from .problems import ApiProblem, field_errors
from .validation import json_body


def json_response(body, status: int = 200, headers: dict | None = None) -> Response:
    response = Response(json.dumps(body, ensure_ascii=False), status=status, mimetype="application/json")
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


@bp.get("/categories")
def categories():
    rows = db.session.execute(
        select(Category).where(Category.active.is_(True)).order_by(Category.position, Category.name)
    ).scalars()
    return json_response({"items": [serializers.category(c) for c in rows]})


@bp.get("/kinds")
def kinds():
    return json_response({"items": serializers.kinds()})


@bp.get("/agency")
def agency():
    profile = db.session.get(AgencyProfile, 1)
    if profile is None:
        raise ApiProblem(404, "not_found", _l("The agency profile has not been set up yet."))
    return json_response(serializers.agency(profile))


def decode_attachments(items: list[dict]):
    """Base64 attachments through the same checks as web uploads; 422 listing every bad file."""
    checked, errors = [], []
    for index, item in enumerate(items):
        try:
            raw = base64.b64decode(item["content_base64"], validate=True)
        except (binascii.Error, ValueError):
            errors.append({"field": f"attachments.{index}.content_base64", "message": _l("This is not valid base64.")})
            continue
        try:
            checked.append(check_upload(io.BytesIO(raw), item["filename"]))
        except UploadRejected as exc:
            errors.append({"field": f"attachments.{index}", "message": exc.message})
    if errors:
        raise ApiProblem(422, "upload_rejected", _l("Some attachments were refused."), errors=errors)
    return checked


def submission(data: dict, channel: str, files, token: str | None, submitters=None) -> intake.CaseSubmission:
    """The intake service's input from a validated ``CaseInput``/``StaffCaseInput`` body."""
    people = submitters if submitters is not None else [data.get("submitter") or {}]
    return intake.CaseSubmission(
        kind=data["kind"], channel=channel, title=data["title"], content=data["content"],
        category_id=data.get("category_id"), subject=data.get("subject"), request=data.get("request"),
        location=data.get("location"), anonymous=bool(data.get("anonymous")),
        submitters=[intake.SubmitterData(**person) for person in people], attachments=files,
        signature_confirmed=bool(data.get("signature_confirmed")), consent=bool(data.get("consent")),
        locale=g.get("api_language", "vi"), submission_token=token,
    )


IDENTITY_FIELDS = frozenset(intake.IDENTITY_FIELDS)


def _located(errors: dict[str, list], person_path: str) -> dict[str, list]:
    """Service field names → body paths (identity fields live in ``submitter`` or ``submitters.0``)."""
    return {f"{person_path}.{name}" if name in IDENTITY_FIELDS else name: messages
            for name, messages in errors.items()}


def file_with_idempotency(principal: str, build, actor=None, person_path: str = "submitter") -> Response:
    """Run intake once per Idempotency-Key; a retry replays the first 201 with the same access key."""
    idem = Idempotency(principal, idempotency_key())
    if idem.replay is not None:
        body = json.loads(idem.replay.body)
        body["access_key"] = access_key_for_token(idem.submission_token)
        return json_response(body, idem.replay.status, {"Idempotent-Replayed": "true"})
    try:
        receipt = intake.submit_case(build(idem.submission_token), actor=actor)
    except intake.ValidationFailed as exc:
        idem.forget()
        errors = field_errors(_located(exc.errors, person_path))
        raise ApiProblem(422, "validation_failed", exc.message, errors=errors) from exc
    except Exception:
        idem.forget()
        raise
    body = serializers.receipt(receipt.case, receipt.access_key)
    idem.store(201, {**body, "access_key": None}, receipt.case.reference)
    return json_response(body, 201)


@bp.post("/cases")
@rate_limited("file_case", "10/minute")
def file_case():
    data = json_body("CaseInput")
    files = decode_attachments(data.get("attachments") or [])
    return file_with_idempotency("public", lambda token: submission(data, "api", files, token))


@bp.post("/track")
@rate_limited("track", "30/minute")
def track():
    if any(name in request.args for name in ("access_key", "key", "reference")):
        raise ApiProblem(400, "key_in_url", _l("Never put the reference or the key in the URL; send them in the "
                                               "body or the X-Access-Key header."))
    data = json_body("TrackRequest")
    key = request.headers.get("X-Access-Key") or data.get("access_key")
    if not key:
        raise ApiProblem(422, "validation_failed", _l("Some fields are missing or invalid."),
                         errors=[{"field": "access_key", "message": _l("Enter the secret key.")}])
    case = cases.find_for_citizen(data["reference"], key)
    if case is None:
        raise ApiProblem(404, "case_not_found",
                         _l("We found no case with this reference and key. Check both and try again."))
    return json_response(serializers.citizen_case(case, cases.citizen_timeline(case), due_text(case)))


def due_text(case) -> str | None:
    try:
        from ..deadlines import citizen_due_text
    except ImportError:  # pragma: no cover - deadlines are optional
        return None
    return citizen_due_text(case)
