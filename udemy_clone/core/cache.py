"""Read-through caches: JSON values in Redis (`cached_json`, without Redis every call goes to the
source), and versioned response bodies (`cached_body`) in Redis or, without it, in memory."""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from email.utils import formatdate
from functools import cached_property
from typing import Any, TypeVar

from udemy_clone.core.log import get_logger
from udemy_clone.core.redis_client import get_redis

T = TypeVar("T")
log = get_logger(__name__)


def cached_json(key: str, ttl_seconds: int, load: Callable[[], T]) -> T:
    """The value under `key`, loading and storing it on a miss (JSON-serialisable values)."""
    redis = get_redis()
    if redis is None:
        return load()
    try:
        raw = redis.get(f"cache:{key}")
        if raw is not None:
            return json.loads(raw)  # type: ignore[no-any-return, arg-type]
    except Exception as exc:  # a cache outage must not take the page down
        log.warning("cache_read_failed", key=key, error=str(exc))
        return load()
    value = load()
    try:
        redis.set(f"cache:{key}", json.dumps(value, default=str), ex=ttl_seconds)
    except Exception as exc:
        log.warning("cache_write_failed", key=key, error=str(exc))
    return value


def invalidate(*keys: str) -> None:
    """Drop cached values; call after the change they depend on has committed."""
    redis = get_redis()
    if redis is None or not keys:
        return
    try:
        redis.delete(*[f"cache:{k}" for k in keys])
    except Exception as exc:
        log.warning("cache_invalidate_failed", keys=keys, error=str(exc))


def invalidate_prefix(prefix: str) -> None:
    """Drop every cached value whose key starts with `prefix`."""
    redis = get_redis()
    if redis is None:
        return
    try:
        batch: list[Any] = []
        for key in redis.scan_iter(match=f"cache:{prefix}*", count=500):
            batch.append(key)
            if len(batch) >= 500:
                redis.delete(*batch)
                batch.clear()
        if batch:
            redis.delete(*batch)
    except Exception as exc:
        log.warning("cache_invalidate_failed", prefix=prefix, error=str(exc))


# ---- versioned bodies: generation numbers in the key, Redis when configured, memory otherwise --
#
# A reader looks up an entry together with the current numbers of the generations it depends on
# (one Redis round trip: MGET). A change bumps those numbers after it commits, so the next read
# misses and rebuilds: an edit is visible right after it is saved, nothing is scanned or deleted.
# A reader that loaded before a commit stores its body under the numbers it read first, which no
# longer match: a stale body is never served.

MEMORY_MAX_ENTRIES = 4096


@dataclass(frozen=True)
class CachedBody:
    """A JSON document as served, with its validators."""

    body: bytes
    etag: str  # strong validator, quoted: '"<hash>"'
    last_modified: float  # unix seconds

    @cached_property
    def last_modified_http(self) -> str:
        """Last-Modified as HTTP writes it (formatted once per cached body)."""
        return formatdate(self.last_modified, usegmt=True)

    @classmethod
    def of(cls, body: bytes, last_modified: float | None = None) -> CachedBody:
        digest = hashlib.blake2b(body, digest_size=12).hexdigest()
        # Milliseconds, as Redis keeps them: an entry reads back equal to what was stored.
        modified = round(last_modified or time.time(), 3)
        return cls(body=body, etag=f'"{digest}"', last_modified=modified)


_memory_lock = threading.Lock()
_memory_generations: dict[str, int] = {}
_memory_bodies: OrderedDict[str, tuple[tuple[int, ...], float, CachedBody]] = OrderedDict()


def reset_memory() -> None:
    """Forget every in-memory generation and body (tests; ids repeat across rolled-back tests)."""
    with _memory_lock:
        _memory_generations.clear()
        _memory_bodies.clear()


def bump_generation(*names: str) -> None:
    """Make every body depending on these generations stale (call after the change committed)."""
    if not names:
        return
    redis = get_redis()
    if redis is None:
        with _memory_lock:
            for name in names:
                _memory_generations[name] = _memory_generations.get(name, 0) + 1
        return
    try:
        pipe = redis.pipeline(transaction=False)
        for name in names:
            pipe.incr(f"gen:{name}")
        pipe.execute()
    except Exception as exc:
        log.warning("cache_generation_bump_failed", names=names, error=str(exc))


def lookup_body(key: str, generations: Sequence[str]) -> tuple[CachedBody | None, tuple[int, ...]]:
    """The body under `key` if it was stored at the current generations, and those numbers.

    Never loads anything: safe to call on the event loop (a dict read, or one Redis MGET).
    """
    redis = get_redis()
    if redis is None:
        # Plain dict reads are atomic: no lock on the hot path (eviction is oldest-stored first).
        current = tuple(_memory_generations.get(name, 0) for name in generations)
        found = _memory_bodies.get(key)
        if found is not None and found[0] == current and found[1] > time.monotonic():
            return found[2], current
        return None, current
    try:
        values: Any = redis.mget([f"gen:{name}" for name in generations] + [f"body:{key}"])
    except Exception as exc:  # a cache outage must not take the page down
        log.warning("cache_read_failed", key=key, error=str(exc))
        return None, ()
    current = tuple(int(v or 0) for v in values[:-1])
    raw = values[-1]
    if raw is None:
        return None, current
    try:
        stamp, etag, modified, body = bytes(raw).split(b"\n", 3)
    except ValueError:
        return None, current
    if stamp.decode() != _stamp(current):
        return None, current
    return CachedBody(body=body, etag=etag.decode(), last_modified=float(modified)), current


def store_body(
    key: str, generations: tuple[int, ...], value: CachedBody, *, ttl_seconds: int
) -> None:
    """Keep `value` under `key`, valid while the generations are still these numbers."""
    redis = get_redis()
    if redis is None:
        with _memory_lock:
            _memory_bodies[key] = (generations, time.monotonic() + ttl_seconds, value)
            _memory_bodies.move_to_end(key)
            while len(_memory_bodies) > MEMORY_MAX_ENTRIES:
                _memory_bodies.popitem(last=False)
        return
    if not generations:
        return  # the lookup failed: Redis is not answering, do not write either
    header = f"{_stamp(generations)}\n{value.etag}\n{value.last_modified:.3f}\n".encode()
    try:
        redis.set(f"body:{key}", header + value.body, ex=ttl_seconds)
    except Exception as exc:
        log.warning("cache_write_failed", key=key, error=str(exc))


def cached_body(
    key: str,
    *,
    generations: Sequence[str],
    ttl_seconds: int,
    load: Callable[[], bytes],
) -> CachedBody:
    """The body under `key` at the current generations, built by `load` on a miss."""
    found, current = lookup_body(key, generations)
    if found is not None:
        return found
    value = CachedBody.of(load())
    store_body(key, current, value, ttl_seconds=ttl_seconds)
    return value


def _stamp(generations: tuple[int, ...]) -> str:
    return ".".join(str(n) for n in generations) or "-"
