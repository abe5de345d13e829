"""Extensions (gia hạn): only where the rule allows, with reason and approver, at most as many as the law says."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from feedback.errors import DomainError, Forbidden
from feedback.extensions import db
from feedback.lifecycle import apply_transition
from feedback.models import CaseEvent
from feedback.services.deadlines import (
    ExtensionRefused,
    approve_extension,
    decide_extension,
    request_extension,
    set_variant,
)
from tests.deadlines_support import clocks, received, rules, set_today  # noqa: F401

MON = date(2026, 3, 2)


@pytest.fixture()
def denunciation(rules, set_today):  # noqa: F811
    case = received("denunciation", MON, unit=rules.road_unit)
    set_today(date(2026, 3, 9))
    for status in ("triage", "accepted", "in_progress"):
        apply_transition(case, status, rules.unit_head)
    db.session.commit()
    assert clocks(case)["resolution"].due_date == date(2026, 4, 8)
    return case


def test_no_extension_where_the_rule_allows_none(rules, denunciation):  # noqa: F811
    with pytest.raises(ExtensionRefused):
        request_extension(rules.officer, denunciation, "resolution", "Cần xác minh thêm")
    complaint = received("complaint", MON, unit=rules.road_unit)
    with pytest.raises(ExtensionRefused):
        request_extension(rules.officer, complaint, "acceptance", "x")


def test_complex_denunciation_one_extension_approved_by_the_unit_head(rules, denunciation):  # noqa: F811
    set_variant(rules.unit_head, denunciation, "resolution", "complex", "Vụ việc phức tạp")
    with pytest.raises(DomainError):
        request_extension(rules.officer, denunciation, "resolution", "   ")
    with pytest.raises(DomainError):
        request_extension(rules.officer, denunciation, "resolution", "x", days=31)
    ext = request_extension(rules.officer, denunciation, "resolution", "Cần xác minh tại nhiều nơi")
    assert ext.state == "requested" and ext.days == 30
    assert clocks(denunciation)["resolution"].due_date == date(2026, 4, 8)  # not before approval
    with pytest.raises(ExtensionRefused):  # the single allowed extension is already asked for
        request_extension(rules.officer, denunciation, "resolution", "again")
    with pytest.raises(Forbidden):
        approve_extension(rules.officer, ext)
    with pytest.raises(Forbidden):
        approve_extension(rules.other_officer, ext)
    approve_extension(rules.unit_head, ext, "Đồng ý")
    resolution = clocks(denunciation)["resolution"]
    assert (resolution.extension_count, resolution.extension_days) == (1, 30)
    assert resolution.due_date == date(2026, 5, 8)  # 9 March + 60 days
    assert ext.approved_by_id == rules.unit_head.id and ext.decided_at is not None
    with pytest.raises(ExtensionRefused):
        approve_extension(rules.unit_head, ext)
    with pytest.raises(ExtensionRefused):
        request_extension(rules.officer, denunciation, "resolution", "a second one")
    types = db.session.execute(select(CaseEvent.type).where(CaseEvent.case_id == denunciation.id)).scalars().all()
    assert {"deadline_variant", "extension_requested", "extension_approved"} <= set(types)


def test_very_complex_allows_two_and_a_refusal_frees_a_slot(rules, denunciation):  # noqa: F811
    set_variant(rules.leader, denunciation, "resolution", "very_complex", "Đặc biệt phức tạp")
    first = request_extension(rules.officer, denunciation, "resolution", "lần 1", days=20)
    decide_extension(rules.leader, first, False, "Chưa đủ căn cứ")
    assert first.state == "refused"
    assert clocks(denunciation)["resolution"].due_date == date(2026, 4, 8)
    approve_extension(rules.leader, request_extension(rules.officer, denunciation, "resolution", "lần 1", days=20))
    approve_extension(rules.leader, request_extension(rules.officer, denunciation, "resolution", "lần 2"))
    resolution = clocks(denunciation)["resolution"]
    assert resolution.extension_count == 2 and resolution.extension_days == 50
    assert resolution.due_date == date(2026, 5, 28)  # 9 March + 80 days
    with pytest.raises(ExtensionRefused):
        request_extension(rules.officer, denunciation, "resolution", "lần 3")


def test_extension_on_a_stopped_clock_is_refused(rules, denunciation):  # noqa: F811
    set_variant(rules.unit_head, denunciation, "resolution", "complex", "x")
    apply_transition(denunciation, "withdrawn", None)
    db.session.commit()
    with pytest.raises(ExtensionRefused):
        request_extension(rules.officer, denunciation, "resolution", "x")


def test_case_page_forms(rules, denunciation, login):  # noqa: F811
    ref = denunciation.reference
    head = login(rules.unit_head)
    html = head.get(f"/staff/cases/{ref}").get_data(as_text=True)
    assert "variant-resolution-variant" in html and "Xác nhận đã gửi thông báo" in html  # Vietnamese by default
    assert "ext-resolution-reason" not in html  # no extension possible for an ordinary denunciation
    response = head.post(f"/staff/cases/{ref}/clocks/resolution/variant",
                         data={"variant-resolution-variant": "complex", "variant-resolution-reason": "phức tạp"})
    assert response.status_code == 302
    assert clocks(denunciation)["resolution"].variant == "complex"
    head.post("/staff/logout")

    officer = login(rules.officer)
    assert officer.post(f"/staff/cases/{ref}/clocks/resolution/variant",
                        data={"variant-resolution-variant": "very_complex",
                              "variant-resolution-reason": "x"}).status_code == 403
    html = officer.get(f"/staff/cases/{ref}").get_data(as_text=True)
    assert "ext-resolution-reason" in html
    officer.post(f"/staff/cases/{ref}/clocks/resolution/extensions", data={"ext-resolution-reason": ""})
    assert clocks(denunciation)["resolution"].extensions == []  # a reason is required
    response = officer.post(f"/staff/cases/{ref}/clocks/resolution/extensions",
                            data={"ext-resolution-reason": "Cần xác minh thêm", "ext-resolution-days": "10"})
    assert response.status_code == 302
    ext = clocks(denunciation)["resolution"].extensions[0]
    assert (ext.state, ext.days) == ("requested", 10)
    assert officer.post(f"/staff/cases/{ref}/extensions/{ext.id}",
                        data={f"decide-{ext.id}-decision": "approve"}).status_code == 403
    assert officer.post(f"/staff/cases/{ref}/clocks/notify_acceptance/done").status_code == 302
    assert clocks(denunciation)["notify_acceptance"].state == "stopped"
    officer.post("/staff/logout")

    head = login(rules.unit_head)
    assert head.post(f"/staff/cases/{ref}/extensions/{ext.id}",
                     data={f"decide-{ext.id}-decision": "approve"}).status_code == 302
    assert clocks(denunciation)["resolution"].due_date == date(2026, 4, 18 + 2)  # 8 April + 10 = 18 April (Sat) → 20
    assert head.post(f"/staff/cases/{ref}/extensions/999999", data={}).status_code == 404


def test_other_unit_cannot_act(rules, denunciation, login):  # noqa: F811
    client = login(rules.other_officer)
    response = client.post(f"/staff/cases/{denunciation.reference}/clocks/resolution/extensions",
                           data={"ext-resolution-reason": "x"})
    assert response.status_code == 404
