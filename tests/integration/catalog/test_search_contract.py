"""The search port's contract: every backend (Whoosh, PostgreSQL) answers these the same way.

Each test runs once per backend: Whoosh in a temporary directory, PostgreSQL inside the test's
rolled-back transaction (when TEST_DATABASE_URL is set, as in CI).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.conftest import rolled_back_db
from tests.support.search_documents import filler_courses, make_course, sample_courses
from udemy_clone.catalog.search import (
    CourseDocument,
    CourseSearchBackend,
    CourseSearchIndex,
    PostgresSearchIndex,
    SearchQuery,
    SearchResult,
)
from udemy_clone.catalog.search.port import EXACT_COUNT_LIMIT, FACET_NAMES

BACKENDS = ["whoosh", "postgres"]


@pytest.fixture(params=BACKENDS)
def empty_index(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[CourseSearchBackend]:
    """An empty index on each backend."""
    if request.param == "whoosh":
        yield CourseSearchIndex(tmp_path / "search-index")
        return
    with contextmanager(rolled_back_db)("postgresql"):
        yield PostgresSearchIndex()


@pytest.fixture
def index(empty_index: CourseSearchBackend) -> CourseSearchBackend:
    """The twelve sample courses only (exact counts are easy to check)."""
    empty_index.rebuild(sample_courses())
    return empty_index


@pytest.fixture
def ranked_index(empty_index: CourseSearchBackend) -> CourseSearchBackend:
    """The sample courses plus sixty distractors, for ranking tests."""
    empty_index.rebuild(sample_courses() + filler_courses())
    return empty_index


@pytest.fixture
def course_factory() -> Callable[..., CourseDocument]:
    """The `make_course` factory, for tests that build their own documents."""
    return make_course


def ids(index: CourseSearchBackend, **query: object) -> list[int]:
    """Course ids of the first page (size 100) of a search."""
    return index.search(SearchQuery(page_size=100, **query)).course_ids  # type: ignore[arg-type]


# --------------------------------------------------------------------------------------------
# Ranking and typos


def test_title_match_ranks_above_description_match(ranked_index: CourseSearchBackend) -> None:
    found = ids(ranked_index, text="python")
    # 1 has Python in its title; 2 and 6 only in the description; 12 in the instructor name.
    assert found[0] == 1
    assert set(found) == {1, 2, 6, 12}
    assert found.index(12) < found.index(2)


def test_subtitle_and_tags_rank_above_description(ranked_index: CourseSearchBackend) -> None:
    found = ids(ranked_index, text="javascript")
    assert found[0] == 4  # title and tag
    assert set(found) == {4, 8, 11}  # 8 by its tag, 11 by its subtitle


@pytest.mark.parametrize(
    ("typed", "course_id"),
    [
        ("photgraphy", 3),  # letter missing
        ("photographyy", 3),  # letter added
        ("javascrupt", 4),  # letter replaced
        ("javsacript", 4),  # letters swapped
        ("pyhton", 1),
        ("guitra", 5),
        ("machne learning", 6),  # one typo in a two-word query
        ("landscape photograpy", 3),
        ("developmnt", 11),  # the typo'd word stems differently from the right one
    ],
)
def test_one_typo_in_a_long_word_still_finds_the_course(
    ranked_index: CourseSearchBackend, typed: str, course_id: int
) -> None:
    assert course_id in ids(ranked_index, text=typed)[:5]


def test_short_words_are_not_typo_corrected(ranked_index: CourseSearchBackend) -> None:
    assert ids(ranked_index, text="yogo") == []


def test_exact_match_ranks_above_typo_match(ranked_index: CourseSearchBackend) -> None:
    # "reach" is a word of course 9; "react" (course 8) is one edit away from it.
    found = ids(ranked_index, text="reach")
    assert found[0] == 9
    assert 8 in found
    found = ids(ranked_index, text="react")
    assert found == [8, 11, 9]


def test_several_words_must_all_match_when_some_course_has_them_all(
    ranked_index: CourseSearchBackend,
) -> None:
    assert ids(ranked_index, text="python pandas") == [1]


def test_words_no_course_has_together_fall_back_to_any_word(
    ranked_index: CourseSearchBackend,
) -> None:
    found = ids(ranked_index, text="guitar yoga")
    assert set(found) == {5, 7}


def test_stemming_matches_other_forms_of_a_word(ranked_index: CourseSearchBackend) -> None:
    assert 3 in ids(ranked_index, text="landscapes")
    assert 12 in ids(ranked_index, text="trainings")


# --------------------------------------------------------------------------------------------
# Filters and facets


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"category": "data-science"}, {1, 6}),
        ({"category": "development"}, {1, 2, 4, 6, 8, 11}),  # parent includes sub-categories
        ({"category": "no-such-category"}, set()),
        ({"tag": "javascript"}, {4, 8}),
        ({"tag": "Machine-Learning"}, {6}),
        ({"level": "advanced"}, {4}),
        ({"level": "ALL"}, {3, 7, 11}),
        ({"language": "de"}, {6}),
        ({"language": "es", "category": "photography-video"}, {3}),
        ({"min_price": 8999}, {4, 6, 11}),
        ({"max_price": 999}, {3, 5, 7, 12}),
        ({"min_price": 1000, "max_price": 2999}, {1, 8, 10}),
        ({"free": True}, {3, 5, 12}),
        ({"free": False, "max_price": 1999}, {1, 7, 10}),
        ({"min_rating": 4.7}, {3, 5, 11}),
        ({"text": "photography", "free": True}, {3}),
        ({"text": "javascript", "level": "advanced"}, {4}),
        ({"text": "python", "category": "data-science", "min_rating": 4.5}, {1, 6}),
    ],
)
def test_filters(index: CourseSearchBackend, query: dict[str, object], expected: set[int]) -> None:
    result = index.search(SearchQuery(page_size=100, **query))  # type: ignore[arg-type]
    assert set(result.course_ids) == expected
    assert result.total == len(expected)


def test_facets_count_the_filtered_results(index: CourseSearchBackend) -> None:
    result = index.search(SearchQuery(category="development"))
    assert result.facets["category"] == {
        "development": 6,
        "data-science": 2,
        "web-development": 4,
    }
    assert result.facets["level"] == {"beginner": 2, "intermediate": 2, "advanced": 1, "all": 1}
    assert result.facets["language"] == {"en": 5, "de": 1}


def test_facets_count_every_match_not_just_the_page(index: CourseSearchBackend) -> None:
    result = index.search(SearchQuery(text="photography", page_size=1))
    assert len(result.course_ids) == 1
    assert result.total == 2
    assert result.facets["category"] == {"photography": 2, "photography-video": 2}
    assert result.facets["language"] == {"es": 1, "en": 1}


def test_facets_over_the_whole_catalogue(index: CourseSearchBackend) -> None:
    facets = index.search(SearchQuery()).facets
    assert facets["category"]["development"] == 6
    assert facets["category"]["music"] == 1
    assert sum(facets["level"].values()) == 12
    # A second identical browse is served from the facet cache and must not be shared state.
    facets["level"]["beginner"] = 999
    assert index.search(SearchQuery()).facets["level"]["beginner"] == 5


# --------------------------------------------------------------------------------------------
# Sorting and pages


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("rating", [5, 3, 11, 1, 6, 8, 2, 4, 9, 12, 7, 10]),
        ("newest", [12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]),
        ("relevance", [12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]),  # no text: newest
        ("best_selling", [11, 6, 4, 1, 8, 2, 9, 7, 10, 3, 12, 5]),
        ("price_asc", [12, 5, 3, 7, 10, 1, 8, 9, 2, 4, 6, 11]),
        ("price_desc", [11, 6, 4, 2, 9, 8, 1, 10, 7, 12, 5, 3]),
    ],
)
def test_sorts(index: CourseSearchBackend, sort: str, expected: list[int]) -> None:
    assert ids(index, sort=sort) == expected


def test_sorts_apply_to_text_results(index: CourseSearchBackend) -> None:
    # 12 matches by its instructor's name, Tom Python.
    assert ids(index, text="python", sort="price_asc") == [12, 1, 2, 6]
    assert ids(index, text="python", sort="rating") == [1, 6, 2, 12]


def test_unknown_sort_is_refused(index: CourseSearchBackend) -> None:
    with pytest.raises(ValueError, match="Unknown sort"):
        index.search(SearchQuery(sort="cheapest"))


def test_pages_cover_every_result_once(index: CourseSearchBackend) -> None:
    pages = [index.search(SearchQuery(sort="newest", page=n, page_size=5)) for n in (1, 2, 3)]
    assert [p.course_ids for p in pages] == [[12, 11, 10, 9, 8], [7, 6, 5, 4, 3], [2, 1]]
    assert {p.total for p in pages} == {12}
    beyond = index.search(SearchQuery(sort="newest", page=4, page_size=5))
    assert beyond.course_ids == []
    assert beyond.total == 12


def test_relevance_pages_cover_every_result_once(ranked_index: CourseSearchBackend) -> None:
    whole = ids(ranked_index, text="python")
    paged = [
        cid
        for n in (1, 2, 3)
        for cid in ranked_index.search(SearchQuery(text="python", page=n, page_size=2)).course_ids
    ]
    assert paged == whole


def test_silly_page_numbers_are_clamped(index: CourseSearchBackend) -> None:
    assert len(index.search(SearchQuery(page=0, page_size=0)).course_ids) == 1
    assert len(index.search(SearchQuery(page=-3, page_size=10_000)).course_ids) == 12
    assert index.search(SearchQuery(page=10**9)).course_ids == []


# --------------------------------------------------------------------------------------------
# Whatever people type is safe


UNSAFE_INPUTS = [
    "title:python",
    "description:*",
    "*",
    "?",
    "pyth*",
    "pyth?n",
    "python~",
    "python~2",
    "python^10",
    "(python",
    "python)",
    "[a TO z]",
    "{a TO z}",
    "[",
    "{",
    '"python',
    "'python",
    '"""',
    "AND",
    "python AND",
    "OR NOT AND",
    "NOT python",
    "a" * 10_240,
    "python " * 1500,
    " ".join(f"word{i}" for i in range(2000)),
    "🐍 python 🚀",
    "🐍🐍🐍",
    "'; DROP TABLE courses; --",
    "1 OR 1=1",
    "python\x00",
    "\x00\x00\x00",
    "!!!???...",
    "-",
    "",
    "   \t\n ",
    "ｐｙｔｈｏｎ",  # full-width letters
    "\u202epython",  # right-to-left override
    "\ud800",  # a lone surrogate
    "c++ c# .net",
    "%s %(x)s {0}",
]


