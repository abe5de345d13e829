"""Email in: real sample messages in several encodings built with the stdlib email package."""

from __future__ import annotations

import base64
import quopri
import re
import unicodedata
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.text import MIMEText
from email.utils import make_msgid

import pytest
from sqlalchemy import func, select

from feedback.extensions import db as database
from feedback.lifecycle import apply_transition
from feedback.models import Case, CaseEvent, InboundMessage, OutboxMessage
from feedback.services.inbound import ingest_bytes
from feedback.services.intake import SubmitterData
from tests import factories
from tests.helpers import PDF

CITIZEN = SubmitterData(full_name="Trần Thị Bình", address="5 Hai Bà Trưng", phone="0905111222",
                        email="binh@example.vn")
TEXT = "Đường Nguyễn Huệ có ổ gà rất sâu, xe máy dễ ngã. Đề nghị Sở sửa chữa sớm."
SUBJECT = "Phản ánh ổ gà đường Nguyễn Huệ"


def _headers(msg, *, subject=SUBJECT, sender="Lê Văn Dân <dan@example.vn>", charset="utf-8", **extra):
    msg["Subject"] = Header(subject, charset)
    msg["From"] = sender
    msg["To"] = "gopy@sgtvt.example.vn"
    msg["Message-ID"] = make_msgid(domain="example.vn")
    msg["Date"] = "Fri, 27 Nov 2026 09:15:00 +0700"
    for name, value in extra.items():
        msg[name.replace("_", "-")] = value
    return msg


