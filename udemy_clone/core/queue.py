"""Background jobs: RQ on Redis when REDIS_URL is set, an in-process worker thread otherwise.

Jobs are importable module-level functions that take ids. Each enqueue sets a timeout and a
retry policy; a job that fails for good is recorded in `job_failures` where an admin sees it.
"""

from __future__ import annotations

import importlib
import itertools
import queue as stdlib_queue
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from udemy_clone.core.config import get_settings
from udemy_clone.core.log import get_logger
from udemy_clone.core.redis_client import get_redis

log = get_logger(__name__)

QUEUES = ("high", "default", "low")
DEFAULT_RETRY_INTERVALS = (2, 10, 60)


def func_path(func: Callable[..., Any] | str) -> str:
    """'module:function' for a job function."""
    if isinstance(func, str):
        return func
    return f"{func.__module__}:{func.__qualname__}"


def resolve(path: str) -> Callable[..., Any]:
    """The function named by 'module:function' (or 'module.function')."""
    if ":" in path:
        module_name, attr = path.split(":", 1)
    else:
        module_name, attr = path.rsplit(".", 1)
    target: Any = importlib.import_module(module_name)
    for part in attr.split("."):
        target = getattr(target, part)
    return target  # type: ignore[no-any-return]


def record_failure(*, job_id: str, func_name: str, args: list[Any], queue: str, error: str) -> None:
    """Write a failed job where people can see it (admin dashboard, CLI)."""
    from udemy_clone.core import db
    from udemy_clone.core.models import JobFailure

    log.error("job_failed", job_id=job_id, func=func_name, error=error.splitlines()[-1:])
    try:
        with db.transaction() as session:
            session.add(
                JobFailure(
                    job_id=job_id,
                    func_name=func_name,
                    args=[a if isinstance(a, int | str | float | bool) else str(a) for a in args],
                    queue=queue,
                    error=error[-8000:],
                )
            )
    except Exception:  # never let failure recording crash the worker
        log.exception("job_failure_record_failed", job_id=job_id)


def _rq_on_failure(job: Any, connection: Any, exc_type: Any, exc_value: Any, tb: Any) -> None:
    """RQ failure callback: record only when no retry is left."""
    retries_left = getattr(job, "retries_left", 0) or 0
    _record_rq_job_metrics(job, "retried" if retries_left > 0 else "failed")
    if retries_left > 0:
        return
    record_failure(
        job_id=job.id,
        func_name=job.func_name,
        args=list(job.args or ()),
        queue=job.origin,
        error="".join(traceback.format_exception(exc_type, exc_value, tb)),
    )


def _record_job_metrics(func_name: str, outcome: str, seconds: float) -> None:
    """jobs_total and job_duration_seconds (never let metrics break a job)."""
    from udemy_clone.core import metrics

    try:
        metrics.record_job(func_name.replace(":", "."), outcome, seconds)
    except Exception:
        log.exception("job_metrics_failed", func=func_name)


def _rq_elapsed(job: Any) -> float:
    started = getattr(job, "started_at", None)
    if started is None:
        return 0.0
    if started.tzinfo is None:
        started = started.replace(tzinfo=UTC)
    return max(0.0, (datetime.now(UTC) - started).total_seconds())


def _record_rq_job_metrics(job: Any, outcome: str) -> None:
    _record_job_metrics(str(job.func_name), outcome, _rq_elapsed(job))


def _rq_on_success(job: Any, connection: Any, result: Any, *args: Any, **kwargs: Any) -> None:
    """RQ success callback (runs in the work-horse): count the job and its duration."""
    _record_rq_job_metrics(job, "success")


@dataclass(order=True)
class _LocalJob:
    priority: int
    seq: int
    not_before: float = field(compare=False)
    func: str = field(compare=False)
    args: tuple[Any, ...] = field(compare=False)
    kwargs: dict[str, Any] = field(compare=False)
    queue: str = field(compare=False)
    job_id: str = field(compare=False)
    timeout: int = field(compare=False)
    retry_intervals: tuple[int, ...] = field(compare=False)
    attempt: int = field(compare=False, default=0)


