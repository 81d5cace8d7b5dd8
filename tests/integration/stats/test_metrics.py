"""/metrics: each process reports its own request and job series under its own `instance`;
business figures come from the database, so every replica shows the true totals once."""

from __future__ import annotations

import re
import time

from tests.integration.stats.conftest import buy, course_with_videos, refund
from tests.support.factories import make_user
from udemy_clone.core import metrics, queue
from udemy_clone.core.config import get_settings
from udemy_clone.stats.business_metrics import business_metrics


def _series(text: str) -> set[str]:
    return set(re.findall(r"^# TYPE ([a-z_]+) ", text, re.M))


def _value(text: str, series: str) -> float:
    match = re.search(rf"^{re.escape(series)} ([0-9.e+-]+)$", text, re.M)
    assert match, f"{series} is not in /metrics"
    return float(match.group(1))


def test_request_and_job_metrics_carry_this_process_instance(api, monkeypatch):
    monkeypatch.setenv("INSTANCE_NAME", "web-a:3501")
    get_settings.cache_clear()
    metrics.reset_local_shared_metrics()
    assert api.get("/api/v1/stats/top-selling").status_code == 200
    queue.enqueue("udemy_clone.stats.tasks:rollup_day", "2026-11-20")
    queue.enqueue(  # fails: not a date
        "udemy_clone.stats.tasks:rollup_day", "not-a-day", retry_intervals=()
    )
    metrics.observe("transcode_seconds", 12.5, outcome="ready")
    failed = 'jobs_total{job="udemy_clone.stats.tasks.rollup_day",outcome="failed"} 1.0'
    deadline = time.monotonic() + 20
    text = api.get("/metrics").text
    while failed not in text and time.monotonic() < deadline:  # the job thread is shared
        time.sleep(0.1)
        text = api.get("/metrics").text
    assert re.search(
        r'^http_requests_total\{instance="web-a:3501",method="GET",pid="\d+",'
        r'route="/api/v1/stats/top-selling",status="200"\} [1-9][0-9]*\.0$',
        text,
        re.M,
    )
    assert re.search(
        r'^http_request_duration_seconds_bucket\{instance="web-a:3501",le="10.0",method="GET",'
        r'pid="\d+",route="/api/v1/stats/top-selling"\} [1-9][0-9]*\.0$',
        text,
        re.M,
    )
    assert 'jobs_total{job="udemy_clone.stats.tasks.rollup_day",outcome="success"} 1.0' in text
    assert failed in text
    assert 'transcode_seconds_bucket{le="30",outcome="ready"} 1.0' in text
    assert re.search(r'^queue_depth\{queue="inprocess"\} \d', text, re.M)
    assert "logins_total" in _series(text)


def test_business_figures_are_read_from_the_database(api, db):
    business_metrics.invalidate()
    before = api.get("/metrics").text
    signups_before = _value(before, "signups_total")
    owner = make_user(role="instructor")
    course, _ = course_with_videos(owner, price_cents=1999)
    alice, bob = make_user(), make_user()
    buy(alice, course.id)
    bob_order = buy(bob, course.id)
    refund(bob, bob_order)

    business_metrics.invalidate()
    text = api.get("/metrics").text
    assert _value(text, 'orders_paid_total{currency="USD"}') == 2
    assert _value(text, 'revenue_cents_total{currency="USD"}') == 2 * 1999
    assert _value(text, 'orders_refunded_total{currency="USD"}') == 1
    assert _value(text, 'refunded_cents_total{currency="USD"}') == 1999
    assert _value(text, "signups_total") == signups_before + 3
    assert _value(text, "enrollments_total") >= 2
    # no instance label: the same figure on every replica, whichever one is scraped
    assert 'revenue_cents_total{currency="USD",instance=' not in text


def test_business_figures_are_cached_between_scrapes(api, db):
    business_metrics.invalidate()
    first = _value(api.get("/metrics").text, "signups_total")
    make_user()
    assert _value(api.get("/metrics").text, "signups_total") == first  # within the cache window
    business_metrics.invalidate()
    assert _value(api.get("/metrics").text, "signups_total") == first + 1
