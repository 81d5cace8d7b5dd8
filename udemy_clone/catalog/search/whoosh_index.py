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
import json
import math
import os
import re
import threading
import time
from bisect import bisect_left
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, filterfalse, islice
from pathlib import Path
from typing import Any, Final

from whoosh import index as whoosh_index
from whoosh.analysis import STOP_WORDS, Token, Tokenizer
from whoosh.codec.whoosh3 import W3Codec
from whoosh.columns import VarBytesColumn
from whoosh.fields import COLUMN, ID, KEYWORD, TEXT, Schema
from whoosh.index import EmptyIndexError
from whoosh.lang import stemmer_for_language
from whoosh.reading import IndexReader
from whoosh.searching import Searcher
from whoosh.support.charset import accent_map
from whoosh.writing import CLEAR, IndexWriter

from udemy_clone.catalog.search.port import (
    EXACT_COUNT_LIMIT,
    FACET_NAMES,
    MAX_QUERY_WORDS,
    MAX_RESULT_WINDOW,
    MIN_FUZZY_WORD_LENGTH,
    RATING_THRESHOLDS,
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
    clean_query_text,
    clean_text,
    complete_facets,
    duration_key,
    estimate,
    normalize_tag,
    page_bounds,
    prefix_words,
    price_bounds,
    suggestion_limit,
    timestamp,
    title_words,
)
from udemy_clone.catalog.search.whoosh_cues import CueIndex

# Bump when the schema or the doc-values layout changes: a new version opens a fresh, empty
# index beside the old one, which the caller then fills with `rebuild`.
# 2: folded accents, Snowball stems; 3: doc values carry currency; 4: one-pass analyzer,
# title words for typeahead, category names in the doc values; 5: course duration
SCHEMA_VERSION: Final = 5
INDEX_NAME: Final = f"courses_v{SCHEMA_VERSION}"

# Relevance weight of a query word found in each text field (title highest).
FIELD_BOOSTS: Final[dict[str, float]] = {
    "title": 8.0,
    "subtitle": 4.0,
    "tags": 3.0,
    "category_names": 2.5,
    "instructor_name": 2.0,
    "description": 1.0,
}
# A typo-corrected word weighs this much of the exact word, so exact matches rank first.
FUZZY_BOOST: Final = 0.2
MAX_FUZZY_EXPANSIONS: Final = 6

_SPELL_FIELD: Final = "spell"
_TITLE_WORDS_FIELD: Final = "title_words"
_KEY_FIELD: Final = "course_key"
_VALUES_FIELD: Final = "doc_values"
_TERM_CACHE_SIZE: Final = 4096
_SEGMENT_POSTINGS_CACHE_SIZE: Final = 16_384
_FACET_CACHE_SIZE: Final = 512
_WRITER_TIMEOUT_SECONDS: Final = 30.0
# A full reindex of this many courses or more is spread over this many processes.
_PARALLEL_REBUILD_DOCS: Final = 20_000
_REBUILD_PROCS: Final = max(1, min(4, os.cpu_count() or 1))
_OPEN_ATTEMPTS: Final = 20
# Uncompressed, larger posting blocks: reading a common word's postings is the main cost of a
# query, and zlib plus a pickle per 128 postings made up half of it.
_CODEC: Final = W3Codec(blocklimit=512, compression=0)


_TOKEN_PATTERN: Final = re.compile(r"\w+(\.?\w+)*")
_ENGLISH_STEM: Final = stemmer_for_language("en")
_WORD_CACHE_SIZE: Final = 200_000
# raw token -> analysed text (None: a stop word), one cache per analyzer kind
_ANALYSED: Final[dict[bool, dict[str, str | None]]] = {True: {}, False: {}}


def _analyse_token(raw: str, stem: bool) -> str | None:
    cache = _ANALYSED[stem]
    found = cache.get(raw, "")
    if found != "":
        return found
    text: str | None = raw.lower().translate(accent_map)
    if text is not None and (len(text) < 2 or text in STOP_WORDS):
        text = None
    elif text is not None and stem:
        text = _ENGLISH_STEM(text)
    if len(cache) >= _WORD_CACHE_SIZE:
        cache.clear()
    cache[raw] = text
    return text


