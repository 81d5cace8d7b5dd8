"""Multi-value filters and faceted counts: OR within a facet, AND across facets, each facet
counted without its own filter, and Whoosh and PostgreSQL giving the same answers.

The expected figures come from a plain Python model of the rules over the same documents,
so both backends are checked against the rule and against each other.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import rolled_back_db
from tests.support.search_documents import make_course
from udemy_clone.catalog.search import (
    CourseDocument,
    CourseSearchBackend,
    CourseSearchIndex,
    PostgresSearchIndex,
    SearchQuery,
)
from udemy_clone.catalog.search.port import (
    DURATION_KEYS,
    FACET_NAMES,
    RATING_THRESHOLDS,
    duration_key,
)

LEVELS = ("beginner", "intermediate", "advanced", "all")
LANGUAGES = ("en", "es", "de")
CATEGORIES = ("web-development", "data-science", "photography", "instruments")
# one length in each bucket, and the bucket edges
LENGTHS = (0, 1_800, 3_599, 3_600, 7_200, 10_800, 20_000, 21_600, 40_000, 61_200, 90_000)
TOPICS = ("python", "guitar", "design")


def catalogue() -> list[CourseDocument]:
    """Ninety courses with every combination of values spread out (fixed seed)."""
    rng = random.Random(16)
    docs = []
    for course_id in range(1, 91):
        topic = TOPICS[course_id % len(TOPICS)]
        docs.append(
            make_course(
                course_id,
                f"{topic.title()} course number {course_id}",
                rng.choice(CATEGORIES),
                level=rng.choice(LEVELS),
                language=rng.choice(LANGUAGES),
                rating_average=rng.choice((0.0, 2.9, 3.0, 3.4, 3.5, 3.9, 4.0, 4.4, 4.5, 4.9)),
                price_cents=rng.choice((0, 0, 999, 1999, 4999)),
                duration_seconds=rng.choice(LENGTHS),
                sales_count=rng.randint(0, 500),
            )
        )
    return docs


DOCS = catalogue()


@contextmanager
def _backend(kind: str, directory: Path) -> Iterator[CourseSearchBackend]:
    if kind == "whoosh":
        yield CourseSearchIndex(directory)
        return
    with contextmanager(rolled_back_db)("postgresql"):
        yield PostgresSearchIndex()


@pytest.fixture(params=["whoosh", "postgres"])
def index(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[CourseSearchBackend]:
    with _backend(request.param, tmp_path / "index") as backend:
        backend.rebuild(DOCS)
        yield backend


# ---- the rule, in plain Python -------------------------------------------------------------


def _passes(doc: CourseDocument, query: SearchQuery, skip: str = "") -> bool:
    levels = set(query.levels) | ({query.level} if query.level else set())
    languages = set(query.languages) | ({query.language} if query.language else set())
    checks = {
        "level": not levels or doc.level in levels,
        "language": not languages or doc.language in languages,
        "rating": query.min_rating is None or doc.rating_average >= query.min_rating,
        "duration": not query.durations or duration_key(doc.duration_seconds) in query.durations,
        "price": not query.prices
        or ("free" if doc.price_cents == 0 else "paid") in query.prices,
        "category": not query.category or query.category in doc.category_slugs,
        "text": not query.text or query.text.lower() in doc.title.lower(),
    }
    return all(ok for name, ok in checks.items() if name != skip)


def expected(query: SearchQuery) -> tuple[set[int], dict[str, dict[str, int]]]:
    """The matching course ids and every facet, each counted without its own filter."""
    matching = {d.course_id for d in DOCS if _passes(d, query)}
    facets: dict[str, dict[str, int]] = {}
    for name in FACET_NAMES:
        # category is a drill-down (it narrows its own counts); the others are facets
        pool = [d for d in DOCS if _passes(d, query, skip="" if name == "category" else name)]
        if name == "rating":
            counts = Counter(
                key for d in pool for key in RATING_THRESHOLDS if d.rating_average >= float(key)
            )
        elif name == "duration":
            counts = Counter(duration_key(d.duration_seconds) for d in pool)
        elif name == "price":
            counts = Counter("free" if d.price_cents == 0 else "paid" for d in pool)
        elif name == "category":
            counts = Counter(slug for d in pool for slug in d.category_slugs)
        else:
            counts = Counter(getattr(d, name) for d in pool)
        facets[name] = {k: n for k, n in counts.items() if n}
    return matching, facets


QUERIES: list[dict[str, Any]] = [
    {},
    {"levels": ("beginner",)},
    {"levels": ("beginner", "intermediate")},
    {"levels": ("beginner", "intermediate"), "min_rating": 4.5},
    {"levels": ("advanced",), "languages": ("es", "de"), "durations": ("1-3", "17-plus")},
    {"durations": ("0-1",), "prices": ("free",)},
    {"prices": ("free", "paid"), "min_rating": 3.0},
    {"free": False, "min_rating": 3.5, "category": "development"},
    {"level": "all", "levels": ("beginner",), "language": "en"},
    {"category": "photography", "durations": ("3-6", "6-17"), "levels": ("all", "advanced")},
    {"text": "python", "levels": ("beginner", "advanced"), "min_rating": 4.0},
    {"text": "guitar", "durations": ("0-1", "1-3"), "prices": ("paid",), "languages": ("en",)},
]


@pytest.mark.parametrize("params", QUERIES, ids=lambda p: ",".join(sorted(p)) or "all")
def test_or_within_and_across_facets_each_counted_without_its_own(
    index: CourseSearchBackend, params: dict[str, Any]
) -> None:
    query = SearchQuery(page_size=100, sort="newest", **params)
    if query.free is not None:
        query.prices = ("free",) if query.free else ("paid",)
    matching, facets = expected(query)
    result = index.search(SearchQuery(page_size=100, sort="newest", **params))
    assert set(result.course_ids) == matching
    assert result.total == len(matching)
    assert result.facets == facets
    assert result.approximate is False


def test_choosing_a_level_keeps_the_counts_of_the_other_levels(
    index: CourseSearchBackend,
) -> None:
    everything = index.search(SearchQuery()).facets["level"]
    chosen = index.search(SearchQuery(levels=("beginner",)))
    assert chosen.total == everything["beginner"]
    assert chosen.facets["level"] == everything  # still shows how many intermediate etc.
    # ... while the other facets count only beginner courses
    assert sum(chosen.facets["language"].values()) == everything["beginner"]
    both = index.search(SearchQuery(levels=("beginner", "intermediate")))
    assert both.total == everything["beginner"] + everything["intermediate"]


def test_rating_counts_are_cumulative_and_a_radio(index: CourseSearchBackend) -> None:
    counts = index.search(SearchQuery()).facets["rating"]
    assert list(counts) == list(RATING_THRESHOLDS)  # 4.5 first
    assert counts["4.5"] <= counts["4.0"] <= counts["3.5"] <= counts["3.0"]
    rated = index.search(SearchQuery(min_rating=4.0))
    assert rated.total == counts["4.0"]
    assert rated.facets["rating"] == counts  # choosing a rating does not change its counts


def test_duration_buckets_split_at_whole_hours(index: CourseSearchBackend) -> None:
    counts = index.search(SearchQuery()).facets["duration"]
    assert list(counts) == [k for k in DURATION_KEYS if k in counts]
    assert sum(counts.values()) == len(DOCS)
    # 3599 s is under an hour, 3600 s is "1-3", 61200 s (17 h) is "17-plus"
    assert duration_key(3_599) == "0-1" and duration_key(3_600) == "1-3"
    assert duration_key(61_200) == "17-plus" and duration_key(61_199) == "6-17"


def test_a_conflicting_price_choice_matches_nothing(index: CourseSearchBackend) -> None:
    result = index.search(SearchQuery(free=True, prices=("paid",)))
    assert result.total == 0 and result.course_ids == []


def test_both_backends_answer_alike(tmp_path: Path) -> None:
    """The same documents and queries on Whoosh and PostgreSQL: same ids, totals, facets."""
    answers: dict[str, list[tuple[list[int], int, dict[str, dict[str, int]]]]] = {}
    for kind in ("whoosh", "postgres"):
        with _backend(kind, tmp_path / kind) as backend:
            backend.rebuild(DOCS)
            answers[kind] = []
            for params in QUERIES:
                for sort in ("newest", "price_asc", "rating"):
                    result = backend.search(SearchQuery(page_size=15, sort=sort, **params))
                    answers[kind].append((result.course_ids, result.total, result.facets))
    assert answers["whoosh"] == answers["postgres"]
    assert any(total > 0 for _, total, _ in answers["whoosh"][1:])
