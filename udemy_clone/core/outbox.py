"""Transactional outbox: events are rows written with the change, relayed to jobs after commit.

A crash between commit and enqueue loses nothing: the relay picks up every row that has not
been dispatched yet. Handlers are jobs and must be idempotent (a retried or re-relayed event
has the effect of running once).
"""

from __future__ import annotations

import hashlib
import threading
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from sqlalchemy import event as sa_event
from sqlalchemy import func, update
from sqlmodel import Session, col, select

from udemy_clone.core import db, queue
from udemy_clone.core.events import DomainEvent, event_class
from udemy_clone.core.log import get_logger
from udemy_clone.core.models import OutboxEvent

log = get_logger(__name__)

# topic -> [(handler path, queue name)]; registered in one place: udemy_clone/events.py
_handlers: dict[str, list[tuple[str, str]]] = defaultdict(list)

EventHandler = Callable[..., None]  # handler(event, *, event_id) with a DomainEvent subclass
_kick = threading.Event()
_relay_lock = threading.Lock()
_SESSION_FLAG = "outbox_has_events"


def subscribe(
    event_type: type[DomainEvent], handler: EventHandler, *, queue_name: str = "default"
) -> None:
    """Run `handler(event, event_id=...)` as a job for every event of `event_type`.

    The handler must be a module-level function: jobs name it by its import path.
    """
    entry = (queue.func_path(handler), queue_name)
    if entry not in _handlers[event_type.topic]:
        _handlers[event_type.topic].append(entry)


def handlers_for(topic: str) -> list[tuple[str, str]]:
    """The handlers subscribed to `topic`."""
    return list(_handlers.get(topic, []))


def emit(session: Session, event: DomainEvent) -> OutboxEvent:
    """Record an event in the caller's transaction; it leaves only if the transaction commits."""
    row = OutboxEvent(topic=event.topic, payload=event.to_payload())
    session.add(row)
    session.info[_SESSION_FLAG] = True
    return row


@sa_event.listens_for(Session, "after_commit")
def _after_commit(session: Session) -> None:
    if session.info.pop(_SESSION_FLAG, False):
        _kick.set()


def run_event_handler(event_id: int, handler: str) -> None:
    """Job: load the event and call its handler (the handler is idempotent)."""
    with db.read_session() as session:
        row = session.get(OutboxEvent, event_id)
        if row is None:
            log.warning("outbox_event_missing", event_id=event_id)
            return
        payload: dict[str, Any] = dict(row.payload)
        topic = row.topic
    event = event_class(topic).from_payload(payload)
    log.info("event_handler", topic=topic, event_id=event_id, handler=handler)
    queue.resolve(handler)(event, event_id=event_id)


def relay_pending(limit: int = 200) -> int:
    """Enqueue a job per handler for each undispatched event; returns how many events.

    A row counts as dispatched only once its jobs are durable: RQ accepted them (the enqueue
    happens before this transaction commits), or their rows in `jobs` commit with it.
    """
    with _relay_lock, db.transaction() as session:
        statement = (
            select(OutboxEvent)
            .where(col(OutboxEvent.dispatched_at).is_(None))
            .order_by(col(OutboxEvent.id))
            .limit(limit)
        )
        if session.get_bind().dialect.name == "postgresql":
            statement = statement.with_for_update(skip_locked=True)
        rows = list(session.exec(statement))
        for row in rows:
            row.attempts += 1
            for handler, queue_name in handlers_for(row.topic):
                queue.enqueue(
                    run_event_handler,
                    row.id,
                    handler,
                    queue=queue_name,
                    job_id=f"evt-{row.id}-{hashlib.sha1(handler.encode()).hexdigest()[:12]}",
                    # embedded mode: the job row commits with `dispatched_at`, or neither does
                    session=session,
                )
            row.dispatched_at = db.utcnow()
            session.add(row)
        return len(rows)


def last_event_id() -> int:
    """The id of the newest event written so far (0 when there is none)."""
    with db.read_session() as session:
        return int(session.exec(select(func.max(OutboxEvent.id))).one() or 0)


def mark_covered(*, topic: str, up_to_id: int) -> int:
    """Mark the undispatched events of `topic` up to `up_to_id` dispatched, without jobs.

    For events whose work was just done wholesale (the demo seed rebuilds the whole search
    index from the rows those events announced): their jobs would only repeat it, and queued
    ahead of what people do next they delay it. Returns how many were marked.
    """
    with db.transaction() as session:
        result = session.execute(
            update(OutboxEvent)
            .where(
                col(OutboxEvent.dispatched_at).is_(None),
                col(OutboxEvent.topic) == topic,
                col(OutboxEvent.id) <= up_to_id,
            )
            .values(dispatched_at=db.utcnow())
        )
        return int(getattr(result, "rowcount", 0) or 0)


def kick() -> None:
    """Wake the relay loop now (called after a commit that wrote events)."""
    _kick.set()


def wait_for_kick(timeout: float) -> bool:
    """Block until kicked or `timeout` passes; used by the relay loop."""
    fired = _kick.wait(timeout)
    _kick.clear()
    return fired


def relay_forever(stop: threading.Event, *, poll_seconds: float = 2.0) -> None:
    """The relay loop: dispatch after each commit that wrote events, and poll for leftovers."""
    while not stop.is_set():
        try:
            while relay_pending() > 0 and not stop.is_set():
                pass
        except Exception:
            log.exception("outbox_relay_failed")
        wait_for_kick(poll_seconds)


_relay_thread: threading.Thread | None = None
_relay_stop = threading.Event()


def start_relay_thread() -> None:
    """Start the relay loop in a daemon thread of this process (once)."""
    global _relay_thread
    if _relay_thread is not None and _relay_thread.is_alive():
        return
    _relay_stop.clear()
    _relay_thread = threading.Thread(
        target=relay_forever, args=(_relay_stop,), name="outbox-relay", daemon=True
    )
    _relay_thread.start()


def stop_relay_thread(timeout: float = 10.0) -> None:
    """Stop the relay loop started by start_relay_thread and wait for it to end."""
    global _relay_thread
    _relay_stop.set()
    _kick.set()
    thread = _relay_thread
    if thread is not None and thread is not threading.current_thread():
        thread.join(timeout)
    _relay_thread = None
