"""Which search backend runs where, and replicas that answer alike from the first request."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine

from tests.conftest import migrated_engine, reload_settings
from tests.support.search_documents import sample_courses
from udemy_clone.catalog.search import (
    CourseSearchIndex,
    PostgresSearchIndex,
    SearchQuery,
    get_search_index,
    search_backend_name,
)
from udemy_clone.core import db as core_db
from udemy_clone.core.config import PROJECT_ROOT


def test_the_database_chooses_the_backend(db: Engine, db_kind: str) -> None:
    if db_kind == "postgresql":
        assert search_backend_name() == "postgres"
        assert isinstance(get_search_index(), PostgresSearchIndex)
    else:
        assert search_backend_name() == "whoosh"
        assert isinstance(get_search_index(), CourseSearchIndex)


@pytest.mark.parametrize("chosen", ["whoosh", "postgres"])
def test_the_setting_overrides_the_database(
    db: Engine, chosen: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SEARCH_BACKEND", chosen)
    reload_settings()
    try:
        expected = PostgresSearchIndex if chosen == "postgres" else CourseSearchIndex
        assert isinstance(get_search_index(), expected)
    finally:
        monkeypatch.delenv("SEARCH_BACKEND")
        reload_settings()


# A replica in a process of its own: fresh DATA_DIR (no local index files), same database.
_REPLICA = """
import json, sys
from udemy_clone.catalog.search import SearchQuery, get_search_index
from tests.support.search_documents import make_course
index = get_search_index()
before = {q: index.search(SearchQuery(text=q)).course_ids for q in sys.argv[1:]}
index.upsert([make_course(77, "Elixir Phoenix LiveView")])
print(json.dumps({"backend": type(index).__name__, "before": before}))
"""


@pytest.fixture
def committed_postgres(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The app's engine on the PostgreSQL test database, real commits, search tables emptied."""
    engine = migrated_engine("postgresql")
    url = engine.url.render_as_string(hide_password=False)
    monkeypatch.setenv("DATABASE_URL", url)
    reload_settings()
    try:
        yield url
    finally:
        core_db.reset_engine()
        with engine.begin() as conn:
            conn.execute(text("DELETE FROM course_search"))
            conn.execute(text("DELETE FROM search_words"))
            conn.execute(text("DELETE FROM search_categories"))
        monkeypatch.delenv("DATABASE_URL")
        reload_settings()


def test_a_new_replica_answers_like_the_others_at_once(
    committed_postgres: str, tmp_path: Path
) -> None:
    index = get_search_index()
    assert isinstance(index, PostgresSearchIndex)
    index.rebuild(sample_courses())
    queries = ["python", "photgraphy", "javascript", "yoga"]
    here = {q: index.search(SearchQuery(text=q)).course_ids for q in queries}
    assert here["python"] and here["photgraphy"]

    env = {
        **os.environ,
        "DATABASE_URL": committed_postgres,
        "DATA_DIR": str(tmp_path / "replica-data"),
        "PYTHONPATH": str(PROJECT_ROOT),
    }
    env.pop("SEARCH_INDEX_DIR", None)
    replica = subprocess.run(
        [sys.executable, "-c", _REPLICA, *queries],
        env=env,
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    answer = json.loads(replica.stdout.strip().splitlines()[-1])
    assert answer["backend"] == "PostgresSearchIndex"
    # The new replica never indexed anything, yet answers exactly like this one...
    assert answer["before"] == here
    # ...and what it indexed is found here as soon as its transaction committed.
    assert index.search(SearchQuery(text="elixir")).course_ids == [77]
    assert index.count() == len(sample_courses()) + 1

