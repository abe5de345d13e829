"""Due dates where people look: the queue (flags, sort, keyset pages), the case page, the tracking page."""

from __future__ import annotations

import re
from datetime import date

import pytest

from feedback import deadlines
from feedback.extensions import db
from feedback.lifecycle import apply_transition
from feedback.models import Case
from feedback.services.cases import QueueFilters, queue
from tests.deadlines_support import local_morning, received, rules, set_today  # noqa: F401
from tests.factories import make_case


@pytest.fixture()
def spread(rules, set_today):  # noqa: F811
    """Cases of the road unit with different due dates; today is Wednesday 11 March 2026."""
    set_today(date(2026, 3, 11))
    made = {
        "late": received("feedback", date(2026, 2, 23), unit=rules.road_unit),      # due 09/03
        "soon": received("feedback", date(2026, 3, 2), unit=rules.road_unit),       # due 16/03: 3 wd left
        "later": received("feedback", date(2026, 3, 10), unit=rules.road_unit),     # due 24/03
        "acceptance": received("complaint", date(2026, 3, 3), unit=rules.road_unit),  # due 17/03
    }
    undated = received("feedback", date(2026, 3, 2), unit=rules.road_unit)
    apply_transition(undated, "filed", None, reason="trùng")
    made["undated"] = undated
    db.session.commit()
    return made


def test_due_status_flags(rules, spread):  # noqa: F811
    calendar = deadlines.working_calendar()
    on = date(2026, 3, 11)
    late = deadlines.due_status(date(2026, 3, 9), on=on, calendar=calendar)
    assert (late.overdue, late.due_soon, late.left) == (True, False, -2)
    soon = deadlines.due_status(date(2026, 3, 16), on=on, calendar=calendar)
    assert (soon.overdue, soon.due_soon, soon.left) == (False, True, 3)
    later = deadlines.due_status(date(2026, 3, 17), on=on, calendar=calendar)
    assert (later.overdue, later.due_soon, later.left) == (False, False, 4)
    today = deadlines.due_status(on, on=on, calendar=calendar)
    assert (today.overdue, today.due_soon, today.left) == (False, True, 0)


def test_due_soon_threshold_is_configurable(app, rules, spread):  # noqa: F811
    app.config["DUE_SOON_WORKING_DAYS"] = 4
    try:
        assert deadlines.due_status(date(2026, 3, 17), on=date(2026, 3, 11)).due_soon is True
    finally:
        app.config.pop("DUE_SOON_WORKING_DAYS")


def refs(page_html: str) -> list[str]:
    return re.findall(r'href="/staff/cases/([0-9-]+)"', page_html)


def test_queue_sorted_by_due_date_nulls_last_with_flags(rules, spread, login):  # noqa: F811
    html = login(rules.unit_head).get("/staff/?sort=due").get_data(as_text=True)
    order = [spread[k].reference for k in ("late", "soon", "acceptance", "later", "undated")]
    assert refs(html) == order
    assert "tag-overdue" in html and "tag-due-soon" in html
    assert "09/03/2026" in html and "16/03/2026" in html


def test_queue_filters_overdue_and_due_soon(rules, spread):  # noqa: F811
    def refs_for(level):
        page = queue(rules.unit_head, QueueFilters(due=level, sort="due"))
        return [c.reference for c in page.cases]

    assert refs_for("overdue") == [spread["late"].reference]
    assert refs_for("due_soon") == [spread["soon"].reference]


@pytest.mark.parametrize("size", [1, 2, 3, 4])
def test_due_sort_keyset_pages_cross_into_undated_cases(rules, spread, size):  # noqa: F811
    extra = received("petition", date(2026, 3, 9), unit=rules.road_unit)
    apply_transition(extra, "filed", None, reason="x")
    db.session.commit()
    seen, after = [], None
    while True:
        page = queue(rules.unit_head, QueueFilters(sort="due"), after=after, size=size)
        seen += [c.reference for c in page.cases]
        if page.next_cursor is None:
            break
        after = page.next_cursor
    expected_dated = [spread[k].reference for k in ("late", "soon", "acceptance", "later")]
    assert seen[:4] == expected_dated
    assert sorted(seen[4:]) == sorted([spread["undated"].reference, extra.reference])
    assert len(seen) == len(set(seen)) == 6


