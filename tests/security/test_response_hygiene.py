"""Security headers on every response; /metrics only for Prometheus."""

from __future__ import annotations

import pytest

from udemy_clone.core.config import get_settings

REQUIRED = {
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
}


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/api/v1/categories"),
        ("GET", "/api/v1/me"),  # 401
        ("GET", "/api/v1/no-such-thing"),  # 404
        ("GET", "/healthz"),
        ("POST", "/api/v1/auth/login"),  # 422
    ],
)
def test_every_response_carries_the_security_headers(api, method, path):
    response = api.request(method, path, json={} if method == "POST" else None)
    for name, value in REQUIRED.items():
        assert response.headers[name] == value
    csp = response.headers["content-security-policy"]
    for directive in ("frame-ancestors 'self'", "object-src 'none'", "base-uri 'self'",
                      "connect-src 'self'", "worker-src 'self' blob:", "media-src 'self' blob:"):
        assert directive in csp
    assert "camera=()" in response.headers["permissions-policy"]
    assert "strict-transport-security" not in response.headers  # http://localhost


def test_hsts_when_the_public_url_is_https(api, monkeypatch):
    from fastapi.testclient import TestClient

    from udemy_clone.gateway.app import create_gateway

    monkeypatch.setattr(get_settings(), "public_url", "https://learnly.example")
    with TestClient(create_gateway()) as client:
        response = client.get("/healthz")
    assert response.headers["strict-transport-security"].startswith("max-age=31536000")
    assert "wss://learnly.example" in response.headers["content-security-policy"]


def test_errors_from_the_middleware_have_headers_too(api, monkeypatch):
    monkeypatch.setattr(get_settings(), "max_body_bytes", 10)
    response = api.post("/api/v1/auth/login", json={"email": "x" * 50, "password": "y"})
    assert response.status_code == 413
    assert response.headers["x-content-type-options"] == "nosniff"


def test_metrics_need_the_token_when_one_is_set(api, monkeypatch):
    monkeypatch.setattr(get_settings(), "metrics_token", "prometheus-scrape-token-0123456789")
    assert api.get("/metrics").status_code == 404
    assert api.get("/metrics", headers={"Authorization": "Bearer wrong"}).status_code == 404
    ok = api.get("/metrics", headers={"Authorization": "Bearer prometheus-scrape-token-0123456789"})
    assert ok.status_code == 200 and "http_requests" in ok.text


def test_metrics_without_a_token_are_loopback_only_and_off_in_production(db, monkeypatch):
    from fastapi.testclient import TestClient

    from udemy_clone.gateway.app import create_gateway

    app = create_gateway()
    with TestClient(app, client=("203.0.113.5", 5000)) as remote:
        assert remote.get("/metrics").status_code == 404
    with TestClient(app, client=("127.0.0.1", 5000)) as local:
        assert local.get("/metrics").status_code == 200
        monkeypatch.setattr(get_settings(), "env", "production")
        assert local.get("/metrics").status_code == 404


def test_prometheus_config_sends_the_token():
    from pathlib import Path

    import yaml

    root = Path(__file__).resolve().parents[2]
    config = yaml.safe_load((root / "deploy/prometheus.yml").read_text())
    job = config["scrape_configs"][0]
    assert job["authorization"]["type"] == "Bearer"
    assert job["authorization"]["credentials_file"]
