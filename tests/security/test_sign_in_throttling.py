"""Sign-in throttling per account and (account, address), atomic counts, trusted proxies."""

from __future__ import annotations

import threading
import time

import pytest

from tests.support.factories import DEFAULT_PASSWORD, make_user
from udemy_clone.auth import service as auth_service
from udemy_clone.core import db, ratelimit
from udemy_clone.core.client_address import resolve_client_address
from udemy_clone.core.config import get_settings
from udemy_clone.core.errors import NotAuthenticated, RateLimited

LOGIN = "/api/v1/auth/login"


def _login(api, email: str, password: str, ip: str | None = None):
    headers = {"X-Forwarded-For": ip} if ip else {}
    return api.post(LOGIN, json={"email": email, "password": password}, headers=headers)


@pytest.fixture
def proxied_api(db, monkeypatch):
    """A client whose requests arrive through a trusted proxy at 10.0.0.2."""
    from fastapi.testclient import TestClient

    from udemy_clone.gateway.app import create_gateway

    monkeypatch.setattr(get_settings(), "trusted_proxies", "10.0.0.0/8")
    with TestClient(create_gateway(), client=("10.0.0.2", 41000)) as client:
        yield client


def test_five_failures_from_one_address_do_not_lock_other_accounts(api):
    victim, other = make_user(), make_user()
    for _ in range(5):
        assert _login(api, victim.email, "bad-guess-1").status_code == 401
    blocked = _login(api, victim.email, DEFAULT_PASSWORD)
    assert blocked.status_code == 429
    assert blocked.json()["error"]["code"] == "too_many_attempts"
    assert int(blocked.headers["Retry-After"]) >= 1
    # the same address (a campus NAT) can still sign in to every other account
    assert _login(api, other.email, DEFAULT_PASSWORD).status_code == 200


def test_delays_grow_and_then_let_the_owner_in(api):
    user = make_user()
    for _ in range(5):
        _login(api, user.email, "bad-guess-1")
    assert _login(api, user.email, DEFAULT_PASSWORD).status_code == 429
    time.sleep(2.1)  # the first delay is 1 s (2 s after the refused try)
    response = _login(api, user.email, DEFAULT_PASSWORD)
    if response.status_code == 429:
        time.sleep(int(response.headers["Retry-After"]) + 0.1)
        response = _login(api, user.email, DEFAULT_PASSWORD)
    assert response.status_code == 200
    # a success clears that pair: five fresh tries before any delay
    for _ in range(4):
        assert _login(api, user.email, "bad-guess-1").status_code == 401


def test_the_pair_is_per_address(proxied_api):
    user = make_user()
    for _ in range(5):
        _login(proxied_api, user.email, "bad-guess-1", ip="203.0.113.7")
    assert _login(proxied_api, user.email, DEFAULT_PASSWORD, ip="203.0.113.7").status_code == 429
    # the owner at home is not locked out by the attacker's address
    assert _login(proxied_api, user.email, DEFAULT_PASSWORD, ip="198.51.100.9").status_code == 200


def test_the_account_has_a_higher_threshold_across_addresses(proxied_api):
    user = make_user()
    threshold = get_settings().login_account_max_failures
    for n in range(threshold):
        _login(proxied_api, user.email, "bad-guess-1", ip=f"203.0.113.{n + 1}")
    response = _login(proxied_api, user.email, DEFAULT_PASSWORD, ip="198.51.100.9")
    assert response.status_code == 429


def test_the_address_ceiling_is_high(proxied_api, monkeypatch):
    monkeypatch.setattr(get_settings(), "login_ip_max_failures", 12)
    for n in range(12):
        _login(proxied_api, f"ghost{n}@example.com", "bad-guess-1", ip="203.0.113.50")
    ghost = "ghost99@example.com"
    assert _login(proxied_api, ghost, "bad-guess-1", ip="203.0.113.50").status_code == 429
    assert _login(proxied_api, ghost, "bad-guess-1", ip="203.0.113.51").status_code == 401


