"""Every citizen and staff email comes as a subject, a text part and an HTML part, in the case's language."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from feedback.lifecycle import apply_transition
from feedback.models import OutboxMessage
from feedback.services import handling
from tests.factories import make_case

EMAIL = Path(__file__).resolve().parent.parent / "templates" / "email"


def test_every_email_has_text_and_html_parts():
    names = sorted(p.name[: -len(".subject.txt")] for p in EMAIL.glob("*.subject.txt"))
    assert names, "no email templates found"
    missing = [f"{n}{ext}" for n in names for ext in (".txt", ".html") if not (EMAIL / f"{n}{ext}").exists()]
    assert not missing, missing


def test_a_request_for_information_is_mailed_in_both_parts_without_the_key(world, db):
    receipt = make_case("feedback", category=world.road, unit=world.road_unit)
    case = receipt.case
    for status in ("triage", "accepted", "in_progress"):
        apply_transition(case, status, world.unit_head)
    db.session.commit()
    handling.request_information(world.officer, case, "Xin gửi ảnh chụp ổ gà và vị trí chính xác.")
    message = db.session.execute(select(OutboxMessage).where(OutboxMessage.template == "information_request")
                                 ).scalar_one()
    assert message.to_address == "an@example.vn"
    assert "Xin gửi ảnh chụp ổ gà" in message.body_text and "Xin gửi ảnh chụp ổ gà" in message.body_html
    assert case.reference in message.subject
    for part in (message.subject, message.body_text, message.body_html):
        assert receipt.access_key not in part
    assert "Kính gửi" in message.body_text or "Ông/Bà" in message.body_text  # Vietnamese by default
