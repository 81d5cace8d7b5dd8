"""Background jobs, one model in two engines: RQ on Redis when REDIS_URL is set, else the database.

Both modes promise the same: a job is delivered at least once (handlers are idempotent), runs
under its own timeout, is retried with backoff, and one that fails for good is recorded in
`job_failures` (with its args and kwargs) where an admin sees and retries it.

Embedded mode keeps each job as a row of `jobs`. The in-process runner (threads of the web
process) claims due rows with a short lease (`FOR UPDATE SKIP LOCKED` on PostgreSQL, `BEGIN
IMMEDIATE` on SQLite) and renews it while the job runs; when a process dies its leases end
within `JOB_LEASE_SECONDS` (at once on the same machine, where the dead pid is seen) and the
next runner takes the job over. A job row written in the caller's transaction
(`enqueue(..., session=session)`) exists exactly when that transaction commits.
"""

from __future__ import annotations

import contextlib
import ctypes
import importlib
import json
import os
import socket
import threading
import time
import traceback
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, or_, update
from sqlmodel import Session, col, select

from udemy_clone.core import db, metrics, processes
from udemy_clone.core.config import get_settings
from udemy_clone.core.log import get_logger
from udemy_clone.core.models import Job, JobFailure, JobStatus
from udemy_clone.core.redis_client import get_redis

log = get_logger(__name__)

QUEUES = ("high", "default", "low")
DEFAULT_RETRY_INTERVALS = (2, 10, 60)
# A running job's lease, renewed every JOB_HEARTBEAT_SECONDS while it runs.
JOB_LEASE_SECONDS = 20
JOB_HEARTBEAT_SECONDS = 5
# A run cut short by its process dying is not the job's failure: it gets this many tries on
# top of its retries before it is given up (a job that kills its process every time).
CRASH_TRIES = 2
# Finished job rows are kept this long (for the admin panel), then pruned.
DONE_JOBS_KEPT = timedelta(days=1)


class JobTimeout(Exception):
    """The job ran past its timeout and was stopped."""


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


def _check_json(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    try:
        json.dumps([list(args), kwargs])
    except (TypeError, ValueError) as exc:
        raise TypeError(f"Job arguments must be JSON values (ids, strings): {exc}") from exc


def _plain(value: Any) -> Any:
    return value if isinstance(value, int | str | float | bool | None) else str(value)


def record_failure(
    *,
    job_id: str,
    func_name: str,
    args: list[Any],
    queue: str,
    error: str,
    kwargs: dict[str, Any] | None = None,
) -> None:
    """Write a failed job where people can see it (admin dashboard, CLI)."""
    log.error("job_failed", job_id=job_id, func=func_name, error=error.splitlines()[-1:])
    try:
        with db.transaction() as session:
            session.add(
                JobFailure(
                    job_id=job_id,
                    func_name=func_name,
                    args=[_plain(a) for a in args],
                    kwargs={str(k): _plain(v) for k, v in (kwargs or {}).items()},
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
        kwargs=dict(job.kwargs or {}),
        queue=job.origin,
        error="".join(traceback.format_exception(exc_type, exc_value, tb))
        if tb is not None
        else f"{getattr(exc_type, '__name__', exc_type)}: the worker running it died",
    )


def _record_job_metrics(func_name: str, outcome: str, seconds: float) -> None:
    """jobs_total and job_duration_seconds (never let metrics break a job)."""
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


# ---- embedded mode: the job table and its in-process runner -----------------------------------


def _utc(value: datetime | None) -> datetime | None:
    return None if value is None else db.as_utc(value)


def _raise_in_thread(thread: threading.Thread, exc_type: type[BaseException]) -> None:
    """Raise `exc_type` inside `thread` at its next Python instruction (a timed-out job)."""
    if thread.ident is None:
        return
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread.ident), ctypes.py_object(exc_type)
    )


@dataclass
class _Claimed:
    """A job this runner took: what to call and how its run goes."""

    job_id: str
    func: str
    args: list[Any]
    kwargs: dict[str, Any]
    queue: str
    timeout: int
    attempts: int
    max_attempts: int
    retry_intervals: list[int]
    started: float = field(default_factory=time.monotonic)
    thread: threading.Thread | None = None
    error: str | None = None
    done: bool = False