class CourseAnalyzer(Tokenizer):  # type: ignore[misc]
    """Whoosh's `RegexTokenizer | LowercaseFilter | CharsetFilter(accent_map) | StopFilter`
    (then `StemFilter(lang="en")` when `stem`), the same tokens in one pass.

    Accents are folded before stemming, so "numerique" and "numérique" are one word; the
    Snowball (Porter2) English stemmer, as PostgreSQL's `english`, makes "running" "run".
    Each distinct word is analysed once per process (a bounded cache): Whoosh's chain of
    five generators per token was a third of the indexing time.
    """

    def __init__(self, stem: bool = True) -> None:
        self.stem = stem

    def __eq__(self, other: object) -> bool:
        return isinstance(other, CourseAnalyzer) and other.stem == self.stem

    def __hash__(self) -> int:
        return hash((CourseAnalyzer, self.stem))

    def __call__(  # noqa: PLR0913 - Whoosh's tokenizer signature
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: Any,
    ) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        raws = (m.group(0) for m in _TOKEN_PATTERN.finditer(value)) if tokenize else [value]
        position = start_pos
        for raw in raws:
            text = _analyse_token(raw, self.stem)
            if text is None:
                continue
            token.text = text
            token.boost = 1.0
            token.stopped = False
            if keeporiginal:
                token.original = raw
            if positions:
                token.pos = position
            if chars:
                token.startchar = token.endchar = start_char
            position += 1
            yield token


def _stemming_analyzer() -> Any:
    return CourseAnalyzer(stem=True)


_STEM_ANALYZER = _stemming_analyzer()
# Unstemmed words: typo candidates are found among the words people wrote, then stemmed,
# so "developmnt" -> "development" -> "develop" matches like the exact word would.
_WORD_ANALYZER = CourseAnalyzer(stem=False)


# --------------------------------------------------------------------------------------------
# Text analysis


@lru_cache(maxsize=20_000)
def _stem(word: str) -> str | None:
    tokens = [t.text for t in _STEM_ANALYZER(word)]
    return tokens[0] if tokens else None


def _query_words(text: str) -> list[str]:
    """Lowercase, de-duplicated words of a user's query, capped in length and number."""
    cleaned = clean_query_text(text)
    words: list[str] = []
    for token in _WORD_ANALYZER(cleaned):
        word = token.text
        if word not in words:
            words.append(word)
            if len(words) == MAX_QUERY_WORDS:
                break
    return words


def _transpositions(word: str) -> Iterator[str]:
    for i in range(1, len(word) - 1):  # keep the first letter, like the fuzzy prefix
        if word[i] != word[i + 1]:
            yield word[:i] + word[i + 1] + word[i] + word[i + 2 :]


# --------------------------------------------------------------------------------------------
# Schema and documents


def _build_schema() -> Schema:
    text_fields = {
        name: TEXT(analyzer=_stemming_analyzer(), phrase=False, stored=False)
        for name in FIELD_BOOSTS
    }
    return Schema(
        **text_fields,
        **{
            _KEY_FIELD: ID(unique=True, stored=False),
            # Scorable only so Whoosh writes a length column: without one its writer checks
            # the disk for that column once per posting.
            _SPELL_FIELD: KEYWORD(lowercase=False, scorable=True),
            # The title's words as written (accents folded), for typeahead prefixes.
            _TITLE_WORDS_FIELD: KEYWORD(lowercase=False, scorable=True),
            _VALUES_FIELD: COLUMN(VarBytesColumn()),
        },
    )


