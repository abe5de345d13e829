"""Inspection pages: scoping, drill-down, exports that match the screen, personal data on request, reviews."""

from __future__ import annotations

import csv
import io
import re

from openpyxl import load_workbook
from sqlalchemy import select

from feedback.extensions import db
from feedback.models import AuditEntry, QualityReview
from feedback.services.intake import SubmitterData
from tests.factories import make_case
from tests.test_reports_stats import data  # noqa: F401 - the fixed October data set

OCT = {"start": "2026-10-01", "end": "2026-10-31"}


def _actions(name: str) -> list[AuditEntry]:
    db.session.expire_all()
    return list(db.session.execute(select(AuditEntry).where(AuditEntry.action == name)).scalars())


def _overview_number(html: str, metric: str, key: str = "") -> int:
    match = re.search(rf'metric={metric}{"&amp;key=" + key if key else "&amp;key="}[^"]*">(\d+)</a>', html)
    assert match, f"no {metric} {key} link"
    return int(match.group(1))


def test_dashboard_shows_numbers_with_drilldown_links(login, world, data):  # noqa: F811
    client = login(world.inspector)
    html = client.get("/inspect/", query_string=OCT).get_data(as_text=True)
    assert _overview_number(html, "received") == 5
    assert _overview_number(html, "outcome", "accepted") == 3
    assert "<svg" in html and 'role="img"' in html
    listing = client.get("/inspect/cases", query_string={**OCT, "metric": "outcome", "key": "accepted"})
    text = listing.get_data(as_text=True)
    assert listing.status_code == 200
    assert {data["a"].reference, data["b"].reference, data["e"].reference} <= set(re.findall(r"\d{4}-\d{6}", text))
    assert client.get("/inspect/cases", query_string={**OCT, "metric": "nope"}).status_code == 404


def test_unit_head_sees_only_own_unit_even_when_asking_for_another(login, world, data):  # noqa: F811
    client = login(world.unit_head)  # road unit: cases A and B received in October
    html = client.get("/inspect/", query_string={**OCT, "unit_id": world.transport_unit.id}).get_data(as_text=True)
    assert _overview_number(html, "received") == 2
    listing = client.get("/inspect/cases", query_string={**OCT, "metric": "received",
                                                          "unit_id": world.transport_unit.id}).get_data(as_text=True)
    assert data["c"].reference not in listing and data["a"].reference in listing
    assert client.get("/inspect/audit").status_code == 403


def test_roles_without_reports_are_refused(login, world):
    assert login(world.reception).get("/inspect/").status_code == 403
    assert _actions("auth.permission_denied")


def test_xlsx_and_csv_exports_contain_what_the_screen_shows(login, world, data):  # noqa: F811
    client = login(world.inspector)
    html = client.get("/inspect/", query_string={**OCT, "lang": "en"}).get_data(as_text=True)  # English labels
    response = client.get("/inspect/export", query_string={**OCT, "format": "xlsx"})
    assert response.status_code == 200 and "attachment" in response.headers["Content-Disposition"]
    assert response.headers["Cache-Control"] == "no-store"
    book = load_workbook(io.BytesIO(response.data))
    overview = book.worksheets[0]
    values = {row[0]: row[1] for row in overview.iter_rows(min_row=2, values_only=True)}
    assert values["Received"] == _overview_number(html, "received") == 5
    assert values["Accepted"] == _overview_number(html, "outcome", "accepted")
    csv_response = client.get("/inspect/export", query_string={**OCT, "format": "csv", "section": "backlog"})
    assert csv_response.data.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(csv_response.data.decode("utf-8-sig"))))
    assert rows[0] == ["Age", "Number of cases"] and len(rows) == 7
    exports = _actions("export.xlsx") + _actions("export.csv")
    assert len(exports) == 2 and all(e.actor_id == world.inspector.id for e in exports)


def test_case_export_is_pseudonymised_unless_asked_with_a_reason(login, world):
    make_case("feedback", category=world.road)
    make_case("denunciation", category=world.road,
              person=SubmitterData(full_name="Lê Văn Tố", address="1 Trần Phú", phone="0912000111"))
    client = login(world.inspector)
    plain = client.get("/inspect/cases/export", query_string={"metric": "received", "format": "csv", "lang": "en"})
    text = plain.data.decode("utf-8-sig")
    assert "Nguyễn Văn An" not in text and "Lê Văn Tố" not in text and len(text.splitlines()) == 3
    refused = client.post("/inspect/cases/export?metric=received", data={"format": "csv", "reason": "", "confirm": "y"})
    assert refused.status_code == 422 and not _actions("export.personal_data")
    personal = client.post("/inspect/cases/export?metric=received",
                           data={"format": "csv", "reason": "Xác minh đơn trùng lặp", "confirm": "y"})
    text = personal.data.decode("utf-8-sig")
    assert personal.status_code == 200 and "Nguyễn Văn An" in text
    assert "Lê Văn Tố" not in text and "0912000111" not in text  # a denouncer stays a pseudonym
    entry = _actions("export.personal_data")[0]
    assert entry.details["reason"] == "Xác minh đơn trùng lặp"


