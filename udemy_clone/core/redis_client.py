"""The shared Redis client, or None when REDIS_URL is not set (embedded defaults)."""

from __future__ import annotations

import os
import threading

from redis import Redis

from udemy_clone.core.config import get_settings

_client: Redis | None = None
_client_url: str | None = None
_lock = threading.Lock()


def _new_client(url: str) -> Redis:
    return Redis.from_url(url, socket_timeout=5, socket_connect_timeout=2)


def private_redis() -> Redis | None:
    """A client with a pool of its own (not the shared one), for a single thread that forks.

    redis-py's pool takes its lock again in a forked child; a child forked while another thread
    held the shared pool's lock would wait for it forever. The RQ worker gives RQ (which forks a
    horse per job from its main thread) such a client, so no other thread ever holds its lock.
    """
    url = get_settings().redis_url
    return _new_client(url) if url else None


def get_redis() -> Redis | None:
    """A Redis client for settings.redis_url, or None when Redis is not configured."""
    global _client, _client_url
    url = get_settings().redis_url
    if not url:
        return None
    with _lock:
        if _client is None or _client_url != url:
            _client = _new_client(url)
            _client_url = url
        return _client


def reset_redis() -> None:
    """Forget the cached client (tests, after settings changed)."""
    global _client, _client_url
    with _lock:
        _client = None
        _client_url = None


def _fresh_client_in_child() -> None:
    """After fork: a new client (and pool) for the child; the parent's sockets stay its own."""
    global _client, _client_url, _lock
    _lock = threading.Lock()
    _client = None
    _client_url = None


os.register_at_fork(after_in_child=_fresh_client_in_child)
