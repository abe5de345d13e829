"""Between the domain and GeoReport v2: services from categories, requests from cases, submissions from params."""

from __future__ import annotations

import math
from datetime import datetime, time

from flask_babel import lazy_gettext as _l

from ..domain import KIND_LABELS, KIND_RULES, KINDS
from ..lifecycle import CITIZEN_LABELS, OPEN_STATUSES
from ..models import Case, Category
from ..services.intake import CaseSubmission, SubmitterData
from ..timeutil import LOCAL_TZ, to_local
from .formats import Open311Error

#: Kinds listed by ``GET requests``: complaints concern one person's rights and denunciations are
#: confidential by law, so they are never published (their filer tracks them with the reference and key).
PUBLIC_KINDS = ("suggestion", "feedback", "petition", "regulation_feedback")
TRUE_WORDS = ("true", "1", "yes", "on")


def iso(moment: datetime | None) -> str | None:
    """W3C/ISO 8601 with the Vietnamese offset, e.g. ``2026-11-27T09:30:00+07:00``."""
    return None if moment is None else to_local(moment).replace(microsecond=0).isoformat()


def end_of_day(day) -> str | None:
    """The due moment of a due day: its end, Asia/Ho_Chi_Minh."""
    return None if day is None else datetime.combine(day, time(23, 59, 59), LOCAL_TZ).isoformat()


def open_or_closed(status: str) -> str:
    return "open" if status in OPEN_STATUSES else "closed"


def service(category: Category) -> dict:
    return {
        "service_code": category.code,
        "service_name": category.name,
        "description": str(_l("%(topic)s. Kinds: %(kinds)s.", topic=category.name,
                              kinds=", ".join(str(KIND_LABELS[k]) for k in KINDS))),
        "metadata": True,
        "type": "realtime",
        "keywords": ", ".join(KINDS),
        "group": category.default_unit.name if category.default_unit else "",
    }


def _attribute(order: int, code: str, datatype: str, required: bool, description, values=None,
               datatype_description=None) -> dict:
    item = {"variable": True, "code": code, "datatype": datatype, "required": required,
            "datatype_description": str(datatype_description or ""), "order": order, "description": str(description)}
    if values is not None:
        item["values"] = [{"key": key, "name": str(name)} for key, name in values]
    return item


YES_NO = [("true", _l("Yes")), ("false", _l("No"))]


def service_definition(category: Category) -> dict:
    """The attributes: the kind decides which others the law requires (see ``kinds`` in the JSON API)."""
    kinds = [(k, f"{KIND_LABELS[k]} — {KIND_RULES[k].summary}") for k in KINDS]
    return {"service_code": category.code, "attributes": [
        _attribute(1, "kind", "singlevaluelist", True, _l("Kind of submission"), kinds),
        _attribute(2, "title", "string", False, _l("Short title (default: the start of the description)")),
        _attribute(3, "subject", "text", False,
                   _l("Complaint: the decision or act complained about. Denunciation: who committed the violation. "
                      "Required for these two kinds.")),
        _attribute(4, "request", "text", False, _l("Complaint: what the complainant requests (required).")),
        _attribute(5, "submitter_address", "string", False,
                   _l("The submitter's own address (required for regulation feedback, complaints and "
                      "denunciations); address_string is the place concerned.")),
        _attribute(6, "organisation", "string", False, _l("Organisation the submitter speaks for")),
        _attribute(7, "anonymous", "singlevaluelist", False,
                   _l("Stay anonymous (suggestions, feedback and petitions only)"), YES_NO),
        _attribute(8, "signature_confirmed", "singlevaluelist", False,
                   _l("The submitter confirms the information is true, in place of a signature (required for "
                      "complaints and denunciations)"), YES_NO),
        _attribute(9, "consent", "singlevaluelist", True,
                   _l("The submitter agrees that the agency processes the personal data in the submission "
                      "(Decree 13/2023/NĐ-CP)"), YES_NO),
    ]}


