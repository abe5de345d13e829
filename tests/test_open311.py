"""Open311 GeoReport v2: every endpoint in JSON and XML, checked against the specification's field lists."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from feedback.api import tokens
from feedback.models import Case
from feedback.timeutil import utcnow
from tests.factories import make_case
from tests.test_api_helpers import make_token

pytest_plugins = ["tests.test_api_helpers"]
pytestmark = pytest.mark.usefixtures("fresh_limits")

BASE = "/open311/v2"
# Field lists of the GeoReport v2 specification (http://wiki.open311.org/GeoReport_v2).
SERVICE_FIELDS = {"service_code", "service_name", "description", "metadata", "type", "keywords", "group"}
DEFINITION_FIELDS = {"service_code", "attributes"}
ATTRIBUTE_FIELDS = {"variable", "code", "datatype", "required", "datatype_description", "order", "description"}
DATATYPES = {"string", "number", "datetime", "text", "singlevaluelist", "multivaluelist"}
REQUEST_FIELDS = {"service_request_id", "status", "status_notes", "service_name", "service_code", "description",
                  "agency_responsible", "service_notice", "requested_datetime", "updated_datetime",
                  "expected_datetime", "address", "address_id", "zipcode", "lat", "long", "media_url"}
POST_RESPONSE_FIELDS = {"service_request_id", "service_notice", "account_id"}  # and/or token
TOKEN_FIELDS = {"service_request_id", "token"}
DISCOVERY_FIELDS = {"changeset", "contact", "key_service", "endpoints"}
ENDPOINT_FIELDS = {"specification", "url", "changeset", "type", "formats"}
ERROR_FIELDS = {"code", "description"}
PERSONAL = ("Nguyễn Văn An", "0905123456", "an@example.vn", "12 Lê Lợi", "Mặt đường có ổ gà")


def get_both(client, path, **kwargs):
    """The same resource as JSON and XML; the status codes must agree."""
    as_json = client.get(f"{BASE}/{path}.json", **kwargs)
    as_xml = client.get(f"{BASE}/{path}.xml", **kwargs)
    assert as_json.status_code == as_xml.status_code
    assert as_json.mimetype == "application/json" and as_xml.mimetype == "text/xml"
    return as_json, ET.fromstring(as_xml.get_data())


def xml_items(root, item):
    return [{child.tag: child for child in element} for element in root.findall(item)]


def assert_request_shape(item: dict):
    assert set(item) == REQUEST_FIELDS
    assert item["status"] in ("open", "closed")


def test_discovery(client, world):
    as_json, root = get_both(client, "discovery")
    body = as_json.get_json()
    assert set(body) == DISCOVERY_FIELDS and root.tag == "discovery"
    assert {child.tag for child in root} == DISCOVERY_FIELDS
    endpoint = body["endpoints"][0]
    assert set(endpoint) == ENDPOINT_FIELDS and endpoint["url"].endswith("/open311/v2")
    assert endpoint["specification"] == "http://wiki.open311.org/GeoReport_v2"
    xml_endpoint = root.find("endpoints/endpoint")
    assert {c.tag for c in xml_endpoint} == ENDPOINT_FIELDS
    assert [f.text for f in xml_endpoint.findall("formats/format")] == ["application/json", "text/xml"]


def test_services_one_per_category_with_kinds(client, world):
    as_json, root = get_both(client, "services")
    services = as_json.get_json()
    assert [s["service_code"] for s in services] == ["road", "licence"]
    for service in services:
        assert set(service) == SERVICE_FIELDS and service["metadata"] is True and service["type"] == "realtime"
        assert "complaint" in service["keywords"]
    assert root.tag == "services"
    for element in root.findall("service"):
        assert {c.tag for c in element} == SERVICE_FIELDS
    assert root.find("service/metadata").text == "true"
    assert root.find("service/group").text == world.road_unit.name


def test_service_definition_has_the_kind_attribute(client, world):
    as_json, root = get_both(client, "services/road")
    definition = as_json.get_json()
    assert set(definition) == DEFINITION_FIELDS and definition["service_code"] == "road"
    attributes = {a["code"]: a for a in definition["attributes"]}
    for attribute in attributes.values():
        assert ATTRIBUTE_FIELDS <= set(attribute) <= ATTRIBUTE_FIELDS | {"values"}
        assert attribute["datatype"] in DATATYPES
    kind = attributes["kind"]
    assert kind["datatype"] == "singlevaluelist" and kind["required"] is True
    assert [v["key"] for v in kind["values"]] == ["suggestion", "feedback", "petition", "regulation_feedback",
                                                   "complaint", "denunciation"]
    assert attributes["consent"]["required"] is True
    assert root.tag == "service_definition" and root.find("service_code").text == "road"
    xml_kind = [a for a in root.findall("attributes/attribute") if a.find("code").text == "kind"][0]
    assert {c.tag for c in xml_kind} == ATTRIBUTE_FIELDS | {"values"}
    assert len(xml_kind.findall("values/value")) == 6
    assert {c.tag for c in xml_kind.find("values/value")} == {"key", "name"}

    missing, xml_missing = get_both(client, "services/potholes")
    assert missing.status_code == 404
    assert set(missing.get_json()[0]) == ERROR_FIELDS and missing.get_json()[0]["code"] == 404
    assert xml_missing.tag == "errors" and xml_missing.find("error/code").text == "404"


def _post(client, fmt="json", **fields):
    data = {"service_code": "road", "description": "Ổ gà lớn trên đường Trần Hưng Đạo, gần ngã tư.",
            "attribute[kind]": "feedback", "attribute[consent]": "true", "first_name": "An",
            "last_name": "Nguyễn Văn", "phone": "0905123456", "lat": "13.7765", "long": "109.2237",
            "address_string": "Trần Hưng Đạo, Quy Nhơn", "media_url": "https://example.vn/anh.jpg"}
    data.update(fields)
    return client.post(f"{BASE}/requests.{fmt}", data=data)


def test_post_request_with_a_client_key_maps_identity(client, world, db):
    _, key = tokens.create_client("Ứng dụng Quy Nhơn Smart")
    response = _post(client, api_key=key)
    assert response.status_code == 201, response.get_data(as_text=True)
    item = response.get_json()[0]
    assert POST_RESPONSE_FIELDS | {"token"} == set(item)
    case = db.session.execute(select(Case)).scalar_one()
    assert item["service_request_id"] == case.reference and case.channel == "api"
    assert case.submitters[0].full_name == "Nguyễn Văn An" and case.submitters[0].phone == "0905123456"
    assert "13.776500, 109.223700" in case.location and "https://example.vn/anh.jpg" in case.content
    assert case.category_id == world.road.id and case.unit_id == world.road_unit.id
    assert case.reference in item["service_notice"]

    token_json, token_xml = get_both(client, f"tokens/{item['token']}")
    assert token_json.get_json() == [{"service_request_id": case.reference, "token": item["token"]}]
    assert {c.tag for c in token_xml.find("request")} == TOKEN_FIELDS
    assert client.get(f"{BASE}/tokens/{'x' * 32}.json").status_code == 404

    xml = _post(client, "xml", api_key=key)
    assert xml.status_code == 201
    root = ET.fromstring(xml.get_data())
    assert root.tag == "service_requests" and {c.tag for c in root.find("request")} == POST_RESPONSE_FIELDS | {"token"}


def test_post_request_with_a_staff_token(client, world, db):
    response = _post(client, api_key=make_token(world.reception))
    assert response.status_code == 201
    assert db.session.execute(select(Case)).scalar_one().created_by_id == world.reception.id
    assert _post(client, api_key=make_token(world.reception, "read")).status_code == 403
    assert _post(client, api_key=make_token(world.inspector)).status_code == 403


@pytest.mark.parametrize("fields,status,fragment", [
    ({"api_key": ""}, 403, "api_key"),
    ({"api_key": "ndc_wrong"}, 403, "api_key"),
    ({"service_code": "nope"}, 400, "service_code"),
    ({"description": ""}, 400, "description"),
    ({"attribute[kind]": "gossip"}, 400, "attribute[kind]"),
    ({"attribute[consent]": "false"}, 400, "attribute[consent]"),
    ({"lat": "north"}, 400, "lat"),
    ({"long": "200"}, 400, "long"),
    ({"attribute[kind]": "complaint"}, 400, "attribute[subject]"),
])
def test_post_request_errors_in_spec_format(client, world, db, fields, status, fragment):
    _, key = tokens.create_client("App")
    fields = {"api_key": key, **fields}
    as_json = _post(client, **fields)
    as_xml = _post(client, "xml", **fields)
    assert as_json.status_code == as_xml.status_code == status
    errors = as_json.get_json()
    assert all(set(e) == ERROR_FIELDS and e["code"] == status for e in errors)
    assert any(fragment in e["description"] for e in errors)
    root = ET.fromstring(as_xml.get_data())
    assert root.tag == "errors" and {c.tag for c in root.find("error")} == ERROR_FIELDS
    assert db.session.execute(select(Case)).first() is None


def test_complaint_through_open311_follows_the_kind_rules(client, world, db):
    _, key = tokens.create_client("App")
    response = _post(client, api_key=key, **{
        "attribute[kind]": "complaint", "attribute[subject]": "Quyết định 5/QĐ-XPHC",
        "attribute[request]": "Hủy quyết định", "attribute[submitter_address]": "5 Trần Phú",
        "attribute[signature_confirmed]": "true"})
    assert response.status_code == 201
    case = db.session.execute(select(Case)).scalar_one()
    assert case.kind == "complaint" and case.submitters[0].address == "5 Trần Phú"


def test_revoked_client_key_is_refused(client, world):
    record, key = tokens.create_client("Old app")
    tokens.revoke_client(record.id)
    assert _post(client, api_key=key).status_code == 403


def test_get_requests_publishes_no_personal_data(client, world, db):
    from feedback.deadlines_seed import seed_deadlines

    seed_deadlines()
    public = make_case(category=world.road, location="Quốc lộ 1D km 5").case
    make_case("complaint", category=world.road)
    make_case("denunciation", category=world.road)
    as_json, root = get_both(client, "requests")
    items = as_json.get_json()
    assert [i["service_request_id"] for i in items] == [public.reference]
    assert_request_shape(items[0])
    item = items[0]
    assert item["status"] == "open" and item["agency_responsible"] == world.road_unit.name
    assert item["service_code"] == "road" and item["address"] == "Quốc lộ 1D km 5"
    assert item["requested_datetime"].endswith("+07:00")
    db.session.refresh(public)
    assert public.due_date is not None
    assert item["expected_datetime"] == f"{public.due_date.isoformat()}T23:59:59+07:00"
    text = as_json.get_data(as_text=True) + ET.tostring(root, encoding="unicode")
    assert not any(p in text for p in PERSONAL)
    assert [{c.tag for c in r} for r in root.findall("request")] == [REQUEST_FIELDS]

    one, one_xml = get_both(client, f"requests/{public.reference}")
    assert one.get_json() == items and one_xml.find("request/service_request_id").text == public.reference
    assert client.get(f"{BASE}/requests/2026-999999.json").status_code == 404


def test_get_requests_filters(client, world, db):
    first = make_case(category=world.road).case
    second = make_case("petition", category=world.licence).case
    closed = make_case(category=world.road).case
    closed.status = "closed"
    old = make_case(category=world.road).case
    old.received_at = utcnow() - timedelta(days=120)
    db.session.commit()

    def ids(query):
        response = client.get(f"{BASE}/requests.json?{query}")
        assert response.status_code == 200, response.get_data(as_text=True)
        for item in response.get_json():
            assert_request_shape(item)
        return {i["service_request_id"] for i in response.get_json()}

    assert ids("") == {first.reference, second.reference, closed.reference}
    assert ids("service_code=licence") == {second.reference}
    assert ids("status=closed") == {closed.reference}
    assert ids("status=open") == {first.reference, second.reference}
    assert ids(f"service_request_id={first.reference},{old.reference}") == {first.reference, old.reference}
    start = (utcnow() - timedelta(days=130)).date().isoformat()
    end = (utcnow() - timedelta(days=100)).date().isoformat()
    assert ids(f"start_date={start}T00:00:00%2B07:00&end_date={end}T00:00:00Z") == {old.reference}


@pytest.mark.parametrize("query", [
    "start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z",
    "start_date=yesterday", "status=pending", "start_date=2026-05-01&end_date=2026-04-01",
])
def test_get_requests_bad_filters_are_400(client, world, query):
    as_json, root = get_both(client, "requests", query_string=query)
    assert as_json.status_code == 400 and as_json.get_json()[0]["code"] == 400
    assert root.tag == "errors"


def test_unknown_urls_and_methods_answer_in_the_spec_format(client, world):
    missing = client.get(f"{BASE}/nothing.xml")
    assert missing.status_code == 404 and ET.fromstring(missing.get_data()).tag == "errors"
    wrong = client.delete(f"{BASE}/services.json")
    assert wrong.status_code == 405 and wrong.get_json()[0]["code"] == 405
    assert client.get(f"{BASE}/services.csv").status_code == 404


def test_expected_datetime_is_end_of_the_due_day():
    from feedback.open311.mapping import end_of_day, iso

    assert end_of_day(date(2026, 12, 4)) == "2026-12-04T23:59:59+07:00"
    assert iso(datetime.fromisoformat("2026-12-04T20:30:00+00:00")) == "2026-12-05T03:30:00+07:00"


def test_client_keys_from_the_command_line(runner, world, client):
    created = runner.invoke(args=["api-client", "create", "Cổng dịch vụ công"])
    assert created.exit_code == 0, created.output
    key = created.output.strip().splitlines()[-1]
    assert key.startswith("ndc_") and _post(client, api_key=key).status_code == 201
    listed = runner.invoke(args=["api-client", "list"])
    assert "Cổng dịch vụ công" in listed.output and key not in listed.output and "active" in listed.output
    client_id = listed.output.split("\t", 1)[0]
    assert runner.invoke(args=["api-client", "revoke", client_id]).exit_code == 0
    assert _post(client, api_key=key).status_code == 403
    assert runner.invoke(args=["api-client", "revoke", "9999"]).exit_code != 0
    assert runner.invoke(args=["api-client", "create", ""]).exit_code != 0


def test_open311_rate_limit_in_spec_format(client, world, app):
    _, key = tokens.create_client("App")
    app.config["API_RATE_LIMITS"] = {"open311_post": "2/minute"}
    try:
        codes = [_post(client, api_key=key).status_code for _ in range(3)]
        limited = _post(client, "xml", api_key=key)
    finally:
        app.config.pop("API_RATE_LIMITS")
    assert codes == [201, 201, 429] and limited.status_code == 429
    assert ET.fromstring(limited.get_data()).find("error/code").text == "429"
    assert int(limited.headers["Retry-After"]) >= 1
