"""Helpers of the notification tests: jobs recorded instead of run, an SMTP server, events."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

import pytest

from tests.conftest import reload_settings
from tests.support.net import free_port


@dataclass
class RecordedJobs:
    calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = field(default_factory=list)

    def names(self) -> list[str]:
        return [name for name, _args, _kwargs in self.calls]

    def args_of(self, name: str) -> list[tuple[Any, ...]]:
        return [args for n, args, _kwargs in self.calls if n == name]


@pytest.fixture
def jobs(monkeypatch: pytest.MonkeyPatch) -> RecordedJobs:
    """Jobs the notification handlers enqueue are recorded, not run (tests run them)."""
    from udemy_clone.core import queue

    recorded = RecordedJobs()

    def fake_enqueue(func: Any, *args: Any, **kwargs: Any) -> str:
        recorded.calls.append((queue.func_path(func).rsplit(":", 1)[-1], args, kwargs))
        return f"recorded-{len(recorded.calls)}"

    monkeypatch.setattr("udemy_clone.notifications.tasks.queue.enqueue", fake_enqueue)
    return recorded


class MailSink:
    """What a real SMTP server (aiosmtpd) received, parsed back into messages."""

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []
        self.envelopes: list[tuple[str, list[str]]] = []
        self.refuse_next = 0  # answer this many DATA commands with 451
        self.lock = threading.Lock()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        with self.lock:
            if self.refuse_next > 0:
                self.refuse_next -= 1
                return "451 4.3.0 Try again later"
            parsed = message_from_bytes(envelope.content, policy=policy.default)
            assert isinstance(parsed, EmailMessage)
            self.messages.append(parsed)
            self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        return "250 OK"


@dataclass
class SmtpServer:
    host: str
    port: int
    sink: MailSink


@pytest.fixture
def smtp_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[SmtpServer]:
    """A real SMTP server on a free loopback port; settings point at it (no TLS, no login)."""
    from aiosmtpd.controller import Controller

    sink = MailSink()
    port = free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    monkeypatch.setenv("SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("SMTP_PORT", str(port))
    monkeypatch.setenv("SMTP_STARTTLS", "false")
    monkeypatch.setenv("MAIL_FROM", "Learnly <no-reply@learnly.test>")
    reload_settings()
    try:
        yield SmtpServer("127.0.0.1", port, sink)
    finally:
        controller.stop()
        for name in ("SMTP_HOST", "SMTP_PORT", "SMTP_STARTTLS", "MAIL_FROM"):
            monkeypatch.delenv(name, raising=False)
        reload_settings()


class DroppingServer:
    """An SMTP 'server' that accepts the TCP connection and closes it at once."""

    def __init__(self) -> None:
        self.port = free_port()
        self.connections = 0
        self._sock = socket.socket()
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", self.port))
        self._sock.listen(16)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        self._sock.settimeout(0.2)
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self._stop.set()
        self._sock.close()
        self._thread.join(2)


@pytest.fixture
def dropping_smtp(monkeypatch: pytest.MonkeyPatch) -> Iterator[DroppingServer]:
    server = DroppingServer()
    monkeypatch.setenv("SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("SMTP_PORT", str(server.port))
    monkeypatch.setenv("SMTP_STARTTLS", "false")
    reload_settings()
    try:
        yield server
    finally:
        server.close()
        for name in ("SMTP_HOST", "SMTP_PORT", "SMTP_STARTTLS"):
            monkeypatch.delenv(name, raising=False)
        reload_settings()
