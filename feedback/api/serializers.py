"""Models → the JSON shapes of the OpenAPI document (:mod:`feedback.api.openapi`)."""

from __future__ import annotations

from datetime import date, datetime

from ..domain import KIND_LABELS, KIND_RULES, KINDS, kind_label
from ..lifecycle import CITIZEN_LABELS
from ..models import AgencyProfile, Case, CaseEvent, Category, User
from ..timeutil import as_utc


def stamp(moment: datetime | None) -> str | None:
    """RFC 3339 UTC timestamp."""
    return None if moment is None else as_utc(moment).isoformat().replace("+00:00", "Z")


def day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def category(item: Category) -> dict:
    return {"id": item.id, "code": item.code, "name": item.name,
            "unit": item.default_unit.name if item.default_unit else None}


def kinds() -> list[dict]:
    return [{
        "code": code, "label": str(KIND_LABELS[code]), "summary": str(rule.summary), "law": str(rule.law),
        "anonymous_allowed": rule.anonymous_allowed, "required_fields": list(rule.required),
        "contact_required": rule.contact_required, "needs_signature": rule.needs_signature,
        "needs_subject": rule.needs_subject, "confidential": rule.confidential,
    } for code, rule in ((code, KIND_RULES[code]) for code in KINDS)]


AGENCY_FIELDS = ("name", "parent_name", "short_name", "address", "hotline", "email", "website",
                 "reception_address", "reception_schedule")


def agency(profile: AgencyProfile) -> dict:
    return {name: getattr(profile, name) or "" for name in AGENCY_FIELDS}


def receipt(case: Case, access_key: str) -> dict:
    return {"reference": case.reference, "access_key": access_key, "status": case.status,
            "status_text": str(CITIZEN_LABELS.get(case.status, case.status)), "received_at": stamp(case.received_at)}


def citizen_case(case: Case, timeline: list[CaseEvent], due_text: str | None) -> dict:
    return {
        "reference": case.reference, "kind": case.kind, "kind_label": kind_label(case.kind), "title": case.title,
        "status": case.status, "status_text": str(CITIZEN_LABELS.get(case.status, case.status)),
        "received_at": stamp(case.received_at), "category": case.category.name if case.category else None,
        "due_text": due_text,
        "timeline": [{
            "at": stamp(ev.created_at), "type": ev.type, "status": ev.to_status,
            "status_text": str(CITIZEN_LABELS[ev.to_status]) if ev.to_status in CITIZEN_LABELS else None,
            "text": ev.reason,
        } for ev in timeline],
    }


def _named(obj) -> dict | None:
    return None if obj is None else {"id": obj.id, "code": obj.code, "name": obj.name}


def _user(user: User | None) -> dict | None:
    return None if user is None else {"id": user.id, "full_name": user.full_name}


def summary(case: Case) -> dict:
    return {
        "reference": case.reference, "kind": case.kind, "channel": case.channel, "status": case.status,
        "title": case.title, "received_at": stamp(case.received_at), "unit": _named(case.unit),
        "category": _named(case.category), "assignee": _user(case.assignee),
        "due_date": day(getattr(case, "due_date", None)), "version": case.version,
    }


def event(ev: CaseEvent) -> dict:
    return {"id": ev.id, "at": stamp(ev.created_at), "type": ev.type, "actor": ev.actor_label,
            "from_status": ev.from_status, "to_status": ev.to_status, "reason": ev.reason,
            "citizen_visible": bool(ev.citizen_visible)}


def _submitter(person) -> dict:
    if person.is_confidential:  # the denouncer's identity never leaves through the API
        return {"id": person.id, "display_name": person.pseudonym or "", "confidential": True}
    return {"id": person.id, "display_name": person.display_name, "confidential": False,
            **{name: getattr(person, name) for name in ("full_name", "organisation", "address", "phone", "email")}}


def clock(item, status) -> dict:
    return {
        "name": item.clock, "label": _clock_label(item.clock), "state": item.state, "duration": item.duration,
        "unit": item.unit, "start_date": day(item.start_date), "due_date": day(item.due_date),
        "paused_days": item.paused_days or 0, "extension_days": item.extension_days or 0,
        "overdue": bool(status.overdue) if item.state != "stopped" else False,
        "working_days_left": status.left if item.state != "stopped" else None,
    }


def _clock_label(name: str) -> str:
    from ..deadlines import clock_label

    return clock_label(name)


def staff_case(case: Case, clocks: list[dict]) -> dict:
    data = summary(case)
    data.update({
        "content": case.content, "subject": case.subject, "request": case.request, "location": case.location,
        "is_anonymous": bool(case.is_anonymous), "is_group": bool(case.is_group),
        "submitters": [_submitter(p) for p in case.submitters],
        "attachments": [{"id": a.id, "name": a.original_name, "content_type": a.content_type, "size": a.size,
                         "sha256": a.sha256} for a in case.attachments],
        "timeline": [event(ev) for ev in case.events],
        "clocks": clocks,
    })
    return data


def reply_draft(draft) -> dict:
    return {"id": draft.id, "number": draft.number, "status": draft.status, "body": draft.body,
            "created_at": stamp(draft.created_at), "submitted_at": stamp(draft.submitted_at)}
