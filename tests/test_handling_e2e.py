"""End to end in headless Chromium: a case from web intake through triage, routing, assignment, reply
draft and approval, to the citizen reading the approved reply on the tracking page."""

from __future__ import annotations

from sqlalchemy import select

from feedback.models import Case, ReplyDraft
from tests.browser import CHROMIUM, CHROMIUM_ARGS, live_server, requires_chromium
from tests.factories import PASSWORD


def _sign_in(browser, base, user):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    page = context.new_page()
    page.goto(base + "/staff/login?lang=en")
    page.fill("#email", user.email)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_load_state()
    return page


def _act(page, name):
    """Open the action's <details> (if closed) and submit its form."""
    details = page.locator(f"#action-{name}")
    if details.get_attribute("open") is None:
        details.locator("summary").click()
    return details


@requires_chromium
def test_case_from_web_intake_to_approved_reply_read_by_citizen(app, db, world):
    from playwright.sync_api import sync_playwright

    with live_server(app) as base, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            # The citizen submits online on a phone.
            phone = browser.new_context(viewport={"width": 360, "height": 740}, locale="vi-VN").new_page()
            phone.goto(base + "/submit/feedback?lang=en")
            phone.fill("#title", "Ổ gà lớn trên đường Hùng Vương")
            phone.fill("#content", "Đoạn trước số nhà 120 đường Hùng Vương có ổ gà sâu, xe máy dễ ngã.")
            phone.select_option("#category_id", str(world.road.id))
            phone.fill("#full_name", "Võ Thị Lan")
            phone.fill("#email", "lan@example.vn")
            phone.check("#consent")
            phone.click("button[type=submit]")
            phone.wait_for_selector("#access-key")
            reference = phone.inner_text("#reference").strip()
            key = phone.inner_text("#access-key").strip()

            # Reception finds it in the intake queue, sees the suggestion, and routes it.
            reception = _sign_in(browser, base, world.reception)
            reception.goto(base + "/staff/work/intake?q=hung+vuong")
            reception.click(f"text={reference}")
            reception.wait_for_selector("#actions")
            assert "Suggested units" in reception.content()
            route = _act(reception, "route")
            route.locator("select").select_option(str(world.road_unit.id))
            route.locator("button[type=submit]").click()
            reception.wait_for_load_state()
            assert "Case sent to the unit." in reception.content()

            # The unit head assigns it (which acknowledges it for the unit).
            head = _sign_in(browser, base, world.unit_head)
            head.goto(base + f"/staff/cases/{reference}")
            assert "Awaiting the unit" in head.content()
            assign = _act(head, "assign")
            assign.locator("select").select_option(str(world.officer.id))
            assign.locator("button[type=submit]").click()
            head.wait_for_load_state()
            assert "Case assigned." in head.content()

            # The officer drafts the reply and sends it for approval.
            officer = _sign_in(browser, base, world.officer)
            officer.goto(base + "/staff/work/mine")
            officer.click(f"text={reference}")
            officer.wait_for_selector("#actions")
            draft = _act(officer, "draft")
            draft.locator("textarea").fill("Kính gửi {name}: Sở đã vá ổ gà trước số nhà 120 ngày 26/11/2026.")
            draft.locator("input[type=checkbox]").check()
            draft.locator("button[type=submit]").click()
            officer.wait_for_load_state()
            assert "Reply saved." in officer.content()

            # The unit head approves it from the approval queue.
            head.goto(base + "/staff/work/approval")
            head.click(f"text={reference}")
            head.wait_for_selector("#actions")
            assert "Kính gửi Võ Thị Lan" in head.content()
            _act(head, "approve").locator("button[type=submit]").click()
            head.wait_for_load_state()
            assert "Reply approved and sent to the citizen." in head.content()

            # The citizen reads the approved reply on the tracking page.
            phone.goto(base + "/track")
            phone.fill("#reference", reference)
            phone.fill("#access_key", key)
            phone.click("button[type=submit]")
            phone.wait_for_selector("#reply")
            assert "Sở đã vá ổ gà trước số nhà 120" in phone.inner_text("#reply")
            assert phone.evaluate("document.documentElement.scrollWidth") <= 360
        finally:
            browser.close()
    db.session.expire_all()
    case = db.session.execute(select(Case).where(Case.reference == reference)).scalar_one()
    assert case.status == "resolved"
    assert db.session.execute(select(ReplyDraft.status).where(ReplyDraft.case_id == case.id)).scalar_one() == "approved"