def _document_fields(doc: CourseDocument) -> tuple[dict[str, Any], set[str]]:
    """The fields of one course, and its vocabulary words (for `_SPELL_FIELD`).

    The caller puts in `_SPELL_FIELD` only the words the index does not know yet: the typo
    vocabulary needs each word once, not once per course (that was a third of the postings
    written by a reindex).
    """
    texts = {
        "title": doc.title,
        "subtitle": doc.subtitle,
        "tags": " ; ".join(doc.tags),
        "category_names": " ; ".join(doc.category_names),
        "instructor_name": doc.instructor_name,
        "description": doc.description,
    }
    texts = {name: clean_text(value or "") for name, value in texts.items()}
    # Shorter words are never within one edit of a word long enough to be typo-corrected.
    spell_words = {t.text for t in _WORD_ANALYZER(" ".join(texts.values())) if len(t.text) >= 4}
    words_of_title = title_words(texts["title"])
    values = [
        int(doc.course_id),
        (doc.level or "").lower(),
        (doc.language or "").lower(),
        int(doc.price_cents),
        float(doc.rating_average),
        int(doc.rating_count),
        int(doc.enrollment_count),
        int(doc.sales_count),
        timestamp(doc.published_at),
        sorted({s.strip().lower() for s in doc.category_slugs if s.strip()}),
        sorted({normalize_tag(t) for t in doc.tags if t.strip()}),
        (doc.currency or "").upper(),
        _category_names(doc),
        max(0, int(doc.duration_seconds)),
    ]
    fields = {
        **texts,
        _KEY_FIELD: str(int(doc.course_id)),
        _TITLE_WORDS_FIELD: " ".join(sorted(words_of_title)),
        _VALUES_FIELD: json.dumps(values, separators=(",", ":")).encode(),
    }
    return fields, spell_words


def _category_names(doc: CourseDocument) -> dict[str, str]:
    """Slug -> name of the course's categories (its own and the ancestors)."""
    pairs = zip(doc.category_slugs, doc.category_names, strict=False)
    return {slug.strip().lower(): clean_text(name) for slug, name in pairs if slug.strip()}


# --------------------------------------------------------------------------------------------
# Doc values of one index generation


class _SegmentValues:
    """Doc values of one immutable Whoosh segment, indexed by the segment's docnum."""

    __slots__ = (
        "course_ids",
        "levels",
        "languages",
        "prices",
        "ratings",
        "rating_counts",
        "enrollments",
        "sales",
        "published",
        "categories",
        "tags",
        "currencies",
        "category_names",
        "durations",
    )

    def __init__(self, reader: IndexReader) -> None:
        count = reader.doc_count_all()
        if reader.has_column(_VALUES_FIELD):
            raw = list(reader.column_reader(_VALUES_FIELD, translate=False))
        else:
            raw = [b""] * count
        rows = [json.loads(item) if item else _EMPTY_ROW for item in raw]
        columns = list(zip(*rows, strict=True)) if rows else [()] * len(_EMPTY_ROW)
        self.course_ids: list[int] = list(columns[0])
        self.levels: list[str] = list(columns[1])
        self.languages: list[str] = list(columns[2])
        self.prices: list[int] = list(columns[3])
        self.ratings: list[float] = list(columns[4])
        self.rating_counts: list[int] = list(columns[5])
        self.enrollments: list[int] = list(columns[6])
        self.sales: list[int] = list(columns[7])
        self.published: list[float] = list(columns[8])
        self.categories: list[tuple[str, ...]] = [tuple(c) for c in columns[9]]
        self.tags: list[tuple[str, ...]] = [tuple(t) for t in columns[10]]
        self.currencies: list[str] = list(columns[11])
        self.durations: list[int] = list(columns[13])
        # Slug -> (name, courses) over this segment's documents, deleted ones included
        # (typeahead ranks categories by it; exact counts are the search facets' job).
        self.category_names: dict[str, tuple[str, int]] = {}
        counts: Counter[str] = Counter()
        names: dict[str, str] = {}
        for row_names in columns[12]:
            names.update(row_names)
            counts.update(row_names.keys())
        self.category_names = {slug: (names[slug], n) for slug, n in counts.items()}


_EMPTY_ROW: Final = [0, "", "", 0, 0.0, 0, 0, 0, 0.0, [], [], "", {}, 0]


