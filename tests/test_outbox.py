"""The email outbox against a real SMTP server (aiosmtpd) in the test process."""

from __future__ import annotations

import logging
import threading
import time
from datetime import timedelta

import pytest
from sqlalchemy import select, update

from feedback.extensions import db as database
from feedback.models import OutboxMessage
from feedback.services import outbox
from feedback.services.intake import SubmitterData
from feedback.timeutil import utcnow
from tests import factories
from tests.conftest_mail import free_port, smtp_server  # noqa: F401
from tests.helpers import reference_and_key, valid_form

CITIZEN = SubmitterData(full_name="Trần Thị Bình", address="5 Hai Bà Trưng, Quy Nhơn", phone="0905111222",
                        email="binh@example.vn")


def _all():
    return database.session.execute(select(OutboxMessage).order_by(OutboxMessage.id)).scalars().all()


def _make_due():
    database.session.execute(update(OutboxMessage).where(OutboxMessage.status == "pending")
                             .values(next_attempt_at=utcnow() - timedelta(seconds=1)))
    database.session.commit()


def _queue(n: int, prefix: str = "m") -> list[int]:
    rows = [_raw(f"{prefix}{i}@example.vn", f"{prefix}:{i}") for i in range(n)]
    database.session.commit()
    return [r.id for r in rows]


def _raw(to: str, key: str) -> OutboxMessage:
    """A plain message without a template (worker tests do not need a case)."""
    row = OutboxMessage(to_address=to, subject=f"Thử nghiệm {key}", body_text="Nội dung tiếng Việt: Đường sá.",
                        body_html=None, template="test", headers={}, message_id=outbox.new_message_id(),
                        dedupe_key=key, status="pending", attempts=0, next_attempt_at=utcnow())
    database.session.add(row)
    return row


# --- enqueue and the acknowledgement ---------------------------------------------------------------

def test_acknowledgement_is_queued_with_the_case_and_never_contains_the_key(world):
    receipt = factories.make_case("feedback", person=CITIZEN)
    rows = _all()
    assert len(rows) == 1
    row = rows[0]
    assert row.case_id == receipt.case.id and row.to_address == "binh@example.vn"
    assert receipt.case.reference in row.subject
    assert row.status == "pending" and row.template == "acknowledgement"
    assert row.message_id.startswith("<") and row.message_id.endswith(">")
    for text in (row.subject, row.body_text, row.body_html):
        assert receipt.access_key not in text
        assert receipt.access_key[:8] not in text
    assert "Chúng tôi đã nhận" in row.subject or receipt.case.reference in row.subject
    assert receipt.case.title in row.body_text and "<html" in row.body_html


def test_acknowledgement_in_english_for_an_english_case(world):
    factories.make_case("feedback", person=CITIZEN, locale="en")
    row = _all()[0]
    assert row.subject.startswith("We have received your submission")
    assert "Dear citizen" in row.body_text


def test_no_email_no_acknowledgement(world):
    factories.make_case("feedback", anonymous=True)
    factories.make_case("feedback", person=SubmitterData(full_name="Lê Văn C", phone="0905000111"))
    assert _all() == []


def test_sealed_denouncer_gets_the_acknowledgement_without_the_identity_in_logs(world, caplog):
    caplog.set_level(logging.DEBUG)
    receipt = factories.make_case("denunciation", person=SubmitterData(
        full_name="Phạm Văn Tố", address="1 Trần Phú", phone="0905999888", email="to.cao@example.vn"))
    submitter = receipt.case.submitters[0]
    assert submitter.is_confidential and submitter.email is None
    row = _all()[0]
    assert row.to_address == "to.cao@example.vn"
    assert "Phạm Văn Tố" not in row.body_text and "Phạm Văn Tố" not in row.subject
    assert "to.cao@example.vn" not in caplog.text and "Phạm Văn Tố" not in caplog.text


def test_enqueue_does_not_commit_and_dedupes(world):
    receipt = factories.make_case("feedback", anonymous=True)
    case = receipt.case
    context = {"reference": case.reference, "track_url": "http://x/track", "agency": None}
    first = outbox.enqueue("a@example.vn", "acknowledgement", context, case=case, dedupe_key="k1")
    assert first is not None
    assert outbox.enqueue("a@example.vn", "acknowledgement", context, case=case, dedupe_key="k1") is None
    database.session.rollback()  # the caller's transaction failed: no mail
    assert _all() == []
    outbox.enqueue("a@example.vn", "acknowledgement", context, case=case, dedupe_key="k1")
    database.session.commit()
    assert outbox.enqueue("a@example.vn", "acknowledgement", context, case=case, dedupe_key="k1") is None
    assert len(_all()) == 1


