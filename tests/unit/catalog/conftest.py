"""Fixtures for the catalog unit tests: a small, hand-made catalogue in a temporary index."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.support.search_documents import filler_courses, make_course, sample_courses
from udemy_clone.catalog.search import CourseDocument, CourseSearchIndex


@pytest.fixture
def index_dir(tmp_path: Path) -> Path:
    """A fresh directory for one test's index."""
    return tmp_path / "search-index"


@pytest.fixture
def empty_index(index_dir: Path) -> CourseSearchIndex:
    """An index with nothing in it."""
    return CourseSearchIndex(index_dir)


@pytest.fixture
def index(empty_index: CourseSearchIndex) -> CourseSearchIndex:
    """An index holding the twelve sample courses only (exact counts are easy to check)."""
    empty_index.rebuild(sample_courses())
    return empty_index


@pytest.fixture(scope="module")
def ranked_index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CourseSearchIndex]:
    """The sample courses plus sixty distractors, shared by read-only ranking tests."""
    index = CourseSearchIndex(tmp_path_factory.mktemp("ranked") / "index")
    index.rebuild(sample_courses() + filler_courses())
    yield index


@pytest.fixture
def course_factory() -> Callable[..., CourseDocument]:
    """The `make_course` factory, for tests that build their own documents."""
    return make_course
