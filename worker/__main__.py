"""RQ worker: listens on high, default and low with the app preloaded; runs the outbox relay.

Start one or more with `make worker` (REDIS_URL must be set). Without Redis the web process
runs jobs in-process and this worker is not needed.

Crash safety: work horses (and the FFmpeg they start) die with the worker (PR_SET_PDEATHSIG);
a forked horse opens its own database and Redis connections (core/db.py, redis_client.py);
heartbeats are short, and a sweeper thread re-queues the jobs of workers that died within
about `HEARTBEAT_GRACE + JOB_MONITORING_INTERVAL` seconds instead of failing them.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
from typing import Any

from rq import Queue, Worker
from rq.job import Job
from rq.registry import StartedJobRegistry
from sqlalchemy.orm import configure_mappers

import udemy_clone.models_registry  # noqa: F401  (preloads the job modules for every job)
from udemy_clone.core import db, outbox, processes, scheduler
from udemy_clone.core.config import get_settings
from udemy_clone.core.log import configure_logging, get_logger
from udemy_clone.core.queue import QUEUES
from udemy_clone.core.redis_client import get_redis, private_redis
from udemy_clone.events import register_handlers
from udemy_clone.schedule import SCHEDULE

log = get_logger("worker")

JOB_MONITORING_INTERVAL = 5
# A started job whose worker sent no heartbeat for this long past its interval is abandoned.
HEARTBEAT_GRACE = 10
ABANDONED_SWEEP_SECONDS = 5
_SWEEP_LOCK = "learnly:rq:abandoned-sweep"


class DurableWorker(Worker):
    """An RQ worker with short heartbeats, so a dead worker's job is noticed within seconds."""

    def get_heartbeat_ttl(self, job: Any, working_time: float = 0.0) -> int:
        if job.timeout and job.timeout > 0:
            remaining = job.timeout - working_time
            return int(max(1, min(remaining, self.job_monitoring_interval))) + HEARTBEAT_GRACE
        return self.job_monitoring_interval + HEARTBEAT_GRACE


class _RequeueAtOnce(Job):
    """A job whose worker died goes back to its queue now: the death is not the job's fault,
    and a scheduled retry could wait a minute for the dead worker's scheduler lock."""

    def get_retry_interval(self) -> int:
        return 0


def requeue_abandoned_jobs(queue_names: list[str]) -> None:
    """Re-queue (or, without retries left, fail) the started jobs whose worker stopped beating.

    RQ's own maintenance does the same only every ten minutes; one sweeper at a time (a Redis
    lock with expiry) runs it every few seconds.
    """
    redis = get_redis()
    assert redis is not None
    if not redis.set(_SWEEP_LOCK, os.getpid(), nx=True, px=ABANDONED_SWEEP_SECONDS * 1000):
        return
    for name in queue_names:
        queue = Queue(name, connection=redis)
        StartedJobRegistry(queue=queue, job_class=_RequeueAtOnce).cleanup()


def _sweep_abandoned_forever(queue_names: list[str], stop: threading.Event) -> None:
    while not stop.wait(ABANDONED_SWEEP_SECONDS):
        try:
            requeue_abandoned_jobs(queue_names)
        except Exception:
            log.exception("abandoned_sweep_failed")


def main(argv: list[str] | None = None) -> int:
    """Run an RQ worker (and, unless --no-relay, the outbox relay thread) until stopped."""
    parser = argparse.ArgumentParser(prog="python -m worker")
    parser.add_argument("--queues", default=",".join(QUEUES))
    parser.add_argument("--no-relay", action="store_true", help="do not run the outbox relay")
    parser.add_argument("--burst", action="store_true", help="exit when the queues are empty")
    args = parser.parse_args(argv)

    configure_logging()
    redis = get_redis()
    if redis is None:
        print(
            "REDIS_URL is not set: jobs run inside the web process; no worker needed.",
            file=sys.stderr,
        )
        return 2
    register_handlers()
    # Open the database engine here, before any thread starts: creating it imports the driver
    # (psycopg) lazily, and a horse forked while a thread held that import's lock would wait on
    # it forever (seen: the demo-videos job hung in `import_dbapi` in its horse).
    db.get_engine()
    # Configure the ORM mappers here too: the first query of a process does it under
    # SQLAlchemy's global configure lock, and a horse forked while a thread (relay, scheduler)
    # held that lock waited on it forever (seen: the demo-videos job hung in
    # `_configure_registries` in its horse, the cluster test timed out waiting for it).
    configure_mappers()
    # Every work horse this worker forks dies with it (no orphaned horse or FFmpeg).
    os.register_at_fork(after_in_child=processes.die_with_parent)
    processes.sweep_dead_scratch_dirs()
    if not args.no_relay:
        outbox.start_relay_thread()
    queues = [q.strip() for q in args.queues.split(",") if q.strip()]
    log.info("worker_starting", queues=queues, redis=get_settings().redis_url)
    stop = threading.Event()
    requeue_abandoned_jobs(queues)
    threading.Thread(
        target=_sweep_abandoned_forever, args=(queues, stop), name="rq-abandoned", daemon=True
    ).start()
    scheduler.start_scheduler_thread(SCHEDULE)
    # RQ gets a Redis pool of its own: the relay, scheduler and sweeper threads use the shared
    # client, and a horse forked while one of them held that pool's lock hung in redis-py's
    # pool reset (seen in the cluster test). Only this thread ever touches RQ's pool.
    worker = DurableWorker(
        queues, connection=private_redis(), job_monitoring_interval=JOB_MONITORING_INTERVAL
    )
    try:
        worker.work(burst=args.burst, with_scheduler=True)
    finally:
        stop.set()
        scheduler.stop_scheduler_thread()
        outbox.stop_relay_thread()
    return 0


if __name__ == "__main__":
    sys.exit(main())