def test_queue_cursor_through_the_view(app, rules, spread, login):  # noqa: F811
    client = login(rules.unit_head)
    app.config["QUEUE_PAGE_SIZE"] = 2
    try:
        html = client.get("/staff/?sort=due").get_data(as_text=True)
        assert refs(html) == [spread["late"].reference, spread["soon"].reference]
        cursor = re.search(r'after=([^&"]+)', html).group(1)
        html = client.get(f"/staff/?sort=due&after={cursor}").get_data(as_text=True)
        assert refs(html) == [spread["acceptance"].reference, spread["later"].reference]
        assert client.get("/staff/?sort=due&after=!!!").status_code == 400
    finally:
        app.config["QUEUE_PAGE_SIZE"] = 25


def test_default_queue_order_is_unchanged(rules, spread, login):  # noqa: F811
    html = login(rules.unit_head).get("/staff/").get_data(as_text=True)
    assert refs(html)[0] == spread["later"].reference  # newest received first


def test_case_page_explains_each_clock(rules, login, set_today):  # noqa: F811
    set_today(date(2026, 1, 5))
    case = received("feedback", date(2025, 12, 29), unit=rules.road_unit)
    html = login(rules.unit_head).get(f"/staff/cases/{case.reference}").get_data(as_text=True)
    assert "13/01/2026" in html and "<details" in html
    assert "01/01/2026" in html  # New Year's Day skipped, with its name
    assert "Nghỉ bù" in html and "02/01/2026" in html  # the exception's name
    assert "10/01/2026" in html and "Làm bù" in html  # the worked Saturday
    assert "29/12/2025" in html


def test_case_page_shows_pauses_and_extensions(rules, login, set_today):  # noqa: F811
    from feedback.services.deadlines import request_extension, set_variant

    case = received("denunciation", date(2026, 3, 2), unit=rules.road_unit)
    set_today(date(2026, 3, 9))
    for status in ("triage", "accepted", "in_progress"):
        apply_transition(case, status, rules.unit_head)
    set_today(date(2026, 3, 10))
    apply_transition(case, "suspended", rules.unit_head, reason="chờ kết quả giám định")
    db.session.commit()
    set_variant(rules.unit_head, case, "resolution", "complex", "phức tạp")
    request_extension(rules.officer, case, "resolution", "Cần xác minh tại hai địa điểm")
    html = login(rules.unit_head).get(f"/staff/cases/{case.reference}").get_data(as_text=True)
    assert "10/03/2026" in html and "Cần xác minh tại hai địa điểm" in html
    set_today(date(2026, 3, 13))
    apply_transition(case, "in_progress", rules.unit_head, reason="đã có kết quả")
    db.session.commit()
    html = login(rules.unit_head).get(f"/staff/cases/{case.reference}").get_data(as_text=True)
    assert "13/03/2026" in html  # the end of the pause


def test_tracking_page_shows_the_due_date_in_plain_words(client, rules, set_today):  # noqa: F811
    receipt = make_case("feedback", received_at=local_morning(date(2026, 3, 2)))
    html = client.post("/track", data={"reference": receipt.case.reference, "access_key": receipt.access_key}
                       ).get_data(as_text=True)
    assert "16/03/2026" in html and "(10 " in html


def test_tracking_page_without_clock_keeps_the_generic_text(client, world):
    receipt = make_case("feedback")
    html = client.post("/track", data={"reference": receipt.case.reference, "access_key": receipt.access_key}
                       ).get_data(as_text=True)
    assert db.session.get(Case, receipt.case.id).due_date is None
    assert "Answer due" in html or "hạn" in html.lower()
