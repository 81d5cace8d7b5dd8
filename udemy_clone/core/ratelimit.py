"""Fixed-window counters for rate limits: in Redis when configured, in memory otherwise."""

from __future__ import annotations

import threading
import time

from udemy_clone.core.redis_client import get_redis

_memory: dict[str, tuple[int, float]] = {}
_memory_lock = threading.Lock()


def hit(key: str, *, window_seconds: int) -> tuple[int, int]:
    """Count one event for `key`; returns (count in the current window, seconds left in it)."""
    redis = get_redis()
    if redis is not None:
        full_key = f"rl:{key}"
        pipe = redis.pipeline()
        pipe.incr(full_key)
        pipe.expire(full_key, window_seconds, nx=True)
        pipe.ttl(full_key)
        count, _, ttl = pipe.execute()
        return int(count), max(1, int(ttl) if ttl and ttl > 0 else window_seconds)
    now = time.monotonic()
    with _memory_lock:
        count, reset_at = _memory.get(key, (0, now + window_seconds))
        if reset_at <= now:
            count, reset_at = 0, now + window_seconds
        count += 1
        _memory[key] = (count, reset_at)
        if len(_memory) > 100_000:  # keep the embedded default bounded
            for stale in [k for k, (_, r) in _memory.items() if r <= now]:
                _memory.pop(stale, None)
        return count, max(1, int(reset_at - now + 0.999))


def peek(key: str) -> tuple[int, int]:
    """The current count for `key` and seconds left, without counting."""
    redis = get_redis()
    if redis is not None:
        full_key = f"rl:{key}"
        pipe = redis.pipeline()
        pipe.get(full_key)
        pipe.ttl(full_key)
        value, ttl = pipe.execute()
        return int(value or 0), max(1, int(ttl) if ttl and ttl > 0 else 1)
    now = time.monotonic()
    with _memory_lock:
        count, reset_at = _memory.get(key, (0, now))
        if reset_at <= now:
            return 0, 1
        return count, max(1, int(reset_at - now + 0.999))


def clear(key: str) -> None:
    """Forget the counter for `key` (e.g. after a successful login)."""
    redis = get_redis()
    if redis is not None:
        redis.delete(f"rl:{key}")
    with _memory_lock:
        _memory.pop(key, None)


def reset_memory() -> None:
    """Forget every in-memory counter (tests)."""
    with _memory_lock:
        _memory.clear()
