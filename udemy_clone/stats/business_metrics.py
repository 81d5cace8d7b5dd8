"""Business figures for /metrics, read from the database at scrape time.

Counters added up by event handlers were shared through Redis, so every replica reported the
same cluster totals, and a lost or replayed event made them drift. The database is the one
source of truth: this collector asks it on a scrape (cached for a few seconds, so several
scrapers or replicas cost one query each per interval). The figures are cluster-wide: every
replica reports the same values, so dashboards take `max without (instance)`, never `sum`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime

from prometheus_client.core import CounterMetricFamily, Metric

from udemy_clone.auth import service as auth_service
from udemy_clone.core import db
from udemy_clone.core.log import get_logger
from udemy_clone.orders import service as orders_service

CACHE_SECONDS = 10.0
# The series this collector renders (dashboards check against them).
SERIES = (
    "orders_paid_total",
    "orders_refunded_total",
    "revenue_cents_total",
    "refunded_cents_total",
    "signups_total",
    "enrollments_total",
)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
log = get_logger(__name__)


class BusinessMetricsCollector:
    """Orders, revenue and refunds per currency, sign-ups and enrollments, from the database."""

    def __init__(self, cache_seconds: float = CACHE_SECONDS) -> None:
        self.cache_seconds = cache_seconds
        self._lock = threading.Lock()
        self._cached: list[Metric] = []
        self._cached_at = -1e9

    def describe(self) -> list[Metric]:
        return []

    def collect(self) -> Iterator[Metric]:
        with self._lock:
            if time.monotonic() - self._cached_at >= self.cache_seconds:
                try:
                    self._cached = self._read()
                    self._cached_at = time.monotonic()
                except Exception:  # the database is down: /readyz says so; metrics still render
                    log.warning("business_metrics_unavailable", exc_info=True)
            yield from self._cached

    def invalidate(self) -> None:
        """Read the database again on the next scrape (tests)."""
        with self._lock:
            self._cached_at = -1e9

    @staticmethod
    def _read() -> list[Metric]:
        now = datetime.now(UTC)
        with db.read_session() as session:
            money = orders_service.money_totals_by_currency(session=session)
            signups = auth_service.signups_between(session=session, start=_EPOCH, end=now)
            enrollments = sum(
                orders_service.enrollments_between(session=session, start=_EPOCH, end=now).values()
            )
        paid = CounterMetricFamily("orders_paid", "Orders paid", labels=["currency"])
        refunded = CounterMetricFamily("orders_refunded", "Orders refunded", labels=["currency"])
        revenue = CounterMetricFamily(
            "revenue_cents", "Money taken by paid orders, in minor units", labels=["currency"]
        )
        refunded_cents = CounterMetricFamily(
            "refunded_cents", "Money given back by refunds, in minor units", labels=["currency"]
        )
        for currency, (n_paid, cents_paid, n_refunded, cents_refunded) in sorted(money.items()):
            paid.add_metric([currency], n_paid)
            revenue.add_metric([currency], cents_paid)
            refunded.add_metric([currency], n_refunded)
            refunded_cents.add_metric([currency], cents_refunded)
        return [
            paid,
            refunded,
            revenue,
            refunded_cents,
            CounterMetricFamily("signups", "Accounts registered", value=signups),
            CounterMetricFamily("enrollments", "Students enrolled in a course", value=enrollments),
        ]


business_metrics = BusinessMetricsCollector()
