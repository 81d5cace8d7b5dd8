"""The outbox relays committed events to jobs exactly once; failed jobs are recorded."""

from __future__ import annotations

import threading
from collections import defaultdict
from typing import Any

import pytest
from sqlmodel import select

from udemy_clone.core import db, outbox, queue
from udemy_clone.core.models import JobFailure, OutboxEvent

CALLS: list[tuple[int, dict[str, Any]]] = []
_calls_lock = threading.Lock()
FAIL_TIMES = {"n": 0}


def record_call(*, event_id: int, payload: dict[str, Any]) -> None:
    """A handler that remembers it ran."""
    with _calls_lock:
        CALLS.append((event_id, payload))


def flaky_handler(*, event_id: int, payload: dict[str, Any]) -> None:
    """Fails the first FAIL_TIMES['n'] calls."""
    if FAIL_TIMES["n"] > 0:
        FAIL_TIMES["n"] -= 1
        raise RuntimeError("temporary failure")
    record_call(event_id=event_id, payload=payload)


def always_fails(*args: Any, **kwargs: Any) -> None:
    raise ValueError("this job always fails")


@pytest.fixture(autouse=True)
def _clean_handlers(monkeypatch):
    CALLS.clear()
    monkeypatch.setattr(outbox, "_handlers", defaultdict(list))
    monkeypatch.setattr(queue.local_queue, "retry_scale", 0.01)
    yield
    queue.local_queue.wait_idle(10)


def test_rolled_back_transaction_emits_nothing(committed_db):
    outbox.subscribe("t.rollback", f"{__name__}:record_call")
    with pytest.raises(RuntimeError), db.transaction() as session:
        outbox.emit(session, "t.rollback", {"x": 1})
        raise RuntimeError("use case failed")
    assert outbox.relay_pending() == 0
    assert CALLS == []


def test_committed_event_runs_its_handler_once(committed_db):
    outbox.subscribe("t.once", f"{__name__}:record_call")
    with db.transaction() as session:
        outbox.emit(session, "t.once", {"course_id": 5})
    assert outbox.relay_pending() == 1
    assert outbox.relay_pending() == 0  # a second relay finds nothing left
    assert queue.local_queue.wait_idle(10)
    assert [p for _, p in CALLS] == [{"course_id": 5}]
    with db.read_session() as session:
        row = session.exec(select(OutboxEvent)).one()
        assert row.dispatched_at is not None


def test_crash_between_commit_and_enqueue_loses_nothing(committed_db):
    """The event row survives a crash after commit; the next relay (e.g. on restart) sends it."""
    outbox.subscribe("t.crash", f"{__name__}:record_call")
    with db.transaction() as session:
        outbox.emit(session, "t.crash", {"n": 1})
    # no relay ran (the process 'crashed'); a new relay picks it up
    assert outbox.relay_pending() == 1
    assert queue.local_queue.wait_idle(10)
    assert len(CALLS) == 1


def test_failing_job_is_retried_then_succeeds(committed_db):
    FAIL_TIMES["n"] = 2
    outbox.subscribe("t.flaky", f"{__name__}:flaky_handler")
    with db.transaction() as session:
        outbox.emit(session, "t.flaky", {})
    outbox.relay_pending()
    assert queue.local_queue.wait_idle(10)
    assert len(CALLS) == 1
    with db.read_session() as session:
        assert session.exec(select(JobFailure)).all() == []


def test_job_failing_for_good_is_recorded(committed_db):
    queue.enqueue(always_fails, 1, 2, retry_intervals=(0, 0))
    assert queue.local_queue.wait_idle(10)
    with db.read_session() as session:
        failure = session.exec(select(JobFailure)).one()
    assert "this job always fails" in failure.error
    assert failure.func_name.endswith("always_fails")
    assert failure.args == [1, 2]


def test_relay_thread_dispatches_after_commit(committed_db):
    outbox.subscribe("t.thread", f"{__name__}:record_call")
    outbox.start_relay_thread()
    try:
        with db.transaction() as session:
            outbox.emit(session, "t.thread", {"live": True})
        for _ in range(100):
            if CALLS:
                break
            threading.Event().wait(0.05)
        assert queue.local_queue.wait_idle(10)
        assert [p for _, p in CALLS] == [{"live": True}]
    finally:
        outbox.stop_relay_thread()


def test_rq_worker_runs_relayed_events(committed_db, redis_url):
    """With REDIS_URL set, events go to RQ; a real worker (burst) runs them."""
    from rq import SimpleWorker

    from udemy_clone.core.redis_client import get_redis

    outbox.subscribe("t.rq", f"{__name__}:record_call", queue_name="high")
    with db.transaction() as session:
        outbox.emit(session, "t.rq", {"via": "rq"})
    assert outbox.relay_pending() == 1
    assert queue.queue_depths()["high"] == 1
    SimpleWorker(["high", "default", "low"], connection=get_redis()).work(burst=True)
    assert [p for _, p in CALLS] == [{"via": "rq"}]
    assert queue.queue_depths()["high"] == 0


def test_rq_failure_recorded_after_retries(committed_db, redis_url):
    from rq import SimpleWorker

    from udemy_clone.core.redis_client import get_redis

    queue.enqueue(always_fails, 3, retry_intervals=())
    SimpleWorker(["default"], connection=get_redis()).work(burst=True)
    with db.read_session() as session:
        failure = session.exec(select(JobFailure)).one()
    assert "this job always fails" in failure.error


def test_unknown_queue_is_refused():
    with pytest.raises(ValueError):
        queue.enqueue(record_call, queue="urgent")
