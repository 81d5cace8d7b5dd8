"""The `fake_stripe` fixture, shared by the unit and the integration tests of payments."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.fake_stripe import FakeStripe


@pytest.fixture
def fake_stripe() -> Iterator[FakeStripe]:
    """A fake Stripe API on a free loopback port, for one test."""
    with FakeStripe() as server:
        yield server
