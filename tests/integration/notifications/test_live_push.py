"""Live push across processes on the real Redis: every listener hears every message, and each
(message, tab) is delivered exactly once, whichever listener wins."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from udemy_clone.notifications import push
from udemy_clone.notifications.models import NotificationPublic

ROOT = Path(__file__).resolve().parents[3]
LISTENER = textwrap.dedent(
    """
    import asyncio, json, sys
    from udemy_clone.notifications.push import PushListener

    async def deliver(token, message):
        print(json.dumps([message.message_id, token]), flush=True)
        return True

    async def main():
        listener = PushListener(deliver)
        task = asyncio.create_task(listener.run())
        await listener.ready.wait()
        print("READY", flush=True)
        await asyncio.sleep(float(sys.argv[1]))
        task.cancel()

    asyncio.run(main())
    """
)


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


def test_two_listener_processes_deliver_each_message_once_per_tab(redis_url):
    env = dict(os.environ, REDIS_URL=redis_url, PYTHONPATH=str(ROOT))
    listeners = [
        subprocess.Popen(
            [sys.executable, "-c", LISTENER, "3"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    try:
        for process in listeners:
            assert process.stdout is not None
            assert process.stdout.readline().strip() == "READY"
        push.register_tab(user_id=42, client_token="tab-a")
        push.register_tab(user_id=42, client_token="tab-b")
        push.register_tab(user_id=7, client_token="someone-else")
        sent = [push.publish(user_id=42, notification=_note(n)).message_id for n in range(3)]
        outputs = [p.communicate(timeout=20)[0] for p in listeners]
    finally:
        for process in listeners:
            process.kill()
    delivered = [tuple(json.loads(line)) for out in outputs for line in out.splitlines()]
    expected = {(m, t) for m in sent for t in ("tab-a", "tab-b")}
    assert sorted(delivered) == sorted(expected)  # each exactly once, none to user 7's tab


def test_in_process_transport_without_redis():
    received: list[tuple[str, str]] = []

    async def deliver(token: str, message: push.PushMessage) -> bool:
        received.append((token, message.notification["title"]))
        return True

    async def scenario() -> None:
        listener = PushListener(deliver)
        task = asyncio.create_task(listener.run())
        await asyncio.wait_for(listener.ready.wait(), 2)
        push.register_tab(user_id=5, client_token="local-tab")
        await asyncio.to_thread(push.publish, user_id=5, notification=_note(9))
        for _ in range(50):
            if received:
                break
            await asyncio.sleep(0.02)
        task.cancel()

    PushListener = push.PushListener  # noqa: N806
    asyncio.run(scenario())
    assert received == [("local-tab", "New sale 9")]


@pytest.mark.parametrize("connected", [False])
def test_tabs_that_are_not_connected_are_skipped(connected):
    async def deliver(token: str, message: push.PushMessage) -> bool:
        raise AssertionError("must not deliver")

    async def is_connected(token: str) -> bool:
        return connected

    push.register_tab(user_id=6, client_token="closed-tab")
    listener = push.PushListener(deliver, is_connected)
    message = push.PushMessage("m1", 6, {"title": "x"})
    assert asyncio.run(listener.handle(message)) == 0