def service_request(case: Case) -> dict:
    """A case as a GeoReport v2 request: no personal data (no names, contacts, content or notes)."""
    return {
        "service_request_id": case.reference,
        "status": open_or_closed(case.status),
        "status_notes": str(CITIZEN_LABELS.get(case.status, case.status)),
        "service_name": case.category.name if case.category else str(KIND_LABELS.get(case.kind, case.kind)),
        "service_code": case.category.code if case.category else None,
        "description": case.title,
        "agency_responsible": case.unit.name if case.unit else None,
        "service_notice": None,
        "requested_datetime": iso(case.received_at),
        "updated_datetime": iso(case.updated_at),
        "expected_datetime": end_of_day(getattr(case, "due_date", None)),
        "address": case.location,
        "address_id": None,
        "zipcode": None,
        "lat": None,
        "long": None,
        "media_url": None,
    }


def _coordinate(raw: str | None, name: str, limit: float) -> float | None:
    if raw in (None, ""):
        return None
    try:
        value = float(raw)
    except ValueError:
        raise Open311Error(400, _l("%(name)s must be a number.", name=name)) from None
    if not math.isfinite(value) or abs(value) > limit:
        raise Open311Error(400, _l("%(name)s is out of range.", name=name))
    return value


def _clip(value: str | None, limit: int) -> str | None:
    value = (value or "").strip()
    return value[:limit] or None


def submission(form, category: Category, token: str, locale: str) -> CaseSubmission:
    """A :class:`CaseSubmission` from ``POST requests`` parameters (identity fields map to the submitter)."""

    def attribute(code: str) -> str | None:
        return _clip(form.get(f"attribute[{code}]"), 5000)

    description = _clip(form.get("description"), 20000)
    if not description:
        raise Open311Error(400, _l("description: describe the matter."))
    kind = attribute("kind")
    if kind not in KINDS:
        raise Open311Error(400, _l("attribute[kind]: choose one of %(kinds)s.", kinds=", ".join(KINDS)))
    lat = _coordinate(form.get("lat"), "lat", 90)
    long = _coordinate(form.get("long"), "long", 180)
    place = _clip(form.get("address_string"), 250)
    if lat is not None and long is not None:
        place = f"{place} ({lat:.6f}, {long:.6f})" if place else f"{lat:.6f}, {long:.6f}"
    media = _clip(form.get("media_url"), 500)
    if media and media.lower().startswith(("http://", "https://")):
        description += "\n\n" + str(_l("Photo or file (link): %(url)s", url=media))
    title = attribute("title") or description.splitlines()[0]
    name = " ".join(part for part in (_clip(form.get("last_name"), 100), _clip(form.get("first_name"), 100)) if part)
    person = SubmitterData(full_name=name or None, email=_clip(form.get("email"), 254),
                           phone=_clip(form.get("phone"), 30), address=_clip(attribute("submitter_address"), 300),
                           organisation=_clip(attribute("organisation"), 200))
    return CaseSubmission(
        kind=kind, channel="api", title=title[:300], content=description, category_id=category.id,
        subject=attribute("subject"), request=attribute("request"), location=place,
        anonymous=(attribute("anonymous") or "").lower() in TRUE_WORDS, submitters=[person],
        signature_confirmed=(attribute("signature_confirmed") or "").lower() in TRUE_WORDS,
        consent=(attribute("consent") or "").lower() in TRUE_WORDS, locale=locale, submission_token=token,
    )


#: Service field names -> the parameter the client sent.
PARAMETER_NAMES = {"full_name": "last_name/first_name", "address": "attribute[submitter_address]",
                   "phone": "phone/email/attribute[submitter_address]", "email": "email",
                   "organisation": "attribute[organisation]", "title": "attribute[title]", "content": "description",
                   "category_id": "service_code"}


def parameter_name(field: str) -> str:
    if field in PARAMETER_NAMES:
        return PARAMETER_NAMES[field]
    return f"attribute[{field}]"
