"""Inspectors are read-only: every staff-side write route refuses them, except the few meant for them."""

from __future__ import annotations

from sqlalchemy import func, select

from feedback.extensions import db
from feedback.models import Case, CaseEvent
from tests.factories import make_case

#: Write routes an inspector may use: signing out, revealing an identity (with a reason, logged), and the
#: inspection forms (exports with personal data, verifying the audit log, quality sampling and findings, the report).
INSPECTOR_WRITES = {
    "auth.logout", "staff.reveal", "inspect.export_cases", "inspect.audit_verify", "inspect.samples",
    "inspect.review", "inspect.report_page",
}
UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}
#: Not a change to case data: signing in, and the staff member's own API tokens (issue 4; the API applies the
#: same role table, so an inspector's token reads only).
NOT_WRITES = {"auth.login", "profile.create_token", "profile.revoke_token"}
#: Staff-side areas guarded by roles (the public citizen pages and the token API have their own guards).
STAFF_PREFIXES = ("/staff", "/admin", "/inspect")


def _urls(rule, case) -> list[str]:
    """URLs to try for a rule: a real case reference, id 1, and every action name of generic action routes."""
    values = {}
    for name in rule.arguments:
        converter = rule._converters[name].__class__.__name__
        values[name] = 1 if converter == "IntegerConverter" else (case.reference if "ref" in name else "x")
    if rule.endpoint == "handling.act":
        from feedback.staff.handling import ACTIONS

        return [rule.build({**values, "name": action}, append_unknown=False)[1] for action in ACTIONS]
    return [rule.build(values, append_unknown=False)[1]]


def test_no_write_route_is_open_to_inspectors(app, login, world):
    case = make_case("feedback", category=world.road, unit=world.road_unit).case
    client = login(world.inspector)
    before = (db.session.execute(select(func.count(CaseEvent.id))).scalar_one(), case.status, case.version)
    checked = []
    for rule in app.url_map.iter_rules():
        methods = (rule.methods or set()) & UNSAFE
        if not methods or rule.endpoint in INSPECTOR_WRITES | NOT_WRITES or not rule.rule.startswith(STAFF_PREFIXES):
            continue
        for url, method in [(u, m) for u in _urls(rule, case) for m in methods]:
            response = client.open(url, method=method, data={"reason": "x" * 20, "text": "x" * 20})
            assert response.status_code in (403, 405), (rule.endpoint, method, url, response.status_code)
            checked.append(rule.endpoint)
    assert {"staff.add_note", "handling.act"} <= set(checked) and len(set(checked)) >= 10  # the walk found them
    db.session.expire_all()
    fresh = db.session.get(Case, case.id)
    after = (db.session.execute(select(func.count(CaseEvent.id))).scalar_one(), fresh.status, fresh.version)
    assert after == before


def test_inspector_allowed_writes_are_the_inspection_forms(app):
    endpoints = {rule.endpoint for rule in app.url_map.iter_rules()}
    assert INSPECTOR_WRITES <= endpoints