class InProcessQueue:
    """The embedded job runner: one daemon thread, priorities high > default > low, retries."""

    def __init__(self) -> None:
        self._queue: stdlib_queue.PriorityQueue[_LocalJob] = stdlib_queue.PriorityQueue()
        self._seq = itertools.count()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._active = 0
        self._idle = threading.Condition(self._lock)
        self.retry_scale = 1.0  # tests shrink retry delays
        # Tests that share one database connection run jobs inline instead of in the thread.
        self.eager = False

    def start(self) -> None:
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(
                    target=self._run, name="inprocess-jobs", daemon=True
                )
                self._thread.start()

    def put(self, job: _LocalJob) -> None:
        if self.eager:
            self.run_eagerly(job)
            return
        with self._lock:
            self._active += 1
        self._queue.put(job)
        self.start()

    def pending(self) -> int:
        with self._lock:
            return self._active

    def wait_idle(self, timeout: float = 30.0) -> bool:
        """Block until every queued job (and its retries) has finished."""
        deadline = time.monotonic() + timeout
        with self._idle:
            while self._active > 0:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self._idle.wait(remaining)
        return True

    def _finish(self) -> None:
        with self._idle:
            self._active -= 1
            if self._active <= 0:
                self._active = 0
                self._idle.notify_all()

    def _run(self) -> None:
        while True:
            job = self._queue.get()
            delay = job.not_before - time.monotonic()
            if delay > 0:
                # not yet due: put it back and wait a little (a later job may be due first)
                self._queue.put(job)
                time.sleep(min(delay, 0.05))
                continue
            if self._attempt(job):
                self._finish()
            else:
                job.not_before = time.monotonic() + (
                    job.retry_intervals[job.attempt - 1] * self.retry_scale
                )
                job.seq = next(self._seq)
                self._queue.put(job)

    def _attempt(self, job: _LocalJob) -> bool:
        """Run the job once; False when it failed and should be retried (attempt advanced)."""
        started = time.perf_counter()
        try:
            resolve(job.func)(*job.args, **job.kwargs)
            _record_job_metrics(job.func, "success", time.perf_counter() - started)
            return True
        except Exception as exc:
            retrying = job.attempt < len(job.retry_intervals)
            _record_job_metrics(
                job.func, "retried" if retrying else "failed", time.perf_counter() - started
            )
            if retrying:
                log.warning("job_retry", job_id=job.job_id, attempt=job.attempt + 1, error=str(exc))
                job.attempt += 1
                return False
            record_failure(
                job_id=job.job_id,
                func_name=job.func,
                args=list(job.args),
                queue=job.queue,
                error=traceback.format_exc(),
            )
            return True

    def run_eagerly(self, job: _LocalJob) -> None:
        """Run a job and its retries now, in the calling thread (tests on one connection)."""
        while not self._attempt(job):
            pass


local_queue = InProcessQueue()


def enqueue(
    func: Callable[..., Any] | str,
    *args: Any,
    queue: str = "default",
    job_timeout: int = 300,
    retry_intervals: tuple[int, ...] = DEFAULT_RETRY_INTERVALS,
    job_id: str | None = None,
    **kwargs: Any,
) -> str:
    """Run `func(*args, **kwargs)` in the background; returns the job id."""
    if queue not in QUEUES:
        raise ValueError(f"Unknown queue {queue!r}; use one of {QUEUES}.")
    path = func_path(func)
    redis = get_redis()
    if redis is not None:
        from rq import Callback, Queue, Retry

        rq_queue = Queue(queue, connection=redis)
        job = rq_queue.enqueue(
            path.replace(":", "."),
            args=args,
            kwargs=kwargs,
            job_timeout=job_timeout,
            retry=Retry(max=len(retry_intervals), interval=list(retry_intervals))
            if retry_intervals
            else None,
            on_failure=Callback(_rq_on_failure),
            on_success=Callback(_rq_on_success),
            job_id=job_id,
            result_ttl=3600,
            failure_ttl=7 * 24 * 3600,
        )
        return str(job.id)
    local_id = job_id or f"local-{next(local_queue._seq)}"
    local_queue.put(
        _LocalJob(
            priority=QUEUES.index(queue),
            seq=next(local_queue._seq),
            not_before=0.0,
            func=path,
            args=args,
            kwargs=kwargs,
            queue=queue,
            job_id=local_id,
            timeout=job_timeout,
            retry_intervals=tuple(retry_intervals),
        )
    )
    return local_id


def uses_rq() -> bool:
    """True when jobs go to RQ workers rather than the in-process thread."""
    return bool(get_settings().redis_url)


def queue_depths() -> dict[str, int]:
    """Waiting jobs per queue (RQ) or in the in-process runner."""
    redis = get_redis()
    if redis is None:
        return {"inprocess": local_queue.pending()}
    from rq import Queue

    return {name: Queue(name, connection=redis).count for name in QUEUES}


def enqueue_at(
    run_at: datetime,
    func: Callable[..., Any] | str,
    *args: Any,
    queue: str = "default",
    job_timeout: int = 300,
    retry_intervals: tuple[int, ...] = DEFAULT_RETRY_INTERVALS,
    job_id: str | None = None,
    **kwargs: Any,
) -> str:
    """Run `func(*args, **kwargs)` at `run_at` (RQ's scheduler, or a timer thread in-process)."""
    if queue not in QUEUES:
        raise ValueError(f"Unknown queue {queue!r}; use one of {QUEUES}.")
    path = func_path(func)
    redis = get_redis()
    if redis is not None:
        from rq import Callback, Queue, Retry

        job = Queue(queue, connection=redis).enqueue_at(
            run_at,
            path.replace(":", "."),
            args=args,
            kwargs=kwargs,
            job_timeout=job_timeout,
            retry=Retry(max=len(retry_intervals), interval=list(retry_intervals))
            if retry_intervals
            else None,
            on_failure=Callback(_rq_on_failure),
            on_success=Callback(_rq_on_success),
            job_id=job_id,
            result_ttl=3600,
            failure_ttl=7 * 24 * 3600,
        )
        return str(job.id)
    delay = max(0.0, (run_at - datetime.now(UTC)).total_seconds())
    local_id = job_id or f"local-at-{next(local_queue._seq)}"
    timer = threading.Timer(
        delay,
        enqueue,
        args=(path, *args),
        kwargs={
            "queue": queue,
            "job_timeout": job_timeout,
            "retry_intervals": retry_intervals,
            "job_id": local_id,
            **kwargs,
        },
    )
    timer.daemon = True  # a pending timer never keeps the process alive
    timer.start()
    return local_id
