"""The Whoosh full reindex (`whoosh_writer`): the same index as Whoosh's own writer, in parts
side by side, all or nothing; upserts give the documents a reindex gives."""

from __future__ import annotations

import dataclasses
import multiprocessing
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from whoosh import index as whoosh_index
from whoosh.fields import TEXT, Schema
from whoosh.reading import IndexReader

from tests.support.search_documents import filler_courses, sample_courses
from udemy_clone.catalog.search import CourseDocument, CourseSearchIndex, SearchQuery
from udemy_clone.catalog.search import whoosh_index as course_index
from udemy_clone.catalog.search.whoosh_schema import (
    _CODEC,
    INDEX_NAME,
    _build_schema,
    _rebuilt_fields,
)
from udemy_clone.catalog.search.whoosh_writer import replace_all_documents


def _courses() -> list[CourseDocument]:
    return sample_courses() + filler_courses()


def _postings(reader: IndexReader) -> dict[tuple[str, bytes], list[int]]:
    """(field, term) -> course ids of the live documents holding it, over every segment."""
    ids = _course_ids(reader)
    found: dict[tuple[str, bytes], list[int]] = {}
    for field_name, term in reader.all_terms():
        docs = sorted(ids[d] for d in reader.postings(field_name, term).all_ids()
                      if not reader.is_deleted(d))
        if docs:
            found[(field_name, term)] = docs
    return found


def _course_ids(reader: IndexReader) -> dict[int, int]:
    column = list(reader.column_reader("doc_values", translate=False))
    return {docnum: int(raw[1:].split(b",", 1)[0]) for docnum, raw in enumerate(column) if raw}


def _index_postings(directory: Path) -> dict[tuple[str, bytes], list[int]]:
    ix = whoosh_index.open_dir(directory, indexname=INDEX_NAME)
    with ix.reader() as reader:
        return _postings(reader)


def _segment_count(directory: Path) -> int:
    ix = whoosh_index.open_dir(directory, indexname=INDEX_NAME)
    with ix.reader() as reader:
        return len(list(reader.leaf_readers()))


def test_the_reindex_writes_what_whooshs_own_writer_writes(tmp_path: Path) -> None:
    courses = _courses()
    ours = tmp_path / "ours"
    CourseSearchIndex(ours).rebuild(courses)

    theirs = tmp_path / "theirs"
    theirs.mkdir()
    ix = whoosh_index.create_in(theirs, _build_schema(), indexname=INDEX_NAME)
    with ix.writer(codec=_CODEC) as writer:
        for fields in _rebuilt_fields(courses):
            writer.add_document(**fields)

    expected = _index_postings(theirs)
    assert len(expected) > 300
    assert _index_postings(ours) == expected


def test_a_large_reindex_is_written_in_parts_with_the_same_postings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    courses = _courses()
    whole = CourseSearchIndex(tmp_path / "whole")
    whole.rebuild(courses)
    monkeypatch.setattr(course_index, "_PARALLEL_REBUILD_DOCS", 10)
    monkeypatch.setattr(course_index, "_REBUILD_PROCS", 3)
    parts = CourseSearchIndex(tmp_path / "parts")

    assert parts.rebuild(courses) == len(courses) == parts.count()

    assert _segment_count(tmp_path / "parts") == 3
    one, three = _index_postings(tmp_path / "whole"), _index_postings(tmp_path / "parts")
    # The typo vocabulary holds each word once per part instead of once in all.
    assert {k: v for k, v in one.items() if k[0] != "spell"} == {
        k: v for k, v in three.items() if k[0] != "spell"
    }
    assert {k for k in one if k[0] == "spell"} == {k for k in three if k[0] == "spell"}
    for query in (SearchQuery(text="python"), SearchQuery(text="pyhton"), SearchQuery()):
        assert parts.search(query) == whole.search(query)


