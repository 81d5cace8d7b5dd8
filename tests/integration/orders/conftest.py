"""Fixtures of the orders tests: settings for the sandbox or for Stripe on a fake Stripe API."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.catalog_fixtures import drain_outbox  # noqa: F401
from tests.support.fake_stripe import TEST_SECRET_KEY, TEST_WEBHOOK_SECRET, FakeStripe

PUBLIC_URL = "http://shop.test:3000"


@pytest.fixture(autouse=True)
def sandbox_payments(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every orders test starts with the sandbox gateway (no Stripe keys, even from .env)."""
    monkeypatch.setenv("STRIPE_SECRET_KEY", "")
    monkeypatch.setenv("STRIPE_WEBHOOK_SECRET", "")
    monkeypatch.setenv("PUBLIC_URL", PUBLIC_URL)
    reload_settings_keep_db()
    yield
    reload_settings_keep_db()  # monkeypatch restores the environment right after this


def reload_settings_keep_db() -> None:
    """Re-read settings without dropping the engine a `committed_db` test may be using."""
    from udemy_clone.core.config import get_settings

    get_settings.cache_clear()


@pytest.fixture
def stripe_on(monkeypatch: pytest.MonkeyPatch, fake_stripe: FakeStripe) -> Iterator[FakeStripe]:
    """Stripe configured, the real stripe library talking to the fake Stripe API."""
    monkeypatch.setenv("STRIPE_SECRET_KEY", TEST_SECRET_KEY)
    monkeypatch.setenv("STRIPE_WEBHOOK_SECRET", TEST_WEBHOOK_SECRET)
    monkeypatch.setenv("STRIPE_API_BASE", fake_stripe.api_base)
    reload_settings_keep_db()
    yield fake_stripe
    reload_settings_keep_db()