def test_enqueue_refuses_header_injection(world):
    with pytest.raises(ValueError):
        outbox.enqueue("a@example.vn\r\nBcc: x@evil.test", "acknowledgement", {})


# --- delivery -------------------------------------------------------------------------------------

def test_delivers_with_our_message_id_text_and_html(world, smtp_server):  # noqa: F811
    receipt = factories.make_case("feedback", person=CITIZEN)
    report = outbox.deliver_pending(worker_id="w1")
    assert report.sent == 1
    [received] = smtp_server.messages
    row = _all()[0]
    assert row.status == "sent" and row.sent_at is not None and row.claimed_by is None
    assert received["Message-ID"] == row.message_id
    assert received["To"] == "binh@example.vn"
    assert receipt.case.reference in received["Subject"]
    assert received["Auto-Submitted"] == "auto-generated"
    text = received.get_body(("plain",)).get_content()
    html = received.get_body(("html",)).get_content()
    assert receipt.case.title in text and receipt.case.title in html
    assert receipt.access_key not in received.as_string()
    # Nothing left to send.
    assert outbox.deliver_pending(worker_id="w1").sent == 0
    assert len(smtp_server.messages) == 1


def test_refusing_server_then_accepting_delivers_exactly_once(world, smtp_server):  # noqa: F811
    factories.make_case("feedback", person=CITIZEN)
    smtp_server.handler.refuse_next = 2
    first = outbox.deliver_pending(worker_id="w1")
    assert first.failed == 1 and first.sent == 0
    row = _all()[0]
    assert row.status == "pending" and row.attempts == 1 and "451" in row.last_error
    assert row.next_attempt_at > utcnow() + timedelta(seconds=50)  # backoff: not retried at once
    assert outbox.deliver_pending(worker_id="w1").failed == 0  # not due yet
    _make_due()
    second = outbox.deliver_pending(worker_id="w1")
    assert second.failed == 1
    database.session.expire_all()
    assert _all()[0].next_attempt_at > utcnow() + timedelta(seconds=110)  # exponential: 120 s
    _make_due()
    third = outbox.deliver_pending(worker_id="w1")
    assert third.sent == 1
    assert smtp_server.handler.refused == 2 and len(smtp_server.messages) == 1
    database.session.expire_all()
    row = _all()[0]
    assert row.status == "sent" and row.attempts == 3


def test_permanent_refusal_dead_letters_after_max_attempts(app, world, smtp_server, monkeypatch):  # noqa: F811
    monkeypatch.setitem(app.config, "OUTBOX_MAX_ATTEMPTS", 3)
    factories.make_case("feedback", person=CITIZEN)
    smtp_server.handler.refuse_always = True
    smtp_server.handler.refuse_code = "550 5.1.1 Mailbox unavailable"
    for _ in range(3):
        _make_due()
        outbox.deliver_pending(worker_id="w1")
    database.session.expire_all()
    row = _all()[0]
    assert row.status == "dead" and row.attempts == 3 and "550" in row.last_error
    _make_due()
    assert outbox.deliver_pending(worker_id="w1").sent == 0
    assert smtp_server.handler.refused == 3
    # An administrator fixes the problem and retries: delivered.
    smtp_server.handler.refuse_always = False
    outbox.retry(row)
    database.session.commit()
    assert outbox.deliver_pending(worker_id="w1").sent == 1
    assert len(smtp_server.messages) == 1


def test_server_down_keeps_the_mail_and_sends_when_back(app, world, monkeypatch):
    port = free_port()  # nothing listens here
    for key, value in {"MAIL_BACKEND": "smtp", "MAIL_SERVER": "127.0.0.1", "MAIL_PORT": port,
                       "MAIL_TIMEOUT": 2}.items():
        monkeypatch.setitem(app.config, key, value)
    factories.make_case("feedback", person=CITIZEN)
    report = outbox.deliver_pending(worker_id="w1")
    assert report.failed == 1
    row = _all()[0]
    assert row.status == "pending" and "Connection" in row.last_error
    from aiosmtpd.controller import Controller

    from tests.conftest_mail import RecordingHandler

    handler = RecordingHandler()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        _make_due()
        assert outbox.deliver_pending(worker_id="w1").sent == 1
    finally:
        controller.stop()
    assert len(handler.messages) == 1


