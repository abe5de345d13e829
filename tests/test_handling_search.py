"""Accent-insensitive search and the work queues: order, keyset pages, scoping (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import inspect, select, text

from feedback.extensions import db
from feedback.models import Case, CaseSearch
from feedback.services import queues, similarity, triage
from feedback.services.intake import SubmitterData
from tests.factories import make_case


@pytest.fixture(autouse=True)
def _request(app):
    with app.test_request_context("/?lang=en"):
        yield


def test_normalise_strips_vietnamese_diacritics():
    assert similarity.normalise("Đường Nguyễn Huệ, QUY NHƠN – ổ gà!") == "duong nguyen hue quy nhon o ga"
    assert similarity.normalise("đđĐ ươ ỹ") == "ddd uo y"
    assert similarity.similarity("Ổ gà đường Lê Lợi", "o ga duong le loi") == 1.0


def _refs(user, name="intake", **filters):
    return [c.reference for c in queues.page(user, name, queues.Filters(**filters), size=50).cases]


def test_search_with_and_without_diacritics(world):
    road = make_case(title="Hư hỏng đường Điện Biên Phủ", content="Mặt đường bị lún").case
    bus = make_case(title="Xe buýt", content="Tuyến 5 trễ giờ",
                    person=SubmitterData(full_name="Đỗ Thị Hường", phone="0977111222", email="huong@example.vn")).case
    user = world.reception
    assert _refs(user, q="duong") == [road.reference]
    assert _refs(user, q="đường") == [road.reference]
    assert _refs(user, q="DIEN BIEN phu") == [road.reference]
    assert _refs(user, q="huong") == [bus.reference], "submitter names are searched too"
    assert _refs(user, q="0977111222") == [bus.reference]
    assert _refs(user, q=bus.reference) == [bus.reference]
    assert _refs(user, q="không có gì như vậy") == []
    assert _refs(user, q="100%_") == []


def test_search_text_follows_edits_and_hides_confidential_identities(world):
    case = make_case(title="Cũ", content="nội dung").case
    case.title = "Đèn đường tắt"
    db.session.commit()
    stored = db.session.get(CaseSearch, case.id).search_text
    assert "den duong tat" in stored
    secret = make_case("denunciation", person=SubmitterData(full_name="Ngô Bí Mật", address="1 Lê Lợi",
                                                               phone="0900000001")).case
    assert "bi mat" not in db.session.get(CaseSearch, secret.id).search_text
    assert _refs(world.leader, "intake", q="ngo bi mat") == []


def test_intake_oldest_first_with_keyset_pages(world):
    made = [make_case(title=f"Vụ {i}").case for i in range(7)]
    for i, case in enumerate(made):
        case.received_at = case.received_at - timedelta(hours=10 - i)
    db.session.commit()
    seen, cursor = [], None
    while True:
        page = queues.page(world.reception, "intake", queues.Filters(), after=cursor, size=3)
        seen += [c.reference for c in page.cases]
        cursor = page.next_cursor
        if not cursor:
            break
    assert seen == [c.reference for c in made]


def test_due_sort_pages_through_dated_then_undated(world):
    cases = [make_case(category=world.road).case for _ in range(5)]
    for case in cases:
        triage.route(world.reception, case, world.road_unit)
    dues = [date(2026, 12, 10), None, date(2026, 12, 1), None, date(2026, 12, 5)]
    for case, due in zip(cases, dues, strict=True):
        case.due_date = due
    db.session.commit()
    seen, cursor = [], None
    while True:
        page = queues.page(world.unit_head, "unit", queues.Filters(), after=cursor, size=2)
        seen += [c.id for c in page.cases]
        cursor = page.next_cursor
        if not cursor:
            break
    assert seen == [cases[2].id, cases[4].id, cases[0].id, cases[1].id, cases[3].id]


def test_queues_are_scoped_and_filtered(world):
    road = make_case(category=world.road).case
    licence = make_case(category=world.licence).case
    for case, unit in ((road, world.road_unit), (licence, world.transport_unit)):
        triage.route(world.reception, case, unit)
    assert _refs(world.officer, "unit") == [road.reference]
    assert _refs(world.other_officer, "unit") == [licence.reference]
    assert _refs(world.reception, "intake") == []
    assert set(_refs(world.leader, "due_soon") + _refs(world.leader, "overdue")) <= {road.reference, licence.reference}
    road.due_date = date(2020, 1, 1)
    db.session.commit()
    assert _refs(world.leader, "overdue") == [road.reference]
    assert _refs(world.officer, "overdue") == [road.reference]
    assert _refs(world.other_officer, "overdue") == []
    assert _refs(world.leader, "overdue", kind="complaint") == []
    assert "approval" not in queues.available(world.officer)


def test_postgresql_has_the_trigram_index(db):
    if db.engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL only")
    names = {ix["name"] for ix in inspect(db.engine).get_indexes("case_search")}
    assert "ix_case_search_trgm" in names
    plan = db.session.execute(text("EXPLAIN SELECT case_id FROM case_search WHERE search_text LIKE '%duong%'")).all()
    assert plan  # the planner accepts the query; with many rows it picks the GIN index
    assert db.session.execute(select(Case.id)).all() == []


@pytest.mark.parametrize("name, sort", [("intake", "received"), ("unit", "due")])
def test_common_word_walks_the_queue_and_pages_like_a_rare_one(world, monkeypatch, name, sort):
    made = []
    for i in range(9):
        title = f"Đường số {i}" if i % 3 else f"Cầu số {i}"
        made.append(make_case(category=world.road, title=title, content="nội dung").case)
    if name == "unit":
        for i, case in enumerate(made):
            triage.route(world.reception, case, world.road_unit)
            case.due_date = date(2026, 12, 1) + timedelta(days=(i * 5) % 7) if i % 4 else None
        db.session.commit()
    user = world.reception if name == "intake" else world.unit_head

    def all_pages():
        seen, cursor = [], None
        while True:
            page = queues.page(user, name, queues.Filters(q="duong", sort=sort), after=cursor, size=2)
            seen += [c.reference for c in page.cases]
            cursor = page.next_cursor
            if not cursor:
                return seen

    rare = all_pages()
    assert len(rare) == 6
    monkeypatch.setattr(queues, "SPARSE_LIMIT", 1)
    monkeypatch.setattr(queues, "WALK_BATCH", 2)
    monkeypatch.setattr(queues, "WALK_STEPS", 2)
    assert all_pages() == rare


def test_search_reindex_command_rebuilds_missing_text(app, world):
    case = make_case(title="Đèn đường tắt").case
    db.session.execute(CaseSearch.__table__.delete())
    db.session.commit()
    assert _refs(world.reception, q="den duong") == []
    result = app.test_cli_runner().invoke(args=["search-reindex", "--batch", "1"])
    assert result.exit_code == 0 and "1 cases indexed." in result.output
    assert _refs(world.reception, q="den duong") == [case.reference]
