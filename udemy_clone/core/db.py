"""Database engine and the unit-of-work helper every use case runs in."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session, create_engine

from udemy_clone.core.config import get_settings

_engine: Engine | None = None
_engine_lock = threading.Lock()
# Tests bind sessions to one connection inside an outer transaction (rolled back per test).
_bind_override: Connection | None = None


def utcnow() -> datetime:
    """The current time, timezone-aware in UTC (sqlmodel rejects naive datetimes)."""
    return datetime.now(UTC)


def as_utc(value: datetime) -> datetime:
    """A datetime read back from SQLite comes without tzinfo: treat it as UTC."""
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy, not the pysqlite driver, decide when transactions begin, so that
    # SAVEPOINTs nest inside a real transaction (see _sqlite_begin).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def _sqlite_begin(connection: Connection) -> None:
    # Use cases (`transaction()`) take SQLite's write lock up front: a deferred transaction that
    # reads and then writes fails at once with "database is locked" when another connection
    # wrote in between, whereas BEGIN IMMEDIATE waits (busy_timeout) for its turn. Pure reads
    # (`read_session()`) stay deferred so they never wait for writers (WAL).
    mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")


def build_engine(url: str) -> Engine:
    """An engine for `url` with the settings this app relies on (SQLite pragmas, pool checks)."""
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url, connect_args={"check_same_thread": False, "timeout": 30}, pool_pre_ping=True
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)


def get_engine() -> Engine:
    """The process-wide engine for settings.database_url."""
    global _engine
    if _engine is None:
        with _engine_lock:
            if _engine is None:
                _engine = build_engine(get_settings().database_url)
    return _engine


def reset_engine() -> None:
    """Drop the cached engine (after settings changed, in tests and the CLI)."""
    global _engine
    with _engine_lock:
        if _engine is not None:
            _engine.dispose()
        _engine = None


def set_bind_override(connection: Connection | None) -> None:
    """Make every new session use `connection` (tests: one outer transaction per test)."""
    global _bind_override
    _bind_override = connection


def dialect_name() -> str:
    """`sqlite` or `postgresql`: the database new sessions talk to (no connection is made)."""
    if _bind_override is not None:
        return str(_bind_override.dialect.name)
    return str(get_engine().dialect.name)


def new_session(*, for_writes: bool = True) -> Session:
    """A session on the current bind; the caller commits or rolls back."""
    if _bind_override is not None:
        return Session(
            bind=_bind_override, join_transaction_mode="create_savepoint", expire_on_commit=False
        )
    engine = get_engine()
    if for_writes and engine.dialect.name == "sqlite":
        return Session(engine.execution_options(sqlite_begin="IMMEDIATE"), expire_on_commit=False)
    return Session(engine, expire_on_commit=False)


_AFTER_COMMIT_KEY = "after_commit_actions"


def after_commit(session: Session, action: Callable[[], None]) -> None:
    """Run `action` once the caller's transaction commits (cache drops, stored-file removal).

    Nothing runs if the transaction rolls back; a failing action is logged, never raised,
    because the change it follows is already committed.
    """
    pending: list[Callable[[], None]] | None = session.info.get(_AFTER_COMMIT_KEY)
    if pending is None:
        pending = session.info[_AFTER_COMMIT_KEY] = []

        def run(committed: Session) -> None:
            for queued in committed.info.pop(_AFTER_COMMIT_KEY, []):
                try:
                    queued()
                except Exception:
                    logging.getLogger(__name__).exception("after_commit_action_failed")

        event.listen(session, "after_commit", run, once=True)
    pending.append(action)


@contextmanager
def transaction() -> Iterator[Session]:
    """One use case, all or nothing: commits on success, rolls back on any exception."""
    session = new_session()
    try:
        yield session
        session.commit()
    except BaseException as exc:
        # A refusal that must leave a trace (e.g. a replayed token revoking its family)
        # keeps the changes made before it; every other error rolls everything back.
        if getattr(exc, "persist_changes", False):
            session.commit()
        else:
            session.rollback()
        raise
    finally:
        session.close()


@contextmanager
def read_session() -> Iterator[Session]:
    """A session for reads only; nothing it does is committed (loaded objects stay usable)."""
    session = new_session(for_writes=False)
    try:
        yield session
    finally:
        session.close()
