"""Course search on PostgreSQL full-text search: the index is the database, shared by replicas.

Tables (created by migration `search_0001` on PostgreSQL only; catalog owns them):

* `course_search`: one row per published course, the same fields as a `CourseDocument`, and a
  stored generated `tsv` column (title weighted A, subtitle and tags B, category names and
  instructor C, description D) under the `learnly_english` text search configuration, which
  is `english` with `unaccent` before stemming ("numerique" finds "numérique", "running"
  finds "run"). A GIN index serves `tsv @@ query`, another the category and tag filters.
* `search_words`: the vocabulary (accent-folded, lowercase words of 4+ letters and how many
  courses use them), with a trigram GiST index. When no course has the words as typed, each
  unknown word of 5+ letters is replaced by its nearest vocabulary word (trigram distance,
  then at most one or two edits, then the most used) and the result says so.

Every query, filter, facet count, sort and page runs in SQL inside one read session, so any
replica answers the same thing as soon as the indexing job's transaction has committed.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import text
from sqlmodel import Session

from udemy_clone.catalog.search.port import (
    FACET_NAMES,
    MAX_QUERY_WORDS,
    MAX_RESULT_WINDOW,
    MIN_FUZZY_WORD_LENGTH,
    CourseDocument,
    SearchQuery,
    SearchResult,
    check_sort,
    clean_query_text,
    clean_text,
    edit_distance,
    fold_accents,
    normalize_tag,
    page_bounds,
    price_bounds,
    timestamp,
)
from udemy_clone.core import db

TS_CONFIG: Final = "learnly_english"
# Tables only PostgreSQL has (alembic's autogenerate comparison leaves them alone).
POSTGRES_ONLY_TABLES: Final = frozenset({"course_search", "search_words"})
# ts_rank weights for D, C, B, A: description 1, category/instructor 2.5, subtitle/tags 4.5,
# title 10 (the Whoosh backend's field boosts, grouped into PostgreSQL's four weights).
_RANK_WEIGHTS: Final = "'{0.1, 0.25, 0.45, 1.0}'"
_MIN_VOCABULARY_WORD: Final = 4
_CORRECTION_CANDIDATES: Final = 8
_WORD = re.compile(r"\w+")

_COLUMNS: Final = (
    "course_id",
    "title",
    "subtitle",
    "description",
    "tags",
    "category_names",
    "instructor_name",
    "category_slugs",
    "tag_keys",
    "level",
    "language",
    "price_cents",
    "rating_average",
    "rating_count",
    "enrollment_count",
    "sales_count",
    "published_ts",
)

_ORDER_BY: Final[dict[str, str]] = {
    "rating": "c.rating_average DESC, c.rating_count DESC, c.published_ts DESC, c.course_id DESC",
    "best_selling": (
        "c.sales_count DESC, c.enrollment_count DESC, c.published_ts DESC, c.course_id DESC"
    ),
    "price_asc": "c.price_cents ASC, c.published_ts DESC, c.course_id DESC",
    "price_desc": "c.price_cents DESC, c.published_ts DESC, c.course_id DESC",
    "newest": "c.published_ts DESC, c.course_id DESC",
}
_RELEVANCE_ORDER: Final = (
    f"ts_rank({_RANK_WEIGHTS}, c.tsv, q.query) DESC, " + _ORDER_BY["best_selling"]
)
_TSQUERY: Final = f"websearch_to_tsquery('{TS_CONFIG}', :text)"


def vocabulary_words(text_value: str) -> set[str]:
    """Accent-folded lowercase words of `text_value` long enough to be typo targets."""
    return {
        w for w in _WORD.findall(fold_accents(text_value).lower()) if len(w) >= _MIN_VOCABULARY_WORD
    }


def query_words(text_value: str) -> list[str]:
    """Lowercase, accent-folded, de-duplicated words of a user's query (at most 8)."""
    words: list[str] = []
    for word in _WORD.findall(fold_accents(clean_query_text(text_value)).lower()):
        # "or" would read as an operator to websearch_to_tsquery; it is a stop word anyway.
        if word != "or" and word not in words:
            words.append(word)
            if len(words) == MAX_QUERY_WORDS:
                break
    return words


def _row(doc: CourseDocument) -> dict[str, Any]:
    return {
        "course_id": int(doc.course_id),
        "title": clean_text(doc.title or ""),
        "subtitle": clean_text(doc.subtitle or ""),
        "description": clean_text(doc.description or ""),
        "tags": clean_text(" ; ".join(doc.tags)),
        "category_names": clean_text(" ; ".join(doc.category_names)),
        "instructor_name": clean_text(doc.instructor_name or ""),
        "category_slugs": sorted({s.strip().lower() for s in doc.category_slugs if s.strip()}),
        "tag_keys": sorted({normalize_tag(t) for t in doc.tags if t.strip()}),
        "level": (doc.level or "").lower(),
        "language": (doc.language or "").lower(),
        "price_cents": int(doc.price_cents),
        "rating_average": float(doc.rating_average),
        "rating_count": int(doc.rating_count),
        "enrollment_count": int(doc.enrollment_count),
        "sales_count": int(doc.sales_count),
        "published_ts": timestamp(doc.published_at),
    }


