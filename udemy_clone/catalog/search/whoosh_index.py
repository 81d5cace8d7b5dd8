"""Course search on Whoosh: the embedded backend of the search port (local disk, one machine).

Whoosh stores the index (segments, term dictionaries, postings, atomic commits) and finds the
words: stemming analysis, and a Levenshtein automaton over the unstemmed vocabulary for typos.
Everything after that is done here on sets of document numbers, because Whoosh's per-document
Python collectors were too slow for the 50 ms budget at 100k courses (BM25F top-k: p95 98 ms
for one word, 168 ms for three; see bench/search.py):

* relevance = sum over matched (word, field) of field boost x idf, typo corrections weighing
  less; every course matching all words exactly ranks above the typo-only matches; equal
  scores go to the better-selling course;
* filters, facets and the other sorts use per-document values ("doc values") kept in memory
  per index generation and rebuilt only for segments that changed.

Writers are serialised with a thread lock inside a process and an `fcntl` file lock across
processes, so concurrent upserts and deletes never raise `LockError` and are applied in order.
Only Whoosh's public reader API is used (`postings().all_ids()`, `terms_within`, columns).

The index lives on this machine's disk: replicas on other machines each need their own copy
kept current, which is why PostgreSQL deployments use `postgres_index` instead.
"""

from __future__ import annotations

import fcntl
import heapq
import math
import os
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from whoosh import index as whoosh_index
from whoosh.index import EmptyIndexError
from whoosh.reading import IndexReader
from whoosh.writing import CLEAR, IndexWriter

from udemy_clone.catalog.search import whoosh_common
from udemy_clone.catalog.search.port import (
    EXACT_COUNT_LIMIT,
    FACET_NAMES,
    MAX_RESULT_WINDOW,
    MIN_FUZZY_WORD_LENGTH,
    TYPO_CORRECTION_MAX_DOCS,
    CourseDocument,
    CueDocument,
    CueHit,
    SearchQuery,
    SearchResult,
    Suggestions,
    check_sort,
    chosen_prices,
    chosen_values,
    complete_facets,
    normalize_tag,
    page_bounds,
    prefix_words,
    price_bounds,
    suggestion_limit,
)
from udemy_clone.catalog.search.whoosh_common import CommonPostingsCache
from udemy_clone.catalog.search.whoosh_cues import CueIndex
from udemy_clone.catalog.search.whoosh_schema import (
    _CODEC,
    _FACET_CACHE_SIZE,
    _KEY_FIELD,
    _OPEN_ATTEMPTS,
    _PARALLEL_REBUILD_DOCS,
    _REBUILD_PROCS,
    _SEGMENT_POSTINGS_CACHE_SIZE,
    _SPELL_FIELD,
    _TERM_CACHE_SIZE,
    _TITLE_WORDS_FIELD,
    _WRITER_TIMEOUT_SECONDS,
    FIELD_BOOSTS,
    FIELD_CODES,
    FUZZY_BOOST,
    INDEX_NAME,
    MAX_FUZZY_EXPANSIONS,
    _build_schema,
    _document_fields,
    _query_words,
    _rebuilt_fields,
    _stem,
    _transpositions,
)
from udemy_clone.catalog.search.whoosh_snapshot import (
    _bounded_put,
    _counted_facets,
    _fresh_searcher,
    _relevance_page,
    _retire,
    _segment_id,
    _SegmentValues,
    _Snapshot,
)
from udemy_clone.catalog.search.whoosh_writer import replace_all_documents

# A later word of a query is read from its postings when it is in at most this many docs, or
# in at most this many times the courses still in the running; above, those courses are
# checked one by one in their forward terms (~0.4 µs a course and field). Reading costs
# ~0.1 µs a posting from common-postings files, ~2.7 µs through Whoosh's reader.
_CHECK_MIN_DOCS: Final = 256
_CHECK_RATIO: Final = 4.0
_CHECK_RATIO_WITHOUT_COMMON: Final = 0.15
# Segments smaller than this are read through Whoosh whatever the word.
_SMALL_SEGMENT_DOCS: Final = 5_000


@dataclass(slots=True)
class _WordMatch:
    """One query word: its exact stem and the stems of likely typo corrections."""

    word: str
    stem: str
    fuzzy_stems: list[str]
    # The likeliest intended word, shown as "showing results for ..." when only typos match.
    correction: str | None = None


