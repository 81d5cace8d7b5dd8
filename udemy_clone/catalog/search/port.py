"""The search port: what the catalogue asks of a course search engine, whichever runs it.

Two engines implement `CourseSearchBackend`: Whoosh on local disk (`whoosh_index`, the embedded
default) and PostgreSQL full-text search (`postgres_index`, where the index is the database and
every replica answers alike). Both receive the same `CourseDocument`s from the indexing job and
answer the same `SearchQuery` with the same `SearchResult`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Final, Protocol, runtime_checkable

SORT_OPTIONS: Final = ("relevance", "rating", "newest", "best_selling", "price_asc", "price_desc")
MAX_PAGE_SIZE: Final = 100
# Deep pages cost as much as everything before them; nobody pages past this window.
MAX_RESULT_WINDOW: Final = 10_000
MAX_QUERY_CHARS: Final = 256
MAX_QUERY_WORDS: Final = 8
# Only words this long are typo-corrected: shorter ones are too close to other real words.
MIN_FUZZY_WORD_LENGTH: Final = 5
# A word this many courses use is taken as meant: no typo corrections are looked up for it
# (they would only rank below its exact matches, after thousands of them).
TYPO_CORRECTION_MAX_DOCS: Final = 50
# Above this many matches, the total and facet counts are estimated from this many of them
# (`SearchResult.approximate`), and relevance ranks these best-selling ones: counting and
# ranking every course of a word most courses use cost more than a search's 50 ms budget.
EXACT_COUNT_LIMIT: Final = 2_000
# Typeahead: at most this many words of the prefix are used, at most this many suggestions.
MAX_SUGGEST_WORDS: Final = 3
MAX_SUGGESTIONS: Final = 20
MAX_SUGGEST_CHARS: Final = 100
FACET_NAMES: Final = ("category", "level", "language", "rating", "duration", "price")
# Minimum ratings one can filter on (a radio: one at a time), as the facet's keys.
RATING_THRESHOLDS: Final = ("4.5", "4.0", "3.5", "3.0")
# Video length buckets: key, first second included, first second past it (None: no end).
DURATION_BUCKETS: Final[tuple[tuple[str, int, int | None], ...]] = (
    ("0-1", 0, 3_600),
    ("1-3", 3_600, 10_800),
    ("3-6", 10_800, 21_600),
    ("6-17", 21_600, 61_200),
    ("17-plus", 61_200, None),
)
DURATION_KEYS: Final = tuple(key for key, _, _ in DURATION_BUCKETS)
PRICE_KINDS: Final = ("free", "paid")
# Facets whose keys are fixed (in this order; like the others, values no course has are left out).
FIXED_FACET_KEYS: Final[dict[str, tuple[str, ...]]] = {
    "rating": RATING_THRESHOLDS,
    "duration": DURATION_KEYS,
    "price": PRICE_KINDS,
}

_CONTROL_CHARS = re.compile(r"[\x00-\x1f\x7f]")
_PREFIX_WORD = re.compile(r"[^\W_]+")


@dataclass(slots=True)
class CourseDocument:
    """What the search index knows about one published course."""

    course_id: int
    title: str
    subtitle: str = ""
    description: str = ""
    tags: list[str] = field(default_factory=list)
    # The course's own category and all its ancestors, so a parent filter includes children.
    category_slugs: list[str] = field(default_factory=list)
    category_names: list[str] = field(default_factory=list)
    instructor_name: str = ""
    level: str = "all"
    language: str = "en"
    price_cents: int = 0
    currency: str = "USD"
    rating_average: float = 0.0
    rating_count: int = 0
    enrollment_count: int = 0
    sales_count: int = 0
    published_at: datetime | None = None
    # Total length of the course's lectures (the duration filter's buckets).
    duration_seconds: int = 0


@dataclass(slots=True)
class SearchQuery:
    """One catalogue search: free text, filters, sort and page (1-based).

    Multi-value filters (`levels`, `languages`, `durations`, `prices`) match any of their
    values; different filters must all match. `level` and `language` are the single-value
    forms and are added to their lists. Each facet is counted with every filter but its own
    (faceted search: choosing "beginner" still shows how many "intermediate" courses there are).
    """

    text: str = ""
    category: str | None = None
    tag: str | None = None
    level: str | None = None
    language: str | None = None
    min_price: int | None = None
    max_price: int | None = None
    # Prices compare only within one currency: with a price bound, other currencies drop out.
    currency: str | None = None
    free: bool | None = None
    min_rating: float | None = None
    sort: str = "relevance"
    page: int = 1
    page_size: int = 20
    levels: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    durations: tuple[str, ...] = ()  # keys of DURATION_BUCKETS
    prices: tuple[str, ...] = ()  # "free" and/or "paid"


@dataclass(slots=True)
class SearchResult:
    """One page of matching course ids (the hits), the number of matches and facet counts.

    `corrected_query` is set when nothing matched the words as typed and the results are
    for a typo-corrected query instead ("showing results for ...").
    """

    course_ids: list[int]
    total: int
    facets: dict[str, dict[str, int]]
    corrected_query: str | None = None
    # True when `total` and `facets` are estimates (more than EXACT_COUNT_LIMIT matches).
    approximate: bool = False

    @property
    def hits(self) -> list[int]:
        """The course ids of this page, best first."""
        return self.course_ids


@dataclass(slots=True)
class CueDocument:
    """One caption cue of a published course's lecture: what is said from `start_ms`."""

    cue_id: int
    course_id: int
    lecture_id: int
    start_ms: int
    end_ms: int
    text: str