def _row_words(row: dict[str, Any]) -> set[str]:
    return vocabulary_words(
        " ".join(
            row[name]
            for name in (
                "title",
                "subtitle",
                "description",
                "tags",
                "category_names",
                "instructor_name",
            )
        )
    )


_UPSERT: Final = text(
    f"INSERT INTO course_search ({', '.join(_COLUMNS)}) "
    f"VALUES ({', '.join(':' + c for c in _COLUMNS)}) "
    "ON CONFLICT (course_id) DO UPDATE SET "
    + ", ".join(f"{c} = EXCLUDED.{c}" for c in _COLUMNS if c != "course_id")
)
_ADD_WORDS: Final = text(
    "INSERT INTO search_words (word, ndoc) SELECT w, 1 FROM unnest(CAST(:words AS text[])) AS w "
    "ON CONFLICT (word) DO NOTHING"
)


@dataclass(slots=True)
class _Attempt:
    """One way of reading the query's words: AND or OR, as typed or corrected."""

    words: list[str]
    any_word: bool
    corrected: bool


class PostgresSearchIndex:
    """Course search in the application's PostgreSQL database (sessions from `core.db`)."""

    # -- writing ---------------------------------------------------------------------------

    def upsert(self, docs: Iterable[CourseDocument]) -> None:
        """Add or replace the given courses (the last of duplicates wins)."""
        latest = {int(doc.course_id): doc for doc in docs}
        if not latest:
            return
        rows = [_row(doc) for doc in latest.values()]
        words = sorted(set().union(*(_row_words(row) for row in rows)))
        with db.transaction() as session:
            session.execute(_UPSERT, rows)
            session.execute(_ADD_WORDS, {"words": words})

    def delete(self, course_ids: Iterable[int]) -> None:
        """Remove the given courses; unknown ids are ignored."""
        ids = sorted({int(i) for i in course_ids})
        if not ids:
            return
        with db.transaction() as session:
            session.execute(
                text("DELETE FROM course_search WHERE course_id = ANY(CAST(:ids AS integer[]))"),
                {"ids": ids},
            )

    def rebuild(self, docs: Iterable[CourseDocument]) -> int:
        """Replace every row and the vocabulary in one transaction; returns how many."""
        latest = {int(doc.course_id): doc for doc in docs}
        vocabulary: Counter[str] = Counter()
        with db.transaction() as session:
            session.execute(text("DELETE FROM course_search"))
            session.execute(text("DELETE FROM search_words"))
            cursor = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
            copy_sql = f"COPY course_search ({', '.join(_COLUMNS)}) FROM STDIN"
            with cursor.copy(copy_sql) as copy:
                for doc in latest.values():
                    row = _row(doc)
                    vocabulary.update(_row_words(row))
                    copy.write_row([row[c] for c in _COLUMNS])
            with cursor.copy("COPY search_words (word, ndoc) FROM STDIN") as copy:
                for word, count in vocabulary.items():
                    copy.write_row((word, count))
            cursor.close()
        with db.transaction() as session:
            # Fresh planner statistics: the row count just changed wholesale.
            session.execute(text("ANALYZE course_search"))
            session.execute(text("ANALYZE search_words"))
        return len(latest)

    def clear(self) -> None:
        """Remove every course and the vocabulary."""
        with db.transaction() as session:
            session.execute(text("DELETE FROM course_search"))
            session.execute(text("DELETE FROM search_words"))

    # -- reading ---------------------------------------------------------------------------

    def count(self) -> int:
        """How many courses are in the index."""
        with db.read_session() as session:
            return int(session.execute(text("SELECT count(*) FROM course_search")).scalar_one())

    def clear_caches(self) -> None:
        """Nothing to forget: this backend keeps no answers in the process."""

    def search(self, query: SearchQuery) -> SearchResult:
        """Match, filter, count facets, sort and cut out the page, all in SQL."""
        check_sort(query.sort)
        start, end = page_bounds(query)
        filters, params = _filters(query)
        words = query_words(query.text or "")
        with db.read_session() as session:
            if not words:
                return _run(session, query.sort, None, filters, params, start, end)
            result: SearchResult | None = None
            for attempt in _attempts(session, words):
                result = _run(session, query.sort, attempt, filters, params, start, end)
                if result.total:
                    if attempt.corrected:
                        result.corrected_query = " ".join(attempt.words)
                    return result
            assert result is not None
            return result


