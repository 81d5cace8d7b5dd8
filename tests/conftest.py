"""Test fixtures shared by every suite.

Databases: `db` runs a test once on SQLite and once on PostgreSQL (when TEST_DATABASE_URL is
set, as in CI), inside an outer transaction rolled back at the end, so no test sees another's
leftovers. `committed_db` is for tests that need real commits from several threads: it
truncates every table afterwards. Redis: `redis_url` points settings at the real Redis
(TEST_REDIS_URL) on a database of its own, flushed around each test.
"""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest_plugins = ["tests.support.stripe_fixtures"]  # `fake_stripe`, for the orders tests

_TEST_DATA = Path(tempfile.mkdtemp(prefix="udemy-clone-tests-"))
os.environ.update(
    {
        "ENV": "test",
        "DATA_DIR": str(_TEST_DATA),
        "SECRET_KEY": "test-secret-key-that-is-long-enough-0123456789",
        "RATE_LIMIT_PER_MINUTE": "100000",
        "SEED_DEMO_DATA": "false",
        "LOG_LEVEL": "WARNING",
    }
)
os.environ.pop("REDIS_URL", None)
os.environ.pop("DATABASE_URL", None)
os.environ.pop("STRIPE_SECRET_KEY", None)
os.environ.pop("STRIPE_WEBHOOK_SECRET", None)

from sqlalchemy import text  # noqa: E402
from sqlalchemy.engine import Engine, make_url  # noqa: E402

from udemy_clone.core import db as core_db  # noqa: E402
from udemy_clone.core import ratelimit  # noqa: E402
from udemy_clone.core.config import get_settings  # noqa: E402
from udemy_clone.core.redis_client import reset_redis  # noqa: E402
from udemy_clone.core.storage import reset_storage_cache  # noqa: E402

TEST_DATABASE_URL = os.environ.get("TEST_DATABASE_URL", "")
TEST_REDIS_URL = os.environ.get("TEST_REDIS_URL", "")
SQLITE_URL = f"sqlite:///{_TEST_DATA / 'test.db'}"

_engines: dict[str, Engine] = {}


def reload_settings() -> None:
    """Apply changed environment variables to the cached settings and clients."""
    get_settings.cache_clear()
    reset_redis()
    core_db.reset_engine()
    reset_storage_cache()  # the storage root follows DATA_DIR / STORAGE_* of the new settings


def _postgres_test_url() -> str:
    """A database of our own next to TEST_DATABASE_URL's, created fresh for this run."""
    base = make_url(TEST_DATABASE_URL)
    name = f"uc_test_{os.getpid()}"
    admin = core_db.build_engine(base.render_as_string(hide_password=False))
    with admin.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return base.set(database=name).render_as_string(hide_password=False)


def migrated_engine(kind: str) -> Engine:
    """An engine on a database migrated to head, one per backend per test run."""
    if kind in _engines:
        return _engines[kind]
    from udemy_clone.migrations import upgrade_to_head

    if kind == "sqlite":
        url = SQLITE_URL
    else:
        if not TEST_DATABASE_URL:
            pytest.skip("PostgreSQL tests need TEST_DATABASE_URL (make test sets it)")
        url = _postgres_test_url()
    upgrade_to_head(url)
    _engines[kind] = core_db.build_engine(url)
    return _engines[kind]


@pytest.fixture(params=["sqlite", "postgresql"])
def db_kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def db(db_kind: str) -> Iterator[Engine]:
    """Run the test inside one transaction on `db_kind`, rolled back afterwards."""
    yield from rolled_back_db(db_kind)


@pytest.fixture
def sqlite_db() -> Iterator[Engine]:
    """Like `db`, on SQLite only (for tests that are about the API, not the database)."""
    yield from rolled_back_db("sqlite")


def reset_process_caches() -> None:
    """Rate limits, cached catalogue answers and principals: ids repeat across tests."""
    from udemy_clone.auth import principal_cache
    from udemy_clone.core import cache

    ratelimit.reset_memory()
    cache.reset_memory()
    principal_cache.reset()


def rolled_back_db(kind: str) -> Iterator[Engine]:
    """Bind every session to one connection whose transaction is rolled back at the end."""
    from udemy_clone.core.queue import local_queue

    engine = migrated_engine(kind)
    connection = engine.connect()
    outer = connection.begin()
    core_db.set_bind_override(connection)
    reset_process_caches()
    # jobs must not use the shared connection from another thread: run them inline
    local_queue.eager = True
    try:
        yield engine
    finally:
        local_queue.eager = False
        core_db.set_bind_override(None)
        outer.rollback()
        connection.close()