@dataclass(slots=True)
class CueHit:
    """A cue matching a query (the best one of its lecture), with its text for a snippet."""

    course_id: int
    lecture_id: int
    start_ms: int
    text: str
    score: float


@dataclass(slots=True)
class Suggestions:
    """Typeahead answers for a prefix: course ids (best-selling first) and category slugs."""

    course_ids: list[int]
    category_slugs: list[str]


@runtime_checkable
class CourseSearchBackend(Protocol):
    """A course search engine: fed documents by the indexing job, asked by the catalogue."""

    def upsert(self, docs: Iterable[CourseDocument]) -> None:
        """Add or replace the given courses (the last of duplicates wins)."""

    def delete(self, course_ids: Iterable[int]) -> None:
        """Remove the given courses; unknown ids are ignored."""

    def rebuild(self, docs: Iterable[CourseDocument]) -> int:
        """Replace the whole index with `docs`; returns how many were indexed."""

    def clear(self) -> None:
        """Remove every course from the index."""

    def count(self) -> int:
        """How many courses are in the index."""

    def search(self, query: SearchQuery) -> SearchResult:
        """One page of results with the total and facets; unknown sorts raise ValueError."""

    def suggest(self, prefix: str, limit: int = 8) -> Suggestions:
        """Courses whose title has words starting with the prefix's words, and categories."""

    def clear_caches(self) -> None:
        """Forget cached answers (benchmarks time cold queries with it)."""

    # Lecture captions ("mentioned at 12:34 in Lecture 5"): a text search also finds the
    # courses whose captions hold every word, ranked below every course matching by its texts.

    def replace_cues(
        self, course_id: int, lecture_ids: Sequence[int] | None, cues: Iterable[CueDocument]
    ) -> None:
        """Make `cues` the indexed cues of these lectures (None: of the whole course)."""

    def delete_cues(self, course_ids: Iterable[int]) -> None:
        """Remove every cue of these courses; unknown ids are ignored."""

    def rebuild_cues(self, cues: Iterable[CueDocument]) -> int:
        """Replace every indexed cue with `cues`; returns how many were indexed."""

    def cue_count(self, course_id: int | None = None) -> int:
        """How many cues are indexed (of one course, or of all)."""

    def lecture_matches(
        self, query_text: str, course_ids: Sequence[int], per_course: int = 3
    ) -> dict[int, list[CueHit]]:
        """Per course, the best matching cue of up to `per_course` lectures, best first."""


# --------------------------------------------------------------------------------------------
# Text handling both engines share


def normalize_tag(tag: str) -> str:
    """The form tags are compared in: lowercase, `-`/`_` as spaces, single spaces."""
    return " ".join(tag.replace("-", " ").replace("_", " ").lower().split())


def clean_text(text: str) -> str:
    """Text safe to index or query: valid UTF-8, NFKC-normalised, no control characters."""
    # Lone surrogates cannot be encoded to UTF-8 (nor stored); replace them.
    text = text.encode("utf-8", "replace").decode("utf-8")
    return _CONTROL_CHARS.sub(" ", unicodedata.normalize("NFKC", text))


def clean_query_text(text: str) -> str:
    """A user's query cleaned and cut to MAX_QUERY_CHARS."""
    return clean_text(text[: MAX_QUERY_CHARS * 4])[:MAX_QUERY_CHARS]


