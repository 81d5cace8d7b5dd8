"""Telling every web process, over Redis pub/sub, to drop what it keeps in memory, and waiting
until each has.

A process cache (signed-in principals, copies of cached catalogue bodies) may answer from memory
only while it is sure to hear of every change. Each process runs one listener thread per channel:

- the listener subscribes, and only once Redis has confirmed the subscription does it empty the
  cache (whatever was missed before) and declare the process `listening`;
- a change, after it has committed, is `publish`ed; every subscribed listener applies it
  (`on_message`) and acknowledges on the list named in the message; the publisher waits, at most
  `ACK_TIMEOUT_SECONDS`, for as many acknowledgements as Redis counted subscribers, so the
  answer to the request that made the change is sent only when no process serves the old data;
- a listener that loses its connection stops being `listening` and empties the cache
  (`on_reset`) before trusting it again.

Without Redis there is a single web process (the embedded defaults): nothing is published and
nothing is `listening`.
"""

from __future__ import annotations

import json
import os
import threading
import time
import uuid
from collections.abc import Callable
from typing import Any

from udemy_clone.core.config import get_settings
from udemy_clone.core.log import get_logger
from udemy_clone.core.redis_client import get_redis

ACK_TIMEOUT_SECONDS = 1.0
ACK_KEY_TTL_SECONDS = 30
log = get_logger(__name__)


class InvalidationChannel:
    """One Redis channel of invalidations, with this process's listener on it."""

    def __init__(
        self,
        channel: str,
        *,
        on_message: Callable[[dict[str, Any]], None],
        on_reset: Callable[[], None],
    ) -> None:
        self.channel = channel
        self.on_message = on_message
        self.on_reset = on_reset
        self._lock = threading.Lock()
        self._listener: _Listener | None = None

    def listening(self) -> bool:
        """Whether this process hears every invalidation right now (starts the listener)."""
        listener = self._listener
        if listener is None or not listener.running():
            url = get_settings().redis_url
            if not url:
                return False
            with self._lock:
                if self._listener is None or not self._listener.running():
                    self._listener = _Listener(self, url)
                listener = self._listener
        return listener.subscribed.is_set()

    def publish(self, payload: dict[str, Any]) -> None:
        """Send `payload` to every process's listener and wait until each has applied it.

        Call after the change has committed. A listener that does not answer in time is logged;
        one that missed the message because it was disconnected empties its cache on reconnect.
        """
        redis = get_redis()
        if redis is None:
            return
        ack_key = f"{self.channel}:ack:{uuid.uuid4().hex}"
        try:
            listeners: Any = redis.publish(self.channel, json.dumps({**payload, "ack": ack_key}))
            deadline = time.monotonic() + ACK_TIMEOUT_SECONDS
            for _ in range(int(listeners)):
                left = deadline - time.monotonic()
                if left <= 0 or redis.blpop([ack_key], timeout=left) is None:
                    log.warning("invalidation_unacknowledged", channel=self.channel)
                    break
            redis.delete(ack_key)
        except Exception as exc:
            log.warning("invalidation_publish_failed", channel=self.channel, error=str(exc))


class _Listener:
    """The thread that applies a channel's messages in this process (one per process)."""

    def __init__(self, channel: InvalidationChannel, url: str) -> None:
        self.channel = channel
        self.pid = os.getpid()
        self.url = url
        self.subscribed = threading.Event()
        self.thread = threading.Thread(
            target=self._run, name=f"invalidation:{channel.channel}", daemon=True
        )
        self.thread.start()

    def current(self) -> bool:
        """Still this process's listener for the configured Redis (not a forked parent's)."""
        return get_settings().redis_url == self.url and os.getpid() == self.pid

    def running(self) -> bool:
        """Current, and its thread still at work (it ends when the settings change)."""
        return self.current() and self.thread.is_alive()

    def _run(self) -> None:
        while self.current():
            try:
                self._listen()
            except Exception as exc:
                log.warning(
                    "invalidation_listener_failed", channel=self.channel.channel, error=str(exc)
                )
            self.subscribed.clear()
            self.channel.on_reset()  # whatever was missed while disconnected
            time.sleep(0.5)

    def _listen(self) -> None:
        redis = get_redis()
        if redis is None:
            time.sleep(1)
            return
        pubsub = redis.pubsub()
        try:
            pubsub.subscribe(self.channel.channel)
            confirmed: Any = None
            while confirmed is None or confirmed.get("type") != "subscribe":
                if not self.current():
                    return
                confirmed = pubsub.get_message(timeout=1.0)
            self.channel.on_reset()
            self.subscribed.set()
            while self.current():
                message: Any = pubsub.get_message(timeout=1.0)
                if message is None or message.get("type") != "message":
                    continue
                payload = json.loads(message["data"])
                self.channel.on_message(payload)
                redis.rpush(payload["ack"], "1")
                redis.expire(payload["ack"], ACK_KEY_TTL_SECONDS)
        finally:
            self.subscribed.clear()
            pubsub.close()