@pytest.mark.parametrize("text", UNSAFE_INPUTS, ids=lambda t: repr(t[:20]))
def test_any_typed_text_is_answered_without_error(
    ranked_index: CourseSearchBackend, text: str
) -> None:
    result = ranked_index.search(SearchQuery(text=text))
    assert isinstance(result, SearchResult)
    assert result.total >= len(result.course_ids)


@pytest.mark.parametrize("text", ["title:python", "(python", '"python', "python^10", "ｐｙｔｈｏｎ",
                                  "python~", "python\x00", "🐍 python 🚀"])
def test_query_syntax_is_treated_as_plain_words(
    ranked_index: CourseSearchBackend, text: str
) -> None:
    assert ids(ranked_index, text=text)[0] == 1


def test_unsafe_text_in_filters_is_harmless(index: CourseSearchBackend) -> None:
    result = index.search(
        SearchQuery(category="'; DROP TABLE x; --", tag="*", level="(", language="\x00")
    )
    assert result.course_ids == [] and result.total == 0


# --------------------------------------------------------------------------------------------
# Writing


def test_upsert_replaces_the_course(index: CourseSearchBackend, course_factory) -> None:
    index.upsert([course_factory(1, "Rust Systems Programming", "web-development")])
    assert 1 not in ids(index, text="pandas")
    assert ids(index, text="rust") == [1]
    assert index.count() == 12
    assert 1 in ids(index, category="web-development")
    assert 1 not in ids(index, category="data-science")