def fold_accents(text: str) -> str:
    """`numérique` -> `numerique`: accents removed so either spelling finds the other."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def check_sort(sort: str) -> None:
    """Refuse an unknown sort with a sentence naming the known ones."""
    if sort not in SORT_OPTIONS:
        raise ValueError(f"Unknown sort {sort!r}; use one of {', '.join(SORT_OPTIONS)}.")


def page_bounds(query: SearchQuery) -> tuple[int, int]:
    """(start, end) offsets of the requested page, page size clamped to 1..MAX_PAGE_SIZE."""
    page_size = max(1, min(int(query.page_size), MAX_PAGE_SIZE))
    page = max(1, min(int(query.page), MAX_RESULT_WINDOW + 1))
    start = (page - 1) * page_size
    return start, start + page_size


def price_bounds(query: SearchQuery) -> tuple[int | None, int | None]:
    """The (min, max) price in cents a query allows (free/paid is the `price` facet)."""
    return query.min_price, query.max_price


def chosen_values(single: str | None, many: Iterable[str]) -> tuple[str, ...]:
    """A multi-value filter's values: the single form and the list, lowercase, unique, sorted."""
    values = {clean_text(v).strip().lower() for v in (single, *many) if v and v.strip()}
    return tuple(sorted(values))


def chosen_prices(query: SearchQuery) -> tuple[str, ...] | None:
    """The price kinds allowed ("free", "paid"), or None when any price is.

    `free=True` means "free" and `free=False` "paid"; with `prices` too, both must hold
    (which may leave nothing: an empty tuple).
    """
    kinds = {p.strip().lower() for p in query.prices if p.strip()} & set(PRICE_KINDS)
    unknown = [p for p in query.prices if p.strip().lower() not in PRICE_KINDS]
    if unknown:
        return ()
    if query.free is not None:
        wanted = {"free" if query.free else "paid"}
        kinds = wanted if not query.prices else kinds & wanted
    elif not query.prices:
        return None
    return tuple(sorted(kinds))


def duration_key(seconds: int) -> str:
    """The DURATION_BUCKETS key a course of this length falls in."""
    for key, low, high in DURATION_BUCKETS:
        if seconds >= low and (high is None or seconds < high):
            return key
    return DURATION_KEYS[0]


def complete_facets(facets: dict[str, dict[str, int]]) -> dict[str, dict[str, int]]:
    """Every facet present; values with no course left out; fixed keys in their order."""
    completed = {
        name: {key: int(n) for key, n in facets.get(name, {}).items() if n} for name in FACET_NAMES
    }
    for name, keys in FIXED_FACET_KEYS.items():
        counts = completed[name]
        completed[name] = {key: counts[key] for key in keys if key in counts}
    return completed


def timestamp(moment: datetime | None) -> float:
    """Seconds since the epoch; naive datetimes are taken as UTC, None as 0."""
    if moment is None:
        return 0.0
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()


def prefix_words(prefix: str) -> list[str]:
    """The last MAX_SUGGEST_WORDS words of a typeahead prefix: folded, lowercase, unique."""
    words: list[str] = []
    cleaned = fold_accents(clean_text(prefix[: MAX_SUGGEST_CHARS * 4])[:MAX_SUGGEST_CHARS])
    for word in _PREFIX_WORD.findall(cleaned.lower()):
        if word not in words:
            words.append(word)
    return words[-MAX_SUGGEST_WORDS:]


def title_words(title: str) -> set[str]:
    """Every word of a title in the form `prefix_words` gives (typeahead matching)."""
    return set(_PREFIX_WORD.findall(fold_accents(clean_text(title)).lower()))


def suggestion_limit(limit: int) -> int:
    """`limit` clamped to 1..MAX_SUGGESTIONS."""
    return max(1, min(int(limit), MAX_SUGGESTIONS))


def estimate(value: float) -> int:
    """An estimated count rounded to two significant digits (1,234 -> 1,200)."""
    number = max(0, int(round(value)))
    if number < 100:
        return number
    scale = 10 ** (len(str(number)) - 2)
    return int(round(number / scale) * scale)


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Levenshtein distance counting a swap of neighbours as one edit (capped at limit + 1)."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return min(previous[-1], limit + 1)


def cue_words(text: str) -> list[str]:
    """The words a caption search looks for: letters and digits, lowercase, accents folded."""
    words: list[str] = []
    for word in _PREFIX_WORD.findall(fold_accents(clean_query_text(text)).lower()):
        if word != "or" and word not in words:
            words.append(word)
            if len(words) == MAX_QUERY_WORDS:
                break
    return words
