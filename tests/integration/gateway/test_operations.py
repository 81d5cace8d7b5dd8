"""Health, readiness, metrics, request ids, the global rate limit and the error envelope."""

from __future__ import annotations

import re

import pytest

from tests.conftest import reload_settings


def test_healthz_and_readyz(api):
    assert api.get("/healthz").json() == {"status": "ok"}
    response = api.get("/readyz")
    assert response.status_code == 200, response.text


def test_readyz_names_what_is_down(api, monkeypatch):
    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:1/0")  # nothing listens there
    reload_settings()
    try:
        response = api.get("/readyz")
        assert response.status_code == 503
        assert "redis" in response.json()["failed"]
        assert "redis" in response.json()["error"]["message"]
    finally:
        monkeypatch.delenv("REDIS_URL")
        reload_settings()


def test_metrics_after_requests(api):
    api.get("/api/v1/me")
    api.post("/api/v1/auth/login", json={"email": "x@y.io", "password": "whatever-1"})
    text = api.get("/metrics").text
    # this process's own series, labelled with its instance and pid
    assert re.search(
        r'^http_requests_total\{instance="[^"]+",method="GET",pid="\d+",route="/api/v1/me",'
        r'status="401"\} ',
        text,
        re.M,
    )
    assert "http_request_duration_seconds_bucket" in text
    assert re.search(r'^logins_total\{instance="[^"]+",outcome="failure",pid="\d+"\} ', text, re.M)
    assert "queue_depth" in text


def test_request_id_is_echoed_or_created(api):
    assert api.get("/healthz", headers={"X-Request-ID": "abc-123"}).headers["x-request-id"] \
        == "abc-123"
    generated = api.get("/healthz", headers={"X-Request-ID": "<script>"}).headers["x-request-id"]
    assert generated != "<script>" and len(generated) == 32


@pytest.mark.parametrize("use_redis", [False, True])
def test_global_rate_limit_gives_429_with_retry_after(api, monkeypatch, use_redis, request):
    if use_redis:
        request.getfixturevalue("redis_url")
    monkeypatch.setenv("RATE_LIMIT_PER_MINUTE", "5")
    from udemy_clone.core.config import get_settings

    get_settings.cache_clear()
    try:
        statuses = [api.get("/api/v1/me").status_code for _ in range(7)]
        assert statuses[:5] == [401] * 5
        response = api.get("/api/v1/me")
        assert response.status_code == 429
        assert int(response.headers["Retry-After"]) >= 1
        assert response.json()["error"]["code"] == "rate_limited"
    finally:
        monkeypatch.setenv("RATE_LIMIT_PER_MINUTE", "100000")
        get_settings.cache_clear()


def test_login_limit_uses_redis_when_configured(api, redis_url):
    from tests.support.factories import DEFAULT_PASSWORD, make_user
    from udemy_clone.core.redis_client import get_redis

    user = make_user()
    for _ in range(5):
        api.post("/api/v1/auth/login", json={"email": user.email, "password": "bad-guess-1"})
    assert get_redis().get(f"rl:login:acct:{user.email}") == b"5"
    blocked = api.post("/api/v1/auth/login",
                       json={"email": user.email, "password": DEFAULT_PASSWORD})
    assert blocked.status_code == 429


def test_method_not_allowed_is_enveloped(api):
    response = api.delete("/api/v1/auth/login")
    assert response.status_code in (404, 405)
    assert "error" in response.json()


def test_secret_key_default_refused_in_production(monkeypatch):
    from pydantic import ValidationError

    from udemy_clone.core.config import Settings

    monkeypatch.setenv("ENV", "production")
    monkeypatch.delenv("SECRET_KEY")
    with pytest.raises(ValidationError, match="SECRET_KEY"):
        Settings()
