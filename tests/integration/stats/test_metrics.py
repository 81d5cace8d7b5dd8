"""/metrics shows request, job, queue, transcode and business series after real use."""

from __future__ import annotations

import re
import time

from udemy_clone.core import db, metrics, outbox, queue
from udemy_clone.core.events import DomainEvent
from udemy_clone.orders.events import EnrollmentCreated, OrderPaid


def _paid(amount_cents: int, currency: str) -> OrderPaid:
    return OrderPaid(
        order_id=1, user_id=1, course_ids=(1,), amount_cents=amount_cents, currency=currency
    )


_COUNT_PAID = "udemy_clone.stats.tasks:count_order_paid"


def _event_row(event: DomainEvent) -> int:
    """Store the event as an outbox row (already dispatched) and return its id."""
    with db.transaction() as session:
        row = outbox.emit(session, event)
        row.dispatched_at = db.utcnow()
        session.flush()
        assert row.id is not None
        return row.id


def _series(text: str) -> set[str]:
    return set(re.findall(r"^# TYPE ([a-z_]+) ", text, re.M))


def test_metrics_after_requests_and_in_process_jobs(api):
    metrics.reset_local_shared_metrics()
    assert api.get("/api/v1/stats/top-selling").status_code == 200
    # Jobs take JSON values: the handlers run through the outbox's job, as in production.
    queue.enqueue(outbox.run_event_handler, _event_row(_paid(1999, "USD")), _COUNT_PAID)
    queue.enqueue(
        outbox.run_event_handler,
        _event_row(EnrollmentCreated(user_id=1, course_id=1)),
        "udemy_clone.stats.tasks:count_enrollment",
    )
    queue.enqueue(  # fails: no event
        "udemy_clone.stats.tasks:count_order_paid", None, event_id=3, retry_intervals=()
    )
    metrics.observe("transcode_seconds", 12.5, outcome="ready")
    failed = 'jobs_total{job="udemy_clone.stats.tasks.count_order_paid",outcome="failed"} 1.0'
    deadline = time.monotonic() + 20
    text = api.get("/metrics").text
    while failed not in text and time.monotonic() < deadline:  # the job thread is shared
        time.sleep(0.1)
        text = api.get("/metrics").text
    assert (
        'http_requests_total{method="GET",route="/api/v1/stats/top-selling",status="200"}' in text
    )
    assert (
        'http_request_duration_seconds_bucket{le="0.005",method="GET",route="/api/v1/stats/top-selling"}'
        in text
    )
    assert (
        'jobs_total{job="udemy_clone.core.outbox.run_event_handler",outcome="success"} 2.0' in text
    )
    assert re.search(
        r'job_duration_seconds_count\{job="udemy_clone.core.outbox.run_event_handler",'
        r'outcome="success"\} [1-9]',
        text,
    )
    assert 'revenue_cents_total{currency="USD"} 1999.0' in text
    assert "orders_paid_total 1.0" in text
    assert re.search(r"^enrollments_total [1-9]", text, re.M)
    assert 'jobs_total{job="udemy_clone.stats.tasks.count_order_paid",outcome="failed"} 1.0' in text
    assert 'transcode_seconds_bucket{le="30",outcome="ready"} 1.0' in text
    assert re.search(r'^queue_depth\{queue="inprocess"\} \d', text, re.M)
    assert {"signups_total", "logins_total"} <= _series(text)


def test_jobs_run_by_rq_workers_reach_the_web_process_metrics(api, redis_url):
    from rq import Queue, SimpleWorker

    from udemy_clone.core.redis_client import get_redis

    metrics.reset_local_shared_metrics()  # only what the RQ worker recorded in Redis counts
    queue.enqueue(outbox.run_event_handler, _event_row(_paid(500, "EUR")), _COUNT_PAID)
    redis = get_redis()
    worker = SimpleWorker([Queue(q, connection=redis) for q in queue.QUEUES], connection=redis)
    worker.work(burst=True)
    text = api.get("/metrics").text
    assert (
        'jobs_total{job="udemy_clone.core.outbox.run_event_handler",outcome="success"} 1.0' in text
    )
    assert 'revenue_cents_total{currency="EUR"} 500.0' in text
    assert 'queue_depth{queue="default"} 0.0' in text