def test_upsert_of_duplicates_keeps_the_last(empty_index: CourseSearchBackend, course_factory
                                             ) -> None:
    empty_index.upsert([course_factory(7, "First Title"), course_factory(7, "Second Title")])
    assert empty_index.count() == 1
    assert ids(empty_index, text="second") == [7]
    assert ids(empty_index, text="first") == []


def test_delete_removes_courses(index: CourseSearchBackend) -> None:
    index.delete([1, 6, 999])
    assert index.count() == 10
    assert set(ids(index, text="python")) == {2, 12}
    assert ids(index, category="data-science") == []
    index.delete([])
    assert index.count() == 10


def test_rebuild_replaces_everything(index: CourseSearchBackend, course_factory) -> None:
    count = index.rebuild(iter([course_factory(100, "Kotlin Coroutines"),
                                course_factory(101, "Swift Concurrency")]))
    assert count == 2
    assert index.count() == 2
    assert ids(index, text="python") == []
    assert ids(index, text="kotlin") == [100]


def test_clear_empties_the_index(index: CourseSearchBackend) -> None:
    index.clear()
    assert index.count() == 0
    empty = index.search(SearchQuery(text="python"))
    assert empty.course_ids == [] and empty.total == 0
    assert empty.facets == {name: {} for name in FACET_NAMES}


