"""Who may open the channel pages: every role, every URL, never a server error."""

from __future__ import annotations

import pytest

from tests.factories import PASSWORD

#: GET pages and the roles that may open them (everyone else: 403).
PAGES = {
    "/staff/desk": {"reception", "officer", "unit_head", "leader"},
    "/staff/log/hotline": {"reception", "officer", "unit_head", "leader"},
    "/staff/reception": {"reception", "officer", "unit_head", "leader"},
    "/staff/log/post": {"reception", "officer", "unit_head", "leader"},
    "/staff/box": {"reception", "officer", "unit_head", "leader"},
    "/staff/inbox": {"reception", "unit_head", "leader"},
    "/staff/schedule": {"reception", "unit_head", "leader"},
    "/staff/registers/walk_in": {"reception", "officer", "unit_head", "leader", "inspector"},
    "/admin/outbox/": {"admin"},
}
ROLES = ("reception", "officer", "unit_head", "leader", "inspector", "admin")
MINE = ("channels.", "admin_outbox.")


def _user(world, role):
    return {"reception": world.reception, "officer": world.officer, "unit_head": world.unit_head,
            "leader": world.leader, "inspector": world.inspector, "admin": world.admin}[role]


@pytest.mark.parametrize("role", ROLES)
def test_channel_pages_by_role(client, world, role):
    response = client.post("/staff/login", data={"email": _user(world, role).email, "password": PASSWORD})
    assert response.status_code == 302
    for url, allowed in PAGES.items():
        expected = 200 if role in allowed else 403
        assert client.get(url).status_code == expected, (role, url)


@pytest.mark.parametrize("role", ROLES)
def test_every_channel_url_without_a_server_error(app, client, world, role):
    client.post("/staff/login", data={"email": _user(world, role).email, "password": PASSWORD})
    checked = 0
    for rule in app.url_map.iter_rules():
        if not rule.endpoint.startswith(MINE):
            continue
        url = rule.rule.replace("<int:visit_id>", "1").replace("<int:session_id>", "1").replace(
            "<int:opening_id>", "1").replace("<int:message_id>", "1").replace("<channel>", "x")
        for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}):
            status = client.open(url, method=method, data={}).status_code
            assert status < 500, (role, method, url, status)
            checked += 1
    assert checked > 15


def test_anonymous_visitors_are_sent_to_sign_in(client, world):
    for url in PAGES:
        response = client.get(url)
        assert response.status_code == 302 and "/staff/login" in response.headers["Location"], url
    assert client.get("/lich-tiep-cong-dan").status_code == 200
