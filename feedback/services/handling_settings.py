"""Administrator settings of issue 5: routing rules and canned responses (audited)."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l

from ..domain import KINDS
from ..errors import DomainError, NotFound
from ..extensions import db
from ..models import CannedResponse, Category, RoutingRule, Unit, User
from . import audit


def save_rule(admin: User, rule_id: int | None, *, unit_id: int | None, category_id: int | None, keywords: str,
              priority: int = 0, active: bool = True) -> RoutingRule:
    """Create or update a routing rule; it needs a unit and a topic or keywords."""
    unit = db.session.get(Unit, unit_id or 0)
    if unit is None:
        raise DomainError(_l("Choose the unit."), field="unit_id")
    if category_id is not None and db.session.get(Category, category_id) is None:
        raise DomainError(_l("Choose a topic from the list."), field="category_id")
    keywords = ", ".join(k.strip() for k in (keywords or "").split(",") if k.strip())
    if category_id is None and not keywords:
        raise DomainError(_l("Give a topic, keywords, or both."), field="keywords")
    rule = db.session.get(RoutingRule, rule_id) if rule_id else RoutingRule()
    if rule is None:
        raise NotFound(_l("No such rule."))
    rule.unit_id, rule.category_id, rule.keywords, rule.priority, rule.active = (
        unit.id, category_id, keywords, priority or 0, active)
    db.session.add(rule)
    db.session.flush()
    audit.record("settings.routing_rule_saved", admin, object_type="routing_rule", object_id=rule.id,
                 details={"unit_id": unit.id, "category_id": category_id, "keywords": keywords, "active": active})
    db.session.commit()
    return rule


def save_canned(admin: User, canned_id: int | None, *, title: str, body: str, kind: str | None,
                category_id: int | None, active: bool = True) -> CannedResponse:
    """Create or update a canned response (placeholders are checked when a reply is written)."""
    if not (title or "").strip():
        raise DomainError(_l("Give a title."), field="title")
    if not (body or "").strip():
        raise DomainError(_l("Write the text."), field="body")
    if kind and kind not in KINDS:
        raise DomainError(_l("Choose a kind."), field="kind")
    canned = db.session.get(CannedResponse, canned_id) if canned_id else CannedResponse()
    if canned is None:
        raise NotFound(_l("No such canned response."))
    canned.title, canned.body, canned.kind = title.strip(), body.strip(), kind or None
    canned.category_id, canned.active = category_id, active
    db.session.add(canned)
    db.session.flush()
    audit.record("settings.canned_response_saved", admin, object_type="canned_response", object_id=canned.id,
                 details={"title": canned.title, "kind": canned.kind, "active": active})
    db.session.commit()
    return canned
