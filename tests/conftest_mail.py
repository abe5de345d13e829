"""A real SMTP server in the test process (aiosmtpd), with switchable refusals.

Import the fixtures into a test module: ``from tests.conftest_mail import smtp_server  # noqa: F401``.
"""

from __future__ import annotations

import asyncio
import email
import socket
import threading
from email import policy

import pytest
from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class RecordingHandler:
    """Accepts mail and keeps it; ``refuse_next`` answers the next N DATA commands with ``refuse_code``."""

    def __init__(self) -> None:
        self.messages: list[email.message.EmailMessage] = []
        self.envelopes = []
        self.refuse_next = 0
        self.refuse_always = False
        self.refuse_code = "451 4.3.0 Try again later"
        self.refused = 0
        #: Seconds to wait before answering RCPT TO (a slow server).
        self.slow_rcpt = 0.0
        self._lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.slow_rcpt:
            await asyncio.sleep(self.slow_rcpt)
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server, session, envelope):
        with self._lock:
            if self.refuse_always or self.refuse_next > 0:
                self.refuse_next = max(0, self.refuse_next - 1)
                self.refused += 1
                return self.refuse_code
            self.envelopes.append(envelope)
            self.messages.append(email.message_from_bytes(envelope.content, policy=policy.default))
        return "250 2.0.0 OK"


class SMTPServer:
    def __init__(self) -> None:
        self.handler = RecordingHandler()
        self.port = free_port()
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)

    def start(self) -> None:
        self.controller.start()

    def stop(self) -> None:
        self.controller.stop()

    @property
    def messages(self):
        return self.handler.messages


@pytest.fixture()
def smtp_server(app, monkeypatch):
    """A running aiosmtpd server; the app's SMTP settings point at it for the test."""
    server = SMTPServer()
    server.start()
    for key, value in {"MAIL_BACKEND": "smtp", "MAIL_SERVER": "127.0.0.1", "MAIL_PORT": server.port,
                       "MAIL_USE_TLS": False, "MAIL_USE_SSL": False, "MAIL_USERNAME": None,
                       "MAIL_PASSWORD": None, "MAIL_TIMEOUT": 5, "OUTBOX_BACKOFF_SECONDS": 60}.items():
        monkeypatch.setitem(app.config, key, value)
    yield server
    server.stop()
