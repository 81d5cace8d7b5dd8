"""Prometheus metrics of the web process and the workers.

Each process reports its own request and login metrics, labelled `instance` (INSTANCE_NAME, or
hostname:port as `serve` sets it) and `pid` (a replica runs several granian workers), so
Prometheus sums across replicas without counting anything twice. Job metrics are recorded in
RQ work-horses, which live for one job and cannot be scraped: they are kept in Redis and are
cluster-wide, like the business figures that a domain collector reads from the database
(`register_collector`). Cluster-wide series are the same on every replica: take `max`.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import socket
import threading
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from prometheus_client import CONTENT_TYPE_LATEST as PROMETHEUS_CONTENT_TYPE
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.core import CounterMetricFamily, HistogramMetricFamily, Metric
from prometheus_client.registry import Collector

from udemy_clone.core.config import get_settings
from udemy_clone.core.redis_client import get_redis

# What this process counts itself; rendered with its instance labels through `registry`.
process_registry = CollectorRegistry(auto_describe=True)
registry = CollectorRegistry(auto_describe=True)


def instance_name() -> str:
    """This process's `instance` label: INSTANCE_NAME, else hostname (and port when serving)."""
    configured = get_settings().instance_name
    if configured:
        return configured
    return socket.gethostname()


class _InstanceLabelled:
    """The process registry's metrics with `instance` and `pid` labels added to every sample."""

    def describe(self) -> list[Metric]:
        return []

    def collect(self) -> Iterator[Metric]:
        extra = {"instance": instance_name(), "pid": str(os.getpid())}
        for metric in process_registry.collect():
            labelled = Metric(metric.name, metric.documentation, metric.type, metric.unit)
            for sample in metric.samples:
                labelled.add_sample(
                    sample.name, {**sample.labels, **extra}, sample.value, sample.timestamp
                )
            yield labelled


registry.register(_InstanceLabelled())  # type: ignore[arg-type]


def register_collector(collector: Collector) -> None:
    """Add a cluster-wide collector (e.g. business figures read from the database), once."""
    if collector not in _registered:
        registry.register(collector)
        _registered.append(collector)


_registered: list[Collector] = []

http_requests = Counter(
    "http_requests_total",
    "HTTP requests by route, method and status",
    ["method", "route", "status"],
    registry=process_registry,
)
http_latency = Histogram(
    "http_request_duration_seconds",
    "HTTP request latency by route",
    ["method", "route"],
    registry=process_registry,
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)


@functools.lru_cache(maxsize=4096)
def _request_series(method: str, route: str, status: int) -> tuple[Any, Any]:
    """The labelled counter and histogram of one (method, route template, status): looked up
    once, not on every request (`labels()` takes a lock and builds the key each time). Routes
    are templates, so the number of series is bounded by the app, not by the traffic."""
    return http_requests.labels(method, route, str(status)), http_latency.labels(method, route)


def observe_request(method: str, route: str, status: int, seconds: float) -> None:
    """Count one HTTP request and its latency."""
    counter, histogram = _request_series(method, route, status)
    counter.inc()
    histogram.observe(seconds)


logins = Counter(
    "logins_total", "Login attempts by outcome", ["outcome"], registry=process_registry
)
# The queues are shared: every replica reports the same depth (take max).
queue_depth = Gauge("queue_depth", "Jobs waiting per queue", ["queue"], registry=registry)


def render_metrics(
    queue_depths: Callable[[], dict[str, int]] | None = None,
) -> tuple[bytes, str]:
    """The metrics in Prometheus text format, with queue depths refreshed when given.

    The caller passes `queue.queue_depths` (the queue records job metrics here, so this module
    must not import the queue).
    """
    if queue_depths is not None:
        try:
            for name, depth in queue_depths().items():
                queue_depth.labels(queue=name).set(depth)
        except Exception:  # Redis down: /readyz reports it; metrics still render
            pass
    return generate_latest(registry), PROMETHEUS_CONTENT_TYPE


# ---- metrics recorded by jobs ------------------------------------------------------------------
# Jobs run in RQ work-horses (a process forked per job, gone when the job ends) or in the web
# process's own job thread. Their counters are kept where /metrics can read them: in Redis when
# REDIS_URL is set (cluster-wide: every replica shows the same), else in this process's memory.

JOB_DURATION_BUCKETS = (0.01, 0.05, 0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600)
TRANSCODE_BUCKETS = (1, 5, 10, 30, 60, 120, 300, 600, 1200, 1800, 3600, 7200)
_REDIS_PREFIX = "metrics:shared:"


@dataclass(frozen=True)
class SharedMetric:
    name: str
    kind: str  # counter | histogram
    documentation: str
    labelnames: tuple[str, ...] = ()
    buckets: tuple[float, ...] = ()


