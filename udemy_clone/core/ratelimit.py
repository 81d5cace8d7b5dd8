"""Fixed-window counters for rate limits: in Redis when configured, in memory otherwise."""

from __future__ import annotations

import threading
import time
from typing import Any

from udemy_clone.core.redis_client import get_redis

_memory: dict[str, tuple[int, float]] = {}
_locks: dict[str, float] = {}  # key -> monotonic time the lock ends
_memory_lock = threading.Lock()
# key -> (monotonic end of the window, next count to hand out, last count reserved)
_blocks: dict[str, tuple[float, int, int]] = {}


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


def hit_in_blocks(key: str, *, window_seconds: int, block: int) -> tuple[int, int]:
    """Like `hit`, but with Redis this process reserves `block` counts at once and hands them
    out from memory: one round trip per `block` events instead of one per event.

    Counts handed out are exact for this process; a process's unused reserve still counts for
    the others, so a limit may bite up to `block - 1` events early per process, never late.
    For budgets where that is acceptable (the gateway's per-IP request budget), not for
    sign-in throttling.
    """
    redis = get_redis()
    if redis is None or block <= 1:
        return hit(key, window_seconds=window_seconds)
    now = time.monotonic()
    with _memory_lock:
        found = _blocks.get(key)
        if found is not None and found[0] > now and found[1] <= found[2]:
            _blocks[key] = (found[0], found[1] + 1, found[2])
            return found[1], max(1, int(found[0] - now + 0.999))
    full_key = f"rl:{key}"
    pipe = redis.pipeline()
    pipe.incrby(full_key, block)
    pipe.expire(full_key, window_seconds, nx=True)
    pipe.ttl(full_key)
    total, _, ttl = pipe.execute()
    left = int(ttl) if ttl and ttl > 0 else window_seconds
    first = int(total) - block + 1
    with _memory_lock:
        if len(_blocks) > 100_000:  # bounded: forget ended windows
            for stale in [k for k, (end, _, _) in _blocks.items() if end <= now]:
                _blocks.pop(stale, None)
        _blocks[key] = (now + left, first + 1, int(total))
    return first, max(1, left)


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


def undo(key: str) -> None:
    """Take back one event counted by `hit` (an attempt that turned out not to be a failure)."""
    redis = get_redis()
    if redis is not None:
        full_key = f"rl:{key}"
        # Only an existing counter is decremented, so an expired one is not recreated at -1.
        redis.eval(
            "if redis.call('GET', KEYS[1]) then return redis.call('DECR', KEYS[1]) end return 0",
            1,
            full_key,
        )
        return
    with _memory_lock:
        count, reset_at = _memory.get(key, (0, 0.0))
        if count > 0:
            _memory[key] = (count - 1, reset_at)


def try_lock(key: str, *, seconds: int) -> bool:
    """Take the lock `key` for `seconds` unless someone holds it (atomic: SET NX EX)."""
    redis = get_redis()
    if redis is not None:
        return bool(redis.set(f"rl:lock:{key}", 1, nx=True, ex=max(1, seconds)))
    now = time.monotonic()
    with _memory_lock:
        if _locks.get(key, 0.0) > now:
            return False
        _locks[key] = now + max(1, seconds)
        return True


def lock(key: str, *, seconds: int) -> None:
    """Hold the lock `key` for `seconds` from now, replacing any shorter or longer hold."""
    redis = get_redis()
    if redis is not None:
        redis.set(f"rl:lock:{key}", 1, ex=max(1, seconds))
        return
    with _memory_lock:
        _locks[key] = time.monotonic() + max(1, seconds)
        if len(_locks) > 100_000:
            now = time.monotonic()
            for stale in [k for k, until in _locks.items() if until <= now]:
                _locks.pop(stale, None)


def lock_ttl(key: str) -> int:
    """Seconds until the lock `key` ends (0 when it is not held)."""
    redis = get_redis()
    if redis is not None:
        ttl: Any = redis.ttl(f"rl:lock:{key}")
        return max(0, int(ttl or 0))
    with _memory_lock:
        left = _locks.get(key, 0.0) - time.monotonic()
        return max(0, int(left + 0.999)) if left > 0 else 0


def clear(key: str) -> None:
    """Forget the counter and the lock of `key` (e.g. after a successful login)."""
    redis = get_redis()
    if redis is not None:
        redis.delete(f"rl:{key}", f"rl:lock:{key}")
    with _memory_lock:
        _memory.pop(key, None)
        _locks.pop(key, None)
        _blocks.pop(key, None)


def reset_memory() -> None:
    """Forget every in-memory counter and lock (tests)."""
    with _memory_lock:
        _memory.clear()
        _locks.clear()
        _blocks.clear()
