"""Database engine and the unit-of-work helper every use case runs in."""

from __future__ import annotations

import contextvars
import logging
import os
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection, Engine, Row
from sqlmodel import Session, create_engine

from udemy_clone.core.config import get_settings

_engine: Engine | None = None
_engine_lock = threading.Lock()
# Tests bind sessions to one connection inside an outer transaction (rolled back per test).
_bind_override: Connection | None = None


_clock_override: contextvars.ContextVar[datetime | None] = contextvars.ContextVar(
    "clock_override", default=None
)


def utcnow() -> datetime:
    """The current time, timezone-aware in UTC (sqlmodel rejects naive datetimes)."""
    override = _clock_override.get()
    return override if override is not None else datetime.now(UTC)


@contextmanager
def clock_at(moment: datetime) -> Iterator[None]:
    """Within the block, `utcnow()` answers `moment` in this thread/task (demo history, tests)."""
    token = _clock_override.set(moment)
    try:
        yield
    finally:
        _clock_override.reset(token)


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
    settings = get_settings()
    connect_args: dict[str, Any] = {}
    if settings.db_pgbouncer and url.startswith("postgresql+psycopg"):
        # PgBouncer in transaction mode hands each transaction any server connection, so a
        # statement prepared on one is unknown on the next: psycopg must not prepare any.
        connect_args["prepare_threshold"] = None
    return create_engine(
        url,
        pool_pre_ping=True,
        pool_size=settings.db_pool_size,
        max_overflow=settings.db_max_overflow,
        pool_timeout=settings.db_pool_timeout_seconds,
        connect_args=connect_args,
    )


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


_inherited_engines: list[Engine] = []


def _fresh_pool_in_child() -> None:
    """After fork: the child must not share the parent's database connections.

    A forked RQ work horse inherits the pool's sockets; using them from two processes corrupts
    both sessions ("prepared statement does not exist", "server closed the connection").
    `dispose(close=False)` drops the inherited connections without closing the parent's.
    """
    global _engine, _engine_lock
    _engine_lock = threading.Lock()
    if _engine is None:
        return
    if _engine.dialect.name == "sqlite":
        # Closing an inherited SQLite connection in the child (even by garbage collection)
        # may checkpoint or drop locks of the parent's database: keep them, unused, for good.
        _inherited_engines.append(_engine)
        _engine = None
    else:
        _engine.dispose(close=False)


os.register_at_fork(after_in_child=_fresh_pool_in_child)


def has_bind_override() -> bool:
    """Whether sessions are bound to one test connection (background threads keep off it)."""
    return _bind_override is not None


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
def transaction(*, take_write_lock: bool = True) -> Iterator[Session]:
    """One use case, all or nothing: commits on success, rolls back on any exception.

    On SQLite the transaction takes the write lock when it begins (see _sqlite_begin);
    `take_write_lock=False` is for work that only reads (GET requests): it never waits for a
    writer, and a rare write in it still works when nobody else writes at that moment.
    """
    session = new_session(for_writes=take_write_lock)
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


_autocommit_engine: tuple[Engine, Engine] | None = None


@contextmanager
def autocommit_read_session() -> Iterator[Session]:
    """A session for reads that need no transaction of their own, e.g. one statement.

    On PostgreSQL its connection runs in autocommit: no BEGIN and no ROLLBACK round trips,
    and the statements psycopg prepared on that connection stay prepared (psycopg forgets
    every prepared statement of a connection at each ROLLBACK, so behind `read_session` none
    ever was). Reads see what they would see in a transaction at READ COMMITTED (each
    statement its own snapshot); nothing may be written, and `SET LOCAL` would not last.
    Elsewhere (SQLite, tests bound to one connection) it is `read_session`.
    """
    engine = None if _bind_override is not None else get_engine()
    if engine is None or engine.dialect.name != "postgresql":
        with read_session() as session:
            yield session
        return
    global _autocommit_engine
    if _autocommit_engine is None or _autocommit_engine[0] is not engine:
        _autocommit_engine = (engine, engine.execution_options(isolation_level="AUTOCOMMIT"))
    session = Session(_autocommit_engine[1], expire_on_commit=False)
    try:
        yield session
    finally:
        session.close()


# ---- inserts that tolerate an existing row -----------------------------------------------------

INSERT_BATCH_SIZE = 500


def dialect_insert(session: Session, model: Any) -> Any:
    """An INSERT into `model`'s table that offers ON CONFLICT (PostgreSQL's or SQLite's)."""
    table = model.__table__
    if session.get_bind().dialect.name == "postgresql":
        return postgresql_insert(table)
    return sqlite_insert(table)


def insert_ignoring_duplicates(
    session: Session,
    model: Any,
    rows: Sequence[Mapping[str, Any]],
    *,
    conflict: Sequence[str] | None = None,
    returning: Sequence[Any] = (),
) -> list[Row[Any]]:
    """INSERT ... ON CONFLICT DO NOTHING: rows whose unique key exists are skipped, not errors.

    Used instead of a savepoint around a plain INSERT: a concurrent twin waits for the first
    transaction and then does nothing, on PostgreSQL and SQLite alike. `conflict` names the
    unique columns (None: any unique constraint). Returns the `returning` columns of the rows
    that were new (RETURNING, not rowcount: drivers do not all report a count here).
    """
    if not rows:
        return []
    session.flush()
    statement = dialect_insert(session, model).on_conflict_do_nothing(
        index_elements=list(conflict) if conflict is not None else None
    )
    if returning:
        statement = statement.returning(*returning)
    connection = session.connection()
    inserted: list[Row[Any]] = []
    for start in range(0, len(rows), INSERT_BATCH_SIZE):
        result = connection.execute(
            statement, [dict(r) for r in rows[start : start + INSERT_BATCH_SIZE]]
        )
        if returning:
            inserted += list(result.all())
    return inserted