def test_slow_server_times_out_and_the_mail_waits_for_the_next_round(app, world, smtp_server, monkeypatch):  # noqa: F811
    monkeypatch.setitem(app.config, "MAIL_TIMEOUT", 1)
    factories.make_case("feedback", person=CITIZEN)
    smtp_server.handler.slow_rcpt = 3
    started = time.monotonic()
    report = outbox.deliver_pending(worker_id="w1")
    assert report.failed == 1 and time.monotonic() - started < 3
    row = _all()[0]
    assert row.status == "pending" and "timed out" in row.last_error.lower()
    smtp_server.handler.slow_rcpt = 0
    _make_due()
    assert outbox.deliver_pending(worker_id="w1").sent == 1
    assert len(smtp_server.messages) == 1


def test_web_submission_does_not_wait_for_a_dead_mail_server(app, client, world, monkeypatch):
    # A black-hole address: a synchronous send would hang for MAIL_TIMEOUT seconds.
    for key, value in {"MAIL_BACKEND": "smtp", "MAIL_SERVER": "10.255.255.1", "MAIL_PORT": 25,
                       "MAIL_TIMEOUT": 30}.items():
        monkeypatch.setitem(app.config, key, value)
    started = time.monotonic()
    response = client.post("/submit/feedback", data=valid_form("feedback"))
    assert response.status_code == 200
    assert time.monotonic() - started < 5
    reference, _key = reference_and_key(response.get_data(as_text=True))
    [row] = _all()
    assert row.status == "pending" and reference in row.subject


def test_stale_claims_are_taken_back(app, world, smtp_server):  # noqa: F811
    factories.make_case("feedback", person=CITIZEN)
    assert outbox.claim_due(10, "crashed-worker")
    database.session.execute(update(OutboxMessage).values(claimed_at=utcnow() - timedelta(hours=1)))
    database.session.commit()
    report = outbox.deliver_pending(worker_id="w2")
    assert report.reclaimed == 1 and report.sent == 1
    assert len(smtp_server.messages) == 1


def test_file_backend_writes_eml(app, world, tmp_path, monkeypatch):
    monkeypatch.setitem(app.config, "MAIL_BACKEND", "file")
    monkeypatch.setitem(app.config, "MAIL_FILE_DIR", str(tmp_path))
    receipt = factories.make_case("feedback", person=CITIZEN)
    assert outbox.deliver_pending().sent == 1
    [path] = list(tmp_path.glob("*.eml"))
    raw = path.read_bytes()
    assert receipt.case.reference.encode() in raw and b"binh@example.vn" in raw


def _worker(app, worker_id: str, errors: list) -> None:
    try:
        with app.app_context():
            for _ in range(4):
                outbox.deliver_pending(batch=5, worker_id=worker_id)
            database.session.remove()
    except Exception as exc:  # pragma: no cover - reported by the test
        errors.append(repr(exc))


def test_concurrent_workers_never_send_twice(app, world, smtp_server):  # noqa: F811
    ids = _queue(30)
    errors: list = []
    threads = [threading.Thread(target=_worker, args=(app, f"w{i}", errors)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    recipients = sorted(m["To"] for m in smtp_server.messages)
    assert len(recipients) == 30 and len(set(recipients)) == 30
    database.session.expire_all()
    assert {r.status for r in _all()} == {"sent"} and len(ids) == 30
    assert all(r.attempts == 1 for r in _all())


def test_skip_locked_claims_skip_rows_locked_by_another_worker(app, world):
    if database.engine.dialect.name != "postgresql":
        pytest.skip("SKIP LOCKED is the PostgreSQL path; the portable claim is tested above")
    ids = _queue(6)
    with database.engine.connect() as other:
        transaction = other.begin()
        locked = other.execute(
            select(OutboxMessage.id).where(OutboxMessage.id.in_(ids[:3])).with_for_update()
        ).scalars().all()
        started = time.monotonic()
        claimed = outbox.claim_due(10, "w-main")
        assert time.monotonic() - started < 5  # did not wait for the lock
        assert sorted(claimed) == sorted(ids[3:])
        assert not set(claimed) & set(locked)
        transaction.rollback()
    assert sorted(outbox.claim_due(10, "w-main")) == sorted(ids[:3])