class _Snapshot:
    """One searcher generation: its global doc values and the caches valid for it."""

    def __init__(self, searcher: Searcher, segment_cache: dict[str, _SegmentValues]) -> None:
        self.searcher = searcher
        self.reader: IndexReader = searcher.reader()
        course_ids: list[int] = []
        levels: list[str] = []
        languages: list[str] = []
        prices: list[int] = []
        ratings: list[float] = []
        rating_counts: list[int] = []
        enrollments: list[int] = []
        sales: list[int] = []
        published: list[float] = []
        categories: list[tuple[str, ...]] = []
        tags: list[tuple[str, ...]] = []
        currencies: list[str] = []
        durations: list[int] = []
        live: list[int] = []
        used: dict[str, _SegmentValues] = {}
        self.segment_values: list[_SegmentValues] = []
        for leaf, offset in self.reader.leaf_readers():
            segment_id = _segment_id(leaf)
            values = segment_cache.get(segment_id) if segment_id else None
            if values is None:
                values = _SegmentValues(leaf)
            if segment_id:
                used[segment_id] = values
            self.segment_values.append(values)
            course_ids += values.course_ids
            levels += values.levels
            languages += values.languages
            prices += values.prices
            ratings += values.ratings
            rating_counts += values.rating_counts
            enrollments += values.enrollments
            sales += values.sales
            published += values.published
            categories += values.categories
            tags += values.tags
            currencies += values.currencies
            durations += values.durations
            docs = range(offset, offset + leaf.doc_count_all())
            if leaf.has_deletions():
                deleted = {offset + d for d in _deleted_docs(leaf)}
                live.extend(filterfalse(deleted.__contains__, docs))
            else:
                live.extend(docs)
        segment_cache.clear()
        segment_cache.update(used)
        self.course_ids = course_ids
        self.levels = levels
        self.languages = languages
        self.prices = prices
        self.ratings = ratings
        self.rating_counts = rating_counts
        self.enrollments = enrollments
        self.sales = sales
        self.published = published
        self.categories = categories
        self.tags = tags
        self.currencies = currencies
        self.durations = durations
        self.live = live
        self.live_set: frozenset[int] = frozenset(live)
        self.has_deletions = len(live) != len(course_ids)
        self.leaves: list[tuple[IndexReader, int]] = list(self.reader.leaf_readers())
        self._value_sets: dict[str, dict[str, frozenset[int]]] = {}
        self._rating_sets: dict[float, frozenset[int]] = {}
        self._sort_orders: dict[str, tuple[list[int], list[int]]] = {}
        self.term_docs: OrderedDict[tuple[str, str], frozenset[int]] = OrderedDict()
        self.facets: OrderedDict[tuple[Any, ...], dict[str, dict[str, int]]] = OrderedDict()
        self._category_words: list[tuple[int, str, str, set[str]]] | None = None
        self._docnum_of_course: dict[int, int] | None = None
        self.lock = threading.Lock()

    def docnums_of(self, course_ids: Iterable[int]) -> frozenset[int]:
        """Live docnums of these course ids (unknown ones left out)."""
        wanted = set(course_ids)
        if not wanted:
            return frozenset()
        if self._docnum_of_course is None:
            ids = self.course_ids
            self._docnum_of_course = {ids[d]: d for d in self.live}
        found = self._docnum_of_course
        return frozenset(found[i] for i in wanted if i in found)

    def category_suggestions(self, words: Sequence[str], limit: int) -> list[str]:
        """Slugs of categories with a name word starting with each of `words`, most used first."""
        if self._category_words is None:
            merged: dict[str, tuple[str, int]] = {}
            for values in self.segment_values:
                for slug, (name, count) in values.category_names.items():
                    merged[slug] = (name, merged.get(slug, ("", 0))[1] + count)
            self._category_words = sorted(
                (-count, name, slug, title_words(name)) for slug, (name, count) in merged.items()
            )
        found: list[str] = []
        for _, _, slug, name_words in self._category_words:
            if all(any(w.startswith(word) for w in name_words) for word in words):
                found.append(slug)
                if len(found) == limit:
                    break
        return found

    def value_set(self, kind: str, value: str) -> frozenset[int]:
        """Live docnums whose `kind` (category/tag/level/language/duration/price) includes
        `value` (durations and prices by their facet keys)."""
        sets = self._value_sets.get(kind)
        if sets is None:
            groups: dict[str, list[int]] = {}
            if kind in ("category", "tag"):
                multi = self.categories if kind == "category" else self.tags
                for docnum in self.live:
                    for item in multi[docnum]:
                        groups.setdefault(item, []).append(docnum)
            else:
                key_of = self.facet_key(kind)
                for docnum in self.live:
                    groups.setdefault(key_of(docnum), []).append(docnum)
            sets = {key: frozenset(docs) for key, docs in groups.items()}
            self._value_sets[kind] = sets
        return sets.get(value, frozenset())

    def values_set(self, kind: str, values: Sequence[str]) -> frozenset[int]:
        """Live docnums whose `kind` is any of `values`."""
        return frozenset().union(*(self.value_set(kind, value) for value in values))

    def rating_set(self, floor: float) -> frozenset[int]:
        """Live docnums rated `floor` or more."""
        found = self._rating_sets.get(floor)
        if found is None:
            ratings = self.ratings
            found = frozenset(d for d in self.live if ratings[d] >= floor)
            if len(self._rating_sets) < 64:
                self._rating_sets[floor] = found
        return found

    def facet_key(self, kind: str) -> Callable[[int], str]:
        """The facet key of a docnum for a single-valued facet."""
        if kind == "level":
            return self.levels.__getitem__
        if kind == "language":
            return self.languages.__getitem__
        if kind == "duration":
            durations = self.durations
            return lambda d: duration_key(durations[d])
        if kind == "price":
            prices = self.prices
            return lambda d: "free" if prices[d] == 0 else "paid"
        raise ValueError(f"{kind!r} is not a single-valued facet")

    def sort_order(self, sort: str) -> tuple[list[int], list[int]]:
        """All live docnums in `sort` order, and each docnum's rank in it."""
        cached = self._sort_orders.get(sort)
        if cached is None:
            key = self.sort_key(sort)
            order = sorted(self.live, key=key)
            rank = [0] * len(self.course_ids)
            for position, docnum in enumerate(order):
                rank[docnum] = position
            cached = (order, rank)
            self._sort_orders[sort] = cached
        return cached

    def sorted_page(self, sort: str, docs: frozenset[int], end: int) -> list[int]:
        """The first `end` of `docs` in `sort` order."""
        if len(docs) == len(self.live):
            return self.sort_order(sort)[0][:end]
        if sort not in self._sort_orders and len(docs) * 8 < len(self.live):
            # A few matches right after an index change: cheaper than sorting everything.
            return heapq.nsmallest(end, docs, key=self.sort_key(sort))
        return heapq.nsmallest(end, docs, key=self.sort_order(sort)[1].__getitem__)

    def sort_key(self, sort: str) -> Callable[[int], tuple[Any, ...]]:
        """The key that orders docnums by `sort` (ties: newest, then highest course id)."""
        ids, published = self.course_ids, self.published
        if sort == "rating":
            ratings, counts = self.ratings, self.rating_counts
            return lambda d: (-ratings[d], -counts[d], -published[d], -ids[d])
        if sort == "best_selling":
            sales, enrollments = self.sales, self.enrollments
            return lambda d: (-sales[d], -enrollments[d], -published[d], -ids[d])
        if sort == "price_asc":
            prices = self.prices
            return lambda d: (prices[d], -published[d], -ids[d])
        if sort == "price_desc":
            prices = self.prices
            return lambda d: (-prices[d], -published[d], -ids[d])
        return lambda d: (-published[d], -ids[d])  # newest

    def facet_counts(
        self, docs: Iterable[int], names: Sequence[str] = FACET_NAMES
    ) -> dict[str, dict[str, int]]:
        """Counts over `docs` of the named facets: category (by slug), level, language,
        rating (courses at or above each threshold), duration bucket and price kind."""
        docs = docs if isinstance(docs, list | tuple) else list(docs)
        counts: dict[str, dict[str, int]] = {}
        for name in names:
            if name == "category":
                found = Counter(chain.from_iterable(map(self.categories.__getitem__, docs)))
                counts[name] = dict(found)
            elif name == "rating":
                ratings = sorted(map(self.ratings.__getitem__, docs))
                counts[name] = {
                    key: len(ratings) - bisect_left(ratings, float(key))
                    for key in RATING_THRESHOLDS
                }
            else:
                counts[name] = dict(Counter(map(self.facet_key(name), docs)))
        return counts


