"""The outbox relays committed events to jobs exactly once; failed jobs are recorded."""

from __future__ import annotations

import dataclasses
import threading
from collections import defaultdict
from typing import Any

import pytest
from sqlmodel import select

from udemy_clone.core import db, outbox, queue
from udemy_clone.core.events import DomainEvent, EventSchemaError, event_class
from udemy_clone.core.models import JobFailure, OutboxEvent


@dataclasses.dataclass(frozen=True, kw_only=True)
class SomethingHappened(DomainEvent):
    """A test event: one number and a note."""

    topic = "test.something_happened"
    n: int = 0
    note: str = ""


CALLS: list[tuple[int, dict[str, Any]]] = []
_calls_lock = threading.Lock()
FAIL_TIMES = {"n": 0}


def record_call(event: SomethingHappened, *, event_id: int) -> None:
    """A handler that remembers it ran."""
    assert isinstance(event, SomethingHappened)
    with _calls_lock:
        CALLS.append((event_id, {"n": event.n, "note": event.note}))


def flaky_handler(event: SomethingHappened, *, event_id: int) -> None:
    """Fails the first FAIL_TIMES['n'] calls."""
    if FAIL_TIMES["n"] > 0:
        FAIL_TIMES["n"] -= 1
        raise RuntimeError("temporary failure")
    record_call(event, event_id=event_id)


def always_fails(*args: Any, **kwargs: Any) -> None:
    raise ValueError("this job always fails")


@pytest.fixture(autouse=True)
def _clean_handlers(monkeypatch):
    CALLS.clear()
    monkeypatch.setattr(outbox, "_handlers", defaultdict(list))
    monkeypatch.setattr(queue.local_queue, "retry_scale", 0.01)


def test_rolled_back_transaction_emits_nothing(committed_db):
    outbox.subscribe(SomethingHappened, record_call)
    with pytest.raises(RuntimeError), db.transaction() as session:
        outbox.emit(session, SomethingHappened(n=1))
        raise RuntimeError("use case failed")
    assert outbox.relay_pending() == 0
    assert CALLS == []


def test_committed_event_runs_its_handler_once(committed_db):
    outbox.subscribe(SomethingHappened, record_call)
    with db.transaction() as session:
        outbox.emit(session, SomethingHappened(n=5))
    assert outbox.relay_pending() == 1
    assert outbox.relay_pending() == 0  # a second relay finds nothing left
    assert queue.local_queue.wait_idle(10)
    assert [p for _, p in CALLS] == [{"n": 5, "note": ""}]
    with db.read_session() as session:
        row = session.exec(select(OutboxEvent)).one()
        assert row.dispatched_at is not None


def test_crash_between_commit_and_enqueue_loses_nothing(committed_db):
    """The event row survives a crash after commit; the next relay (e.g. on restart) sends it."""
    outbox.subscribe(SomethingHappened, record_call)
    with db.transaction() as session:
        outbox.emit(session, SomethingHappened(n=1))
    # no relay ran (the process 'crashed'); a new relay picks it up
    assert outbox.relay_pending() == 1
    assert queue.local_queue.wait_idle(10)
    assert len(CALLS) == 1


@dataclasses.dataclass(frozen=True, kw_only=True)
class SomethingElseHappened(DomainEvent):
    """Another test event, of another topic."""

    topic = "test.something_else_happened"


def record_other(event: SomethingElseHappened, *, event_id: int) -> None:
    """A handler of the other topic: remembers it ran as n = -1."""
    with _calls_lock:
        CALLS.append((event_id, {"n": -1}))


def test_events_covered_by_wholesale_work_get_no_jobs(committed_db):
    """mark_covered: events of one topic up to an id are done; later ones and others still run."""
    outbox.subscribe(SomethingHappened, record_call)
    outbox.subscribe(SomethingElseHappened, record_other)
    with db.transaction() as session:
        outbox.emit(session, SomethingHappened(n=1))
        outbox.emit(session, SomethingElseHappened())
        outbox.emit(session, SomethingHappened(n=2))
    covered = outbox.last_event_id()
    with db.transaction() as session:
        outbox.emit(session, SomethingHappened(n=3))  # written after the wholesale work began
    assert outbox.mark_covered(topic=SomethingHappened.topic, up_to_id=covered) == 2
    assert outbox.relay_pending() == 2
    assert queue.local_queue.wait_idle(10)
    assert sorted(p["n"] for _, p in CALLS) == [-1, 3]
    with db.read_session() as session:
        assert all(r.dispatched_at for r in session.exec(select(OutboxEvent)))


def test_failing_job_is_retried_then_succeeds(committed_db):
    FAIL_TIMES["n"] = 2
    outbox.subscribe(SomethingHappened, flaky_handler)
    with db.transaction() as session:
        outbox.emit(session, SomethingHappened())
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
    outbox.subscribe(SomethingHappened, record_call)
    outbox.start_relay_thread()
    try:
        with db.transaction() as session:
            outbox.emit(session, SomethingHappened(note="live"))
        for _ in range(100):
            if CALLS:
                break
            threading.Event().wait(0.05)
        assert queue.local_queue.wait_idle(10)
        assert [p for _, p in CALLS] == [{"n": 0, "note": "live"}]
    finally:
        outbox.stop_relay_thread()


def test_rq_worker_runs_relayed_events(committed_db, redis_url):
    """With REDIS_URL set, events go to RQ; a real worker (burst) runs them."""
    from rq import SimpleWorker

    from udemy_clone.core.redis_client import get_redis

    outbox.subscribe(SomethingHappened, record_call, queue_name="high")
    with db.transaction() as session:
        outbox.emit(session, SomethingHappened(note="rq"))
    assert outbox.relay_pending() == 1
    assert queue.queue_depths()["high"] == 1
    SimpleWorker(["high", "default", "low"], connection=get_redis()).work(burst=True)
    assert [p for _, p in CALLS] == [{"n": 0, "note": "rq"}]
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


def test_event_payload_round_trips_with_its_schema_version():
    event = SomethingHappened(n=3, note="x")
    payload = event.to_payload()
    assert payload == {"schema_version": 1, "n": 3, "note": "x"}
    assert event_class("test.something_happened").from_payload(payload) == event
    # a row written before a field existed still reads, with the default
    assert SomethingHappened.from_payload({"schema_version": 1, "n": 2}).note == ""


def test_event_from_newer_code_or_unknown_topic_is_refused():
    with pytest.raises(EventSchemaError):
        SomethingHappened.from_payload({"schema_version": 99, "n": 1})
    with pytest.raises(EventSchemaError):
        event_class("nobody.emits_this")


def test_every_emitted_topic_has_a_subscriber(monkeypatch):
    """Topics nobody listens to are dead weight: each domain event has a handler."""
    from udemy_clone import events as app_events
    from udemy_clone.core import events as core_events

    monkeypatch.setattr(app_events, "_registered", False)
    app_events.register_handlers()
    subscribed = set(outbox._handlers)
    domain_topics = {t for t in core_events._by_topic if not t.startswith("test.")}
    assert domain_topics - subscribed == set()