def _add_job_row(
    session: Session,
    *,
    job_id: str,
    path: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    queue: str,
    job_timeout: int,
    retry_intervals: tuple[int, ...],
    run_at: datetime,
) -> None:
    """Insert the job row, or requeue a finished one of the same id (a queued or running one
    of that id already covers this request: handlers are idempotent)."""
    existing = session.get(Job, job_id, with_for_update=True)
    now = db.utcnow()
    if existing is not None and existing.status in (JobStatus.queued, JobStatus.running):
        return
    row = existing or Job(id=job_id, func_name=path)
    row.func_name = path
    row.args = list(args)
    row.kwargs = dict(kwargs)
    row.queue = queue
    row.priority = QUEUES.index(queue)
    row.status = JobStatus.queued
    row.attempts = 0
    row.max_attempts = 1 + len(retry_intervals)
    row.retry_intervals = [int(i) for i in retry_intervals]
    row.timeout_seconds = int(job_timeout)
    row.run_at = run_at
    row.lease_until = None
    row.worker_id = None
    row.last_error = None
    row.updated_at = now
    session.add(row)
    session.flush()


class InProcessQueue:
    """The embedded job runner: claims rows of `jobs` with a lease, runs each in a thread.

    Priorities high > default > low; a job past its timeout gets `JobTimeout` raised in its
    thread and counts as a failed try; retries wait their backoff in the table (durable).
    """

    def __init__(self, concurrency: int = 2) -> None:
        self.concurrency = concurrency
        self.worker_id = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self.retry_scale = 1.0  # tests shrink retry delays
        # Tests that share one database connection run jobs inline instead of in the thread.
        self.eager = False
        self._lock = threading.Lock()
        self._running: dict[str, _Claimed] = {}
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._kick = threading.Event()
        self._last_heartbeat = 0.0

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> None:
        """Start the runner thread of this process (once)."""
        with self._lock:
            if self._thread is not None and self._thread.is_alive():
                return
            if self.worker_id.split(":")[1] != str(os.getpid()):  # a forked copy: new identity
                self.worker_id = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
            self._stop.clear()
            self._thread = threading.Thread(target=self._loop, name="inprocess-jobs", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        """Stop claiming; wait a little for the running jobs (their leases end on their own)."""
        self._stop.set()
        self._kick.set()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)
        self._thread = None

    def kick(self) -> None:
        """Look for due jobs now (a job was just committed)."""
        self._kick.set()

    def is_running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # -- observation (tests, admin panel, metrics) ------------------------------------------

    def pending(self) -> int:
        """Jobs waiting or running in the table."""
        with db.read_session() as session:
            return int(
                session.exec(
                    select(func.count())
                    .select_from(Job)
                    .where(col(Job.status).in_([JobStatus.queued, JobStatus.running]))
                ).one()
            )

    def wait_idle(self, timeout: float = 30.0) -> bool:
        """Block until no job is due soon or running (starts the runner if needed)."""
        if self.eager:
            return True
        self.start()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            soon = db.utcnow() + timedelta(seconds=60)
            with db.read_session() as session:
                busy = session.exec(
                    select(func.count())
                    .select_from(Job)
                    .where(
                        or_(
                            col(Job.status) == JobStatus.running,
                            (col(Job.status) == JobStatus.queued) & (col(Job.run_at) <= soon),
                        )
                    )
                ).one()
            with self._lock:
                local = len(self._running)
            if not busy and not local:
                return True
            self._kick.set()
            time.sleep(0.05)
        return False

    # -- the loop ----------------------------------------------------------------------------

    def _loop(self) -> None:
        with contextlib.suppress(Exception):
            release_dead_local_leases()
        while not self._stop.is_set():
            try:
                if self.eager or db.has_bind_override():
                    self._kick.wait(0.2)
                    self._kick.clear()
                    continue
                self._reap()
                self._heartbeat()
                claimed = None
                with self._lock:
                    free = self.concurrency - len(self._running)
                if free > 0:
                    claimed = self._claim()
                if claimed is not None:
                    self._launch(claimed)
                    continue
                self._kick.wait(0.25)
                self._kick.clear()
            except Exception:
                log.exception("job_runner_failed")
                self._stop.wait(1.0)

    def _claim(self) -> _Claimed | None:
        """Take the next due job (or one whose run died); None when there is none."""
        now = db.utcnow()
        gave_up: dict[str, Any] | None = None
        with db.transaction() as session:
            statement = (
                select(Job)
                .where(
                    or_(
                        (col(Job.status) == JobStatus.queued) & (col(Job.run_at) <= now),
                        (col(Job.status) == JobStatus.running) & (col(Job.lease_until) < now),
                    )
                )
                .order_by(col(Job.priority), col(Job.run_at))
                .limit(1)
            )
            if session.get_bind().dialect.name == "postgresql":
                statement = statement.with_for_update(skip_locked=True)
            row = session.exec(statement).first()
            if row is None:
                return None
            abandoned = row.status == JobStatus.running
            row.attempts += 1
            row.updated_at = now
            if abandoned:
                log.warning("job_taken_over", job_id=row.id, dead_worker=row.worker_id)
            if abandoned and row.attempts > row.max_attempts + CRASH_TRIES:
                # Its process died on every try: give up and tell an admin.
                row.status = JobStatus.failed
                row.lease_until = None
                row.last_error = "The process running this job died on every try."
                gave_up = {
                    "job_id": row.id,
                    "func_name": row.func_name,
                    "args": list(row.args),
                    "kwargs": dict(row.kwargs),
                    "queue": row.queue,
                    "error": row.last_error,
                }
            else:
                row.status = JobStatus.running
                row.worker_id = self.worker_id
                row.lease_until = now + timedelta(seconds=JOB_LEASE_SECONDS)
            session.add(row)
            claimed = _Claimed(
                job_id=row.id,
                func=row.func_name,
                args=list(row.args),
                kwargs=dict(row.kwargs),
                queue=row.queue,
                timeout=row.timeout_seconds,
                attempts=row.attempts,
                max_attempts=row.max_attempts,
                retry_intervals=list(row.retry_intervals),
                done=gave_up is not None,
            )
        if gave_up is not None:
            record_failure(**gave_up)
        return claimed

    def _launch(self, job: _Claimed) -> None:
        if job.done:
            return  # the row was failed for good while claiming; look for the next one
        thread = threading.Thread(
            target=self._execute, args=(job,), name=f"job-{job.job_id}"[:60], daemon=True
        )
        job.thread = thread
        with self._lock:
            self._running[job.job_id] = job
        thread.start()

    def _execute(self, job: _Claimed) -> None:
        started = time.perf_counter()
        try:
            with processes.running_job(job.job_id):
                resolve(job.func)(*job.args, **job.kwargs)
        except BaseException as exc:
            job.error = "".join(traceback.format_exception(exc))
            outcome = "retried" if job.attempts < job.max_attempts else "failed"
        else:
            outcome = "success"
        _record_job_metrics(job.func, outcome, time.perf_counter() - started)
        job.done = True
        self._kick.set()

    def _reap(self) -> None:
        with self._lock:
            jobs = list(self._running.values())
        for job in jobs:
            if job.done:
                self._finish(job)
            elif time.monotonic() - job.started > job.timeout:
                assert job.thread is not None
                _raise_in_thread(job.thread, JobTimeout)
                job.error = f"JobTimeout: the job ran longer than its {job.timeout} s timeout."
                _record_job_metrics(job.func, "failed", float(job.timeout))
                self._finish(job)

    def _finish(self, job: _Claimed) -> None:
        with self._lock:
            self._running.pop(job.job_id, None)
        now = db.utcnow()
        values: dict[str, Any] = {"lease_until": None, "updated_at": now}
        failed_for_good = False
        if job.error is None:
            values["status"] = JobStatus.done
            values["last_error"] = None
        elif job.attempts < job.max_attempts:
            delay = job.retry_intervals[job.attempts - 1] * self.retry_scale
            log.warning(
                "job_retry", job_id=job.job_id, attempt=job.attempts, error=job.error[-300:]
            )
            values.update(
                status=JobStatus.queued,
                run_at=now + timedelta(seconds=delay),
                last_error=job.error[-8000:],
            )
        else:
            failed_for_good = True
            values.update(status=JobStatus.failed, last_error=job.error[-8000:])
        with db.transaction() as session:
            result = session.execute(
                update(Job)
                .where(
                    col(Job.id) == job.job_id,
                    col(Job.worker_id) == self.worker_id,
                    col(Job.status) == JobStatus.running,
                )
                .values(**values)
            )
        if result.rowcount != 1:  # type: ignore[attr-defined]
            log.warning("job_lease_lost", job_id=job.job_id)
            return
        if failed_for_good:
            assert job.error is not None
            record_failure(
                job_id=job.job_id,
                func_name=job.func,
                args=job.args,
                kwargs=job.kwargs,
                queue=job.queue,
                error=job.error,
            )

    def _heartbeat(self) -> None:
        if time.monotonic() - self._last_heartbeat < JOB_HEARTBEAT_SECONDS:
            return
        self._last_heartbeat = time.monotonic()
        with self._lock:
            ids = [j for j, job in self._running.items() if not job.done]
        if not ids:
            return
        with db.transaction() as session:
            session.execute(
                update(Job)
                .where(col(Job.id).in_(ids), col(Job.worker_id) == self.worker_id)
                .values(lease_until=db.utcnow() + timedelta(seconds=JOB_LEASE_SECONDS))
            )

    def run_eagerly(
        self,
        path: str,
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
        *,
        job_id: str,
        queue: str,
        retry_intervals: tuple[int, ...],
    ) -> None:
        """Run a job and its retries now, in the calling thread (tests on one connection)."""
        attempt = 0
        while True:
            attempt += 1
            started = time.perf_counter()
            try:
                with processes.running_job(job_id):
                    resolve(path)(*args, **kwargs)
                _record_job_metrics(path, "success", time.perf_counter() - started)
                return
            except Exception:
                retrying = attempt <= len(retry_intervals)
                _record_job_metrics(
                    path, "retried" if retrying else "failed", time.perf_counter() - started
                )
                if not retrying:
                    record_failure(
                        job_id=job_id,
                        func_name=path,
                        args=list(args),
                        kwargs=kwargs,
                        queue=queue,
                        error=traceback.format_exc(),
                    )
                    return