_SEARCH_TABLES = ("lecture_cue_search", "course_search", "search_words", "search_categories")


@pytest.fixture
def committed_db(db_kind: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Engine]:
    """Real commits through the app's own engine; every table is emptied afterwards."""
    engine = migrated_engine(db_kind)
    monkeypatch.setenv("DATABASE_URL", engine.url.render_as_string(hide_password=False))
    reload_settings()
    reset_process_caches()
    try:
        yield engine
    finally:
        from udemy_clone.core.queue import local_queue
        from udemy_clone.models_registry import metadata

        local_queue.stop()  # the runner thread must not outlive the database it works on
        core_db.reset_engine()
        with engine.begin() as conn:
            for table in reversed(metadata.sorted_tables):
                conn.execute(table.delete())
            if engine.dialect.name == "postgresql":
                # The PostgreSQL search tables are made by migrations, not the models: a course
                # indexed by a committed test must not show up in later tests' searches.
                for name in _SEARCH_TABLES:
                    conn.execute(text(f"DELETE FROM {name}"))
        monkeypatch.delenv("DATABASE_URL")
        reload_settings()


@pytest.fixture(autouse=True)
def mail_outbox(monkeypatch: pytest.MonkeyPatch) -> str:
    """Each test has a mail folder of its own in storage for the file email backend (emails
    written by one test, or ids repeated across rolled-back tests, never show up in another's)."""
    from udemy_clone.notifications import emails

    prefix = f"{emails.MAIL_OUTBOX_PREFIX}/test-{uuid.uuid4().hex[:12]}"
    monkeypatch.setattr(emails, "MAIL_OUTBOX_PREFIX", prefix)
    return prefix


@pytest.fixture
def redis_url(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Settings pointed at the real Redis (database TEST_REDIS_DB, default 15), flushed around.

    Two suites running at once on one machine must use different TEST_REDIS_DB numbers.
    """
    if not TEST_REDIS_URL:
        pytest.skip("Redis tests need TEST_REDIS_URL (make test sets it)")
    url = make_url(TEST_REDIS_URL.replace("redis://", "postgresql://", 1))  # parse helper only
    redis_db = int(os.environ.get("TEST_REDIS_DB", "15"))
    url_text = f"redis://{url.host or '127.0.0.1'}:{url.port or 6379}/{redis_db}"
    from redis import Redis

    client = Redis.from_url(url_text)
    client.flushdb()
    monkeypatch.setenv("REDIS_URL", url_text)
    reload_settings()
    try:
        yield url_text
    finally:
        client.flushdb()
        client.close()
        monkeypatch.delenv("REDIS_URL")
        reload_settings()


@pytest.fixture
def api(db: Engine) -> Iterator[object]:
    """A client for the REST gateway on the test database."""
    from fastapi.testclient import TestClient

    from udemy_clone.gateway.app import create_gateway

    with TestClient(create_gateway(), raise_server_exceptions=False) as client:
        yield client


def _drop_database(url: str) -> None:
    """Drop a scratch PostgreSQL database this run created (next to TEST_DATABASE_URL's)."""
    name = make_url(url).database
    admin = core_db.build_engine(TEST_DATABASE_URL)
    try:
        with admin.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Leave no scratch databases behind on the shared PostgreSQL server."""
    core_db.reset_engine()
    for kind, engine in list(_engines.items()):
        url = engine.url.render_as_string(hide_password=False)
        engine.dispose()
        if kind == "postgresql":
            _drop_database(url)
    _engines.clear()


# Session fixtures that make videos with ffmpeg (about 15 s on first use, on a 2-core machine)
# and transcode them: every test that uses one is slow.
_SLOW_FIXTURES = {"clips", "hls_ladder", "transcoded"}


@pytest.hookimpl(tryfirst=True)  # before -m deselects
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests on the ffmpeg fixtures are marked slow. Tests that drive Playwright run last (the
    cluster module, whose fixtures end with it, then e2e): Playwright's sync API keeps an event
    loop running in the main thread while a browser is open, which tests that call
    asyncio.run() cannot share."""
    for item in items:
        if _SLOW_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)
    items.sort(key=_playwright_last)


def _playwright_last(item: pytest.Item) -> int:
    """0 for most tests; the cluster's browser module, then the e2e suite, at the end."""
    path = str(item.path).replace("\\", "/")
    if "/tests/e2e/" in path:
        return 2
    return 1 if "/tests/cluster/" in path else 0
