"""The outbox commands and the administrator's view of stuck and dead mail."""

from __future__ import annotations

from sqlalchemy import select

from feedback.extensions import db as database
from feedback.models import AuditEntry, OutboxMessage
from feedback.services.intake import SubmitterData
from tests import factories
from tests.conftest_mail import smtp_server  # noqa: F401

CITIZEN = SubmitterData(full_name="Trần Thị Bình", address="5 Hai Bà Trưng", phone="0905111222",
                        email="binh@example.vn")


def _dead_message() -> OutboxMessage:
    factories.make_case("feedback", person=CITIZEN)
    row = database.session.execute(select(OutboxMessage)).scalar_one()
    row.status, row.attempts, row.last_error = "dead", 8, "SMTPDataError: (550, b'Mailbox unavailable')"
    database.session.commit()
    return row


def test_outbox_send_and_list_commands(app, runner, world, smtp_server):  # noqa: F811
    row = _dead_message()
    result = runner.invoke(args=["outbox", "list", "--status", "dead"])
    assert result.exit_code == 0 and "binh@example.vn" in result.output and "550" in result.output
    assert runner.invoke(args=["outbox", "list", "--status", "sent"]).output.strip().endswith("0 message(s)")
    assert runner.invoke(args=["outbox", "retry", str(row.id)]).exit_code == 0
    result = runner.invoke(args=["outbox", "send"])
    assert result.exit_code == 0, result.output
    assert "sent 1" in result.output
    assert len(smtp_server.messages) == 1
    assert runner.invoke(args=["outbox", "retry", "99999"]).exit_code != 0


def test_admin_sees_dead_mail_and_retries_it(client, login, world):
    row = _dead_message()
    login(world.admin)
    page = client.get("/admin/outbox/")
    assert page.status_code == 200
    body = page.get_data(as_text=True)
    assert "binh@example.vn" in body and "Mailbox unavailable" in body
    response = client.post(f"/admin/outbox/{row.id}/retry")
    assert response.status_code == 302
    database.session.expire_all()
    row = database.session.get(OutboxMessage, row.id)
    assert row.status == "pending" and row.attempts == 0
    assert database.session.execute(select(AuditEntry).where(AuditEntry.action == "outbox.retry")).scalar_one()
    assert "binh@example.vn" not in client.get("/admin/outbox/?view=dead").get_data(as_text=True)


def test_only_admins_see_the_outbox(client, login, world):
    login(world.reception)
    assert client.get("/admin/outbox/").status_code == 403
    assert client.post("/admin/outbox/1/retry").status_code == 403


def test_development_writes_mail_files_right_after_a_form(app, client, world, tmp_path, monkeypatch):
    import time

    from tests.helpers import valid_form

    for key, value in {"OUTBOX_DELIVER_AFTER_REQUEST": True, "MAIL_BACKEND": "file",
                       "MAIL_FILE_DIR": str(tmp_path)}.items():
        monkeypatch.setitem(app.config, key, value)
    assert client.post("/submit/feedback", data=valid_form("feedback")).status_code == 200
    for _ in range(50):
        if list(tmp_path.glob("*.eml")):
            break
        time.sleep(0.1)
    [path] = list(tmp_path.glob("*.eml"))
    assert b"mai@example.vn" in path.read_bytes()
    for _ in range(50):  # let the thread record the delivery before the test's tables are emptied
        database.session.expire_all()
        if database.session.execute(select(OutboxMessage.status)).scalar_one() == "sent":
            break
        time.sleep(0.1)
    assert database.session.execute(select(OutboxMessage.status)).scalar_one() == "sent"
