"""GeoReport v2 endpoints: discovery, services, service definitions, requests (file, list, one), tokens."""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta

from flask import g, request, url_for
from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..api.common import rate_limited
from ..api.problems import ApiProblem
from ..api.tokens import authenticate_open311
from ..extensions import db
from ..lifecycle import OPEN_STATUSES
from ..models import AgencyProfile, Case, Category
from ..security import format_key
from ..services import intake
from ..timeutil import LOCAL_TZ, as_utc, utcnow
from . import bp, mapping
from .formats import Open311Error, render

FMT = "<any(json,xml):fmt>"
#: Longest span of ``GET requests`` (the specification's default window too).
MAX_SPAN = timedelta(days=90)
#: At most this many requests per listing (the specification suggests 1000).
MAX_RESULTS = 1000
SPECIFICATION = "http://wiki.open311.org/GeoReport_v2"
CHANGESET = "2026-11-27T00:00:00+07:00"


@bp.get(f"/discovery.{FMT}")
def discovery(fmt: str):
    profile = db.session.get(AgencyProfile, 1)
    contact = ", ".join(p for p in ((profile.name, profile.hotline, profile.email) if profile else ()) if p)
    return render(fmt, "discovery", {
        "changeset": CHANGESET,
        "contact": contact,
        "key_service": str(_l("Ask the agency for an API key to file requests; reading needs no key.")),
        "endpoints": [{
            "specification": SPECIFICATION,
            "url": request.url_root.rstrip("/") + url_for(".discovery", fmt=fmt).rsplit("/", 1)[0],
            "changeset": CHANGESET,
            "type": "production",
            "formats": ["application/json", "text/xml"],
        }],
    })


def _categories():
    return db.session.execute(
        select(Category).where(Category.active.is_(True)).options(selectinload(Category.default_unit))
        .order_by(Category.position, Category.name)).scalars()


def _category(code: str) -> Category | None:
    return db.session.execute(
        select(Category).where(Category.code == code, Category.active.is_(True))).scalar_one_or_none()


@bp.get(f"/services.{FMT}")
def services(fmt: str):
    return render(fmt, "services", [mapping.service(c) for c in _categories()])


@bp.get(f"/services/<code>.{FMT}")
def service_definition(code: str, fmt: str):
    category = _category(code)
    if category is None:
        raise Open311Error(404, _l("service_code %(code)s was not found.", code=code[:60]))
    return render(fmt, "service_definition", mapping.service_definition(category))


@bp.post(f"/requests.{FMT}")
def create_request(fmt: str):
    try:
        return _create_request(fmt)
    except ApiProblem as exc:  # the shared rate limiter speaks problem+json; answer in the spec's format
        raise Open311Error(exc.status, exc.detail, headers=exc.headers) from exc


@rate_limited("open311_post", "10/minute")
def _create_request(fmt: str):
    form = request.form
    caller = authenticate_open311((form.get("api_key") or "").strip())
    if caller is None:
        raise Open311Error(403, _l("api_key is missing or not valid."))
    category = _category((form.get("service_code") or "").strip())
    if category is None:
        raise Open311Error(400, _l("service_code is missing or unknown."))
    token = secrets.token_urlsafe(24)
    sub = mapping.submission(form, category, token, g.get("api_language", "vi"))
    try:
        receipt = intake.submit_case(sub, actor=caller.user)
    except intake.ValidationFailed as exc:
        raise Open311Error(400, *[f"{mapping.parameter_name(name)}: {message}"
                                  for name, messages in exc.errors.items() for message in messages]) from exc
    notice = _l("Keep the reference %(ref)s and the secret key %(key)s: with both, the citizen follows the case "
                "on the agency's website.", ref=receipt.case.reference, key=format_key(receipt.access_key))
    return render(fmt, "service_requests", [{
        "service_request_id": receipt.case.reference, "token": token, "service_notice": str(notice),
        "account_id": None,
    }], status=201)


def _moment(name: str) -> datetime | None:
    raw = (request.args.get(name) or "").strip()
    if not raw:
        return None
    try:
        moment = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        raise Open311Error(400, _l("%(name)s must be a W3C date and time, e.g. 2026-11-27T08:00:00+07:00.",
                                   name=name)) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=LOCAL_TZ)
    return as_utc(moment)


def _public_cases():
    return select(Case).where(Case.kind.in_(mapping.PUBLIC_KINDS)).options(
        selectinload(Case.category), selectinload(Case.unit))


@bp.get(f"/requests.{FMT}")
def list_requests(fmt: str):
    stmt = _public_cases()
    ids = [part.strip() for part in (request.args.get("service_request_id") or "").split(",") if part.strip()]
    if ids:  # the specification: other parameters are then ignored
        if len(ids) > 100:
            raise Open311Error(400, _l("Ask for at most 100 service_request_id values at once."))
        stmt = stmt.where(Case.reference.in_(ids))
    else:
        stmt = _filtered(stmt)
    rows = db.session.execute(stmt.order_by(Case.received_at.desc(), Case.id.desc()).limit(MAX_RESULTS)).scalars()
    return render(fmt, "service_requests", [mapping.service_request(c) for c in rows])


def _filtered(stmt):
    start, end = _moment("start_date"), _moment("end_date")
    if start is None and end is None:
        end = utcnow()
    if start is None:
        start = end - MAX_SPAN
    if end is None:
        end = start + MAX_SPAN
    if end < start:
        raise Open311Error(400, _l("end_date must not be before start_date."))
    if end - start > MAX_SPAN:
        raise Open311Error(400, _l("start_date and end_date may be at most 90 days apart."))
    stmt = stmt.where(Case.received_at >= start, Case.received_at <= end)
    code = (request.args.get("service_code") or "").strip()
    if code:
        stmt = stmt.join(Category, Case.category_id == Category.id).where(
            Category.code.in_([c.strip() for c in code.split(",") if c.strip()]))
    wanted = {s.strip().lower() for s in (request.args.get("status") or "").split(",") if s.strip()}
    if wanted - {"open", "closed"}:
        raise Open311Error(400, _l("status must be open or closed."))
    if wanted == {"open"}:
        stmt = stmt.where(Case.status.in_(OPEN_STATUSES))
    elif wanted == {"closed"}:
        stmt = stmt.where(Case.status.not_in(OPEN_STATUSES))
    return stmt


@bp.get(f"/requests/<service_request_id>.{FMT}")
def get_request(service_request_id: str, fmt: str):
    case = db.session.execute(_public_cases().where(Case.reference == service_request_id)).scalar_one_or_none()
    if case is None:
        raise Open311Error(404, _l("service_request_id %(id)s was not found.", id=service_request_id[:40]))
    return render(fmt, "service_requests", [mapping.service_request(case)])


@bp.get(f"/tokens/<token>.{FMT}")
def token_lookup(token: str, fmt: str):
    case = intake.find_by_token(token) if 16 <= len(token) <= 64 else None
    if case is None or case.channel != "api":
        raise Open311Error(404, _l("This token was not found."))
    return render(fmt, "service_requests", [{"service_request_id": case.reference, "token": token}])
