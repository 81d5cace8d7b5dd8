"""Lecture caption cues on Whoosh: a second index beside the courses' one, in the same folder.

One document per cue (its course, lecture, start and text). A caption search wants every
query word in one cue, with the words stemmed and accents folded like the course texts, so
"deploying" in a query finds "deploy" spoken. Cue counts are far below the 50 ms budget's
concern (a few thousand per course at most), so Whoosh's own searcher does the matching.
"""

from __future__ import annotations

import fcntl
import os
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import Any, Final

from whoosh import index as whoosh_index
from whoosh.analysis import CharsetFilter, LowercaseFilter, RegexTokenizer, StemFilter, StopFilter
from whoosh.fields import ID, NUMERIC, TEXT, Schema
from whoosh.index import EmptyIndexError
from whoosh.query import And, Or, Query, Term
from whoosh.searching import Searcher
from whoosh.support.charset import accent_map
from whoosh.writing import CLEAR, IndexWriter

from udemy_clone.catalog.search.port import CueDocument, CueHit, clean_text, cue_words

CUE_SCHEMA_VERSION: Final = 1
CUE_INDEX_NAME: Final = f"cues_v{CUE_SCHEMA_VERSION}"
_WRITER_TIMEOUT_SECONDS: Final = 30.0
# Above this many matching cues, the courses they belong to are taken from the best ones.
MAX_SPOKEN_CUES: Final = 20_000

CUE_ANALYZER: Final = (
    RegexTokenizer()
    | LowercaseFilter()
    | CharsetFilter(accent_map)
    | StopFilter()
    | StemFilter(lang="en")
)


def cue_stems(text: str) -> list[str]:
    """The stems of a text's words as the cue index keeps them (stop words dropped)."""
    return [token.text for token in CUE_ANALYZER(text)]


def query_stems(text: str) -> list[str]:
    """The distinct stems of a user's query (at most MAX_QUERY_WORDS words)."""
    stems: list[str] = []
    for word in cue_words(text):
        for stem in cue_stems(word):
            if stem not in stems:
                stems.append(stem)
    return stems


def _schema() -> Schema:
    # Course, lecture and start are columns too: a common word matches thousands of cues, and
    # reading each one's stored fields cost ~0.03 ms a cue (600 ms for 20,000 matches).
    return Schema(
        cue_key=ID(unique=True),
        course_id=ID(stored=True, sortable=True),
        lecture_id=ID(stored=True, sortable=True),
        start_ms=NUMERIC(int, bits=64, stored=True, sortable=True),
        text=TEXT(analyzer=CUE_ANALYZER, stored=True, phrase=False),
    )


