"""Common postings files beside Whoosh segments: the same docnums as Whoosh's postings, the same
answers with and without them, and no file left for a segment that is gone."""

from __future__ import annotations

import random
from pathlib import Path

from tests.unit.catalog.test_search_generations import QUERIES, _answers, _course
from udemy_clone.catalog.search import CourseSearchIndex
from udemy_clone.catalog.search.whoosh_common import COMMON_MIN_DOCS, CommonPostings


def _common_files(directory: Path) -> list[Path]:
    return sorted(directory.glob("common_*.bin"))


def test_common_postings_hold_what_whoosh_holds_and_answers_do_not_change(tmp_path: Path) -> None:
    rng = random.Random(11)
    directory = tmp_path / "index"
    index = CourseSearchIndex(directory)
    index.rebuild(_course(i, rng) for i in range(1, 801))
    files = _common_files(directory)
    assert len(files) == 1
    with_files = _answers(index)
    # Every term in the file has exactly Whoosh's docnums; every common term is in the file.
    reader = index._open_index().reader()
    (leaf, _), = reader.leaf_readers()
    common = CommonPostings(directory, leaf.segment().segment_id())
    checked = 0
    for field_name in ("title", "subtitle", "description", "tags"):
        for term in leaf.lexicon(field_name):
            word = term.decode()
            whoosh_docs = list(leaf.postings(field_name, word).all_ids())
            found = common.docnums(field_name, word)
            if len(whoosh_docs) >= COMMON_MIN_DOCS:
                assert found is not None and list(found) == whoosh_docs, (field_name, word)
                checked += 1
            else:
                assert found is None
    assert checked >= 5
    # Without the files (a segment Whoosh's own writer made), the answers are the same.
    for path in files:
        path.unlink()
    assert _answers(CourseSearchIndex(directory)) == with_files
    assert len(QUERIES) > 5


def test_a_reindex_and_a_clear_leave_no_file_of_a_gone_segment(tmp_path: Path) -> None:
    rng = random.Random(12)
    directory = tmp_path / "index"
    index = CourseSearchIndex(directory)
    index.rebuild(_course(i, rng) for i in range(1, 601))
    first = _common_files(directory)
    index.rebuild(_course(i, rng) for i in range(1, 601))
    second = _common_files(directory)
    assert len(first) == len(second) == 1 and first != second
    index.clear()
    assert _common_files(directory) == []