# Four job threads: most jobs wait on the database or files, not on the CPU.
local_queue = InProcessQueue(concurrency=4)


def release_dead_local_leases() -> int:
    """End at once the leases held by dead processes of this machine (their jobs run again)."""
    host = socket.gethostname()
    released = 0
    with db.transaction() as session:
        rows = session.exec(select(Job).where(col(Job.status) == JobStatus.running)).all()
        for row in rows:
            parts = (row.worker_id or "").split(":")
            if len(parts) != 3 or parts[0] != host or not parts[1].isdigit():
                continue
            pid = int(parts[1])
            mine = pid == os.getpid() and row.worker_id == local_queue.worker_id
            if mine or (pid != os.getpid() and processes.pid_alive(pid)):
                continue
            row.lease_until = db.utcnow() - timedelta(seconds=1)
            session.add(row)
            released += 1
    if released:
        log.warning("job_leases_released", count=released)
    return released


def prune_finished_jobs() -> int:
    """Job: delete done job rows older than a day (failed ones stay for the record)."""
    from sqlalchemy import delete

    with db.transaction() as session:
        result = session.execute(
            delete(Job).where(
                col(Job.status) == JobStatus.done,
                col(Job.updated_at) < db.utcnow() - DONE_JOBS_KEPT,
            )
        )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


