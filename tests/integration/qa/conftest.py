"""Fixtures of the Q&A tests: outbox events handled in the test's own thread."""

from __future__ import annotations

from tests.support.catalog_fixtures import drain_outbox  # noqa: F401
