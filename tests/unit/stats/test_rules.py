"""Small rules of the stats domain: UTC days, rates, shared metric histograms."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from udemy_clone.core import metrics
from udemy_clone.core.errors import InvalidInput
from udemy_clone.stats import service


def test_a_day_is_a_utc_day():
    start, end = service.day_bounds(date(2026, 3, 29))  # a DST change in Europe: still 24 h
    assert start == datetime(2026, 3, 29, tzinfo=UTC)
    assert (end - start).total_seconds() == 86400


def test_rates_are_percentages_capped_at_100():
    assert service._rate(1, 3) == 33.3
    assert service._rate(5, 4) == 100.0
    assert service._rate(3, 0) == 0.0


def test_dashboard_periods_are_bounded():
    with pytest.raises(InvalidInput):
        service.check_days(0)
    with pytest.raises(InvalidInput):
        service.check_days(400)
    assert service.check_days(90) == 90


def test_shared_histogram_counts_each_observation_in_every_bucket_above_it():
    metrics.reset_local_shared_metrics()
    metrics.observe("transcode_seconds", 45, outcome="ready")
    text = metrics.render_metrics()[0].decode()
    assert 'transcode_seconds_bucket{le="30",outcome="ready"} 0.0' in text
    assert 'transcode_seconds_bucket{le="60",outcome="ready"} 1.0' in text
    assert 'transcode_seconds_sum{outcome="ready"} 45.0' in text
    with pytest.raises(ValueError):
        metrics.count("jobs_total", job="x")  # a label missing