# ---- the one API both modes share -------------------------------------------------------------


def _rq_enqueue(
    path: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    *,
    queue: str,
    job_timeout: int,
    retry_intervals: tuple[int, ...],
    job_id: str | None,
    run_at: datetime | None,
) -> str:
    from rq import Callback, Queue, Retry

    rq_queue = Queue(queue, connection=get_redis())
    options: dict[str, Any] = {
        "args": args,
        "kwargs": kwargs,
        "job_timeout": job_timeout,
        "retry": Retry(max=len(retry_intervals), interval=list(retry_intervals))
        if retry_intervals
        else None,
        "on_failure": Callback(_rq_on_failure),
        "on_success": Callback(_rq_on_success),
        "job_id": job_id,
        "result_ttl": 3600,
        "failure_ttl": 7 * 24 * 3600,
    }
    target = path.replace(":", ".")
    if run_at is not None:
        job = rq_queue.enqueue_at(run_at, target, **options)
    else:
        job = rq_queue.enqueue(target, **options)
    return str(job.id)


def enqueue(
    func: Callable[..., Any] | str,
    *args: Any,
    queue: str = "default",
    job_timeout: int = 300,
    retry_intervals: tuple[int, ...] = DEFAULT_RETRY_INTERVALS,
    job_id: str | None = None,
    session: Session | None = None,
    run_at: datetime | None = None,
    **kwargs: Any,
) -> str:
    """Run `func(*args, **kwargs)` in the background (at `run_at`, or now); returns the job id.

    Arguments must be JSON values. With `session` (embedded mode) the job row is written in
    that transaction, so the job exists exactly when the caller's change commits. Enqueueing an
    id that is already waiting or running does nothing (jobs are idempotent).
    """
    if queue not in QUEUES:
        raise ValueError(f"Unknown queue {queue!r}; use one of {QUEUES}.")
    path = func_path(func)
    _check_json(args, kwargs)
    if get_redis() is not None:
        return _rq_enqueue(
            path,
            args,
            kwargs,
            queue=queue,
            job_timeout=job_timeout,
            retry_intervals=tuple(retry_intervals),
            job_id=job_id,
            run_at=run_at,
        )
    local_id = job_id or f"job-{uuid.uuid4().hex}"
    if local_queue.eager and run_at is None:
        local_queue.run_eagerly(
            path,
            args,
            kwargs,
            job_id=local_id,
            queue=queue,
            retry_intervals=tuple(retry_intervals),
        )
        return local_id
    row_values: dict[str, Any] = {
        "job_id": local_id,
        "path": path,
        "args": args,
        "kwargs": kwargs,
        "queue": queue,
        "job_timeout": job_timeout,
        "retry_intervals": tuple(retry_intervals),
        "run_at": run_at or db.utcnow(),
    }
    if session is not None:
        _add_job_row(session, **row_values)
        db.after_commit(session, local_queue.kick)
    else:
        with db.transaction() as own:
            _add_job_row(own, **row_values)
        local_queue.kick()
    return local_id


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
    """Run `func(*args, **kwargs)` at `run_at` (RQ's scheduler, or a row due then): durable."""
    return enqueue(
        func,
        *args,
        queue=queue,
        job_timeout=job_timeout,
        retry_intervals=retry_intervals,
        job_id=job_id,
        run_at=run_at,
        **kwargs,
    )


def uses_rq() -> bool:
    """True when jobs go to RQ workers rather than the in-process runner."""
    return bool(get_settings().redis_url)


def job_pending(job_id: str) -> bool:
    """Whether a job of this id waits, is scheduled or runs (RQ or the job table)."""
    redis = get_redis()
    if redis is None:
        with db.read_session() as session:
            row = session.get(Job, job_id)
            return row is not None and row.status in (JobStatus.queued, JobStatus.running)
    from rq.exceptions import NoSuchJobError
    from rq.job import Job as RqJob
    from rq.job import JobStatus as RqStatus

    try:
        status = RqJob.fetch(job_id, connection=redis).get_status()
    except NoSuchJobError:
        return False
    return status in (RqStatus.QUEUED, RqStatus.STARTED, RqStatus.SCHEDULED, RqStatus.DEFERRED)


def queue_depths() -> dict[str, int]:
    """Waiting jobs per queue (RQ) or in the job table (waiting and running)."""
    redis = get_redis()
    if redis is None:
        return {"inprocess": local_queue.pending()}
    from rq import Queue

    return {name: Queue(name, connection=redis).count for name in QUEUES}
