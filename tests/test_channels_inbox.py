"""The triage inbox: reception makes a case of an unmatched email, attaches it to a case, or marks it spam."""

from __future__ import annotations

from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

from sqlalchemy import select

from feedback.extensions import db as database
from feedback.models import Case, CaseEvent, InboundMessage, OutboxMessage
from feedback.services.inbound import ingest_bytes
from feedback.services.intake import SubmitterData
from tests import factories
from tests.helpers import PDF, reference_and_key
from tests.test_inbound import TEXT, _headers, plain


def _with_pdf() -> bytes:
    msg = MIMEMultipart()
    msg.attach(MIMEText(TEXT, "plain", "utf-8"))
    pdf = MIMEApplication(PDF, "pdf")
    pdf.add_header("Content-Disposition", "attachment", filename="anh-hien-truong.pdf")
    msg.attach(pdf)
    return _headers(msg).as_bytes()


def test_inbox_lists_unmatched_mail_and_makes_a_case_of_it(client, login, world, db):
    message = ingest_bytes(_with_pdf()).message
    login(world.reception)
    listing = client.get("/staff/inbox").get_data(as_text=True)
    assert "Phản ánh ổ gà đường Nguyễn Huệ" in listing and "dan@example.vn" in listing
    page = client.get(f"/staff/inbox/{message.id}").get_data(as_text=True)
    assert "Đường Nguyễn Huệ có ổ gà" in page and "anh-hien-truong.pdf" in page
    response = client.post(f"/staff/inbox/{message.id}/case", data={
        "kind": "feedback", "category_id": str(world.road.id), "title": "Ổ gà đường Nguyễn Huệ", "content": TEXT,
        "full_name": "Lê Văn Dân", "email": "dan@example.vn", "address": "", "phone": ""})
    assert response.status_code == 200, response.get_data(as_text=True)[:3000]
    reference, _key = reference_and_key(response.get_data(as_text=True))
    case = db.session.execute(select(Case).where(Case.reference == reference)).scalar_one()
    assert case.channel == "email" and case.received_at == message.received_at
    assert case.created_by_id == world.reception.id
    assert [a.original_name for a in case.attachments] == ["anh-hien-truong.pdf"]
    database.session.expire_all()
    message = database.session.get(InboundMessage, message.id)
    assert message.status == "case_created" and message.case_id == case.id
    ack = db.session.execute(select(OutboxMessage)).scalar_one()
    assert ack.to_address == "dan@example.vn" and reference in ack.subject
    assert ack.headers["In-Reply-To"] == message.message_id  # threads with the citizen's email
    assert "Phản ánh ổ gà" not in client.get("/staff/inbox").get_data(as_text=True)
    # A reply to the acknowledgement is threaded into the new case.
    reply = ingest_bytes(plain(text="Xin bổ sung", sender="dan@example.vn", In_Reply_To=ack.message_id))
    assert reply.outcome == "attached" and reply.case.id == case.id


def test_inbox_errors_keep_the_form(client, login, world, db):
    message = ingest_bytes(plain()).message
    login(world.reception)
    response = client.post(f"/staff/inbox/{message.id}/case", data={
        "kind": "complaint", "title": "Khiếu nại", "content": TEXT, "full_name": "", "email": "dan@example.vn"})
    assert response.status_code == 422
    body = response.get_data(as_text=True)
    assert 'id="full_name-error"' in body and 'id="subject-error"' in body
    assert db.session.execute(select(Case)).first() is None


def test_attach_to_a_case_by_reference_or_mark_spam(client, login, world, db):
    case = factories.make_case("feedback", actor=world.reception).case
    first = ingest_bytes(plain(subject="Bổ sung thông tin")).message
    second = ingest_bytes(plain(subject="Quảng cáo vay tiền nhanh")).message
    login(world.reception)
    wrong = client.post(f"/staff/inbox/{first.id}/attach", data={"reference": "2026-999999"})
    assert wrong.status_code == 422 and 'id="reference-error"' in wrong.get_data(as_text=True)
    assert client.post(f"/staff/inbox/{first.id}/attach", data={"reference": case.reference}).status_code == 302
    event = db.session.execute(select(CaseEvent).where(CaseEvent.type == "citizen_email")).scalar_one()
    assert event.case_id == case.id and event.payload["matched_by"] == "staff"
    assert client.post(f"/staff/inbox/{second.id}/spam").status_code == 302
    database.session.expire_all()
    assert database.session.get(InboundMessage, second.id).status == "spam"
    assert "Quảng cáo" in client.get("/staff/inbox?status=spam").get_data(as_text=True)
    again = client.post(f"/staff/inbox/{first.id}/attach", data={"reference": case.reference})
    assert again.status_code == 422  # already handled


def test_raw_message_download(client, login, world):
    raw = plain()
    message = ingest_bytes(raw).message
    login(world.reception)
    response = client.get(f"/staff/inbox/{message.id}/raw")
    assert response.status_code == 200 and response.get_data() == raw


def test_officers_have_no_inbox(client, login, world):
    login(world.officer)
    assert client.get("/staff/inbox").status_code == 403


def test_a_denouncers_email_does_not_show_the_address(client, login, world, db):
    case = factories.make_case("denunciation", person=SubmitterData(
        full_name="Phạm Văn Tố", address="1 Trần Phú", phone="0905999888", email="to.cao@example.vn")).case
    message = ingest_bytes(plain(subject=f"Bổ sung {case.reference}", sender="Phạm Văn Tố <to.cao@example.vn>"))
    assert message.outcome == "attached"
    login(world.reception)
    listing = client.get("/staff/inbox?status=attached").get_data(as_text=True)
    page = client.get(f"/staff/inbox/{message.message.id}").get_data(as_text=True)
    for body in (listing, page):
        assert "to.cao@example.vn" not in body and "Phạm Văn Tố" not in body
    assert client.get(f"/staff/inbox/{message.message.id}/raw").status_code == 403
