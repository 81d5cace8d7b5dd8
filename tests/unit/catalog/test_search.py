"""The course search engine: ranking, typos, filters, facets, sorts, safety and concurrency."""

from __future__ import annotations

import multiprocessing
import threading
from pathlib import Path

import pytest

from udemy_clone.catalog.search import (
    CourseDocument,
    CourseSearchIndex,
    SearchQuery,
    get_search_index,
)
from udemy_clone.core.config import get_settings


def ids(index: CourseSearchIndex, **query: object) -> list[int]:
    """Course ids of the first page (size 100) of a search."""
    return index.search(SearchQuery(page_size=100, **query)).course_ids  # type: ignore[arg-type]


# --------------------------------------------------------------------------------------------
# Whoosh only: several instances on one directory, settings


def test_a_second_instance_sees_writes_of_the_first(index: CourseSearchIndex, index_dir: Path,
                                                    course_factory) -> None:
    other = CourseSearchIndex(index_dir)
    assert other.count() == 12
    index.upsert([course_factory(50, "Haskell Monads")])
    assert ids(other, text="haskell") == [50]
    other.delete([50])
    assert ids(index, text="haskell") == []


def test_get_search_index_follows_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                           ) -> None:
    monkeypatch.setenv("SEARCH_INDEX_DIR", str(tmp_path / "from-settings"))
    get_settings.cache_clear()
    try:
        first = get_search_index()
        assert first is get_search_index()
        assert first.directory == (tmp_path / "from-settings").resolve()
    finally:
        get_settings.cache_clear()


# --------------------------------------------------------------------------------------------
# Concurrent writers


def _doc(course_id: int, title: str) -> CourseDocument:
    return CourseDocument(course_id=course_id, title=title, category_slugs=["development"],
                          level="beginner", language="en")


@pytest.mark.slow
def test_concurrent_writer_threads_lose_nothing(empty_index: CourseSearchIndex) -> None:
    errors: list[BaseException] = []
    writers, per_writer = 6, 12

    def write(worker: int) -> None:
        try:
            for n in range(per_writer):
                course_id = worker * 1000 + n
                empty_index.upsert([_doc(course_id, f"Draft {course_id}")])
                empty_index.upsert([_doc(course_id, f"Zebra course {course_id}")])
                if n % 3 == 0:
                    empty_index.delete([course_id])
            # The same course, upserted and deleted in turn: the last write wins.
            for step in range(4):
                empty_index.upsert([_doc(worker * 1000 + 999, f"Version {step}")])
            empty_index.delete([worker * 1000 + 999])
            empty_index.upsert([_doc(worker * 1000 + 999, "Final edition")])
        except BaseException as exc:  # noqa: BLE001 - re-raised in the main thread
            errors.append(exc)

    def read() -> None:
        try:
            for _ in range(30):
                empty_index.search(SearchQuery(text="zebra", category="development"))
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(w,)) for w in range(writers)]
    threads += [threading.Thread(target=read) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors
    expected = {w * 1000 + n for w in range(writers) for n in range(per_writer) if n % 3}
    assert set(ids(empty_index, text="zebra")) == expected
    finals = empty_index.search(SearchQuery(text="final edition", page_size=100))
    assert set(finals.course_ids) == {w * 1000 + 999 for w in range(writers)}
    assert ids(empty_index, text="draft") == []
    assert ids(empty_index, text="version") == []


def _process_writer(directory: str, worker: int, per_writer: int) -> None:
    """Runs in a child process: its own index object on the shared directory."""
    index = CourseSearchIndex(directory)
    for n in range(per_writer):
        course_id = worker * 1000 + n
        index.upsert([_doc(course_id, f"Zebra course {course_id}")])
        index.search(SearchQuery(text="zebra"))
    shared = 999_999  # every process edits this one course in order; its own steps stay ordered
    index.upsert([_doc(worker * 1000 + 999, "Version one")])
    index.delete([worker * 1000 + 999])
    index.upsert([_doc(worker * 1000 + 999, "Final edition")])
    index.upsert([_doc(shared, f"Shared by worker {worker}")])


@pytest.mark.slow
def test_concurrent_writer_processes_lose_nothing(empty_index: CourseSearchIndex) -> None:
    workers, per_writer = 3, 8
    context = multiprocessing.get_context("spawn")
    processes = [
        context.Process(
            target=_process_writer, args=(str(empty_index.directory), w, per_writer)
        )
        for w in range(workers)
    ]
    for process in processes:
        process.start()
    for _ in range(20):  # the parent writes and reads at the same time
        empty_index.upsert([_doc(5_000, "Zebra from the parent")])
        empty_index.search(SearchQuery(text="zebra"))
    for process in processes:
        process.join(timeout=120)
    assert [p.exitcode for p in processes] == [0] * workers
    expected = {w * 1000 + n for w in range(workers) for n in range(per_writer)} | {5_000}
    assert set(ids(empty_index, text="zebra")) == expected
    finals = set(ids(empty_index, text="final edition"))
    assert finals == {w * 1000 + 999 for w in range(workers)}
    assert ids(empty_index, text="shared") == [999_999]
    assert empty_index.count() == len(expected) + workers + 1


def test_a_forked_child_gets_its_own_files_and_locks(index: CourseSearchIndex,
                                                      course_factory) -> None:
    index.search(SearchQuery(text="python"))  # the parent has an open searcher
    context = multiprocessing.get_context("fork")
    child = context.Process(target=_forked_upsert, args=(index,))
    child.start()
    child.join(timeout=60)
    assert child.exitcode == 0
    assert ids(index, text="forked") == [77]


def _forked_upsert(index: CourseSearchIndex) -> None:
    index.search(SearchQuery(text="python"))
    index.upsert([_doc(77, "Forked child course")])
