"""Fixtures for the payment gateway tests: a fake Stripe API and settings pointing at it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.fake_stripe import TEST_SECRET_KEY, TEST_WEBHOOK_SECRET, FakeStripe
from udemy_clone.core.config import Settings, get_settings
from udemy_clone.orders.payments import SandboxGateway, StripeGateway, get_payment_gateway

PUBLIC_URL = "http://courses.test:3000"


@pytest.fixture
def stripe_settings(monkeypatch: pytest.MonkeyPatch, fake_stripe: FakeStripe) -> Iterator[Settings]:
    """Settings with both Stripe keys set and the API base pointing at the fake server."""
    monkeypatch.setenv("STRIPE_SECRET_KEY", TEST_SECRET_KEY)
    monkeypatch.setenv("STRIPE_WEBHOOK_SECRET", TEST_WEBHOOK_SECRET)
    monkeypatch.setenv("STRIPE_API_BASE", fake_stripe.api_base)
    monkeypatch.setenv("PUBLIC_URL", PUBLIC_URL)
    get_settings.cache_clear()
    yield get_settings()
    get_settings.cache_clear()  # monkeypatch restores the environment right after this


@pytest.fixture
def sandbox_settings(monkeypatch: pytest.MonkeyPatch) -> Iterator[Settings]:
    """Settings without Stripe keys (empty values also override any local .env file)."""
    monkeypatch.setenv("STRIPE_SECRET_KEY", "")
    monkeypatch.setenv("STRIPE_WEBHOOK_SECRET", "")
    monkeypatch.setenv("PUBLIC_URL", PUBLIC_URL + "/")
    get_settings.cache_clear()
    yield get_settings()
    get_settings.cache_clear()


@pytest.fixture
def stripe_gateway(stripe_settings: Settings) -> StripeGateway:
    """The gateway the app would pick with Stripe configured."""
    gateway = get_payment_gateway()
    assert isinstance(gateway, StripeGateway)
    return gateway


@pytest.fixture
def sandbox_gateway(sandbox_settings: Settings) -> SandboxGateway:
    """The gateway the app would pick without Stripe keys."""
    gateway = get_payment_gateway()
    assert isinstance(gateway, SandboxGateway)
    return gateway
