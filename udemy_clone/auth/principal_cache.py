"""A short-lived in-process cache of signed-in users (the account and its roles).

Every request with a bearer token needs the caller's account and roles. Looking them up costs two
queries and a hop to a worker thread; this cache answers from memory for `TTL_SECONDS`, and is
emptied for a user *at once* when their roles, active flag or profile change:

- in the process that made the change, right after it commits;
- with Redis, in every other process too: the change is published on `CHANNEL`, each process's
  listener thread drops the user and acknowledges, and the publisher waits (at most
  `ACK_TIMEOUT_SECONDS`) until every listener has, so the answer to the admin's request is sent
  only when no process will serve the old roles any more. A process whose listener is not
  connected does not use its cache at all.

Without Redis there is a single web process (the embedded defaults), so the first rule is enough.
"""

from __future__ import annotations

import json
import os
import threading
import time
import uuid
from dataclasses import dataclass
from typing import Any

from udemy_clone.auth.models import User
from udemy_clone.core import db
from udemy_clone.core.config import get_settings
from udemy_clone.core.log import get_logger
from udemy_clone.core.redis_client import get_redis

TTL_SECONDS = 30.0
MAX_ENTRIES = 10_000
CHANNEL = "auth:principal-changed"
ACK_TIMEOUT_SECONDS = 1.0
log = get_logger(__name__)


@dataclass(frozen=True)
class CachedPrincipal:
    """An account as of its last lookup (detached from any session: read it, never change it)."""

    user: User
    roles: tuple[str, ...]
    public_json: bytes  # what GET /me answers


_lock = threading.Lock()
_entries: dict[int, tuple[float, CachedPrincipal]] = {}
# Bumped by every invalidation: a lookup that began before one must not store its result.
_epoch = 0
_listener: _Listener | None = None


def epoch() -> int:
    """The invalidation counter; pass it to `store` to drop results loaded before a change."""
    return _epoch


def lookup(user_id: int) -> CachedPrincipal | None:
    """The cached principal, or None (expired, unknown, or no way to hear of changes)."""
    if get_settings().redis_url and not _ensure_listener():
        return None
    found = _entries.get(user_id)
    if found is None or found[0] < time.monotonic():
        return None
    return found[1]


def store(user_id: int, principal: CachedPrincipal, *, loaded_at_epoch: int) -> None:
    """Keep a principal loaded from the database, unless something changed since it was read."""
    with _lock:
        if loaded_at_epoch != _epoch:
            return
        if len(_entries) >= MAX_ENTRIES:
            _entries.clear()
        _entries[user_id] = (time.monotonic() + TTL_SECONDS, principal)


def _drop(user_ids: list[int] | None) -> None:
    global _epoch
    with _lock:
        _epoch += 1
        if user_ids is None:
            _entries.clear()
        else:
            for user_id in user_ids:
                _entries.pop(user_id, None)


def reset() -> None:
    """Forget everything (tests: ids repeat across rolled-back tests)."""
    _drop(None)


def forget(user_id: int) -> None:
    """The user's roles, state or profile changed (call after commit): every process drops them."""
    _drop([user_id])
    redis = get_redis()
    if redis is None:
        return
    ack_key = f"auth:ack:{uuid.uuid4().hex}"
    try:
        message = json.dumps({"user_id": user_id, "ack": ack_key})
        listeners: Any = redis.publish(CHANNEL, message)
        deadline = time.monotonic() + ACK_TIMEOUT_SECONDS
        for _ in range(int(listeners)):
            left = deadline - time.monotonic()
            if left <= 0 or redis.blpop([ack_key], timeout=left) is None:
                log.warning("principal_invalidation_unacknowledged", user_id=user_id)
                break
        redis.delete(ack_key)
    except Exception as exc:  # listeners that missed it stop trusting their cache on reconnect
        log.warning("principal_invalidation_failed", user_id=user_id, error=str(exc))


# ---- the listener thread (one per process, with Redis) -----------------------------------------


class _Listener:
    def __init__(self, url: str) -> None:
        self.pid = os.getpid()
        self.url = url
        self.connected = threading.Event()
        self.thread = threading.Thread(target=self._run, name="principal-cache", daemon=True)
        self.thread.start()

    def current(self) -> bool:
        return get_settings().redis_url == self.url and os.getpid() == self.pid

    def _run(self) -> None:
        while self.current():
            try:
                self._listen()
            except Exception as exc:
                log.warning("principal_listener_failed", error=str(exc))
            self.connected.clear()
            _drop(None)  # whatever was missed while disconnected
            time.sleep(0.5)

    def _listen(self) -> None:
        redis = get_redis()
        if redis is None:
            time.sleep(1)
            return
        pubsub = redis.pubsub()
        try:
            pubsub.subscribe(CHANNEL)
            # Wait for the subscription to be confirmed before trusting the cache.
            confirmed: Any = None
            while confirmed is None or confirmed.get("type") != "subscribe":
                if not self.current():
                    return
                confirmed = pubsub.get_message(timeout=1.0)
            _drop(None)
            self.connected.set()
            while self.current():
                message: Any = pubsub.get_message(timeout=1.0)
                if message is None or message.get("type") != "message":
                    continue
                payload = json.loads(message["data"])
                _drop([int(payload["user_id"])])
                redis.rpush(payload["ack"], "1")
                redis.expire(payload["ack"], 30)
        finally:
            pubsub.close()


def _ensure_listener() -> bool:
    """Start this process's listener if needed; whether it is subscribed right now."""
    global _listener
    listener = _listener
    if listener is None or not listener.current():
        with _lock:
            if _listener is None or not _listener.current():
                _listener = _Listener(get_settings().redis_url or "")
            listener = _listener
    return listener.connected.is_set()


def forget_after_commit(session: Any, user_id: int) -> None:
    """Once `session` commits, no process keeps serving the user's old roles, state or profile."""
    db.after_commit(session, lambda: forget(user_id))