class CueIndex:
    """The cue index in one directory, safe to share between threads and processes."""

    def __init__(self, directory: Path | str) -> None:
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self._lock_path = self.directory / f"{CUE_INDEX_NAME}.write.lock"
        self._pid = os.getpid()
        self._write_lock = threading.Lock()
        self._read_lock = threading.Lock()
        self._index: whoosh_index.Index | None = None
        self._searcher: Searcher | None = None
        self._column_cache: tuple[Searcher, tuple[list[int], list[int], list[int]]] | None = None

    # -- writing ---------------------------------------------------------------------------

    def replace(
        self, course_id: int, lecture_ids: Sequence[int] | None, cues: Iterable[CueDocument]
    ) -> None:
        """Make `cues` the indexed cues of these lectures (None: of the whole course)."""
        docs = [_fields(cue) for cue in cues]
        with self._writer() as writer:
            if lecture_ids is None:
                writer.delete_by_term("course_id", str(int(course_id)))
            else:
                for lecture_id in sorted({int(i) for i in lecture_ids}):
                    writer.delete_by_term("lecture_id", str(lecture_id))
            for fields in docs:
                writer.update_document(**fields)

    def delete_courses(self, course_ids: Iterable[int]) -> None:
        """Remove every cue of these courses."""
        keys = sorted({str(int(i)) for i in course_ids})
        if not keys:
            return
        with self._writer() as writer:
            for key in keys:
                writer.delete_by_term("course_id", key)

    def rebuild(self, cues: Iterable[CueDocument]) -> int:
        """Replace every cue with `cues` in one commit; returns how many."""
        count = 0
        with self._writer(mergetype=CLEAR) as writer:
            for cue in cues:
                writer.add_document(**_fields(cue))
                count += 1
        return count

    def clear(self) -> None:
        """Remove every cue."""
        with self._writer(mergetype=CLEAR):
            pass

    # -- reading ---------------------------------------------------------------------------

    def count(self, course_id: int | None = None) -> int:
        """How many cues are indexed (of one course, or of all)."""
        with self._reading() as searcher:
            if course_id is None:
                return int(searcher.doc_count())
            return sum(1 for _ in searcher.document_numbers(course_id=str(int(course_id))))

    def spoken_course_ids(self, text: str) -> set[int]:
        """Courses with a cue holding every word of `text`."""
        query = _words_query(text)
        if query is None:
            return set()
        with self._reading() as searcher:
            course_of = self._columns(searcher)[0]
            docnums = islice(searcher.docs_for_query(query), MAX_SPOKEN_CUES)
            return {course_of[d] for d in docnums}

    def lecture_matches(
        self, query_text: str, course_ids: Sequence[int], per_course: int = 3
    ) -> dict[int, list[CueHit]]:
        """Per course, the best matching cue of up to `per_course` lectures, best first."""
        query = _words_query(query_text)
        wanted = sorted({int(i) for i in course_ids})
        if query is None or not wanted or per_course < 1:
            return {}
        # The courses as part of the query: only their cues are matched and scored.
        within = And([query, Or([Term("course_id", str(i)) for i in wanted])])
        best: dict[int, tuple[float, int, int]] = {}  # lecture -> (-score, start, docnum)
        with self._reading() as searcher:
            course_of, lecture_of, start_of = self._columns(searcher)
            results = searcher.search(within, limit=None)
            for score, docnum in results.top_n:
                key = (-float(score or 0.0), start_of[docnum], docnum)
                lecture = lecture_of[docnum]
                if lecture not in best or key < best[lecture]:
                    best[lecture] = key
            hits = [
                CueHit(
                    course_id=course_of[docnum],
                    lecture_id=lecture,
                    start_ms=start,
                    text=str(searcher.stored_fields(docnum).get("text", "")),
                    score=-negative_score,
                )
                for lecture, (negative_score, start, docnum) in best.items()
            ]
        return group_hits(hits, per_course)

    # -- plumbing --------------------------------------------------------------------------

    def _columns(self, searcher: Searcher) -> tuple[list[int], list[int], list[int]]:
        """Course id, lecture id and start of every docnum of this searcher (cached with it)."""
        if self._column_cache is not None and self._column_cache[0] is searcher:
            return self._column_cache[1]
        reader = searcher.reader()
        if reader.doc_count_all() == 0:
            columns: tuple[list[int], list[int], list[int]] = ([], [], [])
        else:
            columns = (
                [int(v or 0) for v in reader.column_reader("course_id")],
                [int(v or 0) for v in reader.column_reader("lecture_id")],
                [int(v or 0) for v in reader.column_reader("start_ms")],
            )
        self._column_cache = (searcher, columns)
        return columns

    @contextmanager
    def _reading(self) -> Iterator[Searcher]:
        self._check_process()
        with self._read_lock:
            searcher = self._searcher
            if searcher is None or not searcher.up_to_date():
                # A new searcher, not `refresh()` (see whoosh_index: it can bring back
                # cleared documents in whoosh-reloaded 2.7.5).
                searcher = self._open_index().searcher()
                self._searcher = searcher
            yield searcher

    @contextmanager
    def _writer(self, mergetype: Any = None) -> Iterator[IndexWriter]:
        self._check_process()
        ix = self._open_index()
        with self._write_lock, self._process_lock():
            writer = ix.writer(timeout=_WRITER_TIMEOUT_SECONDS)
            try:
                yield writer
            except BaseException:
                writer.cancel()
                raise
            if mergetype is None:
                writer.commit()
            else:
                writer.commit(mergetype=mergetype)

    @contextmanager
    def _process_lock(self) -> Iterator[None]:
        with open(self._lock_path, "a+b") as handle:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)

    def _open_index(self) -> whoosh_index.Index:
        if self._index is None:
            try:
                self._index = whoosh_index.open_dir(self.directory, indexname=CUE_INDEX_NAME)
            except EmptyIndexError:
                with self._process_lock():
                    if not whoosh_index.exists_in(self.directory, indexname=CUE_INDEX_NAME):
                        self._index = whoosh_index.create_in(
                            self.directory, _schema(), indexname=CUE_INDEX_NAME
                        )
                    else:
                        self._index = whoosh_index.open_dir(
                            self.directory, indexname=CUE_INDEX_NAME
                        )
        return self._index

    def _check_process(self) -> None:
        # A forked child must not share the parent's open files or held thread locks.
        if os.getpid() != self._pid:
            self._pid = os.getpid()
            self._write_lock = threading.Lock()
            self._read_lock = threading.Lock()
            self._index = None
            self._searcher = None
            self._column_cache = None


def _fields(cue: CueDocument) -> dict[str, Any]:
    return {
        "cue_key": str(int(cue.cue_id)),
        "course_id": str(int(cue.course_id)),
        "lecture_id": str(int(cue.lecture_id)),
        "start_ms": int(cue.start_ms),
        "text": clean_text(cue.text or ""),
    }


def _words_query(text: str) -> Query | None:
    stems = query_stems(text)
    if not stems:
        return None
    return And([Term("text", stem) for stem in stems])


def group_hits(hits: Iterable[CueHit], per_course: int) -> dict[int, list[CueHit]]:
    """Hits (one per lecture) grouped by course, best first, at most `per_course` each."""
    grouped: dict[int, list[CueHit]] = {}
    for hit in sorted(hits, key=lambda h: (-h.score, h.course_id, h.lecture_id)):
        bucket = grouped.setdefault(hit.course_id, [])
        if len(bucket) < per_course:
            bucket.append(hit)
    return grouped