def _deleted_docs(leaf: IndexReader) -> Iterable[int]:
    """Docnums deleted in one segment: its (small) deleted set, not a walk over every doc."""
    deleted = getattr(leaf, "deleted_docs_set", None)
    if deleted is not None:
        return deleted  # type: ignore[no-any-return]
    return set(range(leaf.doc_count_all())).difference(leaf.all_doc_ids())


def _segment_id(reader: IndexReader) -> str | None:
    segment_of = getattr(reader, "segment", None)
    segment = segment_of() if callable(segment_of) else None
    return str(segment.segment_id()) if segment is not None else None


def _bounded_put(cache: OrderedDict[Any, Any], key: Any, value: Any, size: int) -> None:
    cache[key] = value
    if len(cache) > size:
        cache.popitem(last=False)


# --------------------------------------------------------------------------------------------
# The index


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
        self._read_lock = threading.RLock()
        self._index: whoosh_index.Index | None = None
        self._snapshot: _Snapshot | None = None
        self._segment_values: dict[str, _SegmentValues] = {}
        self._postings: OrderedDict[tuple[str, str, str], tuple[int, ...]] = OrderedDict()
        self._postings_lock = threading.Lock()
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
        reader = self._current_snapshot().reader
        with self._writer() as writer:
            for fields_, words in prepared:
                # Words no other course holds (its own older version may be the only one).
                fields_[_SPELL_FIELD] = " ".join(
                    sorted(w for w in words if reader.doc_frequency(_SPELL_FIELD, w) <= 1)
                )
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
        """Replace the whole index with `docs` in one commit; returns how many were indexed."""
        latest = {int(doc.course_id): doc for doc in docs}
        procs = _REBUILD_PROCS if len(latest) >= _PARALLEL_REBUILD_DOCS else 1
        seen: set[str] = set()
        with self._writer(mergetype=CLEAR, procs=procs) as writer:
            for doc in latest.values():
                fields_, words = _document_fields(doc)
                fields_[_SPELL_FIELD] = " ".join(sorted(words - seen))
                seen |= words
                writer.add_document(**fields_)
        return len(latest)

    def clear(self) -> None:
        """Remove every course (and every caption cue) from the index."""
        with self._writer(mergetype=CLEAR):
            pass
        self.cues.clear()

    @contextmanager
    def _writer(self, mergetype: Any = None, procs: int = 1) -> Iterator[IndexWriter]:
        self._check_process()
        ix = self._open_index()  # before the file lock: creating the index takes it too
        with self._write_lock, self._process_lock():
            if procs > 1:
                # Sub-processes index shares of the documents into segments of their own,
                # kept as they are (no merge: that would be one more pass over everything).
                writer = ix.writer(
                    procs=procs, multisegment=True, batchsize=256, limitmb=128, codec=_CODEC
                )
            else:
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
            self._read_lock = threading.RLock()
            self._index = None
            self._snapshot = None
            self._segment_values = {}
            self._postings = OrderedDict()
            self._postings_lock = threading.Lock()

    # -- reading ---------------------------------------------------------------------------

    def clear_caches(self) -> None:
        """Forget cached postings and facets (benchmarks use it to time cold queries)."""
        with self._postings_lock:
            self._postings.clear()
        snapshot = self._snapshot
        if snapshot is not None:
            with snapshot.lock:
                snapshot.term_docs.clear()
                snapshot.facets.clear()

    def count(self) -> int:
        """How many courses are in the index."""
        return len(self._current_snapshot().live)

    def _current_snapshot(self) -> _Snapshot:
        self._check_process()
        with self._read_lock:
            snapshot = self._snapshot
            if snapshot is None:
                ix = self._open_index()
                snapshot = _Snapshot(ix.searcher(), self._segment_values)
            elif not snapshot.searcher.up_to_date():
                # Not `searcher.refresh()`: in whoosh-reloaded 2.7.5 it adds the old reader's
                # segments back into the new one (merged-away and cleared documents come back).
                # Doc values of unchanged segments are reused all the same. The old searcher
                # stays open for searches still using it; its files close when it is collected.
                snapshot = _Snapshot(self._open_index().searcher(), self._segment_values)
            self._snapshot = snapshot
            return snapshot

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
        snapshot = self._current_snapshot()
        with snapshot.lock:
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
        snapshot = self._current_snapshot()
        with snapshot.lock:
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
        found: list[int] = []
        for leaf, offset in snap.leaves:
            ids = self._segment_postings(leaf, field_name, term)
            found.extend(map(offset.__add__, ids) if offset else ids)
        docs = frozenset(found)
        if snap.has_deletions:
            docs &= snap.live_set
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
        ids = tuple(_posting_ids(leaf, field_name, term))
        with self._postings_lock:
            _bounded_put(self._postings, key, ids, _SEGMENT_POSTINGS_CACHE_SIZE)
        return ids

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
        """
        features: list[tuple[frozenset[int], float]] = []
        exact_sets: list[frozenset[int]] = []
        word_sets: list[frozenset[int]] = []
        total = max(len(snap.live), 1)
        for match in matches:
            stems = [(match.stem, 1.0)] + [(f, FUZZY_BOOST) for f in match.fuzzy_stems]
            for stem, factor in stems:
                for field_name, boost in FIELD_BOOSTS.items():
                    docs = self._term_docs(snap, field_name, stem)
                    if docs:
                        idf = math.log(1.0 + total / len(docs))
                        features.append((docs, boost * idf * factor))
            exact_docs = self._stem_docs(snap, match.stem)
            exact_sets.append(exact_docs)
            if match.fuzzy_stems:
                fuzzy = [self._stem_docs(snap, stem) for stem in match.fuzzy_stems]
                word_sets.append(exact_docs.union(*fuzzy))
            else:
                word_sets.append(exact_docs)
        if not matches:
            return frozenset(), frozenset(), features
        candidates = _intersect(word_sets)
        if candidates:
            return _intersect(exact_sets), candidates, features
        # No course has every word: fall back to courses with any of them.
        return frozenset().union(*exact_sets), frozenset().union(*word_sets), features

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


def _counted_facets(
    snap: _Snapshot, docs: frozenset[int], names: Sequence[str], estimated: bool
) -> dict[str, dict[str, int]]:
    """The named facets over `docs`; a text search's above EXACT_COUNT_LIMIT matches are
    estimated from a sample of them (as the PostgreSQL backend does)."""
    if not names:
        return {}
    total = len(docs)
    if not estimated or total <= EXACT_COUNT_LIMIT:
        return snap.facet_counts(docs, names)
    sample = list(islice(docs, EXACT_COUNT_LIMIT))
    scale = total / len(sample)
    return {
        name: {key: min(total, estimate(n * scale)) for key, n in counts.items()}
        for name, counts in snap.facet_counts(sample, names).items()
    }


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


def _relevance_page(
    snap: _Snapshot,
    features: Sequence[tuple[frozenset[int], float]],
    docs: frozenset[int],
    exact: frozenset[int],
    end: int,
) -> list[int]:
    """The first `end` docs by relevance: every exact match first, then typo matches."""
    exact_docs = docs & exact
    ranked = _top_scored(snap, features, exact_docs, end)
    if len(ranked) < end:
        ranked += _top_scored(snap, features, docs - exact_docs, end - len(ranked))
    return ranked


def _top_scored(
    snap: _Snapshot,
    features: Sequence[tuple[frozenset[int], float]],
    docs: frozenset[int],
    limit: int,
) -> list[int]:
    """The `limit` best-scoring docs; equal scores go to the better-selling course."""
    if not docs or limit <= 0:
        return []
    # Whoosh's BM25F collector steps through every match one Python call at a time (p95 of
    # 98 ms for one word at 100k courses); summing set-based features is ~10x cheaper.
    scores = dict.fromkeys(docs, 0.0)
    for feature_docs, weight in features:
        for docnum in feature_docs & docs:
            scores[docnum] += weight
    # Ties are broken on the values themselves, not on a rank over the whole index, so the
    # first search after a change sorts nothing but its own matches.
    sales, enrollments, published, ids = (
        snap.sales,
        snap.enrollments,
        snap.published,
        snap.course_ids,
    )
    return heapq.nlargest(
        limit,
        scores,
        key=lambda d: (scores[d], sales[d], enrollments[d], published[d], ids[d]),
    )


def _copy_facets(facets: dict[str, dict[str, int]]) -> dict[str, dict[str, int]]:
    return {name: dict(counts) for name, counts in facets.items()}
