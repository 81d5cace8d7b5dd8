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
import threading
from collections import Counter, OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, field
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
POSTGRES_ONLY_TABLES: Final = frozenset(
    {"course_search", "course_search_next", "search_words", "search_state"}
)
# The indexes of course_search as migration search_0001 creates them; a full reindex builds a
# fresh table, indexes it in bulk (much faster than row by row) and swaps it in.
_INDEXES: Final[dict[str, str]] = {
    "ix_course_search_tsv": "USING gin (tsv) WITH (fastupdate = off)",
    "ix_course_search_categories": "USING gin (category_slugs)",
    "ix_course_search_tags": "USING gin (tag_keys)",
    "ix_course_search_newest": "(published_ts DESC, course_id DESC)",
    "ix_course_search_rating": (
        "(rating_average DESC, rating_count DESC, published_ts DESC, course_id DESC)"
    ),
    "ix_course_search_best_selling": (
        "(sales_count DESC, enrollment_count DESC, published_ts DESC, course_id DESC)"
    ),
    "ix_course_search_price_asc": "(price_cents, published_ts DESC, course_id DESC)",
    "ix_course_search_price_desc": "(price_cents DESC, published_ts DESC, course_id DESC)",
}
_BUMP_GENERATION: Final = text("UPDATE search_state SET generation = generation + 1 WHERE id = 1")
_FACET_CACHE_SIZE: Final = 512
_SEARCH_SETTINGS: Final = text(
    "SELECT set_config('jit', 'off', true), set_config('work_mem', '32MB', true)"
)
# ts_rank weights for D, C, B, A: description 1, category/instructor 2.5, subtitle/tags 4.5,
# title 10 (the Whoosh backend's field boosts, grouped into PostgreSQL's four weights).
_RANK_WEIGHTS: Final = "'{0.1, 0.25, 0.45, 1.0}'"
_MIN_VOCABULARY_WORD: Final = 4
_CORRECTION_CANDIDATES: Final = 12
_MAX_CORRECTIONS: Final = 6
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
    "currency",
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
        "currency": (doc.currency or "").upper(),
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
class _Word:
    """One query word and its likely typo corrections (vocabulary words one edit away)."""

    word: str
    known: bool = True
    corrections: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _TextMatch:
    """The tsquery that selects matches and the one that says which match exactly."""

    match_sql: str
    exact_sql: str
    params: dict[str, Any]
    correction: str | None