def test_an_upsert_gives_the_documents_a_reindex_gives(tmp_path: Path) -> None:
    courses = _courses()
    changed = [
        dataclasses.replace(courses[0], title="Quantum Gardening", tags=["Quantum Gardens"]),
        dataclasses.replace(courses[3], description="Numérique résumé of café crèmes"),
    ]
    updated = CourseSearchIndex(tmp_path / "updated")
    updated.rebuild(courses)
    updated.upsert(changed)
    updated.delete([courses[5].course_id])

    final = {c.course_id: c for c in courses + changed}
    del final[courses[5].course_id]
    rebuilt = CourseSearchIndex(tmp_path / "rebuilt")
    rebuilt.rebuild(final.values())

    def without_spell(found: dict[tuple[str, bytes], list[int]]) -> dict[Any, list[int]]:
        return {k: v for k, v in found.items() if k[0] != "spell"}

    got, expected = _index_postings(tmp_path / "updated"), _index_postings(tmp_path / "rebuilt")
    assert without_spell(got) == without_spell(expected)
    new_words = {b"quantum", b"gardening", b"gardens", b"numerique", b"resume", b"cremes"}
    assert {t for f, t in got if f == "spell"} >= new_words
    assert got[("title", b"quantum")] == [courses[0].course_id]
    assert updated.search(SearchQuery(text="gardenning")).course_ids == [courses[0].course_id]


def _failing(fields: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for count, item in enumerate(fields):
        if count == 3:
            raise ValueError("this course cannot be read")
        yield item


@pytest.mark.parametrize("failing_part", [0, 1])
def test_a_failed_reindex_changes_nothing_and_leaves_no_files(
    tmp_path: Path, failing_part: int
) -> None:
    courses = _courses()
    search = CourseSearchIndex(tmp_path / "index")
    search.rebuild(courses[:10])
    files_before = sorted(p.name for p in (tmp_path / "index").iterdir())
    parts: list[Iterable[dict[str, Any]]] = [
        _rebuilt_fields(courses[:30]),
        _rebuilt_fields(courses[30:]),
    ]
    parts[failing_part] = _failing(parts[failing_part])
    ix = whoosh_index.open_dir(tmp_path / "index", indexname=INDEX_NAME)

    expected = ValueError if failing_part == 0 else RuntimeError
    with pytest.raises(expected, match="cannot be read"):
        replace_all_documents(ix, _CODEC, parts, timeout=1.0)

    assert sorted(p.name for p in (tmp_path / "index").iterdir()) == files_before
    assert search.count() == 10
    search.rebuild(courses)  # the write lock was released
    assert search.count() == len(courses)


def test_an_empty_reindex_leaves_an_empty_index(index: CourseSearchIndex) -> None:
    assert index.rebuild([]) == 0
    assert index.count() == 0
    assert whoosh_index.open_dir(index.directory, indexname=INDEX_NAME).is_empty()


def test_fields_with_frequencies_are_refused(tmp_path: Path) -> None:
    ix = whoosh_index.create_in(tmp_path, Schema(body=TEXT()), indexname="plain")
    with pytest.raises(ValueError, match="'body'"):
        replace_all_documents(ix, _CODEC, [[{"body": "words"}]], timeout=1.0)


def _rebuild_in_parts(directory: str) -> None:
    course_index._PARALLEL_REBUILD_DOCS = 10
    course_index._REBUILD_PROCS = 2
    CourseSearchIndex(directory).rebuild(_courses())


def test_a_daemonic_process_writes_the_parts_itself(tmp_path: Path) -> None:
    """Daemonic processes may not have children: the parts are written one after another."""
    process = multiprocessing.get_context("fork").Process(
        target=_rebuild_in_parts, args=(str(tmp_path),), daemon=True
    )
    process.start()
    process.join(timeout=60)

    assert process.exitcode == 0
    assert _segment_count(tmp_path) == 2
    assert CourseSearchIndex(tmp_path).count() == len(_courses())
