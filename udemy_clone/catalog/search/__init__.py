"""Course search: the port (`port`), its two engines, and the one the settings choose.

`get_search_index()` returns the process's backend: PostgreSQL full-text search when the
database is PostgreSQL (or `SEARCH_BACKEND=postgres`), the embedded Whoosh index otherwise
(or with `SEARCH_BACKEND=whoosh`).
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from udemy_clone.catalog.search.port import (
    MAX_PAGE_SIZE,
    MAX_RESULT_WINDOW,
    SORT_OPTIONS,
    CourseDocument,
    CourseSearchBackend,
    CueDocument,
    CueHit,
    SearchQuery,
    SearchResult,
    Suggestions,
    complete_facets,
    normalize_tag,
)
from udemy_clone.catalog.search.postgres_index import PostgresSearchIndex
from udemy_clone.catalog.search.whoosh_index import CourseSearchIndex
from udemy_clone.core import db
from udemy_clone.core.config import get_settings

__all__ = [
    "MAX_PAGE_SIZE",
    "MAX_RESULT_WINDOW",
    "SORT_OPTIONS",
    "CourseDocument",
    "CourseSearchBackend",
    "CourseSearchIndex",
    "CueDocument",
    "CueHit",
    "PostgresSearchIndex",
    "SearchQuery",
    "SearchResult",
    "Suggestions",
    "complete_facets",
    "get_search_index",
    "normalize_tag",
    "search_backend_name",
]

_indexes: dict[tuple[int, Path], CourseSearchIndex] = {}
_indexes_lock = threading.Lock()
_postgres_index = PostgresSearchIndex()


def search_backend_name() -> str:
    """`postgres` or `whoosh`: the setting, or on `auto` the dialect of the current database."""
    chosen = get_settings().search_backend
    if chosen != "auto":
        return chosen
    return "postgres" if db.dialect_name() == "postgresql" else "whoosh"


def get_search_index() -> CourseSearchBackend:
    """The course search backend this process uses (see the module docstring)."""
    if search_backend_name() == "postgres":
        return _postgres_index
    return get_whoosh_index()


def get_whoosh_index() -> CourseSearchIndex:
    """The process-wide Whoosh index in `settings.search_index_dir`."""
    directory = get_settings().search_index_dir
    assert directory is not None  # filled in by Settings
    key = (os.getpid(), Path(directory).resolve())
    with _indexes_lock:
        index = _indexes.get(key)
        if index is None:
            index = CourseSearchIndex(key[1])
            _indexes[key] = index
        return index