class PostgresSearchIndex:
    """Course search in the application's PostgreSQL database (sessions from `core.db`).

    The only thing kept in the process is the facet counts of browsing without text (the
    same few filter combinations, each a scan of many rows), keyed by the database's write
    generation: any write by any replica makes every replica count again.
    """

    def __init__(self) -> None:
        self._facets: OrderedDict[tuple[Any, ...], dict[str, dict[str, int]]] = OrderedDict()
        self._facets_lock = threading.Lock()

    # -- writing ---------------------------------------------------------------------------

    def upsert(self, docs: Iterable[CourseDocument]) -> None:
        """Add or replace the given courses (the last of duplicates wins)."""
        latest = {int(doc.course_id): doc for doc in docs}
        if not latest:
            return
        rows = [_row(doc) for doc in latest.values()]
        words = sorted(set().union(*(_row_words(row) for row in rows)))
        with db.transaction() as session:
            session.execute(_BUMP_GENERATION)
            session.execute(_UPSERT, rows)
            session.execute(_ADD_WORDS, {"words": words})

    def delete(self, course_ids: Iterable[int]) -> None:
        """Remove the given courses; unknown ids are ignored."""
        ids = sorted({int(i) for i in course_ids})
        if not ids:
            return
        with db.transaction() as session:
            session.execute(_BUMP_GENERATION)
            session.execute(
                text("DELETE FROM course_search WHERE course_id = ANY(CAST(:ids AS integer[]))"),
                {"ids": ids},
            )

    def rebuild(self, docs: Iterable[CourseDocument]) -> int:
        """Replace every row and the vocabulary in one transaction; returns how many.

        The rows go into a new table, indexed once they are all in, which then replaces the
        old one: searches keep reading the old table until the swap commits.
        """
        latest = {int(doc.course_id): doc for doc in docs}
        vocabulary: Counter[str] = Counter()
        with db.transaction() as session:
            session.execute(text("SET LOCAL maintenance_work_mem = '256MB'"))
            session.execute(text("DROP TABLE IF EXISTS course_search_next"))
            session.execute(
                text(
                    "CREATE TABLE course_search_next (LIKE course_search "
                    "INCLUDING DEFAULTS INCLUDING GENERATED)"
                )
            )
            raw = session.connection().connection.driver_connection
            assert raw is not None
            with raw.cursor() as cursor:
                copy_sql = f"COPY course_search_next ({', '.join(_COLUMNS)}) FROM STDIN"
                with cursor.copy(copy_sql) as copy:
                    for doc in latest.values():
                        row = _row(doc)
                        vocabulary.update(_row_words(row))
                        copy.write_row([row[c] for c in _COLUMNS])
                session.execute(text("DELETE FROM search_words"))
                with cursor.copy("COPY search_words (word, ndoc) FROM STDIN") as copy:
                    for word, count in vocabulary.items():
                        copy.write_row((word, count))
            session.execute(
                text(
                    "ALTER TABLE course_search_next ADD CONSTRAINT course_search_next_pkey "
                    "PRIMARY KEY (course_id)"
                )
            )
            for name, definition in _INDEXES.items():
                session.execute(
                    text(f"CREATE INDEX {name}_next ON course_search_next {definition}")
                )
            session.execute(_BUMP_GENERATION)
            session.execute(text("DROP TABLE course_search"))
            session.execute(text("ALTER TABLE course_search_next RENAME TO course_search"))
            session.execute(
                text(
                    "ALTER TABLE course_search RENAME CONSTRAINT course_search_next_pkey "
                    "TO course_search_pkey"
                )
            )
            for name in _INDEXES:
                session.execute(text(f"ALTER INDEX {name}_next RENAME TO {name}"))
            # Fresh planner statistics: the rows changed wholesale.
            session.execute(text("ANALYZE course_search"))
            session.execute(text("ANALYZE search_words"))
        self._facets.clear()
        return len(latest)

    def clear(self) -> None:
        """Remove every course and the vocabulary."""
        with db.transaction() as session:
            session.execute(_BUMP_GENERATION)
            session.execute(text("DELETE FROM course_search"))
            session.execute(text("DELETE FROM search_words"))

    # -- reading ---------------------------------------------------------------------------

    def count(self) -> int:
        """How many courses are in the index."""
        with db.read_session() as session:
            return int(session.execute(text("SELECT count(*) FROM course_search")).scalar_one())

    def clear_caches(self) -> None:
        """Forget the cached browse facets."""
        with self._facets_lock:
            self._facets.clear()

    def search(self, query: SearchQuery) -> SearchResult:
        """Match, filter, count facets, sort and cut out the page, all in SQL.

        Like the Whoosh backend: every word must match (as typed or as a typo correction)
        unless no course has them all, then any word does; exact matches rank first, and
        when only corrections matched the result names the corrected query.
        """
        check_sort(query.sort)
        start, end = page_bounds(query)
        filters, params = _filters(query)
        words = query_words(query.text or "")
        with db.read_session() as session:
            # JIT compiling a plan costs more than these short queries themselves, and
            # the facet counts of a common word need more than the default 4 MB to stay in
            # memory; both apply to this transaction only.
            session.execute(_SEARCH_SETTINGS)
            if not words:
                return self._browse(session, query.sort, filters, params, start, end)
            analysed = _with_corrections(session, words)
            result = _run(
                session, query.sort, _text_match(analysed, False), filters, params, start, end
            )
            if result.total == 0 and len(analysed) > 1:
                any_word = _text_match(analysed, True)
                result = _run(session, query.sort, any_word, filters, params, start, end)
            return result

    def _browse(
        self,
        session: Session,
        sort: str,
        filters: list[str],
        params: dict[str, Any],
        start: int,
        end: int,
    ) -> SearchResult:
        generation = session.execute(
            text("SELECT generation FROM search_state WHERE id = 1")
        ).scalar_one()
        key = (generation, tuple(filters), tuple(sorted(params.items())))
        with self._facets_lock:
            cached = self._facets.get(key)
        result = _run(session, sort, None, filters, params, start, end, facets=cached)
        if cached is None:
            with self._facets_lock:
                self._facets[key] = {k: dict(v) for k, v in result.facets.items()}
                while len(self._facets) > _FACET_CACHE_SIZE:
                    self._facets.popitem(last=False)
        return result


def _with_corrections(session: Session, words: list[str]) -> list[_Word]:
    """The words, each of 5+ letters with its vocabulary neighbours one edit away."""
    analysed = [_Word(word) for word in words]
    long_words = [w.word for w in analysed if len(w.word) >= MIN_FUZZY_WORD_LENGTH]
    if not long_words:
        return analysed
    # Nearest vocabulary words by trigram distance, through the GiST index, one round trip.
    rows = session.execute(
        text(
            "SELECT q.w, s.word, s.ndoc FROM unnest(CAST(:words AS text[])) AS q(w) "
            "CROSS JOIN LATERAL (SELECT word, ndoc FROM search_words "
            "ORDER BY word <-> q.w LIMIT :limit) AS s"
        ),
        {"words": long_words, "limit": _CORRECTION_CANDIDATES},
    ).all()
    neighbours: dict[str, list[tuple[str, int]]] = {}
    for word, candidate, ndoc in rows:
        neighbours.setdefault(word, []).append((candidate, int(ndoc)))
    for item in analysed:
        if len(item.word) < MIN_FUZZY_WORD_LENGTH:
            continue
        found = neighbours.get(item.word, [])
        item.known = any(candidate == item.word for candidate, _ in found)
        close = [
            (-ndoc, candidate)
            for candidate, ndoc in found
            if candidate != item.word
            # One edit (a swap counts as one), keeping the first letter, like Whoosh's.
            and candidate[0] == item.word[0]
            and edit_distance(item.word, candidate, 1) <= 1
        ]
        item.corrections = [c for _, c in sorted(close)][:_MAX_CORRECTIONS]
    return analysed


