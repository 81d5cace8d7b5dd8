"""Live push: a new notification reaches every open tab of its user within a moment.

Jobs publish a message per new notification: on Redis pub/sub (channel `learnly:notify`)
when REDIS_URL is set, in-process otherwise. Every web worker runs `PushListener` (a lifespan
task) and receives every message; for each open tab of the user (client tokens recorded by
the bell on mount) the first worker to win `SET NX notify:done:<message>:<token>` delivers,
so a message acts once per tab however many workers there are.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from udemy_clone.core.config import get_settings
from udemy_clone.core.log import get_logger
from udemy_clone.core.redis_client import get_redis
from udemy_clone.notifications.models import NotificationPublic

log = get_logger(__name__)

CHANNEL = "learnly:notify"
TAB_TTL_SECONDS = 24 * 3600  # a tab not seen for a day is forgotten
DONE_TTL_SECONDS = 600


@dataclass(frozen=True)
class PushMessage:
    """One notification for one user, as sent to the listeners."""

    message_id: str
    user_id: int
    notification: dict[str, Any]

    def to_json(self) -> str:
        return json.dumps(
            {
                "message_id": self.message_id,
                "user_id": self.user_id,
                "notification": self.notification,
            }
        )

    @classmethod
    def from_json(cls, raw: str | bytes) -> PushMessage:
        data = json.loads(raw)
        return cls(
            message_id=str(data["message_id"]),
            user_id=int(data["user_id"]),
            notification=dict(data["notification"]),
        )


# ---- in-process transport (no Redis) ---------------------------------------------------------

_local_lock = threading.Lock()
_local_subscribers: list[tuple[asyncio.AbstractEventLoop, asyncio.Queue[str]]] = []
_local_tabs: dict[int, dict[str, float]] = {}
_local_done: dict[str, float] = {}


def _local_publish(raw: str) -> None:
    with _local_lock:
        subscribers = list(_local_subscribers)
    for loop, queue in subscribers:
        try:
            loop.call_soon_threadsafe(queue.put_nowait, raw)
        except RuntimeError:  # the loop has closed
            pass


# ---- publishing --------------------------------------------------------------------------------


def publish(*, user_id: int, notification: NotificationPublic) -> PushMessage:
    """Tell the open tabs of `user_id` about a new notification (best effort, after commit)."""
    message = PushMessage(
        message_id=uuid.uuid4().hex,
        user_id=user_id,
        notification=notification.model_dump(mode="json"),
    )
    raw = message.to_json()
    redis = get_redis()
    try:
        if redis is not None:
            redis.publish(CHANNEL, raw)
        else:
            _local_publish(raw)
    except Exception:  # the row exists; the tab catches up on its next page load
        log.exception("push_publish_failed", user_id=user_id)
    return message


SIGNED_OUT = "signed_out"  # the `type` of a message that ends a tab's session


def publish_sign_out(*, user_id: int, reason: str) -> PushMessage:
    """Tell the open tabs of `user_id` that every session of the account ended (best effort)."""
    message = PushMessage(
        message_id=uuid.uuid4().hex,
        user_id=user_id,
        notification={"type": SIGNED_OUT, "reason": reason},
    )
    try:
        redis = get_redis()
        if redis is not None:
            redis.publish(CHANNEL, message.to_json())
        else:
            _local_publish(message.to_json())
    except Exception:  # the tab's next event or page load finds the session gone anyway
        log.exception("push_publish_failed", user_id=user_id)
    return message


def is_sign_out(message: PushMessage) -> bool:
    """True for a message that ends the tab's session rather than showing a notification."""
    return message.notification.get("type") == SIGNED_OUT


def publish_many(pairs: list[tuple[int, NotificationPublic]]) -> int:
    """Publish each (user id, notification); pipelined on Redis. Returns how many."""
    redis = get_redis()
    if redis is None:
        for user_id, notification in pairs:
            publish(user_id=user_id, notification=notification)
        return len(pairs)
    try:
        pipe = redis.pipeline(transaction=False)
        for user_id, notification in pairs:
            message = PushMessage(uuid.uuid4().hex, user_id, notification.model_dump(mode="json"))
            pipe.publish(CHANNEL, message.to_json())
        pipe.execute()
    except Exception:
        log.exception("push_publish_failed", count=len(pairs))
    return len(pairs)


# ---- the open tabs of each user ----------------------------------------------------------------


def _tabs_key(user_id: int) -> str:
    return f"notify:tabs:{user_id}"


def register_tab(*, user_id: int, client_token: str) -> None:
    """Remember that this tab (Reflex client token) shows the app to `user_id`."""
    if not client_token or user_id <= 0:
        return
    now = time.time()
    redis = get_redis()
    if redis is not None:
        key = _tabs_key(user_id)
        pipe = redis.pipeline(transaction=False)
        pipe.zadd(key, {client_token: now})
        pipe.zremrangebyscore(key, 0, now - TAB_TTL_SECONDS)
        pipe.expire(key, TAB_TTL_SECONDS)
        pipe.execute()
        return
    with _local_lock:
        tabs = _local_tabs.setdefault(user_id, {})
        tabs[client_token] = now
        for token, seen in list(tabs.items()):
            if seen < now - TAB_TTL_SECONDS:
                tabs.pop(token, None)