def _parallel_wrong_guesses(email: str, count: int) -> list[str]:
    outcomes: list[str] = []
    barrier = threading.Barrier(count)

    def guess() -> None:
        barrier.wait()
        try:
            with db.read_session() as session:
                auth_service.login(
                    session=session, email=email, password="bad-guess-1", client_ip="192.0.2.1"
                )
        except NotAuthenticated:
            outcomes.append("401")
        except RateLimited:
            outcomes.append("429")

    threads = [threading.Thread(target=guess) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


def _check_parallel(email: str) -> None:
    outcomes = _parallel_wrong_guesses(email, 20)
    assert len(outcomes) == 20
    keys = auth_service.login_throttle_keys(email, "192.0.2.1")
    assert ratelimit.peek(keys["pair"])[0] == 20
    # at most the threshold plus one try holding the lock had their password checked, and
    # each of those counts against the account
    checked = outcomes.count("401")
    assert checked <= get_settings().login_max_failures + 1
    assert ratelimit.peek(keys["account"])[0] == checked


def test_parallel_guesses_are_all_counted_in_memory(committed_db):
    user = make_user(email="parallel-memory@example.com")
    _check_parallel(user.email)


def test_parallel_guesses_are_all_counted_in_redis(committed_db, redis_url):
    user = make_user(email="parallel-redis@example.com")
    _check_parallel(user.email)


def test_the_redis_counters_are_shared(api, redis_url):
    from udemy_clone.core.redis_client import get_redis

    user = make_user()
    for _ in range(5):
        _login(api, user.email, "bad-guess-1")
    assert get_redis().get(f"rl:login:acct:{user.email}") == b"5"
    assert _login(api, user.email, DEFAULT_PASSWORD).status_code == 429


# ---- the client's address ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("trusted", "peer", "header", "expected"),
    [
        ("", "203.0.113.9", ["1.2.3.4"], "203.0.113.9"),  # nobody trusted: header ignored
        ("10.0.0.0/8", "203.0.113.9", ["1.2.3.4"], "203.0.113.9"),  # untrusted peer
        ("10.0.0.0/8", "10.0.0.2", ["1.2.3.4"], "1.2.3.4"),
        ("10.0.0.0/8", "10.0.0.2", ["6.6.6.6, 1.2.3.4, 10.0.0.5"], "1.2.3.4"),  # spoofed left
        ("10.0.0.0/8", "10.0.0.2", ["6.6.6.6", "1.2.3.4"], "1.2.3.4"),  # two headers
        ("10.0.0.0/8", "10.0.0.2", ["garbage, 1.2.3.4"], "1.2.3.4"),
        ("10.0.0.0/8", "10.0.0.2", ["1.2.3.4, garbage"], "10.0.0.2"),
        ("10.0.0.0/8,2001:db8::/32", "2001:db8::1", ["[2001:db8::9]:443, 5.6.7.8"], "5.6.7.8"),
        ("10.0.0.0/8", "10.0.0.2", [], "10.0.0.2"),
    ],
)
def test_forwarded_for_is_believed_only_from_trusted_proxies(
    monkeypatch, trusted, peer, header, expected
):
    monkeypatch.setattr(get_settings(), "trusted_proxies", trusted)
    assert resolve_client_address(peer, header) == expected


def test_the_api_rate_limit_uses_the_resolved_address(proxied_api, monkeypatch):
    monkeypatch.setattr(get_settings(), "rate_limit_per_minute", 3)
    def me(address: str) -> int:
        return proxied_api.get("/api/v1/me", headers={"X-Forwarded-For": address}).status_code

    assert [me("203.0.113.1") for _ in range(3)] == [401, 401, 401]
    assert me("203.0.113.1") == 429
    assert me("203.0.113.2") == 401


def test_reflex_sign_in_resolves_the_address_like_the_api(monkeypatch):
    """Reflex's WebSocket headers (peer as asgi-scope-client) give the same address."""
    from pathlib import Path

    from udemy_clone.core.client_address import client_address_from_headers

    monkeypatch.setattr(get_settings(), "trusted_proxies", "10.0.0.0/8")
    headers = {"asgi-scope-client": "10.0.0.2", "x-forwarded-for": "6.6.6.6, 1.2.3.4"}
    assert client_address_from_headers("10.0.0.2", headers) == "1.2.3.4"
    spoofed = {"asgi-scope-client": "203.0.113.5", "x-forwarded-for": "1.2.3.4"}
    assert client_address_from_headers("203.0.113.5", spoofed) == "203.0.113.5"
    # and the login handler uses it rather than Reflex's own (peer-only) client_ip
    state = Path(__file__).resolve().parents[2] / "udemy_clone/web/pages/auth/state.py"
    assert "client_ip=client_address_from_headers(" in state.read_text()
