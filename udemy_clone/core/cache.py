"""A small JSON read-through cache in Redis; without Redis every call goes to the source."""

from __future__ import annotations

import json
from collections.abc import Callable
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