SHARED_METRICS = {
    m.name: m
    for m in (
        SharedMetric(
            "jobs_total", "counter", "Background jobs by type and outcome", ("job", "outcome")
        ),
        SharedMetric(
            "job_duration_seconds",
            "histogram",
            "Background job duration by type",
            ("job", "outcome"),
            JOB_DURATION_BUCKETS,
        ),
        SharedMetric(
            "transcode_seconds",
            "histogram",
            "Wall time of one video transcode",
            ("outcome",),
            TRANSCODE_BUCKETS,
        ),
    )
}
_local_values: dict[tuple[str, str], float] = defaultdict(float)
_local_lock = threading.Lock()


def _field(labels: dict[str, str], suffix: str = "") -> str:
    return json.dumps(labels, sort_keys=True) + suffix


def _add(name: str, increments: dict[str, float]) -> None:
    redis = None
    with contextlib.suppress(Exception):
        redis = get_redis()
    if redis is not None:
        try:
            pipe = redis.pipeline(transaction=False)
            for field_name, amount in increments.items():
                pipe.hincrbyfloat(_REDIS_PREFIX + name, field_name, amount)
            pipe.execute()
            return
        except Exception:  # metrics must never fail the job that records them
            pass
    with _local_lock:
        for field_name, amount in increments.items():
            _local_values[(name, field_name)] += amount


def _check_labels(metric: SharedMetric, labels: dict[str, str]) -> dict[str, str]:
    if set(labels) != set(metric.labelnames):
        raise ValueError(
            f"{metric.name} takes the labels {metric.labelnames}, got {sorted(labels)}"
        )
    return {k: str(v) for k, v in labels.items()}


def count(name: str, amount: float = 1.0, **labels: str) -> None:
    """Add `amount` to a shared counter (kept across worker processes)."""
    metric = SHARED_METRICS[name]
    _add(name, {_field(_check_labels(metric, labels)): amount})


def observe(name: str, value: float, **labels: str) -> None:
    """Record one observation of a shared histogram."""
    metric = SHARED_METRICS[name]
    clean = _check_labels(metric, labels)
    increments = {_field(clean, "|count"): 1.0, _field(clean, "|sum"): float(value)}
    for bound in metric.buckets:
        if value <= bound:
            increments[_field(clean, f"|le={bound}")] = 1.0
    _add(name, increments)


def record_job(job: str, outcome: str, seconds: float) -> None:
    """A job ended (outcome: success, retried or failed): count it and its duration."""
    count("jobs_total", job=job, outcome=outcome)
    observe("job_duration_seconds", seconds, job=job, outcome=outcome)


def _shared_values(name: str) -> dict[str, float]:
    values: dict[str, float] = {}
    redis = None
    with contextlib.suppress(Exception):
        redis = get_redis()
    if redis is not None:
        with contextlib.suppress(Exception):
            raw: dict[bytes, bytes] = redis.hgetall(_REDIS_PREFIX + name)  # type: ignore[assignment]
            values = {k.decode(): float(v) for k, v in raw.items()}
    with _local_lock:
        for (metric_name, field_name), amount in _local_values.items():
            if metric_name == name:
                values[field_name] = values.get(field_name, 0.0) + amount
    return values


class SharedMetricsCollector:
    """Renders the shared counters and histograms (from Redis and this process) on a scrape."""

    def describe(self) -> list[Metric]:
        return []

    def collect(self) -> Iterator[Metric]:
        for metric in SHARED_METRICS.values():
            values = _shared_values(metric.name)
            if metric.kind == "counter":
                counter = CounterMetricFamily(
                    metric.name.removesuffix("_total"),
                    metric.documentation,
                    labels=list(metric.labelnames),
                )
                for field_name, amount in sorted(values.items()):
                    labels = json.loads(field_name)
                    counter.add_metric([labels[n] for n in metric.labelnames], amount)
                yield counter
                continue
            histogram = HistogramMetricFamily(
                metric.name, metric.documentation, labels=list(metric.labelnames)
            )
            series: dict[str, dict[str, float]] = defaultdict(dict)
            for field_name, amount in values.items():
                label_json, _, part = field_name.partition("|")
                series[label_json][part] = amount
            for label_json, parts in sorted(series.items()):
                labels = json.loads(label_json)
                buckets = [
                    (str(bound), parts.get(f"le={bound}", 0.0)) for bound in metric.buckets
                ] + [("+Inf", parts.get("count", 0.0))]
                histogram.add_metric(
                    [labels[n] for n in metric.labelnames], buckets, parts.get("sum", 0.0)
                )
            yield histogram


def reset_local_shared_metrics() -> None:
    """Forget the in-memory shared metrics (tests)."""
    with _local_lock:
        _local_values.clear()


registry.register(SharedMetricsCollector())  # type: ignore[arg-type]
