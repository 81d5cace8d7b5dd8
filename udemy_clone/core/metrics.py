"""Prometheus metrics of the web process and the workers."""

from __future__ import annotations

from prometheus_client import CONTENT_TYPE_LATEST as PROMETHEUS_CONTENT_TYPE
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

registry = CollectorRegistry(auto_describe=True)

http_requests = Counter(
    "http_requests_total",
    "HTTP requests by route, method and status",
    ["method", "route", "status"],
    registry=registry,
)
http_latency = Histogram(
    "http_request_duration_seconds",
    "HTTP request latency by route",
    ["method", "route"],
    registry=registry,
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)
signups = Counter("signups_total", "Accounts registered", registry=registry)
logins = Counter("logins_total", "Login attempts by outcome", ["outcome"], registry=registry)
jobs = Counter(
    "jobs_total", "Background jobs by type and outcome", ["job", "outcome"], registry=registry
)
job_duration = Histogram(
    "job_duration_seconds", "Background job duration", ["job"], registry=registry
)
queue_depth = Gauge("queue_depth", "Jobs waiting per queue", ["queue"], registry=registry)


def render_metrics() -> tuple[bytes, str]:
    """The metrics in Prometheus text format, with queue depths refreshed."""
    from udemy_clone.core.queue import queue_depths

    try:
        for name, depth in queue_depths().items():
            queue_depth.labels(queue=name).set(depth)
    except Exception:  # Redis down: /readyz reports it; metrics still render
        pass
    return generate_latest(registry), PROMETHEUS_CONTENT_TYPE
