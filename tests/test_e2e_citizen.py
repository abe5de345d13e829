"""End to end in headless Chromium: a citizen submits a case on a phone-sized screen and tracks it."""

from __future__ import annotations

from sqlalchemy import select

from feedback.models import Case
from tests.browser import browser_page, live_server, requires_chromium


@requires_chromium
def test_citizen_submits_and_tracks_a_case(app, db, world):
    with live_server(app) as base, browser_page(width=360, height=740) as page:
        page.goto(base + "/")
        assert page.locator("h1").first.is_visible()
        page.click("a.button[href='/submit']")
        page.click("a[href='/submit/feedback']")
        # Send it empty first: the error summary appears and nothing typed is lost.
        page.fill("#title", "Đèn tín hiệu hỏng ở ngã tư Lê Hồng Phong")
        page.click("button[type=submit]")
        assert page.locator(".error-summary").is_visible()
        assert page.input_value("#title") == "Đèn tín hiệu hỏng ở ngã tư Lê Hồng Phong"
        page.fill("#content", "Đèn đỏ không sáng từ sáng nay, xe cộ đi lại rất nguy hiểm.")
        page.select_option("#category_id", str(world.road.id))
        page.fill("#full_name", "Phạm Văn Đức")
        page.fill("#email", "duc@example.vn")
        page.check("#consent")
        page.click("button[type=submit]")
        page.wait_for_selector("#access-key")
        reference = page.inner_text("#reference").strip()
        key = page.inner_text("#access-key").strip()
        # No horizontal scrolling on a 360 px phone
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
        case = db.session.execute(select(Case).where(Case.reference == reference)).scalar_one()
        assert case.title.startswith("Đèn tín hiệu")

        page.goto(base + "/track")
        page.fill("#reference", reference)
        page.fill("#access_key", key.lower())
        page.click("button[type=submit]")
        page.wait_for_selector(".status-box")
        assert "Đèn tín hiệu hỏng" in page.content()
        assert page.url.endswith("/track")  # the key never went into the address bar
