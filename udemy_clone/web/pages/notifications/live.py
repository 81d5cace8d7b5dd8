"""The web worker's side of live push: a lifespan task that changes open tabs' state.

`live_push_listener` is registered with `app.register_lifespan_task`; for each message it wins
(see push.PushListener) it updates the tab's bell through `app.modify_state` and sends a toast.
"""

from __future__ import annotations

import asyncio
from typing import Any

import reflex as rx
from reflex.state import StateUpdate
from reflex_base.event import Event

from udemy_clone.core.log import get_logger
from udemy_clone.notifications import push
from udemy_clone.web.kit import routes
from udemy_clone.web.kit.state import AuthState
from udemy_clone.web.pages.notifications.state import NotificationBellState, load_bell

log = get_logger(__name__)


def _toast(message: push.PushMessage) -> Any:
    note = message.notification
    link = str(note.get("link") or routes.NOTIFICATIONS)
    return rx.toast.info(
        str(note.get("title", "")),
        description=str(note.get("body", ""))[:200],
        duration=6000,
        close_button=True,
        id=f"notification-{note.get('id')}",
        action={"label": "Open", "onClick": rx.redirect(link)},
    )


SIGNED_OUT_MESSAGES = {
    "closed": "You were signed out: this account has been closed.",
    "deactivated": "You were signed out: an administrator deactivated this account.",
}


async def sign_out_tab(app: Any, token: str, message: push.PushMessage) -> bool:
    """The account's sessions ended elsewhere: this tab forgets who was signed in, goes home
    and says why (without waiting for its next page load)."""
    async with app.modify_state(rx.BaseStateToken(ident=token, cls=AuthState)) as state:
        auth = await state.get_state(AuthState)
        if auth.user_id != message.user_id:
            await asyncio.to_thread(push.forget_tab, user_id=message.user_id, client_token=token)
            return False
        auth._clear()
        bell = await state.get_state(NotificationBellState)
        bell.unread, bell.latest = 0, []
    await asyncio.to_thread(push.forget_tab, user_id=message.user_id, client_token=token)
    reason = str(message.notification.get("reason", ""))
    text = SIGNED_OUT_MESSAGES.get(reason, "You were signed out.")
    events = Event.from_event_type(
        [rx.redirect(routes.HOME), rx.toast.warning(text, duration=10_000, id="signed-out")]
    )
    await app.event_namespace.emit_update(StateUpdate(events=events), token=token)
    return True


async def deliver_to_tab(app: Any, token: str, message: push.PushMessage) -> bool:
    """Refresh the tab's bell and show a toast; False when the tab is someone else's now."""
    if push.is_sign_out(message):
        return await sign_out_tab(app, token, message)
    count, latest = await asyncio.to_thread(load_bell, message.user_id)
    async with app.modify_state(rx.BaseStateToken(ident=token, cls=NotificationBellState)) as state:
        auth = await state.get_state(AuthState)
        if auth.user_id != message.user_id:
            await asyncio.to_thread(push.forget_tab, user_id=message.user_id, client_token=token)
            return False
        bell = await state.get_state(NotificationBellState)
        bell.unread, bell.latest = count, latest
    try:
        events = Event.from_event_type([_toast(message)])
    except Exception:  # an action the toast cannot carry: plain toast
        note = message.notification
        events = Event.from_event_type(
            [rx.toast.info(str(note.get("title", "")), description=str(note.get("body", "")))]
        )
    await app.event_namespace.emit_update(StateUpdate(events=events), token=token)
    return True


async def live_push_listener(app: Any) -> None:
    """Lifespan task: deliver live notifications to this app's open tabs until shutdown."""

    async def deliver(token: str, message: push.PushMessage) -> bool:
        return await deliver_to_tab(app, token, message)

    async def is_connected(token: str) -> bool:
        namespace = getattr(app, "event_namespace", None)
        manager = getattr(namespace, "_token_manager", None)
        if manager is None:
            return False
        return bool(await manager.is_token_connected(token))

    listener = push.PushListener(deliver, is_connected)
    log.info("live_push_listener_started")
    await listener.run()