def cp1258(text: str) -> bytes:
    """Vietnamese in windows-1258: base letters precomposed, tone marks as combining characters."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = []
    for char in text:
        parts = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out.append(base + "".join(c for c in parts if c in tones))
    return "".join(out).encode("cp1258")


def plain(text=TEXT, charset="utf-8", cte=None, **headers) -> bytes:
    """A text/plain message; ``cte`` re-encodes the body bytes as quoted-printable or base64."""
    if cte is None:
        msg = MIMEText(text, "plain", charset)
    else:
        body = cp1258(text) if charset == "windows-1258" else text.encode(charset)
        encoded = quopri.encodestring(body) if cte == "quoted-printable" else base64.encodebytes(body)
        msg = MIMENonMultipart("text", "plain", charset=charset)
        msg["Content-Transfer-Encoding"] = cte
        msg.set_payload(encoded.decode("ascii"))
    return _headers(msg, **headers).as_bytes()


def _only() -> InboundMessage:
    return database.session.execute(select(InboundMessage)).scalar_one()


@pytest.mark.parametrize("build", [
    lambda: plain(),
    lambda: plain(charset="utf-8", cte="base64"),
    lambda: plain(charset="utf-8", cte="quoted-printable"),
    lambda: plain(charset="windows-1258", cte="quoted-printable"),
    lambda: plain(charset="windows-1258", cte="base64"),
], ids=["utf8-8bit", "utf8-base64", "utf8-qp", "cp1258-qp", "cp1258-base64"])
def test_vietnamese_bodies_and_rfc2047_subjects_are_decoded(world, build):
    result = ingest_bytes(build())
    assert result.outcome == "inbox"
    message = _only()
    assert message.subject == SUBJECT
    assert message.text == TEXT
    assert message.from_address == "dan@example.vn" and message.from_name == "Lê Văn Dân"
    assert message.raw.startswith(b"Content-Type") or b"Subject:" in message.raw


def test_subject_in_windows_1258_encoded_words(world):
    word = b"=?windows-1258?b?" + base64.b64encode(cp1258(SUBJECT)) + b"?="
    raw = re.sub(rb"Subject: [^\n]+", b"Subject: Re: " + word, plain(subject="x"), count=1)
    assert word in raw
    ingest_bytes(raw)
    assert _only().subject == "Re: " + SUBJECT


def test_html_only_mail_becomes_text(world):
    html = ("<html><head><style>p{color:red}</style></head><body><p>Kính gửi Sở,</p>"
            "<p>Đèn tín hiệu ở ngã tư <b>Lê Hồng Phong</b> bị hỏng &amp; không sáng.</p>"
            "<script>alert(1)</script></body></html>")
    ingest_bytes(_headers(MIMEText(html, "html", "utf-8")).as_bytes())
    text = _only().text
    assert "Kính gửi Sở," in text and "Lê Hồng Phong bị hỏng & không sáng." in text
    assert "<" not in text and "alert" not in text and "color" not in text


def test_attachments_pass_the_upload_checks(world):
    msg = MIMEMultipart()
    msg.attach(MIMEText(TEXT, "plain", "utf-8"))
    pdf = MIMEApplication(PDF, "pdf")
    pdf.add_header("Content-Disposition", "attachment", filename=("utf-8", "", "biên bản.pdf"))
    msg.attach(pdf)
    exe = MIMEApplication(b"MZ\x90\x00 not allowed", "octet-stream")
    exe.add_header("Content-Disposition", "attachment", filename="virus.exe")
    msg.attach(exe)
    ingest_bytes(_headers(msg).as_bytes())
    info = _only().attachments_info
    assert {"name": "biên bản.pdf", "size": len(PDF), "type": "application/pdf"} in info
    refused = [i for i in info if i["name"] == "virus.exe"][0]
    assert "refused" in refused


def _awaiting_case():
    receipt = factories.make_case("feedback", person=CITIZEN)
    case = receipt.case
    for target, reason in (("triage", None), ("accepted", None), ("in_progress", None),
                           ("awaiting_citizen", "Xin bổ sung ảnh chụp")):
        apply_transition(case, target, None, reason=reason, actor_label="Cán bộ")
    database.session.commit()
    return case


def test_reply_to_our_mail_is_attached_and_resumes_the_case(world):
    case = _awaiting_case()
    ack = database.session.execute(select(OutboxMessage)).scalar_one()
    msg = MIMEMultipart()
    msg.attach(MIMEText("Tôi gửi bổ sung ảnh chụp hiện trường.", "plain", "utf-8"))
    pdf = MIMEApplication(PDF, "pdf")
    pdf.add_header("Content-Disposition", "attachment", filename="anh.pdf")
    msg.attach(pdf)
    raw = _headers(msg, subject="Re: " + ack.subject, sender="binh@example.vn",
                   In_Reply_To=ack.message_id, References=ack.message_id).as_bytes()
    result = ingest_bytes(raw)
    assert result.outcome == "attached" and result.case.id == case.id
    assert case.reference in result.summary()
    database.session.expire_all()
    case = database.session.get(Case, case.id)
    assert case.status == "in_progress"
    event = database.session.execute(select(CaseEvent).where(CaseEvent.type == "citizen_email")).scalar_one()
    assert "bổ sung ảnh" in event.reason and event.citizen_visible
    assert [a.original_name for a in case.attachments] == ["anh.pdf"]
    status = case.events[-1]
    assert status.type == "status" and status.to_status == "in_progress" and status.actor_label == "Công dân"


def test_same_message_twice_is_nothing_new(world):
    case = _awaiting_case()
    ack = database.session.execute(select(OutboxMessage)).scalar_one()
    raw = _headers(MIMEText("Bổ sung", "plain", "utf-8"), sender="binh@example.vn",
                   In_Reply_To=ack.message_id).as_bytes()
    assert ingest_bytes(raw).outcome == "attached"
    again = ingest_bytes(raw)
    assert again.outcome == "duplicate" and again.case.id == case.id
    assert database.session.execute(select(func.count(InboundMessage.id))).scalar_one() == 1
    assert database.session.execute(
        select(func.count(CaseEvent.id)).where(CaseEvent.type == "citizen_email")).scalar_one() == 1


def test_reference_in_subject_only_from_the_submitter(world):
    case = factories.make_case("feedback", person=CITIZEN).case
    stranger = ingest_bytes(plain(subject=f"Về hồ sơ {case.reference}", sender="ke.la@example.vn"))
    assert stranger.outcome == "inbox"
    owner = ingest_bytes(plain(subject=f"Về hồ sơ {case.reference}", sender="Bình <BINH@example.vn>"))
    assert owner.outcome == "attached" and owner.case.id == case.id and owner.message.matched_by == \
        "subject_reference"


def test_reference_in_subject_from_a_sealed_denouncer(world):
    case = factories.make_case("denunciation", person=SubmitterData(
        full_name="Phạm Văn Tố", address="1 Trần Phú", phone="0905999888", email="to.cao@example.vn")).case
    result = ingest_bytes(plain(subject=f"Bổ sung {case.reference}", sender="to.cao@example.vn"))
    assert result.outcome == "attached"


@pytest.mark.parametrize("extra, outcome", [
    ({"Auto_Submitted": "auto-replied"}, "auto_reply"),
    ({"X_Autoreply": "yes"}, "auto_reply"),
    ({"Precedence": "bulk"}, "auto_reply"),
    ({"Precedence": "auto_reply"}, "auto_reply"),
    ({"Return_Path": "<>"}, "bounce"),
    ({"sender": "Mail Delivery System <MAILER-DAEMON@mx.example.vn>"}, "bounce"),
])
def test_auto_replies_and_bounces_never_create_or_touch_cases(world, extra, outcome):
    case = _awaiting_case()
    ack = database.session.execute(select(OutboxMessage)).scalar_one()
    raw = plain(text="Tôi đang nghỉ phép.", In_Reply_To=ack.message_id, **extra)
    result = ingest_bytes(raw)
    assert result.outcome == outcome and result.case is None
    assert _only().status == outcome
    database.session.expire_all()
    assert database.session.get(Case, case.id).status == "awaiting_citizen"
    assert database.session.execute(select(func.count(Case.id))).scalar_one() == 1


def test_delivery_status_report_is_a_bounce(world):
    report = MIMEMultipart("report", report_type="delivery-status")
    report.attach(MIMEText("Delivery to binh@example.vn failed.", "plain", "utf-8"))
    report.attach(MIMEText("Received: from mx.example.vn\n", "rfc822-headers"))
    result = ingest_bytes(_headers(report, subject="Undelivered Mail", sender="postmaster@mx.example.vn")
                          .as_bytes())
    assert result.outcome == "bounce"


@pytest.mark.parametrize("raw", [b"", b"   \n", b"this is not an email at all\nno headers here\n"])
def test_malformed_message_is_stored_for_review(world, raw):
    result = ingest_bytes(raw)
    assert result.outcome == "malformed"
    message = _only()
    assert message.status == "malformed" and message.error and message.raw == raw
    assert "malformed" in result.summary()