def _text_match(words: list[_Word], any_word: bool) -> _TextMatch:
    """tsqueries for all (or any) of the words, with and without their corrections."""
    params: dict[str, Any] = {}
    groups: list[str] = []
    exact: list[str] = []
    for position, item in enumerate(words):
        params[f"w{position}"] = item.word
        exact.append(f"websearch_to_tsquery('{TS_CONFIG}', :w{position})")
        # websearch syntax: "a or b" is the tsquery a | b; the words are letters and digits.
        params[f"g{position}"] = " or ".join([item.word, *item.corrections])
        groups.append(f"websearch_to_tsquery('{TS_CONFIG}', :g{position})")
    joiner = " || " if any_word else " && "
    correction = None
    if any(not w.known and w.corrections for w in words):
        correction = " ".join(
            w.corrections[0] if not w.known and w.corrections else w.word for w in words
        )
    return _TextMatch(
        match_sql=f"({joiner.join(groups)})",
        exact_sql=f"({joiner.join(exact)})",
        params=params,
        correction=correction,
    )


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
    currency = (query.currency or "").strip().upper()
    if currency and (query.min_price is not None or query.max_price is not None):
        # amounts compare within one currency; "free" and "paid" need none
        clauses.append("c.currency = :currency")
        params["currency"] = currency
    if query.min_rating is not None:
        clauses.append("c.rating_average >= :min_rating")
        params["min_rating"] = float(query.min_rating)
    return clauses, params


def _run(
    session: Session,
    sort: str,
    match: _TextMatch | None,
    filters: list[str],
    params: dict[str, Any],
    start: int,
    end: int,
    facets: dict[str, dict[str, int]] | None = None,
) -> SearchResult:
    """Facet counts (and so the total) of the matches, then the page in the wanted order.

    `facets` (browse only) are counts already known for this generation and these filters.
    """
    clauses = list(filters)
    values = dict(params)
    source = "course_search c"
    exact_column = "TRUE"
    if match is not None:
        source = (
            f"course_search c, (SELECT {match.match_sql} AS query, {match.exact_sql} AS exact) q"
        )
        clauses.append("c.tsv @@ q.query")
        exact_column = "c.tsv @@ q.exact"
        values.update(match.params)
    where = " AND ".join(clauses) or "TRUE"
    if facets is not None:
        facets = {k: dict(v) for k, v in facets.items()}
        total = sum(facets["level"].values())
        return _page(session, sort, match, source, where, values, facets, total, 0, start, end)
    facet_rows = session.execute(
        text(
            f"WITH m AS MATERIALIZED (SELECT c.level, c.language, c.category_slugs, "
            f"{exact_column} AS is_exact FROM {source} WHERE {where}) "
            "SELECT 'level', level, count(*) FROM m GROUP BY level "
            "UNION ALL SELECT 'language', language, count(*) FROM m GROUP BY language "
            "UNION ALL SELECT 'category', s.slug, count(*) "
            "FROM m, unnest(m.category_slugs) AS s(slug) GROUP BY s.slug "
            "UNION ALL SELECT 'exact', '', count(*) FROM m WHERE is_exact"
        ),
        values,
    ).all()
    facets = {name: {} for name in FACET_NAMES}
    exact_count = 0
    for kind, value, count in facet_rows:
        if kind == "exact":
            exact_count = int(count)
        else:
            facets[kind][value] = int(count)
    total = sum(facets["level"].values())
    return _page(
        session, sort, match, source, where, values, facets, total, exact_count, start, end
    )


def _page(
    session: Session,
    sort: str,
    match: _TextMatch | None,
    source: str,
    where: str,
    values: dict[str, Any],
    facets: dict[str, dict[str, int]],
    total: int,
    exact_count: int,
    start: int,
    end: int,
) -> SearchResult:
    """The ids of one page in the wanted order (exact matches first under relevance)."""
    exact_column = "c.tsv @@ q.exact" if match is not None else "TRUE"
    # Nothing has the words as typed: the results are for the corrected words.
    corrected = match.correction if match is not None and total and not exact_count else None
    if start >= min(total, MAX_RESULT_WINDOW):
        return SearchResult(course_ids=[], total=total, facets=facets, corrected_query=corrected)
    end = min(end, MAX_RESULT_WINDOW)
    if sort == "relevance" and match is not None:
        order = f"{exact_column} DESC, {_RELEVANCE_ORDER}"
    else:
        order = _ORDER_BY["newest" if sort == "relevance" else sort]
    ids = session.execute(
        text(
            f"SELECT c.course_id FROM {source} WHERE {where} ORDER BY {order} "
            "LIMIT :limit OFFSET :offset"
        ),
        {**values, "limit": end - start, "offset": start},
    ).scalars()
    return SearchResult(
        course_ids=[int(i) for i in ids], total=total, facets=facets, corrected_query=corrected
    )
