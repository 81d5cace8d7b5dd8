"""Fixtures shared by the catalog and taxonomy suites: an index per test, an outbox drain."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def search_index_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Each test searches an index of its own (database ids repeat across rolled-back tests)."""
    from udemy_clone.core.config import get_settings

    directory = tmp_path / "search-index"
    monkeypatch.setenv("SEARCH_INDEX_DIR", str(directory))
    get_settings.cache_clear()
    yield directory
    monkeypatch.delenv("SEARCH_INDEX_DIR")
    get_settings.cache_clear()


@pytest.fixture
def drain_outbox() -> Callable[[], list[str]]:
    """Run every pending event's handlers now, in this thread; returns the topics handled.

    The app relays events to job threads; tests share one database connection per test, so
    the handlers run here, one after the other, exactly as the jobs would.
    """
    from sqlmodel import col, select

    from udemy_clone.core import db, outbox, queue
    from udemy_clone.core.events import event_class
    from udemy_clone.core.models import OutboxEvent
    from udemy_clone.events import register_handlers

    register_handlers()

    def drain() -> list[str]:
        handled: list[str] = []
        while True:
            with db.transaction() as session:
                rows = list(
                    session.exec(
                        select(OutboxEvent)
                        .where(col(OutboxEvent.dispatched_at).is_(None))
                        .order_by(col(OutboxEvent.id))
                    )
                )
                for row in rows:
                    row.dispatched_at = db.utcnow()
                    session.add(row)
            if not rows:
                return handled
            for row in rows:
                handled.append(row.topic)
                for handler, _queue_name in outbox.handlers_for(row.topic):
                    event = event_class(row.topic).from_payload(dict(row.payload))
                    queue.resolve(handler)(event, event_id=row.id)

    return drain
