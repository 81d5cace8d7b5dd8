"""The job queues as operators see them: counts per queue, failed jobs, retrying one.

Works in both modes (RQ registries on Redis, the `jobs` table in embedded mode); the admin
panel (web) and the REST route (`/api/v1/stats/jobs`) call these.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from pydantic import BaseModel
from sqlalchemy import case, func
from sqlmodel import Session, col, select

from udemy_clone.core import db, queue
from udemy_clone.core.errors import Conflict, NotFound
from udemy_clone.core.log import get_logger
from udemy_clone.core.models import Job, JobFailure, JobStatus
from udemy_clone.core.redis_client import get_redis

log = get_logger(__name__)


class QueueCounts(BaseModel):
    queue: str
    waiting: int
    running: int
    scheduled: int
    failed: int


class FailedJob(BaseModel):
    id: int
    job_id: str
    func_name: str
    queue: str
    args: list[object]
    error: str
    error_summary: str
    failed_at: datetime


class JobQueuesPanel(BaseModel):
    """Job queues as an operator sees them: counts per queue and unresolved failures."""

    backend: str  # rq | inprocess
    queues: list[QueueCounts]
    failures: list[FailedJob]


class RetryResult(BaseModel):
    failure_id: int
    job_id: str


def _error_summary(error: str) -> str:
    lines = [line.strip() for line in error.strip().splitlines() if line.strip()]
    return (lines[-1] if lines else "No error text was recorded.")[:300]


def job_queues(*, session: Session, limit: int = 20) -> JobQueuesPanel:
    """Waiting, running, scheduled and failed jobs per queue, and the unresolved failures."""
    failures = list(
        session.exec(
            select(JobFailure)
            .where(col(JobFailure.resolved_at).is_(None))
            .order_by(col(JobFailure.failed_at).desc(), col(JobFailure.id).desc())
            .limit(limit)
        )
    )
    unresolved_by_queue: dict[str, int] = defaultdict(int)
    for queue_name, count in session.exec(
        select(JobFailure.queue, func.count(col(JobFailure.id)))
        .where(col(JobFailure.resolved_at).is_(None))
        .group_by(col(JobFailure.queue))
    ):
        unresolved_by_queue[str(queue_name)] = int(count)
    if queue.uses_rq():
        counts = _rq_counts(unresolved_by_queue)
    else:
        counts = _table_counts(session, unresolved_by_queue)
    return JobQueuesPanel(
        backend="rq" if queue.uses_rq() else "inprocess",
        queues=counts,
        failures=[
            FailedJob(
                id=int(f.id or 0),
                job_id=f.job_id,
                func_name=f.func_name,
                queue=f.queue,
                args=list(f.args),
                error=f.error[-4000:],
                error_summary=_error_summary(f.error),
                failed_at=db.as_utc(f.failed_at),
            )
            for f in failures
        ],
    )


def _table_counts(session: Session, unresolved_by_queue: dict[str, int]) -> list[QueueCounts]:
    """Per queue, from the job table: due, running, waiting for their time, failed."""
    now = db.utcnow()
    tallies: dict[str, dict[str, int]] = {
        name: {"waiting": 0, "running": 0, "scheduled": 0} for name in queue.QUEUES
    }
    due_now = func.sum(case((col(Job.run_at) <= now, 1), else_=0))
    for queue_name, status, due, count in session.exec(
        select(Job.queue, Job.status, due_now, func.count())
        .where(col(Job.status).in_([JobStatus.queued, JobStatus.running]))
        .group_by(col(Job.queue), col(Job.status))
    ):
        tally = tallies.setdefault(str(queue_name), {"waiting": 0, "running": 0, "scheduled": 0})
        if status == JobStatus.running:
            tally["running"] += int(count)
        else:
            tally["waiting"] += int(due or 0)
            tally["scheduled"] += int(count) - int(due or 0)
    return [
        QueueCounts(queue=name, failed=unresolved_by_queue.get(name, 0), **tally)
        for name, tally in tallies.items()
    ]


def _rq_counts(unresolved_by_queue: dict[str, int]) -> list[QueueCounts]:
    from rq import Queue
    from rq.registry import FailedJobRegistry, ScheduledJobRegistry, StartedJobRegistry

    redis = get_redis()
    counts = []
    for name in queue.QUEUES:
        rq_queue = Queue(name, connection=redis)
        counts.append(
            QueueCounts(
                queue=name,
                waiting=rq_queue.count,
                running=StartedJobRegistry(queue=rq_queue).count,
                scheduled=ScheduledJobRegistry(queue=rq_queue).count,
                failed=max(
                    FailedJobRegistry(queue=rq_queue).count, unresolved_by_queue.get(name, 0)
                ),
            )
        )
    return counts


def retry_failed_job(*, session: Session, failure_id: int) -> RetryResult:
    """Enqueue a failed job again and mark its failure resolved."""
    failure = session.get(JobFailure, failure_id)
    if failure is None:
        raise NotFound("There is no failed job with this id.", code="job_failure_not_found")
    if failure.resolved_at is not None:
        raise Conflict("This failure was already retried or resolved.", code="already_resolved")
    queue_name = failure.queue if failure.queue in queue.QUEUES else "default"
    try:
        queue.resolve(failure.func_name)
    except (ImportError, AttributeError) as exc:
        raise Conflict(
            f"The job function {failure.func_name} no longer exists; it cannot be retried.",
            code="job_function_missing",
        ) from exc
    if queue.uses_rq():
        _drop_from_rq_failed_registry(failure.job_id, queue_name)
    job_id = queue.enqueue(
        failure.func_name, *failure.args, queue=queue_name, **dict(failure.kwargs or {})
    )
    failure.resolved_at = db.utcnow()
    session.add(failure)
    session.flush()
    log.info("job_retried", failure_id=failure_id, job_id=job_id, func=failure.func_name)
    return RetryResult(failure_id=failure_id, job_id=job_id)


def _drop_from_rq_failed_registry(job_id: str, queue_name: str) -> None:
    from rq import Queue
    from rq.registry import FailedJobRegistry

    try:
        FailedJobRegistry(queue=Queue(queue_name, connection=get_redis())).remove(job_id)
    except Exception:  # not there (expired, or recorded by the in-process runner): fine
        pass
