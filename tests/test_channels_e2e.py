"""End to end in headless Chromium and a real SMTP server: a hotline call logged by reception, the
acknowledgement delivered by the outbox worker, the citizen's emailed reply threaded into the case, and the
citizen following the case with the reference and key read out on the phone."""

from __future__ import annotations

from email.mime.text import MIMEText

from sqlalchemy import select

from feedback.models import Case, CaseEvent
from feedback.services.inbound import ingest_bytes
from feedback.services.outbox import deliver_pending
from tests.browser import CHROMIUM, CHROMIUM_ARGS, live_server, requires_chromium
from tests.conftest_mail import smtp_server  # noqa: F401
from tests.factories import PASSWORD


@requires_chromium
def test_hotline_call_to_acknowledgement_to_emailed_reply_to_tracking(app, db, world, smtp_server):  # noqa: F811
    from playwright.sync_api import sync_playwright

    with live_server(app) as base, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            desk = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB").new_page()
            desk.goto(base + "/staff/login?lang=en")
            desk.fill("#email", world.reception.email)
            desk.fill("#password", PASSWORD)
            desk.click("button[type=submit]")
            desk.wait_for_load_state()
            desk.click("text=Reception desk")
            desk.click("text=Log a hotline call")
            desk.fill("#duration_minutes", "5")
            desk.fill("#full_name", "Võ Thị Hoa")
            desk.fill("#phone", "0905 222 333")
            desk.fill("#address", "22 Ngô Mây, Quy Nhơn")
            desk.fill("#email", "hoa@example.vn")
            desk.select_option("#category_id", str(world.road.id))
            desk.fill("#title", "Đèn đường hỏng trên đường Ngô Mây")
            desk.fill("#content", "Bà Hoa báo đèn đường trước nhà số 22 Ngô Mây không sáng đã một tuần.")
            desk.click("form.channel-form button[type=submit]")
            desk.wait_for_selector("#access-key")
            reference = desk.inner_text("#reference").strip()
            key = desk.inner_text("#access-key").strip()

            # The worker delivers the acknowledgement to the (real) SMTP server.
            assert deliver_pending().sent == 1
            [ack] = smtp_server.messages
            assert reference in ack["Subject"] and key not in ack.as_string()

            # The citizen answers the acknowledgement by email.
            answer = MIMEText("Tôi gửi thêm: đèn số 3 và số 4 đều không sáng.", "plain", "utf-8")
            answer["From"], answer["To"] = "Võ Thị Hoa <hoa@example.vn>", "gopy@sgtvt.example.vn"
            answer["Subject"], answer["Message-ID"] = "Re: " + str(ack["Subject"]), "<reply-1@example.vn>"
            answer["In-Reply-To"] = ack["Message-ID"]
            assert ingest_bytes(answer.as_bytes()).outcome == "attached"

            # The citizen follows the case on a phone with what was read out.
            phone = browser.new_context(viewport={"width": 360, "height": 740}, locale="vi-VN").new_page()
            phone.goto(base + "/track?lang=en")
            phone.fill("#reference", reference)
            phone.fill("#access_key", key)
            phone.click("button[type=submit]")
            phone.wait_for_load_state()
            assert "đèn số 3 và số 4" in phone.content()
        finally:
            browser.close()
    case = db.session.execute(select(Case).where(Case.reference == reference)).scalar_one()
    assert case.channel == "hotline"
    assert db.session.execute(select(CaseEvent).where(CaseEvent.case_id == case.id,
                                                      CaseEvent.type == "citizen_email")).scalar_one()