def forget_tab(*, user_id: int, client_token: str) -> None:
    """The tab signed out or belongs to someone else now."""
    redis = get_redis()
    if redis is not None:
        redis.zrem(_tabs_key(user_id), client_token)
        return
    with _local_lock:
        _local_tabs.get(user_id, {}).pop(client_token, None)


def tabs_of(user_id: int) -> list[str]:
    """Client tokens of the tabs recently opened by `user_id`."""
    cutoff = time.time() - TAB_TTL_SECONDS
    redis = get_redis()
    if redis is not None:
        found: list[bytes] = redis.zrangebyscore(_tabs_key(user_id), cutoff, "+inf")  # type: ignore[assignment]
        return [t.decode() for t in found]
    with _local_lock:
        return [t for t, seen in _local_tabs.get(user_id, {}).items() if seen >= cutoff]


def claim_delivery(message_id: str, client_token: str) -> bool:
    """True for exactly one caller per (message, tab), across every worker."""
    key = f"notify:done:{message_id}:{client_token}"
    redis = get_redis()
    if redis is not None:
        return bool(redis.set(key, b"1", nx=True, ex=DONE_TTL_SECONDS))
    now = time.time()
    with _local_lock:
        if key in _local_done:
            return False
        _local_done[key] = now
        if len(_local_done) > 10_000:
            for old, at in list(_local_done.items()):
                if at < now - DONE_TTL_SECONDS:
                    _local_done.pop(old, None)
        return True


# ---- the listener ------------------------------------------------------------------------------

Deliver = Callable[[str, PushMessage], Awaitable[bool]]
IsConnected = Callable[[str], Awaitable[bool]]


async def _always_connected(_token: str) -> bool:
    return True


class PushListener:
    """Receives every push message and delivers it once to each open tab of its user."""

    def __init__(self, deliver: Deliver, is_connected: IsConnected = _always_connected) -> None:
        self.deliver = deliver
        self.is_connected = is_connected
        self.ready = asyncio.Event()
        self._tasks: set[asyncio.Task[None]] = set()

    def _spawn(self, raw: str | bytes) -> None:
        task = asyncio.create_task(self._dispatch(raw))
        self._tasks.add(task)  # keep a reference until it is done
        task.add_done_callback(self._tasks.discard)

    async def handle(self, message: PushMessage) -> int:
        """Deliver to the user's connected tabs this worker wins; returns how many."""
        delivered = 0
        local = get_redis() is None  # in-process lookups are dict reads: no thread needed
        tokens = (
            tabs_of(message.user_id) if local else await asyncio.to_thread(tabs_of, message.user_id)
        )
        for token in tokens:
            try:
                if not await self.is_connected(token):
                    continue
                won = (
                    claim_delivery(message.message_id, token)
                    if local
                    else await asyncio.to_thread(claim_delivery, message.message_id, token)
                )
                if won and await self.deliver(token, message):
                    delivered += 1
            except Exception:
                log.exception("push_delivery_failed", user_id=message.user_id)
        return delivered

    async def run(self) -> None:
        """Listen until cancelled (reconnecting to Redis after an outage)."""
        while True:
            try:
                if get_redis() is not None:
                    await self._run_redis()
                else:
                    await self._run_local()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("push_listener_failed")
                self.ready.clear()
                await asyncio.sleep(2)

    async def _dispatch(self, raw: str | bytes) -> None:
        try:
            message = PushMessage.from_json(raw)
        except (ValueError, KeyError, TypeError):
            log.warning("push_message_invalid")
            return
        await self.handle(message)

    async def _run_redis(self) -> None:
        from redis.asyncio import Redis as AsyncRedis

        client = AsyncRedis.from_url(str(get_settings().redis_url))
        pubsub = client.pubsub()
        try:
            await pubsub.subscribe(CHANNEL)
            self.ready.set()
            while True:
                item = await pubsub.get_message(ignore_subscribe_messages=True, timeout=5.0)
                if item is not None and item.get("type") == "message":
                    self._spawn(item["data"])
        finally:
            self.ready.clear()
            await pubsub.aclose()
            await client.aclose()

    async def _run_local(self) -> None:
        queue: asyncio.Queue[str] = asyncio.Queue()
        entry = (asyncio.get_running_loop(), queue)
        with _local_lock:
            _local_subscribers.append(entry)
        self.ready.set()
        try:
            while True:
                raw = await queue.get()
                self._spawn(raw)
        finally:
            self.ready.clear()
            with _local_lock:
                _local_subscribers.remove(entry)
