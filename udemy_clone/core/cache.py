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

from udemy_clone.core.invalidation_channel import InvalidationChannel
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
#
# With Redis, each process also keeps a copy of the bodies it read or stored, so a hit costs no
# round trip. The copy is checked against this process's own counters of the generations, which
# move only when a bump is heard of: the bumping process increments the numbers in Redis, then
# its own counters, then publishes the names on `CHANNEL` and waits until every process's
# listener has moved its counters too (`core.invalidation_channel`). A copy is stored under the
# counters read *before* Redis was asked, so a body read or loaded before a bump never matches
# after it. A process whose listener is not subscribed neither uses nor keeps copies, and empties
# them when it subscribes again.

MEMORY_MAX_ENTRIES = 4096
CHANNEL = "cache:generations-bumped"
# Copies of bodies found in Redis live at most this long in a process (their Redis entry's own
# time to live is not read back).
LOCAL_COPY_TTL_SECONDS = 60.0
# Counters kept for generations heard of; past this many they all start again (with a new epoch).
LOCAL_MAX_GENERATIONS = 100_000


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


@dataclass(frozen=True)
class Generations:
    """The generation numbers a lookup saw: store what was loaded after it under these."""

    shared: tuple[int, ...]  # in Redis (in memory without it); () when Redis did not answer
    local: tuple[int, ...] | None = None  # this process's counters (Redis, listener subscribed)


_NO_GENERATIONS = Generations(shared=())

_memory_lock = threading.Lock()
_memory_generations: dict[str, int] = {}
_memory_bodies: OrderedDict[str, tuple[tuple[int, ...], float, CachedBody]] = OrderedDict()

_local_epoch = 0
_local_generations: dict[str, int] = {}
_local_bodies: OrderedDict[str, tuple[Generations, float, CachedBody]] = OrderedDict()


def reset_memory() -> None:
    """Forget every in-memory generation and body (tests; ids repeat across rolled-back tests)."""
    with _memory_lock:
        _memory_generations.clear()
        _memory_bodies.clear()
    _forget_local_copies()


def _forget_local_copies() -> None:
    global _local_epoch
    with _memory_lock:
        _local_epoch += 1
        _local_generations.clear()
        _local_bodies.clear()


def _count_local_bumps(names: Sequence[str]) -> None:
    global _local_epoch
    with _memory_lock:
        if len(_local_generations) + len(names) > LOCAL_MAX_GENERATIONS:
            _local_epoch += 1
            _local_generations.clear()
            _local_bodies.clear()
        for name in names:
            _local_generations[name] = _local_generations.get(name, 0) + 1


def _apply_bump_message(payload: dict[str, Any]) -> None:
    _count_local_bumps([str(name) for name in payload["names"]])


_bumps = InvalidationChannel(CHANNEL, on_message=_apply_bump_message, on_reset=_forget_local_copies)


def bump_generation(*names: str) -> None:
    """Make every body depending on these generations stale (call after the change committed).

    With Redis, returns once every web process has heard of it (or after a short timeout).
    """
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
    # Only after Redis has the new numbers: a copy made from an old read must not match.
    _count_local_bumps(names)
    _bumps.publish({"names": list(names)})


def lookup_body(key: str, generations: Sequence[str]) -> tuple[CachedBody | None, Generations]:
    """The body under `key` if it was stored at the current generations, and those numbers.

    Never loads anything: safe to call on the event loop (a dict read, or one Redis MGET).
    """
    redis = get_redis()
    if redis is None:
        # Plain dict reads are atomic: no lock on the hot path (eviction is oldest-stored first).
        numbers = tuple(_memory_generations.get(name, 0) for name in generations)
        entry = _memory_bodies.get(key)
        if entry is not None and entry[0] == numbers and entry[1] > time.monotonic():
            return entry[2], Generations(shared=numbers)
        return None, Generations(shared=numbers)
    local: tuple[int, ...] | None = None
    if _bumps.listening():
        # Read before Redis is asked: a bump landing in between makes this copy stale.
        local = (_local_epoch, *(_local_generations.get(name, 0) for name in generations))
        copy = _local_bodies.get(key)
        if copy is not None and copy[0].local == local and copy[1] > time.monotonic():
            return copy[2], copy[0]
    try:
        values: Any = redis.mget([f"gen:{name}" for name in generations] + [f"body:{key}"])
    except Exception as exc:  # a cache outage must not take the page down
        log.warning("cache_read_failed", key=key, error=str(exc))
        return None, _NO_GENERATIONS
    current = Generations(shared=tuple(int(v or 0) for v in values[:-1]), local=local)
    raw = values[-1]
    if raw is None:
        return None, current
    try:
        stamp, etag, modified, body = bytes(raw).split(b"\n", 3)
    except ValueError:
        return None, current
    if stamp.decode() != _stamp(current.shared):
        return None, current
    found = CachedBody(body=body, etag=etag.decode(), last_modified=float(modified))
    _keep_local_copy(key, current, found, ttl_seconds=LOCAL_COPY_TTL_SECONDS)
    return found, current


def _keep_local_copy(
    key: str, generations: Generations, value: CachedBody, *, ttl_seconds: float
) -> None:
    if generations.local is None:
        return
    with _memory_lock:
        _local_bodies[key] = (generations, time.monotonic() + ttl_seconds, value)
        _local_bodies.move_to_end(key)
        while len(_local_bodies) > MEMORY_MAX_ENTRIES:
            _local_bodies.popitem(last=False)


def store_body(key: str, generations: Generations, value: CachedBody, *, ttl_seconds: int) -> None:
    """Keep `value` under `key`, valid while the generations are still these numbers."""
    redis = get_redis()
    if redis is None:
        with _memory_lock:
            _memory_bodies[key] = (generations.shared, time.monotonic() + ttl_seconds, value)
            _memory_bodies.move_to_end(key)
            while len(_memory_bodies) > MEMORY_MAX_ENTRIES:
                _memory_bodies.popitem(last=False)
        return
    if not generations.shared:
        return  # the lookup failed: Redis is not answering, do not write either
    header = f"{_stamp(generations.shared)}\n{value.etag}\n{value.last_modified:.3f}\n".encode()
    try:
        redis.set(f"body:{key}", header + value.body, ex=ttl_seconds)
    except Exception as exc:
        log.warning("cache_write_failed", key=key, error=str(exc))
        return
    _keep_local_copy(key, generations, value, ttl_seconds=ttl_seconds)


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
