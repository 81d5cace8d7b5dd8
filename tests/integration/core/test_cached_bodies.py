"""Versioned cached bodies (core.cache): memory without Redis, Redis when configured."""

from __future__ import annotations

import time

import pytest

from udemy_clone.core import cache


@pytest.fixture(params=["memory", "redis"])
def backend(request: pytest.FixtureRequest) -> str:
    if request.param == "redis":
        request.getfixturevalue("redis_url")
    cache.reset_memory()
    return str(request.param)


def test_a_body_is_served_until_one_of_its_generations_is_bumped(backend):
    loads: list[int] = []

    def load() -> bytes:
        loads.append(1)
        return f'{{"n": {len(loads)}}}'.encode()

    first = cache.cached_body("t:page", generations=["g:a", "g:b"], ttl_seconds=60, load=load)
    again = cache.cached_body("t:page", generations=["g:a", "g:b"], ttl_seconds=60, load=load)
    assert again == first and len(loads) == 1
    cache.bump_generation("g:unrelated")
    assert cache.cached_body("t:page", generations=["g:a", "g:b"], ttl_seconds=60, load=load)
    assert len(loads) == 1
    cache.bump_generation("g:b")
    fresh = cache.cached_body("t:page", generations=["g:a", "g:b"], ttl_seconds=60, load=load)
    assert fresh.body == b'{"n": 2}' and fresh.etag != first.etag


def test_a_body_loaded_before_a_bump_is_never_served_after_it(backend):
    _found, generations = cache.lookup_body("t:race", ["g:c"])
    cache.bump_generation("g:c")  # a change commits while the reader was loading
    cache.store_body("t:race", generations, cache.CachedBody.of(b"old"), ttl_seconds=60)
    assert cache.lookup_body("t:race", ["g:c"])[0] is None


def test_bodies_expire(backend):
    cache.cached_body("t:short", generations=["g:d"], ttl_seconds=1, load=lambda: b"1")
    assert cache.lookup_body("t:short", ["g:d"])[0] is not None
    if backend == "memory":
        entry = cache._memory_bodies["t:short"]
        cache._memory_bodies["t:short"] = (entry[0], 0.0, entry[2])
    else:
        from udemy_clone.core.redis_client import get_redis

        redis = get_redis()
        assert redis is not None
        redis.delete("body:t:short")
        if "t:short" in cache._local_bodies:  # this process's copy expires on its own clock
            copy = cache._local_bodies["t:short"]
            cache._local_bodies["t:short"] = (copy[0], 0.0, copy[2])
    assert cache.lookup_body("t:short", ["g:d"])[0] is None


def _wait_until_listening() -> None:
    deadline = time.monotonic() + 10
    while not cache._bumps.listening():
        assert time.monotonic() < deadline, "the listener never subscribed"
        time.sleep(0.05)


def test_with_redis_a_process_answers_from_its_copy_while_it_hears_of_bumps(redis_url):
    from udemy_clone.core.redis_client import get_redis

    redis = get_redis()
    assert redis is not None
    _wait_until_listening()
    first = cache.cached_body("t:copy", generations=["g:f"], ttl_seconds=60, load=lambda: b"1")
    # Another process bumping the generation behind this one's back (no message) is not seen:
    # the hit is this process's copy, no Redis round trip...
    redis.incr("gen:g:f")
    assert cache.lookup_body("t:copy", ["g:f"])[0] == first
    # ...while a bump announced on the channel is, before bump_generation returns.
    cache.bump_generation("g:f")
    assert cache.lookup_body("t:copy", ["g:f"])[0] is None
    cache.cached_body("t:copy", generations=["g:f"], ttl_seconds=60, load=lambda: b"2")
    assert cache.lookup_body("t:copy", ["g:f"])[0] is not None
    redis.delete("body:t:copy")
    assert cache.lookup_body("t:copy", ["g:f"])[0] is not None  # the copy
    # A listener that lost its subscription drops its copies and does not use any until it is
    # subscribed again.
    listener = cache._bumps._listener
    assert listener is not None
    listener.subscribed.clear()
    assert cache.lookup_body("t:copy", ["g:f"])[0] is None  # Redis has no body any more
    cache._forget_local_copies()
    listener.subscribed.set()
    assert cache.lookup_body("t:copy", ["g:f"])[0] is None


def test_an_unreachable_redis_means_no_cache_not_an_error(monkeypatch, redis_url):
    from udemy_clone.core.config import get_settings
    from udemy_clone.core.redis_client import reset_redis

    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:1/0")
    get_settings.cache_clear()
    reset_redis()
    try:
        loads: list[int] = []
        for _ in range(2):
            body = cache.cached_body(
                "t:down", generations=["g:e"], ttl_seconds=60, load=lambda: loads.append(1) or b"x"
            )
            assert body.body == b"x"
        assert len(loads) == 2
        cache.bump_generation("g:e")  # logged, not raised
    finally:
        monkeypatch.setenv("REDIS_URL", redis_url)
        get_settings.cache_clear()
        reset_redis()
