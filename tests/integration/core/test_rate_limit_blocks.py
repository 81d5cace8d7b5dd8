"""The gateway's per-IP budget with Redis: counts reserved in blocks, one round trip per block."""

from __future__ import annotations

from udemy_clone.core import ratelimit
from udemy_clone.core.redis_client import get_redis


def test_counts_are_handed_out_in_order_and_reserved_a_block_at_a_time(redis_url):
    ratelimit.reset_memory()
    redis = get_redis()
    assert redis is not None
    counts = [ratelimit.hit_in_blocks("t:ip", window_seconds=60, block=10)[0] for _ in range(25)]
    assert counts == list(range(1, 26))
    assert int(redis.get("rl:t:ip") or 0) == 30  # three blocks reserved, the last one in use
    # Another process's reservations come after this one's: counts never go back.
    redis.incrby("rl:t:ip", 10)
    later = [ratelimit.hit_in_blocks("t:ip", window_seconds=60, block=10)[0] for _ in range(6)]
    assert later == [26, 27, 28, 29, 30, 41]
    assert 0 < redis.ttl("rl:t:ip") <= 60


def test_a_block_of_one_counts_every_event_in_redis(redis_url):
    ratelimit.reset_memory()
    redis = get_redis()
    assert redis is not None
    counts = [ratelimit.hit_in_blocks("t:one", window_seconds=60, block=1)[0] for _ in range(3)]
    assert counts == [1, 2, 3]
    assert int(redis.get("rl:t:one") or 0) == 3
