"""Doc values of one Whoosh index generation: per-segment columns, live documents, sort orders
and the per-generation caches of the search engine in `whoosh_index`."""

from __future__ import annotations

import heapq
import json
import threading
from bisect import bisect_left
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable, Sequence
from itertools import chain, filterfalse
from typing import Any, Final

from whoosh.reading import IndexReader
from whoosh.searching import Searcher

from udemy_clone.catalog.search.port import (
    FACET_NAMES,
    RATING_THRESHOLDS,
    duration_key,
    title_words,
)
from udemy_clone.catalog.search.whoosh_schema import (
    _VALUES_FIELD,
)


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