def _attempts(session: Session, words: list[str]) -> Iterable[_Attempt]:
    """All words as typed; all words corrected; any word as typed; any word corrected."""
    yield _Attempt(words, any_word=False, corrected=False)
    corrected = _corrected_words(session, words)
    if corrected != words:
        yield _Attempt(corrected, any_word=False, corrected=True)
    if len(words) > 1:
        yield _Attempt(words, any_word=True, corrected=False)
        if corrected != words:
            yield _Attempt(corrected, any_word=True, corrected=True)


def _corrected_words(session: Session, words: Sequence[str]) -> list[str]:
    """Each unknown word of 5+ letters replaced by its likeliest vocabulary word."""
    unknown = [w for w in words if len(w) >= MIN_FUZZY_WORD_LENGTH]
    if not unknown:
        return list(words)
    known = set(
        session.execute(
            text("SELECT word FROM search_words WHERE word = ANY(CAST(:words AS text[]))"),
            {"words": unknown},
        ).scalars()
    )
    corrections: dict[str, str] = {}
    for word in unknown:
        if word in known:
            continue
        # Nearest by trigram distance through the GiST index, then judged by edits.
        candidates = session.execute(
            text("SELECT word, ndoc FROM search_words ORDER BY word <-> :word LIMIT :limit"),
            {"word": word, "limit": _CORRECTION_CANDIDATES},
        ).all()
        allowed = 1 if len(word) < 8 else 2
        scored = [
            (edit_distance(word, candidate, allowed), -int(ndoc), candidate)
            for candidate, ndoc in candidates
        ]
        best = min((s for s in scored if s[0] <= allowed), default=None)
        if best is not None:
            corrections[word] = best[2]
    return [corrections.get(w, w) for w in words]


def _filters(query: SearchQuery) -> tuple[list[str], dict[str, Any]]:
    clauses: list[str] = []
    params: dict[str, Any] = {}
    if query.category:
        clauses.append("c.category_slugs @> ARRAY[CAST(:category AS text)]")
        params["category"] = clean_text(query.category).strip().lower()
    if query.tag:
        clauses.append("c.tag_keys @> ARRAY[CAST(:tag AS text)]")
        params["tag"] = normalize_tag(clean_text(query.tag))
    if query.level:
        clauses.append("c.level = :level")
        params["level"] = clean_text(query.level).strip().lower()
    if query.language:
        clauses.append("c.language = :language")
        params["language"] = clean_text(query.language).strip().lower()
    min_price, max_price = price_bounds(query)
    if min_price is not None:
        clauses.append("c.price_cents >= :min_price")
        params["min_price"] = int(min_price)
    if max_price is not None:
        clauses.append("c.price_cents <= :max_price")
        params["max_price"] = int(max_price)
    if query.min_rating is not None:
        clauses.append("c.rating_average >= :min_rating")
        params["min_rating"] = float(query.min_rating)
    return clauses, params


def _run(
    session: Session,
    sort: str,
    attempt: _Attempt | None,
    filters: list[str],
    params: dict[str, Any],
    start: int,
    end: int,
) -> SearchResult:
    """Facet counts (and so the total) of the matches, then the page in the wanted order."""
    clauses = list(filters)
    values = dict(params)
    source = "course_search c"
    if attempt is not None:
        source = f"course_search c, (SELECT {_TSQUERY} AS query) q"
        clauses.append("c.tsv @@ q.query")
        values["text"] = (" or " if attempt.any_word else " ").join(attempt.words)
    where = " AND ".join(clauses) or "TRUE"
    facet_rows = session.execute(
        text(
            f"WITH m AS MATERIALIZED (SELECT c.level, c.language, c.category_slugs "
            f"FROM {source} WHERE {where}) "
            "SELECT 'level', level, count(*) FROM m GROUP BY level "
            "UNION ALL SELECT 'language', language, count(*) FROM m GROUP BY language "
            "UNION ALL SELECT 'category', s.slug, count(*) "
            "FROM m, unnest(m.category_slugs) AS s(slug) GROUP BY s.slug"
        ),
        values,
    ).all()
    facets: dict[str, dict[str, int]] = {name: {} for name in FACET_NAMES}
    for kind, value, count in facet_rows:
        facets[kind][value] = int(count)
    total = sum(facets["level"].values())
    if start >= min(total, MAX_RESULT_WINDOW):
        return SearchResult(course_ids=[], total=total, facets=facets)
    end = min(end, MAX_RESULT_WINDOW)
    order = _RELEVANCE_ORDER if sort == "relevance" and attempt is not None else None
    if order is None:
        order = _ORDER_BY["newest" if sort == "relevance" else sort]
    ids = session.execute(
        text(
            f"SELECT c.course_id FROM {source} WHERE {where} ORDER BY {order} "
            "LIMIT :limit OFFSET :offset"
        ),
        {**values, "limit": end - start, "offset": start},
    ).scalars()
    return SearchResult(course_ids=[int(i) for i in ids], total=total, facets=facets)
