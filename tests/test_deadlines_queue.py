"""Queues show where each case's deadline stands, including paused ones."""

from __future__ import annotations

from feedback.extensions import db
from feedback.lifecycle import apply_transition
from tests.deadlines_support import rules  # noqa: F401
from tests.factories import make_case


def test_paused_cases_say_their_deadline_is_paused(rules, login):  # noqa: F811
    case = make_case("feedback", category=rules.road).case
    for status in ("triage", "accepted", "in_progress"):
        apply_transition(case, status, rules.unit_head)
    apply_transition(case, "awaiting_citizen", rules.unit_head, reason="Cần ảnh hiện trường")
    db.session.commit()
    page = login(rules.leader).get("/staff/").get_data(as_text=True)
    assert case.reference in page and "Tạm dừng tính hạn" in page
