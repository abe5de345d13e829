"""``flask mail ingest`` and ``flask mail fetch`` (against a small IMAP server in the test process)."""

from __future__ import annotations

import socketserver
import threading
from email.mime.text import MIMEText

import pytest
from sqlalchemy import func, select

from feedback.extensions import db as database
from feedback.models import InboundMessage, OutboxMessage
from feedback.services.intake import SubmitterData
from tests import factories
from tests.conftest_mail import free_port
from tests.test_inbound import plain

CITIZEN = SubmitterData(full_name="Trần Thị Bình", address="5 Hai Bà Trưng", phone="0905111222",
                        email="binh@example.vn")


def test_ingest_file_prints_the_reference_it_attached_to(runner, world, tmp_path):
    case = factories.make_case("feedback", person=CITIZEN).case
    ack = database.session.execute(select(OutboxMessage)).scalar_one()
    path = tmp_path / "reply.eml"
    path.write_bytes(plain(text="Cảm ơn, tôi bổ sung thông tin.", sender="binh@example.vn",
                           In_Reply_To=ack.message_id))
    result = runner.invoke(args=["mail", "ingest", str(path)])
    assert result.exit_code == 0, result.output
    assert f"attached to case {case.reference}" in result.output
    again = runner.invoke(args=["mail", "ingest", str(path)])
    assert again.exit_code == 0 and "nothing new" in again.output


def test_ingest_from_stdin_goes_to_the_inbox(runner, world):
    result = runner.invoke(args=["mail", "ingest", "-"], input=plain())
    assert result.exit_code == 0, result.output
    assert "triage inbox" in result.output
    assert database.session.execute(select(InboundMessage.status)).scalar_one() == "new"


def test_malformed_input_is_reported_not_a_traceback(runner, world):
    result = runner.invoke(args=["mail", "ingest", "-"], input=b"\x00\x01 garbage without headers")
    assert result.exit_code == 0
    assert "malformed message stored for review" in result.output and "Traceback" not in result.output


def test_missing_file_is_a_real_error(runner, world, tmp_path):
    result = runner.invoke(args=["mail", "ingest", str(tmp_path / "nope.eml")])
    assert result.exit_code != 0
    assert "cannot read" in result.output and "Traceback" not in result.output


class _IMAPHandler(socketserver.StreamRequestHandler):
    """Just enough IMAP4rev1 for imaplib: LOGIN, SELECT, UID SEARCH/FETCH/STORE, LOGOUT."""

    def send(self, data: bytes) -> None:
        self.wfile.write(data)
        self.wfile.flush()

    def handle(self):
        box = self.server.mailbox
        self.send(b"* OK test IMAP ready\r\n")
        while True:
            line = self.rfile.readline()
            if not line:
                return
            tag, _, rest = line.decode().strip().partition(" ")
            command, _, args = rest.partition(" ")
            command = command.upper()
            if command == "CAPABILITY":
                self.send(b"* CAPABILITY IMAP4rev1\r\n" + tag.encode() + b" OK done\r\n")
            elif command == "LOGIN":
                ok = args.split(" ")[0].strip('"') == "hopthu" and args.split(" ", 1)[1].strip('"') == "matkhau"
                self.send(tag.encode() + (b" OK logged in\r\n" if ok else b" NO wrong password\r\n"))
            elif command == "SELECT":
                self.send(f"* {len(box)} EXISTS\r\n{tag} OK [READ-WRITE] done\r\n".encode())
            elif command == "UID":
                sub, _, uid_args = args.partition(" ")
                sub = sub.upper()
                if sub == "SEARCH":
                    unseen = " ".join(str(uid) for uid, item in box.items() if not item["seen"])
                    self.send(f"* SEARCH {unseen}\r\n{tag} OK done\r\n".encode())
                elif sub == "FETCH":
                    uid = int(uid_args.split(" ")[0])
                    raw = box[uid]["raw"]
                    self.send(f"* {uid} FETCH (UID {uid} BODY[] {{{len(raw)}}}\r\n".encode() + raw + b")\r\n"
                              + tag.encode() + b" OK done\r\n")
                elif sub == "STORE":
                    uid = int(uid_args.split(" ")[0])
                    box[uid]["seen"] = True
                    self.send(f"* {uid} FETCH (UID {uid} FLAGS (\\Seen))\r\n{tag} OK done\r\n".encode())
            elif command == "LOGOUT":
                self.send(b"* BYE\r\n" + tag.encode() + b" OK bye\r\n")
                return
            else:
                self.send(tag.encode() + b" BAD unknown\r\n")


@pytest.fixture()
def imap_server(app, monkeypatch):
    server = socketserver.ThreadingTCPServer(("127.0.0.1", free_port()), _IMAPHandler)
    server.daemon_threads = True
    server.mailbox = {}
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    for key, value in {"IMAP_HOST": "127.0.0.1", "IMAP_PORT": server.server_address[1], "IMAP_SSL": False,
                       "IMAP_USER": "hopthu", "IMAP_PASSWORD": "matkhau", "IMAP_FOLDER": "INBOX"}.items():
        monkeypatch.setitem(app.config, key, value)
    yield server
    server.shutdown()
    server.server_close()


def test_fetch_ingests_unseen_messages_and_marks_them_seen(runner, world, imap_server):
    case = factories.make_case("feedback", person=CITIZEN).case
    imap_server.mailbox.update({
        1: {"raw": plain(), "seen": False},
        2: {"raw": plain(subject=f"Bổ sung hồ sơ {case.reference}", sender="binh@example.vn"), "seen": False},
        3: {"raw": MIMEText("cũ", "plain", "utf-8").as_bytes(), "seen": True},
    })
    result = runner.invoke(args=["mail", "fetch"])
    assert result.exit_code == 0, result.output
    assert "triage inbox" in result.output and f"attached to case {case.reference}" in result.output
    assert "2 message(s) fetched" in result.output
    assert all(item["seen"] for item in imap_server.mailbox.values())
    assert database.session.execute(select(func.count(InboundMessage.id))).scalar_one() == 2
    # Nothing new the second time.
    assert "0 message(s) fetched" in runner.invoke(args=["mail", "fetch"]).output


def test_fetch_reports_login_failure_without_traceback(app, runner, world, imap_server, monkeypatch):
    monkeypatch.setitem(app.config, "IMAP_PASSWORD", "sai")
    result = runner.invoke(args=["mail", "fetch"])
    assert result.exit_code != 0 and "IMAP error" in result.output and "Traceback" not in result.output


def test_fetch_without_settings_is_a_clear_error(app, runner, world, monkeypatch):
    monkeypatch.setitem(app.config, "IMAP_HOST", None)
    result = runner.invoke(args=["mail", "fetch"])
    assert result.exit_code != 0 and "IMAP_HOST is not set" in result.output