def test_inspector_views_of_a_case_are_logged(login, world):
    case = make_case("feedback", category=world.road).case
    assert login(world.officer).get(f"/staff/cases/{case.reference}").status_code == 200
    assert not _actions("case.viewed")
    login(world.officer).post("/staff/logout")
    client = login(world.inspector)
    assert client.get(f"/staff/cases/{case.reference}").status_code == 200
    viewed = _actions("case.viewed")
    assert len(viewed) == 1 and viewed[0].object_id == case.reference and viewed[0].actor_id == world.inspector.id


def test_quality_sample_of_closed_cases_and_findings(login, world, data):  # noqa: F811
    client = login(world.inspector)
    response = client.post("/inspect/samples?start=2026-09-01&end=2026-10-31", data={"size": "5"})
    assert response.status_code == 302
    reviews = list(db.session.execute(select(QualityReview)).scalars())
    # Only A (resolved) and D (rejected) are closed among the cases received in the period.
    assert {r.case_id for r in reviews} == {data["a"].id, data["d"].id}
    review = reviews[0]
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert data["a"].reference in page
    bad = client.post(f"/inspect/samples/{review.sample_id}/reviews/{review.id}",
                      data={f"r{review.id}-rating": "compliant", f"r{review.id}-findings": ""})
    assert bad.status_code == 422
    ok = client.post(f"/inspect/samples/{review.sample_id}/reviews/{review.id}",
                     data={f"r{review.id}-rating": "minor_issues", f"r{review.id}-findings": "Trả lời chậm 1 ngày."})
    assert ok.status_code == 302
    db.session.expire_all()
    assert db.session.get(QualityReview, review.id).rating == "minor_issues"
    assert _actions("quality.finding_recorded") and _actions("quality.sample_drawn")
    client.post("/staff/logout")
    assert login(world.unit_head).post("/inspect/samples", data={"size": "2"}).status_code == 403


def test_audit_screen_shows_and_runs_verification(login, world):
    client = login(world.inspector)
    assert "not been verified" in client.get("/inspect/audit?lang=en").get_data(as_text=True)
    assert client.post("/inspect/audit/verify").status_code == 302
    html = client.get("/inspect/audit").get_data(as_text=True)
    assert "Intact" in html and "auth.login" in html
    assert "Audit log verified intact" in client.get("/inspect/").get_data(as_text=True)


def test_case_list_export_matches_the_list_on_screen(login, world, data):  # noqa: F811
    client = login(world.inspector)
    query = {**OCT, "metric": "timeliness", "key": "triage:on_time"}
    screen = client.get("/inspect/cases", query_string=query).get_data(as_text=True)
    on_screen = re.findall(r">(\d{4}-\d{6})</a>", screen)
    book = load_workbook(io.BytesIO(client.get("/inspect/cases/export",
                                               query_string={**query, "format": "xlsx"}).data))
    exported = [row[0] for row in book.worksheets[0].iter_rows(min_row=2, values_only=True)]
    assert sorted(on_screen) == sorted(exported) and len(exported) == 4


def test_audit_log_export_carries_the_chain(login, world):
    client = login(world.inspector)
    response = client.get("/inspect/audit/export", query_string={"format": "csv"})
    rows = list(csv.reader(io.StringIO(response.data.decode("utf-8-sig"))))
    assert rows[0][0] == "seq" and rows[0][-1] == "entry_hash"
    assert any(row[3] == "auth.login" and len(row[-1]) == 64 for row in rows[1:])
    assert _actions("export.csv")[0].details["what"] == "audit_log"
    client.post("/staff/logout")
    assert login(world.officer).get("/inspect/audit/export").status_code == 403


def test_bad_drilldown_parameters_are_a_4xx(login, world):
    client = login(world.inspector)
    for url, method in (("/inspect/cases?metric=held&key=abc", "GET"), ("/inspect/cases/export?metric=x", "GET"),
                        ("/inspect/cases/export?metric=held&key=abc", "POST"), ("/inspect/?start=31/02/2026", "GET"),
                        ("/inspect/export?format=pdf", "GET"), ("/inspect/audit/export?format=doc", "GET")):
        assert 400 <= client.open(url, method=method).status_code < 500, url