def test_an_empty_index_answers_searches(empty_index: CourseSearchBackend) -> None:
    assert empty_index.search(SearchQuery(text="anything", sort="rating")).total == 0
    assert empty_index.search(SearchQuery(category="development")).course_ids == []


def test_naive_publication_dates_are_taken_as_utc(empty_index: CourseSearchBackend,
                                                   course_factory) -> None:
    empty_index.upsert([
        course_factory(1, "Old", published_at=datetime(2020, 1, 1)),
        course_factory(2, "New", published_at=datetime(2021, 1, 1, tzinfo=UTC)),
        course_factory(3, "Unpublished date", published_at=None),
    ])
    assert ids(empty_index, sort="newest") == [2, 1, 3]


# --------------------------------------------------------------------------------------------
# Language: stems, accents, corrections


def test_running_finds_run(empty_index: CourseSearchBackend, course_factory) -> None:
    empty_index.upsert([course_factory(1, "Run Your First Marathon"),
                        course_factory(2, "Swimming Technique")])
    assert ids(empty_index, text="running") == [1]
    assert ids(empty_index, text="swim") == [2]


@pytest.mark.parametrize(("title", "typed"), [
    ("Marketing numérique pour débutants", "numerique"),
    ("Marketing numerique pour debutants", "numérique"),
    ("Café Crème: l'art du barista", "cafe creme"),
    ("Introducción a la programación", "programacion"),
])
def test_accents_never_matter(empty_index: CourseSearchBackend, course_factory, title: str,
                              typed: str) -> None:
    empty_index.upsert([course_factory(1, title), course_factory(2, "Cooking Basics")])
    assert ids(empty_index, text=typed) == [1]


def test_results_for_a_typo_name_the_corrected_query(ranked_index: CourseSearchBackend) -> None:
    result = ranked_index.search(SearchQuery(text="guitra"))
    assert result.course_ids[0] == 5
    assert result.corrected_query == "guitar"
    result = ranked_index.search(SearchQuery(text="landscape photograpy"))
    assert result.course_ids[0] == 3
    assert result.corrected_query == "landscape photography"


def test_exact_results_are_not_called_corrections(ranked_index: CourseSearchBackend) -> None:
    assert ranked_index.search(SearchQuery(text="python")).corrected_query is None
    assert ranked_index.search(SearchQuery(text="reach")).corrected_query is None
    assert ranked_index.search(SearchQuery(text="zzzzzzzz")).corrected_query is None


def test_a_typo_and_a_filter_together(ranked_index: CourseSearchBackend) -> None:
    assert ids(ranked_index, text="machne", level="intermediate") == [6]
    assert ids(ranked_index, text="machne", level="beginner") == []


def test_typo_results_are_paged_and_sorted_like_any_other(
    ranked_index: CourseSearchBackend,
) -> None:
    result = ranked_index.search(SearchQuery(text="javascrupt", sort="price_asc", page_size=2))
    assert result.total == 3
    assert result.course_ids == [8, 4]
    assert ranked_index.search(
        SearchQuery(text="javascrupt", sort="price_asc", page=2, page_size=2)
    ).course_ids == [11]


def test_the_same_answers_from_every_instance(empty_index: CourseSearchBackend,
                                              course_factory) -> None:
    """A second backend object (as in another replica's process) answers identically."""
    other: CourseSearchBackend
    if isinstance(empty_index, CourseSearchIndex):
        other = CourseSearchIndex(empty_index.directory)
    else:
        other = PostgresSearchIndex()
    empty_index.rebuild(sample_courses())
    for query in [SearchQuery(text="python"), SearchQuery(category="development", sort="rating"),
                  SearchQuery(text="photgraphy", free=True)]:
        assert other.search(query) == empty_index.search(query)
    empty_index.upsert([course_factory(50, "Haskell Monads")])
    assert ids(other, text="haskell") == [50]


def test_browse_facets_follow_every_write(index: CourseSearchBackend, course_factory) -> None:
    assert index.search(SearchQuery()).facets["category"]["music"] == 1
    index.upsert([course_factory(60, "Piano Scales", "instruments")])
    assert index.search(SearchQuery()).facets["category"]["music"] == 2
    index.delete([5, 60])
    assert "music" not in index.search(SearchQuery()).facets["category"]
    index.rebuild(sample_courses())
    assert index.search(SearchQuery()).facets["category"]["music"] == 1


# --------------------------------------------------------------------------------------------
# Typeahead suggestions


