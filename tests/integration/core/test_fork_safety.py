"""A forked RQ work horse opens its own database connections (never the parent's sockets)."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from udemy_clone.core import db, queue


def backend_pid() -> int:
    """Job: the PostgreSQL server process serving this process's connection."""
    with db.read_session() as session:
        return int(session.execute(text("SELECT pg_backend_pid()")).scalar_one())


@pytest.mark.parametrize("db_kind", ["postgresql"])
def test_a_forked_work_horse_starts_with_a_fresh_pool(committed_db, redis_url):
    from rq import Worker
    from rq.job import Job

    from udemy_clone.core.redis_client import get_redis

    parent = backend_pid()  # the parent's pool now holds an open connection
    job_ids = [queue.enqueue(backend_pid, retry_intervals=()) for _ in range(2)]
    # a real forking worker (not SimpleWorker): each job runs in a forked work horse
    Worker(["default"], connection=get_redis()).work(burst=True)
    children = [Job.fetch(job_id, connection=get_redis()).return_value() for job_id in job_ids]
    assert None not in children, children
    assert parent not in children  # the horse did not talk over the parent's socket
    assert backend_pid() == parent  # and the parent's connection still works, untouched
