"""Closing or deactivating an account ends its sessions everywhere: the change writes a
SessionsEnded event in its own transaction, and its handler pushes a sign-out message to the
account's open tabs (through the same listener as live notifications)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import pytest
from sqlmodel import col, select

from tests.support.factories import DEFAULT_PASSWORD, make_user
from udemy_clone.auth import service as auth_service
from udemy_clone.auth.events import SessionsEnded
from udemy_clone.core import db as core_db
from udemy_clone.core.errors import InvalidInput
from udemy_clone.core.models import OutboxEvent
from udemy_clone.notifications import push, tasks


def _sessions_ended(user_id: int) -> list[dict]:
    with core_db.read_session() as session:
        rows = session.exec(
            select(OutboxEvent).where(col(OutboxEvent.topic) == SessionsEnded.topic)
        ).all()
    return [r.payload for r in rows if r.payload.get("user_id") == user_id]


def _pushed_to_open_tab(user_id: int, action: Callable[[], None]) -> list[push.PushMessage]:
    """Run `action` while a tab of `user_id` is open; the messages that tab received."""
    received: list[push.PushMessage] = []

    async def main() -> None:
        async def deliver(_token: str, message: push.PushMessage) -> bool:
            received.append(message)
            return True

        listener = push.PushListener(deliver)
        task = asyncio.create_task(listener.run())
        await listener.ready.wait()
        push.register_tab(user_id=user_id, client_token=f"tab-of-{user_id}")
        await asyncio.to_thread(action)
        for _ in range(100):
            if received:
                break
            await asyncio.sleep(0.05)
        task.cancel()

    asyncio.run(main())
    return received


def test_closing_an_account_signs_out_its_open_tabs(db) -> None:
    user = make_user(full_name="Tab Keeper")
    with core_db.transaction() as session:
        auth_service.close_account(session=session, user_id=int(user.id), password=DEFAULT_PASSWORD)
    [event] = _sessions_ended(int(user.id))
    assert event["reason"] == "closed"

    def handle() -> None:
        tasks.on_sessions_ended(SessionsEnded(user_id=int(user.id), reason="closed"), event_id=1)

    [message] = _pushed_to_open_tab(int(user.id), handle)
    assert push.is_sign_out(message) and message.user_id == int(user.id)
    assert message.notification == {"type": "signed_out", "reason": "closed"}


def test_deactivation_ends_sessions_and_reactivation_does_not(db) -> None:
    admin = make_user(role="admin")
    user = make_user()
    with core_db.transaction() as session:
        auth_service.set_active(
            session=session,
            actor_id=int(admin.id),
            actor_roles=["admin"],
            user_id=int(user.id),
            active=False,
        )
    assert [e["reason"] for e in _sessions_ended(int(user.id))] == ["deactivated"]
    with core_db.transaction() as session:
        auth_service.set_active(
            session=session,
            actor_id=int(admin.id),
            actor_roles=["admin"],
            user_id=int(user.id),
            active=True,
        )
    assert len(_sessions_ended(int(user.id))) == 1


def test_a_wrong_password_closes_nothing_and_signs_out_no_one(db) -> None:
    user = make_user()
    with pytest.raises(InvalidInput), core_db.transaction() as session:
        auth_service.close_account(session=session, user_id=int(user.id), password="wrong")
    assert _sessions_ended(int(user.id)) == []