class CourseSearchIndex:
    """A course index in one directory, safe to share between threads and processes."""

    def __init__(self, directory: Path | str) -> None:
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self._lock_path = self.directory / f"{INDEX_NAME}.write.lock"
        self._schema = _build_schema()
        self._pid = os.getpid()
        self._write_lock = threading.Lock()
        # Held while a generation is made or read: a new generation reuses the previous
        # one's column lists in place.
        self._search_lock = threading.RLock()
        self._index: whoosh_index.Index | None = None
        self._snapshot: _Snapshot | None = None
        self._segment_values: dict[str, _SegmentValues] = {}
        self._postings: OrderedDict[tuple[str, str, str], tuple[int, ...]] = OrderedDict()
        self._postings_lock = threading.Lock()
        self._common = CommonPostingsCache(self.directory)
        # Lecture caption cues live in an index of their own in the same folder.
        self.cues = CueIndex(self.directory)

    # -- caption cues ----------------------------------------------------------------------

    def replace_cues(
        self, course_id: int, lecture_ids: Sequence[int] | None, cues: Iterable[CueDocument]
    ) -> None:
        """Make `cues` the indexed cues of these lectures (None: of the whole course)."""
        self.cues.replace(course_id, lecture_ids, cues)

    def delete_cues(self, course_ids: Iterable[int]) -> None:
        """Remove every cue of these courses; unknown ids are ignored."""
        self.cues.delete_courses(course_ids)

    def rebuild_cues(self, cues: Iterable[CueDocument]) -> int:
        """Replace every indexed cue with `cues`; returns how many were indexed."""
        return self.cues.rebuild(cues)

    def cue_count(self, course_id: int | None = None) -> int:
        """How many cues are indexed (of one course, or of all)."""
        return self.cues.count(course_id)

    def lecture_matches(
        self, query_text: str, course_ids: Sequence[int], per_course: int = 3
    ) -> dict[int, list[CueHit]]:
        """Per course, the best matching cue of up to `per_course` lectures, best first."""
        return self.cues.lecture_matches(query_text, course_ids, per_course)

    # -- writing ---------------------------------------------------------------------------

    def upsert(self, docs: Iterable[CourseDocument]) -> None:
        """Add or replace the given courses (the last of duplicates wins)."""
        latest = {int(doc.course_id): doc for doc in docs}
        if not latest:
            return
        prepared = [_document_fields(doc) for doc in latest.values()]
        with self._search_lock:
            reader = self._current_snapshot().reader
            for fields_, words in prepared:
                # Words no other course holds (its own older version may be the only one).
                fields_[_SPELL_FIELD] = {
                    w for w in words if reader.doc_frequency(_SPELL_FIELD, w) <= 1
                }
        with self._writer() as writer:
            for fields_, _ in prepared:
                writer.update_document(**fields_)

    def delete(self, course_ids: Iterable[int]) -> None:
        """Remove the given courses; unknown ids are ignored."""
        keys = sorted({str(int(course_id)) for course_id in course_ids})
        if not keys:
            return
        with self._writer() as writer:
            for key in keys:
                writer.delete_by_term(_KEY_FIELD, key)

    def rebuild(self, docs: Iterable[CourseDocument]) -> int:
        """Replace the whole index with `docs` in one commit; returns how many were indexed.

        Segments written in docnum order (`whoosh_writer`), not through Whoosh's
        `add_document`: the same documents, a fraction of the time (see docs/benchmarks.md).
        """
        courses = list({int(doc.course_id): doc for doc in docs}.values())
        # A large reindex is written in parts side by side, one segment and process each.
        parts = _REBUILD_PROCS if len(courses) >= _PARALLEL_REBUILD_DOCS else 1
        size = max(1, -(-len(courses) // parts))
        shares = [_rebuilt_fields(courses[i : i + size]) for i in range(0, len(courses), size)]
        self._check_process()
        ix = self._open_index()
        with self._write_lock, self._process_lock():
            return replace_all_documents(ix, _CODEC, shares, _WRITER_TIMEOUT_SECONDS)

    def clear(self) -> None:
        """Remove every course (and every caption cue) from the index."""
        with self._writer(mergetype=CLEAR):
            pass
        whoosh_common.sweep(self.directory, INDEX_NAME, [])
        self.cues.clear()

    @contextmanager
    def _writer(self, mergetype: Any = None) -> Iterator[IndexWriter]:
        self._check_process()
        ix = self._open_index()  # before the file lock: creating the index takes it too
        with self._write_lock, self._process_lock():
            writer = ix.writer(timeout=_WRITER_TIMEOUT_SECONDS, limitmb=256, codec=_CODEC)
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
        # Whoosh's own lock fails at once when taken; this one waits its turn, so writers in
        # other processes queue up in order instead of raising LockError.
        with open(self._lock_path, "a+b") as handle:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)

    def _open_index(self) -> whoosh_index.Index:
        if self._index is None:
            # A commit in another process deletes the table of contents it replaced, which
            # can vanish between listing the directory and opening the file: try again.
            for attempt in range(_OPEN_ATTEMPTS):
                try:
                    self._index = self._open_or_create_index()
                    break
                except FileNotFoundError:
                    if attempt == _OPEN_ATTEMPTS - 1:
                        raise
                    time.sleep(0.01 * (attempt + 1))
        assert self._index is not None
        return self._index

    def _open_or_create_index(self) -> whoosh_index.Index:
        try:
            return whoosh_index.open_dir(self.directory, indexname=INDEX_NAME)
        except EmptyIndexError:
            pass
        with self._process_lock():
            if not whoosh_index.exists_in(self.directory, indexname=INDEX_NAME):
                return whoosh_index.create_in(self.directory, self._schema, indexname=INDEX_NAME)
        return whoosh_index.open_dir(self.directory, indexname=INDEX_NAME)

    def _check_process(self) -> None:
        # A forked child must not share the parent's open files or held thread locks.
        if os.getpid() != self._pid:
            self._pid = os.getpid()
            self._write_lock = threading.Lock()
            self._search_lock = threading.RLock()
            self._index = None
            self._snapshot = None
            self._segment_values = {}
            self._postings = OrderedDict()
            self._postings_lock = threading.Lock()
            self._common = CommonPostingsCache(self.directory)

    # -- reading ---------------------------------------------------------------------------

    def clear_caches(self) -> None:
        """Forget cached postings and facets (benchmarks use it to time cold queries)."""
        with self._postings_lock:
            self._postings.clear()
        with self._search_lock:
            snapshot = self._snapshot
            if snapshot is not None:
                snapshot.term_docs.clear()
                snapshot.facets.clear()

    def count(self) -> int:
        """How many courses are in the index."""
        with self._search_lock:
            return self._current_snapshot().live_count

    def _current_snapshot(self) -> _Snapshot:
        self._check_process()
        with self._search_lock:
            snapshot = self._snapshot
            if snapshot is None:
                ix = self._open_index()
                snapshot = _Snapshot(ix.searcher(), self._segment_values)
            elif self._generation_changed(snapshot):
                ix = self._open_index()
                searcher = _fresh_searcher(ix, self._schema, snapshot.reader)
                snapshot = _Snapshot(searcher, self._segment_values, previous=snapshot)
                # The old generation's caches are large: they are freed on another thread,
                # not in the middle of this search.
                _retire(self._snapshot)
            self._snapshot = snapshot
            return snapshot

    def _generation_changed(self, snapshot: _Snapshot) -> bool:
        """Whether a commit made a newer generation than `snapshot`'s.

        Whoosh's `up_to_date()` lists the index folder on every call; two `stat`s answer the
        usual case: our table of contents is still there and no next one was written (a
        commit writes generation n + 1 and deletes the older ones).
        """
        generation = snapshot.reader.generation()
        if isinstance(generation, int):
            toc = f"_{INDEX_NAME}_{{}}.toc"
            if (self.directory / toc.format(generation)).exists() and not (
                self.directory / toc.format(generation + 1)
            ).exists():
                return False
        return not snapshot.searcher.up_to_date()

    def suggest(self, prefix: str, limit: int = 8) -> Suggestions:
        """Best-selling courses whose title has words starting with each word of `prefix`,
        and the categories whose name does (most courses first).

        When no title matches, complete words of 5+ letters that no course uses are replaced
        by their likeliest correction (one edit away) and the titles are tried again.
        """
        words = prefix_words(prefix)
        limit = suggestion_limit(limit)
        if not words:
            return Suggestions(course_ids=[], category_slugs=[])
        with self._search_lock:
            snapshot = self._current_snapshot()
            docs = self._title_prefix_docs(snapshot, words)
            if not docs:
                corrected = [self._corrected_word(snapshot, word) for word in words]
                if corrected != words:
                    words = corrected
                    docs = self._title_prefix_docs(snapshot, words)
            key = snapshot.sort_key("best_selling")
            ids = snapshot.course_ids
            return Suggestions(
                course_ids=[ids[d] for d in heapq.nsmallest(limit, docs, key=key)],
                category_slugs=snapshot.category_suggestions(words, limit),
            )

    def _title_prefix_docs(self, snap: _Snapshot, words: Sequence[str]) -> frozenset[int]:
        sets: list[frozenset[int]] = []
        for word in words:
            terms = list(snap.reader.expand_prefix(_TITLE_WORDS_FIELD, word))
            docs = frozenset().union(
                *(self._term_docs(snap, _TITLE_WORDS_FIELD, term) for term in terms)
            )
            if not docs:
                return frozenset()
            sets.append(docs)
        return _intersect(sets)

    def _corrected_word(self, snap: _Snapshot, word: str) -> str:
        stem = _stem(word)
        if len(word) < MIN_FUZZY_WORD_LENGTH or stem is None:
            return word
        if (_SPELL_FIELD, word) in snap.reader:
            return word
        corrections = self._typo_stems(snap.reader, word, stem)
        return corrections[0][0] if corrections else word

    def search(self, query: SearchQuery) -> SearchResult:
        """Run one search: match, filter, count facets, sort and cut out the page."""
        check_sort(query.sort)
        start, end = page_bounds(query)
        with self._search_lock:
            snapshot = self._current_snapshot()
            return self._search(snapshot, query, start, end)

    def _search(self, snap: _Snapshot, query: SearchQuery, start: int, end: int) -> SearchResult:
        words = _query_words(query.text or "")
        base_sets, predicates, facet_sets, filter_key = self._filters(snap, query)
        exact: frozenset[int] | None = None
        candidates: frozenset[int] | None = None
        features: list[tuple[frozenset[int], float]] = []
        matches: list[_WordMatch] = []
        spoken: frozenset[int] = frozenset()
        if words:
            matches = self._word_matches(snap, words)
            exact, candidates, features = self._text_candidates(snap, matches)
            # Courses whose lecture captions hold every word, and nothing else matched.
            spoken = snap.docnums_of(self.cues.spoken_course_ids(query.text or "")) - candidates
            candidates = candidates | spoken
        docs = _narrow(snap, candidates, [*base_sets, *facet_sets.values()], predicates)

        total = len(docs)
        corrected = None
        text_docs = docs - spoken if spoken else docs
        if exact is not None and text_docs and text_docs.isdisjoint(exact) and not spoken & docs:
            # Nothing has the words as typed: the results are for the corrected words.
            corrected = " ".join(m.correction or m.word for m in matches)
        # Browsing without text repeats the same few filter combinations: cache their facets.
        cached = None if words else snap.facets.get(filter_key)
        approximate = bool(words) and total > EXACT_COUNT_LIMIT
        if cached is not None:
            facets = cached
        else:
            # Faceted search: a facet is counted with every filter but its own, so the other
            # values of a chosen facet keep their counts (they widen the results).
            plain = [name for name in FACET_NAMES if name not in facet_sets]
            found = _counted_facets(snap, docs, plain, bool(words))
            for name in facet_sets:
                others = [s for other, s in facet_sets.items() if other != name]
                own = _narrow(snap, candidates, [*base_sets, *others], predicates)
                found.update(_counted_facets(snap, own, [name], bool(words)))
            facets = complete_facets(found)
        if cached is None and not words:
            _bounded_put(snap.facets, filter_key, facets, _FACET_CACHE_SIZE)

        if start >= min(total, MAX_RESULT_WINDOW):
            return SearchResult(
                course_ids=[],
                total=total,
                facets=_copy_facets(facets),
                corrected_query=corrected,
                approximate=approximate,
            )
        end = min(end, MAX_RESULT_WINDOW)

        sort = query.sort
        if sort == "relevance" and exact is not None:
            page_docs = _relevance_page(snap, features, text_docs, exact, end)
            if len(page_docs) < end and spoken:
                # Caption-only matches rank below every course matching by its own texts.
                page_docs += snap.sorted_page("best_selling", docs & spoken, end - len(page_docs))
            page_docs = page_docs[start:end]
        else:
            if sort == "relevance":
                sort = "newest"
            page_docs = snap.sorted_page(sort, docs, end)[start:end]
        ids = snap.course_ids
        return SearchResult(
            course_ids=[ids[d] for d in page_docs],
            total=total,
            facets=_copy_facets(facets),
            corrected_query=corrected,
            approximate=approximate,
        )

    # -- text matching ---------------------------------------------------------------------

    def _word_matches(self, snap: _Snapshot, words: Sequence[str]) -> list[_WordMatch]:
        reader = snap.reader
        matches: list[_WordMatch] = []
        for word in words:
            stem = _stem(word)
            if stem is None:
                continue
            fuzzy: list[tuple[str, str]] = []
            if (
                len(word) >= MIN_FUZZY_WORD_LENGTH
                and _stem_frequency(reader, stem) < TYPO_CORRECTION_MAX_DOCS
            ):
                fuzzy = self._typo_stems(reader, word, stem)
            matches.append(
                _WordMatch(
                    word=word,
                    stem=stem,
                    fuzzy_stems=[s for _, s in fuzzy],
                    correction=fuzzy[0][0] if fuzzy and not self._stem_docs(snap, stem) else None,
                )
            )
        return matches

    def _typo_stems(self, reader: IndexReader, word: str, stem: str) -> list[tuple[str, str]]:
        """(word, stem) of likely corrections of `word`, the most used first."""
        candidates = set(reader.terms_within(_SPELL_FIELD, word, 1, prefix=1))
        for swapped in _transpositions(word):
            if (_SPELL_FIELD, swapped) in reader:
                candidates.add(swapped)
        candidates.discard(word)
        if not candidates:
            return []
        # Prefer the corrections most courses use: they are the likeliest intended words.
        stemmed = [(candidate, _stem(candidate)) for candidate in candidates]
        ranked = sorted(
            stemmed,
            key=lambda pair: (-_stem_frequency(reader, pair[1]) if pair[1] else 0, pair[0]),
        )
        stems: list[tuple[str, str]] = []
        for candidate, candidate_stem in ranked[:MAX_FUZZY_EXPANSIONS]:
            if (
                candidate_stem
                and candidate_stem != stem
                and all(candidate_stem != s for _, s in stems)
            ):
                stems.append((candidate, candidate_stem))
        return stems

    def _term_docs(self, snap: _Snapshot, field_name: str, term: str) -> frozenset[int]:
        key = (field_name, term)
        cached = snap.term_docs.get(key)
        if cached is not None:
            snap.term_docs.move_to_end(key)
            return cached
        inherited = snap.inherited
        old = inherited.term_docs.get(key) if inherited is not None else None
        found: list[int] = []
        for leaf, offset in snap.leaves:
            if old is not None and inherited is not None and offset < inherited.kept_below:
                continue  # the previous generation's docs of this term stand for these
            ids = self._segment_postings(leaf, field_name, term)
            found.extend(map(offset.__add__, ids) if offset else ids)
        docs = frozenset(found)
        if snap.has_deletions and not snap.deleted.isdisjoint(docs):
            docs = docs - snap.deleted
        if old is not None and inherited is not None:
            if not inherited.removed.isdisjoint(old):
                old = old - inherited.removed
            docs = old | docs if docs else old
        _bounded_put(snap.term_docs, key, docs, _TERM_CACHE_SIZE)
        return docs

    def _segment_postings(self, leaf: IndexReader, field_name: str, term: str) -> Sequence[int]:
        """A term's docnums in one segment; kept across index changes, as segments never change.

        Right after an upsert only the new small segment is read, not the whole index.
        """
        segment_id = _segment_id(leaf)
        if segment_id is None:
            return _posting_ids(leaf, field_name, term)
        key = (segment_id, field_name, term)
        with self._postings_lock:
            cached = self._postings.get(key)
            if cached is not None:
                self._postings.move_to_end(key)
                return cached
        common = self._common.of(segment_id).docnums(field_name, term)
        if common is not None:
            return common  # a slice of a memory map: cheaper to read again than to cache
        ids = tuple(_posting_ids(leaf, field_name, term))
        with self._postings_lock:
            _bounded_put(self._postings, key, ids, _SEGMENT_POSTINGS_CACHE_SIZE)
        return ids

    def _common_everywhere(self, snap: _Snapshot) -> bool:
        """Whether every large segment of `snap` has its common-postings file."""
        if snap.common_everywhere is None:
            snap.common_everywhere = all(
                leaf.doc_count_all() < _SMALL_SEGMENT_DOCS or self._common.of(segment_id).present
                for (leaf, _), (segment_id, _) in zip(snap.leaves, snap.layout, strict=True)
                if segment_id is not None
            )
        return snap.common_everywhere

    def _stem_docs(self, snap: _Snapshot, stem: str) -> frozenset[int]:
        """Docs holding `stem` in any text field (cached like single terms)."""
        key = ("", stem)
        cached = snap.term_docs.get(key)
        if cached is None:
            cached = frozenset().union(
                *(self._term_docs(snap, field_name, stem) for field_name in FIELD_BOOSTS)
            )
            _bounded_put(snap.term_docs, key, cached, _TERM_CACHE_SIZE)
        return cached

    def _text_candidates(
        self, snap: _Snapshot, matches: list[_WordMatch]
    ) -> tuple[frozenset[int], frozenset[int], list[tuple[frozenset[int], float]]]:
        """Docs with every word exactly, docs with every word allowing typos, score features.

        A feature is the set of docs holding one stem in one field, with the weight a match
        there adds to a doc's relevance: the field's boost times the stem's rarity (idf),
        reduced for typo corrections.

        The rarest word is read whole; each further word is only looked for among the
        courses still in the running (`_term_docs_among`), so a common word of a
        three-word query ("complete", in most of the catalogue) costs a check per remaining
        course, not a read of its tens of thousands of postings.
        """
        features: list[tuple[frozenset[int], float]] = []
        if not matches:
            return frozenset(), frozenset(), features
        total = max(snap.live_count, 1)
        ordered = sorted(matches, key=lambda m: _stem_frequency(snap.reader, m.stem))
        exact: frozenset[int] | None = None
        candidates: frozenset[int] | None = None
        for match in ordered:
            exact_docs, word_docs = self._word_docs(snap, match, total, candidates, features)
            exact = exact_docs if exact is None else exact & exact_docs
            candidates = word_docs if candidates is None else candidates & word_docs
            if not candidates:
                break
        if candidates:
            assert exact is not None
            return exact, candidates, features
        # No course has every word: fall back to courses with any of them.
        features = []
        exact_sets: list[frozenset[int]] = []
        word_sets: list[frozenset[int]] = []
        for match in matches:
            exact_docs, word_docs = self._word_docs(snap, match, total, None, features)
            exact_sets.append(exact_docs)
            word_sets.append(word_docs)
        return frozenset().union(*exact_sets), frozenset().union(*word_sets), features

    def _word_docs(
        self,
        snap: _Snapshot,
        match: _WordMatch,
        total: int,
        among: frozenset[int] | None,
        features: list[tuple[frozenset[int], float]],
    ) -> tuple[frozenset[int], frozenset[int]]:
        """Docs (of `among`, None: all) holding the word exactly, and allowing its typo
        corrections; adds the word's score features to `features`."""
        reader = snap.reader
        exact_parts: list[frozenset[int]] = []
        word_parts: list[frozenset[int]] = []
        stems = [(match.stem, 1.0)] + [(f, FUZZY_BOOST) for f in match.fuzzy_stems]
        for stem, factor in stems:
            for field_name, boost in FIELD_BOOSTS.items():
                frequency = reader.doc_frequency(field_name, stem)
                if not frequency:
                    continue
                docs = self._term_docs_among(snap, field_name, stem, frequency, among)
                if docs:
                    # idf from the term statistics, the same whether the docs were read
                    # whole or checked, so a cold and a warm search rank alike.
                    idf = math.log(1.0 + total / frequency)
                    features.append((docs, boost * idf * factor))
                    (exact_parts if factor == 1.0 else word_parts).append(docs)
        exact_docs = frozenset().union(*exact_parts)
        return exact_docs, exact_docs.union(*word_parts)

    def _term_docs_among(
        self,
        snap: _Snapshot,
        field_name: str,
        term: str,
        frequency: int,
        among: frozenset[int] | None,
    ) -> frozenset[int]:
        """Docs of `among` (None: all live docs) holding `term` in `field_name`: read from
        the postings when cached or about as rare as `among`, else checked doc by doc in
        the forward terms."""
        cached = snap.term_docs.get((field_name, term))
        if among is None:
            return cached if cached is not None else self._term_docs(snap, field_name, term)
        if cached is not None:
            return cached & among
        ratio = _CHECK_RATIO if self._common_everywhere(snap) else _CHECK_RATIO_WITHOUT_COMMON
        if frequency <= max(_CHECK_MIN_DOCS, ratio * len(among)):
            return self._term_docs(snap, field_name, term) & among
        needle = f" {FIELD_CODES[field_name]}{term} "
        forward = snap.forward
        return frozenset(d for d in among if needle in forward[d])

    # -- filters ---------------------------------------------------------------------------

    def _filters(
        self, snap: _Snapshot, query: SearchQuery
    ) -> tuple[
        list[frozenset[int]],
        list[Callable[[int], bool]],
        dict[str, frozenset[int]],
        tuple[Any, ...],
    ]:
        """Filters that narrow everything (category, tag, price range), the facet filters
        (level, language, rating, duration, price kind: each counted without its own),
        and a key of them all for the facet cache."""
        sets: list[frozenset[int]] = []
        if query.category:
            sets.append(snap.value_set("category", query.category.strip().lower()))
        if query.tag:
            sets.append(snap.value_set("tag", normalize_tag(query.tag)))
        levels = chosen_values(query.level, query.levels)
        languages = chosen_values(query.language, query.languages)
        durations = chosen_values(None, query.durations)
        kinds = chosen_prices(query)
        facet_sets: dict[str, frozenset[int]] = {}
        if levels:
            facet_sets["level"] = snap.values_set("level", levels)
        if languages:
            facet_sets["language"] = snap.values_set("language", languages)
        if query.min_rating is not None:
            facet_sets["rating"] = snap.rating_set(float(query.min_rating))
        if durations:
            facet_sets["duration"] = snap.values_set("duration", durations)
        if kinds is not None:
            facet_sets["price"] = snap.values_set("price", kinds)
        predicates: list[Callable[[int], bool]] = []
        prices = snap.prices
        min_price, max_price = price_bounds(query)
        if min_price is not None:
            low = int(min_price)
            predicates.append(lambda d: prices[d] >= low)
        if max_price is not None:
            high = int(max_price)
            predicates.append(lambda d: prices[d] <= high)
        currency = (query.currency or "").strip().upper() or None
        if currency is None or (query.min_price is None and query.max_price is None):
            currency = None  # "free" and "paid" need no currency; amounts do
        else:
            currencies = snap.currencies
            predicates.append(lambda d: currencies[d] == currency)
        key = (
            query.category,
            normalize_tag(query.tag) if query.tag else None,
            levels,
            languages,
            durations,
            kinds,
            min_price,
            max_price,
            currency,
            query.min_rating,
        )
        return sets, predicates, facet_sets, key


def _narrow(
    snap: _Snapshot,
    candidates: frozenset[int] | None,
    sets: Sequence[frozenset[int]],
    predicates: Sequence[Callable[[int], bool]],
) -> frozenset[int]:
    """`candidates` (None: every live course) within all `sets` and passing `predicates`."""
    ordered = sorted(sets, key=len)
    if candidates is None:
        if ordered:
            candidates, ordered = ordered[0], ordered[1:]
        else:
            candidates = snap.live_set
    return _apply_filters(candidates, ordered, predicates)


def _stem_frequency(reader: IndexReader, stem: str | None) -> int:
    """About how many courses hold `stem`: the most of any one text field (term statistics)."""
    if not stem:
        return 0
    return max(reader.doc_frequency(field_name, stem) for field_name in FIELD_BOOSTS)


def _posting_ids(leaf: IndexReader, field_name: str, term: str) -> Sequence[int]:
    """Docnums (deleted ones included) of a term in one segment, through the public API."""
    if (field_name, term) not in leaf:
        return ()
    return list(leaf.postings(field_name, term).all_ids())


def _intersect(sets: list[frozenset[int]]) -> frozenset[int]:
    if not sets:
        return frozenset()
    ordered = sorted(sets, key=len)
    return ordered[0].intersection(*ordered[1:])


def _apply_filters(
    docs: frozenset[int],
    sets: Sequence[frozenset[int]],
    predicates: Sequence[Callable[[int], bool]],
) -> frozenset[int]:
    if sets:
        docs = docs.intersection(*sets)
    for predicate in predicates:
        docs = frozenset(filter(predicate, docs))
    return docs


def _copy_facets(facets: dict[str, dict[str, int]]) -> dict[str, dict[str, int]]:
    return {name: dict(counts) for name, counts in facets.items()}