def suggest(index: CourseSearchBackend, prefix: str, limit: int = 8) -> tuple[list[int], list[str]]:
    """(course ids, category slugs) suggested for a prefix."""
    found = index.suggest(prefix, limit)
    return found.course_ids, found.category_slugs


def test_a_title_word_prefix_suggests_the_course(index: CourseSearchBackend) -> None:
    # 12 has Python in its instructor's name only: suggestions look at titles.
    assert suggest(index, "pyth") == ([1], [])
    assert suggest(index, "Python") == ([1], [])


def test_suggestions_come_best_selling_first(index: CourseSearchBackend) -> None:
    assert suggest(index, "for") == ([1, 8, 5], [])
    assert suggest(index, "web")[0] == [11, 2]


def test_every_word_of_the_prefix_must_match(index: CourseSearchBackend) -> None:
    assert suggest(index, "web dev") == ([11], ["web-development"])
    assert suggest(index, "react beg") == ([8], [])
    assert suggest(index, "react yoga") == ([], [])


def test_categories_are_suggested_by_name_most_courses_first(index: CourseSearchBackend) -> None:
    assert suggest(index, "dev")[1] == ["development", "web-development"]
    assert suggest(index, "photo") == ([3], ["photography", "photography-video"])
    assert suggest(index, "heal") == ([], ["health-fitness"])


def test_suggestions_respect_the_limit(index: CourseSearchBackend) -> None:
    courses, categories = suggest(index, "p", limit=2)
    assert len(courses) == 2 and len(categories) == 2
    courses, _ = suggest(index, "p", limit=10_000)
    assert len(courses) <= 20
    assert len(suggest(index, "p", limit=0)[0]) == 1


def test_a_typo_in_a_whole_word_is_corrected(ranked_index: CourseSearchBackend) -> None:
    assert suggest(ranked_index, "pyhton")[0] == [1]
    assert suggest(ranked_index, "guitra")[0] == [5]
    assert suggest(ranked_index, "javascrupt pat")[0] == [4]


def test_accents_never_matter_in_suggestions(empty_index: CourseSearchBackend,
                                             course_factory) -> None:
    empty_index.upsert([course_factory(1, "Café Crème: l'art du barista"),
                        course_factory(2, "Cooking Basics")])
    assert suggest(empty_index, "creme")[0] == [1]
    assert suggest(empty_index, "crè")[0] == [1]
    assert suggest(empty_index, "CAFÉ")[0] == [1]


def test_suggestions_follow_writes(index: CourseSearchBackend, course_factory) -> None:
    index.upsert([course_factory(50, "Haskell Monads", "instruments")])
    assert suggest(index, "hask")[0] == [50]
    index.delete([50])
    assert suggest(index, "hask")[0] == []
    index.clear()
    assert suggest(index, "p") == ([], [])


@pytest.mark.parametrize("text", UNSAFE_INPUTS, ids=lambda t: repr(t[:20]))
def test_any_typed_prefix_is_answered_without_error(
    ranked_index: CourseSearchBackend, text: str
) -> None:
    courses, categories = suggest(ranked_index, text)
    assert len(courses) <= 8 and len(categories) <= 8


@pytest.mark.parametrize("text", ["", "   ", "!!!", "🐍", "\x00", "-_-"])
def test_a_prefix_without_words_suggests_nothing(index: CourseSearchBackend, text: str) -> None:
    assert suggest(index, text) == ([], [])


# --------------------------------------------------------------------------------------------
# Many matches: estimated counts


def test_above_the_limit_totals_and_facets_are_estimates(empty_index: CourseSearchBackend,
                                                          course_factory) -> None:
    many = EXACT_COUNT_LIMIT + 500
    categories = ["web-development", "photography"]
    empty_index.rebuild(
        [course_factory(i, f"Common Topic {i}", categories[i % 2], sales_count=i)
         for i in range(1, many + 1)]
        + [course_factory(many + 1, "Rare Subject", "fitness")]
    )
    result = empty_index.search(SearchQuery(text="common"))
    assert result.approximate
    assert abs(result.total - many) <= many * 0.1
    assert len(result.course_ids) == 20
    for slug in ("web-development", "photography"):
        assert abs(result.facets["category"][slug] - many / 2) <= many * 0.1
        assert result.facets["category"][slug] <= result.total
    # Other sorts still order every match.
    assert ids(empty_index, text="common", sort="best_selling")[:3] == [many, many - 1, many - 2]
    exact = empty_index.search(SearchQuery(text="rare"))
    assert not exact.approximate
    assert exact.total == 1 and exact.facets["category"] == {"fitness": 1, "health-fitness": 1}
