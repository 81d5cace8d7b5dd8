"""Live push across processes on the real Redis: every listener hears every message, and each
(message, tab) is delivered exactly once, whichever listener wins."""

from __future__ import annotations

import asyncio
import json
import os
import queue
import subprocess
import sys
import textwrap
import threading
import time
import uuid
from pathlib import Path
from typing import IO

import pytest

from udemy_clone.notifications import push
from udemy_clone.notifications.models import NotificationPublic

ROOT = Path(__file__).resolve().parents[3]
# Listens until the test closes its stdin (at most `argv[1]` seconds): no fixed time window
# for the test to publish in, however slow the machine.
LISTENER = textwrap.dedent(
    """
    import asyncio, json, sys, threading
    from udemy_clone.notifications.push import PushListener

    async def deliver(token, message):
        print(json.dumps([message.message_id, token]), flush=True)
        return True

    async def main():
        loop = asyncio.get_running_loop()
        stop = asyncio.Event()
        threading.Thread(
            target=lambda: (sys.stdin.read(), loop.call_soon_threadsafe(stop.set)), daemon=True
        ).start()
        listener = PushListener(deliver)
        task = asyncio.create_task(listener.run())
        await listener.ready.wait()
        print("READY", flush=True)
        try:
            await asyncio.wait_for(stop.wait(), float(sys.argv[1]))
        except TimeoutError:
            pass
        task.cancel()

    asyncio.run(main())
    """
)


def _forward_lines(stream: IO[str], lines: queue.Queue[str]) -> None:
    for line in stream:
        if line.strip():
            lines.put(line)


def _note(n: int) -> NotificationPublic:
    from udemy_clone.core.db import utcnow

    return NotificationPublic(
        id=n,
        kind="sale",
        title=f"New sale {n}",
        body="",
        link="/studio",
        created_at=utcnow(),
        read=False,
    )


@pytest.mark.slow
def test_two_listener_processes_deliver_each_message_once_per_tab(redis_url):
    env = dict(os.environ, REDIS_URL=redis_url, PYTHONPATH=str(ROOT))
    listeners = [
        subprocess.Popen(
            [sys.executable, "-c", LISTENER, "60"],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    lines: queue.Queue[str] = queue.Queue()
    readers = []
    try:
        for process in listeners:
            assert process.stdout is not None
            assert process.stdout.readline().strip() == "READY"
            reader = threading.Thread(target=_forward_lines, args=(process.stdout, lines))
            reader.start()
            readers.append(reader)
        push.register_tab(user_id=42, client_token="tab-a")
        push.register_tab(user_id=42, client_token="tab-b")
        push.register_tab(user_id=7, client_token="someone-else")
        sent = [push.publish(user_id=42, notification=_note(n)).message_id for n in range(3)]
        expected = {(m, t) for m in sent for t in ("tab-a", "tab-b")}
        delivered: list[tuple[str, str]] = []
        deadline = time.monotonic() + 30
        while len(delivered) < len(expected) and time.monotonic() < deadline:
            try:
                delivered.append(tuple(json.loads(lines.get(timeout=0.5))))
            except queue.Empty:
                pass
        time.sleep(0.5)  # room for a second delivery of the same (message, tab), if one comes
        for process in listeners:
            assert process.stdin is not None
            process.stdin.close()  # the listeners stop
        for process in listeners:
            process.wait(20)
    finally:
        for process in listeners:
            process.kill()
        for reader in readers:
            reader.join(10)
    while not lines.empty():
        delivered.append(tuple(json.loads(lines.get())))
    assert sorted(delivered) == sorted(expected)  # each exactly once, none to user 7's tab


def test_in_process_transport_without_redis():
    received: list[tuple[str, str]] = []

    async def deliver(token: str, message: push.PushMessage) -> bool:
        received.append((token, message.notification["title"]))
        return True

    async def scenario() -> None:
        listener = PushListener(deliver)
        task = asyncio.create_task(listener.run())
        await asyncio.wait_for(listener.ready.wait(), 10)
        push.register_tab(user_id=5, client_token="local-tab")
        await asyncio.to_thread(push.publish, user_id=5, notification=_note(9))
        deadline = time.monotonic() + 10  # generous: the machine may be busy
        while not received and time.monotonic() < deadline:
            await asyncio.sleep(0.02)
        await asyncio.sleep(0.1)  # a duplicate delivery would show up now
        task.cancel()

    PushListener = push.PushListener  # noqa: N806
    asyncio.run(scenario())
    assert received == [("local-tab", "New sale 9")]


@pytest.mark.parametrize("connected", [False, True])
def test_tabs_that_are_not_connected_are_skipped(connected):
    # The listener logs and swallows whatever `deliver` raises, so an AssertionError raised
    # there could never fail this test: record the deliveries and assert on them here.
    delivered: list[str] = []

    async def deliver(token: str, message: push.PushMessage) -> bool:
        delivered.append(token)
        return True

    async def is_connected(token: str) -> bool:
        return connected

    push.register_tab(user_id=6, client_token="closed-tab")
    listener = push.PushListener(deliver, is_connected)
    message = push.PushMessage(uuid.uuid4().hex, 6, {"title": "x"})
    count = asyncio.run(listener.handle(message))
    if connected:  # the control case: the same tab, connected, does get it
        assert (count, delivered) == (1, ["closed-tab"])
    else:
        assert (count, delivered) == (0, [])
