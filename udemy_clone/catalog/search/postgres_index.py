"""Course search on PostgreSQL full-text search: the index is the database, shared by replicas.

Tables (migrations `search_0001` and `searchperf_0001`, PostgreSQL only; catalog owns them):

* `course_search`: one narrow row per published course: the filter, facet and sort values,
  the title, and `tsv`, computed on insert from the texts (title weighted A, subtitle and
  tags B, category names and instructor C, description D) under `learnly_english`
  (`english` with `unaccent` before stemming: "numerique" finds "numérique", "running" finds
  "run"). The texts themselves are not stored: every search reads its matching rows, and
  narrow rows are what keeps that cheap. GIN indexes serve `tsv @@ query`, the category and
  tag filters, and `title_tsv @@ prefix` (typeahead). A full reindex writes the rows in
  best-selling order, so the first rows a scan meets are the best sellers.
* `search_words`: the vocabulary (accent-folded, lowercase words of 4+ letters and how many
  courses use them), with a trigram GiST index. Each query word of 5+ letters that fewer
  than TYPO_CORRECTION_MAX_DOCS courses use also matches its vocabulary neighbours one edit
  away (ranked below exact matches); when only those matched, the result says so.
* `search_categories`: category slugs, names and course counts, for typeahead.

A search is one statement: the first EXACT_COUNT_LIMIT + 1 matches (physical order, so the
best sellers after a reindex) are read once; if that is all of them, the total, facets and
relevance order are exact; above, the total and facets are estimated from them (how much of
the table they covered) and relevance ranks those best sellers. Other sorts always read their
page off the whole match set. Everything runs in one read session, so any replica answers
the same thing as soon as the indexing job's transaction has committed.
"""

from __future__ import annotations

import re
import threading
from collections import Counter, OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from sqlalchemy import text
from sqlmodel import Session

from udemy_clone.catalog.search.port import (
    DURATION_BUCKETS,
    DURATION_KEYS,
    EXACT_COUNT_LIMIT,
    FACET_NAMES,
    FIXED_FACET_KEYS,
    MAX_QUERY_WORDS,
    MAX_RESULT_WINDOW,
    MIN_FUZZY_WORD_LENGTH,
    PRICE_KINDS,
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
    cue_words,
    edit_distance,
    estimate,
    fold_accents,
    normalize_tag,
    page_bounds,
    prefix_words,
    price_bounds,
    suggestion_limit,
    timestamp,
)
from udemy_clone.catalog.search.whoosh_cues import group_hits
from udemy_clone.core import db

TS_CONFIG: Final = "learnly_english"
PREFIX_CONFIG: Final = "learnly_simple"
# Tables only PostgreSQL has (alembic's autogenerate comparison leaves them alone).
POSTGRES_ONLY_TABLES: Final = frozenset(
    {
        "course_search",
        "course_search_next",
        "search_words",
        "search_state",
        "search_categories",
        "lecture_cue_search",
    }
)
# The indexes of course_search as the migrations create them; a full reindex builds a fresh
# table, indexes it in bulk (much faster than row by row) and swaps it in.
_INDEXES: Final[dict[str, str]] = {
    "ix_course_search_tsv": "USING gin (tsv) WITH (fastupdate = off)",
    "ix_course_search_title_tsv": "USING gin (title_tsv) WITH (fastupdate = off)",
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
# JIT compiling costs more than these short queries; parallel workers cost more than they
# save on small scans and would return rows out of physical order (as would a synchronised
# scan starting mid-table); the facet counts of a common word need more than 4 MB. A search
# commits rather than rolls back (a ROLLBACK makes psycopg forget every statement it prepared
# on the connection), so its statements get prepared: each is still planned for its own values
# (a generic plan of the text search, the same for every word and filter, ran 1.5 times longer).
_SEARCH_SETTINGS: Final = text(
    "SELECT set_config('jit', 'off', true), set_config('work_mem', '32MB', true), "
    "set_config('max_parallel_workers_per_gather', '0', true), "
    "set_config('synchronize_seqscans', 'off', true), "
    "set_config('plan_cache_mode', 'force_custom_plan', true)"
)
# ts_rank weights for D, C, B, A: description 1, category/instructor 2.5, subtitle/tags 4.5,
# title 10 (the Whoosh backend's field boosts, grouped into PostgreSQL's four weights).
_RANK_WEIGHTS: Final = "'{0.1, 0.25, 0.45, 1.0}'"
_MIN_VOCABULARY_WORD: Final = 4
_CORRECTION_CANDIDATES: Final = 12
_MAX_CORRECTIONS: Final = 6
_WORD = re.compile(r"\w+")

# Columns of course_search written from a document (tsv and title_tsv are computed from the
# texts by the database).
_COLUMNS: Final = (
    "course_id",
    "title",
    "category_slugs",
    "category_names",
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
    "duration_seconds",
)
_TEXTS: Final = ("title", "text_b", "text_c", "description")
_TSV_SQL: Final = (
    f"setweight(to_tsvector('{TS_CONFIG}', {{title}}), 'A') || "
    f"setweight(to_tsvector('{TS_CONFIG}', {{text_b}}), 'B') || "
    f"setweight(to_tsvector('{TS_CONFIG}', {{text_c}}), 'C') || "
    f"setweight(to_tsvector('{TS_CONFIG}', {{description}}), 'D')"
)
_TITLE_TSV_SQL: Final = f"to_tsvector('{PREFIX_CONFIG}', {{title}})"
_BEST_SELLING: Final = "sales_count DESC, enrollment_count DESC, published_ts DESC, course_id DESC"

_ORDER_BY: Final[dict[str, str]] = {
    "rating": "rating_average DESC, rating_count DESC, published_ts DESC, course_id DESC",
    "best_selling": _BEST_SELLING,
    "price_asc": "price_cents ASC, published_ts DESC, course_id DESC",
    "price_desc": "price_cents DESC, published_ts DESC, course_id DESC",
    "newest": "published_ts DESC, course_id DESC",
}
# Courses matching by their own texts first; those only their lecture captions match after.
_RELEVANCE_ORDER: Final = "by_text DESC, is_exact DESC, rank DESC, " + _BEST_SELLING
# The courses some cue of which holds every word (from at most this many cues).
MAX_SPOKEN_CUES: Final = 20_000
_SPOKEN_SQL: Final = (
    "ARRAY(SELECT DISTINCT s.course_id FROM (SELECT course_id FROM lecture_cue_search "
    f"WHERE tsv @@ websearch_to_tsquery('{TS_CONFIG}', :cue_text) LIMIT {MAX_SPOKEN_CUES}) s)"
)
_TEXT_OR_SPOKEN: Final = "(c.tsv @@ q.query OR c.course_id = ANY(q.spoken))"
_INSERT_CUES: Final = text(
    "INSERT INTO lecture_cue_search (cue_id, course_id, lecture_id, start_ms, end_ms, text) "
    "VALUES (:cue_id, :course_id, :lecture_id, :start_ms, :end_ms, :text) "
    "ON CONFLICT (cue_id) DO UPDATE SET course_id = EXCLUDED.course_id, "
    "lecture_id = EXCLUDED.lecture_id, start_ms = EXCLUDED.start_ms, "
    "end_ms = EXCLUDED.end_ms, text = EXCLUDED.text"
)


def _cue_row(cue: CueDocument) -> dict[str, Any]:
    return {
        "cue_id": int(cue.cue_id),
        "course_id": int(cue.course_id),
        "lecture_id": int(cue.lecture_id),
        "start_ms": int(cue.start_ms),
        "end_ms": int(cue.end_ms),
        "text": clean_text(cue.text or ""),
    }


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
    """The column values of one course, and its four weighted texts (title is both)."""
    tags = clean_text(" ; ".join(doc.tags))
    category_names = [clean_text(n) for n in doc.category_names]
    return {
        "course_id": int(doc.course_id),
        "title": clean_text(doc.title or ""),
        "text_b": clean_text(doc.subtitle or "") + " " + tags,
        "text_c": " ; ".join(category_names) + " " + clean_text(doc.instructor_name or ""),
        "description": clean_text(doc.description or ""),
        "category_slugs": [s.strip().lower() for s in doc.category_slugs],
        "category_names": category_names,
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
        "duration_seconds": max(0, int(doc.duration_seconds)),
    }


def _row_words(row: dict[str, Any]) -> set[str]:
    return vocabulary_words(" ".join(row[name] for name in _TEXTS))


def _row_categories(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(slug, name) of the course's categories (its own and the ancestors)."""
    pairs = zip(row["category_slugs"], row["category_names"], strict=False)
    return [(slug, name) for slug, name in pairs if slug]


def _index_row(row: dict[str, Any]) -> dict[str, Any]:
    """`row` as stored: category slugs de-duplicated and sorted, as the filters expect."""
    return {**row, "category_slugs": sorted({s for s in row["category_slugs"] if s})}


_UPSERT: Final = text(
    f"INSERT INTO course_search ({', '.join(_COLUMNS)}, tsv, title_tsv) "
    f"VALUES ({', '.join(':' + c for c in _COLUMNS)}, "
    + _TSV_SQL.format(**{t: f"CAST(:{t} AS text)" for t in _TEXTS})
    + ", "
    + _TITLE_TSV_SQL.format(title="CAST(:title AS text)")
    + ") ON CONFLICT (course_id) DO UPDATE SET "
    + ", ".join(f"{c} = EXCLUDED.{c}" for c in (*_COLUMNS, "tsv", "title_tsv") if c != "course_id")
)
_ADD_WORDS: Final = text(
    "INSERT INTO search_words (word, ndoc) SELECT w, 1 FROM unnest(CAST(:words AS text[])) AS w "
    "ON CONFLICT (word) DO NOTHING"
)
_ADD_CATEGORIES: Final = text(
    "INSERT INTO search_categories (slug, name, folded, courses) "
    "SELECT s, n, f, 1 FROM unnest(CAST(:slugs AS text[]), CAST(:names AS text[]), "
    "CAST(:folded AS text[])) AS c(s, n, f) "
    "ON CONFLICT (slug) DO UPDATE SET name = EXCLUDED.name, folded = EXCLUDED.folded"
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
    exact_sql: str | None  # None: the same as match_sql (no corrections)
    params: dict[str, Any]
    correction: str | None


class PostgresSearchIndex:
    """Course search in the application's PostgreSQL database (sessions from `core.db`).

    The only thing kept in the process is the facet counts of browsing without text (the
    same few filter combinations, each a scan of many rows), keyed by the database's write
    generation: any write by any replica makes every replica count again.
    """

    def __init__(self) -> None:
        self._facets: OrderedDict[tuple[Any, ...], tuple[int, dict[str, dict[str, int]]]] = (
            OrderedDict()
        )
        self._facets_lock = threading.Lock()

    # -- writing ---------------------------------------------------------------------------

    def upsert(self, docs: Iterable[CourseDocument]) -> None:
        """Add or replace the given courses (the last of duplicates wins)."""
        latest = {int(doc.course_id): doc for doc in docs}
        if not latest:
            return
        rows = [_row(doc) for doc in latest.values()]
        words = sorted(set().union(*(_row_words(row) for row in rows)))
        categories = dict(pair for row in rows for pair in _row_categories(row))
        with db.transaction() as session:
            session.execute(_BUMP_GENERATION)
            session.execute(_UPSERT, [_index_row(row) for row in rows])
            session.execute(_ADD_WORDS, {"words": words})
            if categories:
                session.execute(_ADD_CATEGORIES, _category_params(categories))

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
        """Replace every row, the vocabulary and the categories in one transaction.

        The texts are copied into a temporary table; the new table is filled from it in
        best-selling order (the database computes the tsvectors), indexed once full, and
        then replaces the old one: searches keep reading the old table until the swap
        commits. Returns how many courses were indexed.
        """
        latest = {int(doc.course_id): doc for doc in docs}
        vocabulary: Counter[str] = Counter()
        category_courses: Counter[str] = Counter()
        category_names: dict[str, str] = {}
        staged = (*_COLUMNS, "text_b", "text_c", "description")
        with db.transaction() as session:
            session.execute(text("SET LOCAL maintenance_work_mem = '256MB'"))
            session.execute(text("SET LOCAL jit = off"))
            session.execute(text("DROP TABLE IF EXISTS course_search_next"))
            # (inside an enclosing transaction, as in tests, the commit may be far away)
            session.execute(text("DROP TABLE IF EXISTS pg_temp.course_search_staging"))
            session.execute(
                text(
                    "CREATE TEMPORARY TABLE course_search_staging (LIKE course_search "
                    "INCLUDING DEFAULTS, text_b text, text_c text, description text) "
                    "ON COMMIT DROP"
                )
            )
            raw = session.connection().connection.driver_connection
            assert raw is not None
            with raw.cursor() as cursor:
                copy_sql = f"COPY course_search_staging ({', '.join(staged)}) FROM STDIN"
                with cursor.copy(copy_sql) as copy:
                    for doc in latest.values():
                        row = _row(doc)
                        vocabulary.update(_row_words(row))
                        for slug, name in _row_categories(row):
                            category_courses[slug] += 1
                            category_names[slug] = name
                        row = _index_row(row)
                        copy.write_row([row[c] for c in staged])
                session.execute(text("DELETE FROM search_words"))
                with cursor.copy("COPY search_words (word, ndoc) FROM STDIN") as copy:
                    for word, count in vocabulary.items():
                        copy.write_row((word, count))
                session.execute(text("DELETE FROM search_categories"))
                with cursor.copy(
                    "COPY search_categories (slug, name, folded, courses) FROM STDIN"
                ) as copy:
                    for slug, count in category_courses.items():
                        name = category_names[slug]
                        copy.write_row((slug, name, _fold(name), count))
            session.execute(
                text("CREATE TABLE course_search_next (LIKE course_search INCLUDING DEFAULTS)")
            )
            tsv = _TSV_SQL.format(**{t: t for t in _TEXTS})
            session.execute(
                text(
                    f"INSERT INTO course_search_next ({', '.join(_COLUMNS)}, tsv, title_tsv) "
                    f"SELECT {', '.join(_COLUMNS)}, {tsv}, {_TITLE_TSV_SQL.format(title='title')} "
                    f"FROM course_search_staging ORDER BY {_BEST_SELLING}"
                )
            )
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
            session.execute(text("DROP TABLE pg_temp.course_search_staging"))
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
        """Remove every course, the vocabulary, the categories and the caption cues."""
        with db.transaction() as session:
            session.execute(_BUMP_GENERATION)
            session.execute(text("DELETE FROM lecture_cue_search"))
            session.execute(text("DELETE FROM course_search"))
            session.execute(text("DELETE FROM search_words"))
            session.execute(text("DELETE FROM search_categories"))

    # -- caption cues ----------------------------------------------------------------------

    def replace_cues(
        self, course_id: int, lecture_ids: Sequence[int] | None, cues: Iterable[CueDocument]
    ) -> None:
        """Make `cues` the indexed cues of these lectures (None: of the whole course)."""
        rows = [_cue_row(cue) for cue in cues]
        with db.transaction() as session:
            if lecture_ids is None:
                session.execute(
                    text("DELETE FROM lecture_cue_search WHERE course_id = :course_id"),
                    {"course_id": int(course_id)},
                )
            else:
                session.execute(
                    text(
                        "DELETE FROM lecture_cue_search "
                        "WHERE lecture_id = ANY(CAST(:ids AS integer[]))"
                    ),
                    {"ids": sorted({int(i) for i in lecture_ids})},
                )
            if rows:
                session.execute(_INSERT_CUES, rows)

    def delete_cues(self, course_ids: Iterable[int]) -> None:
        """Remove every cue of these courses; unknown ids are ignored."""
        ids = sorted({int(i) for i in course_ids})
        if not ids:
            return
        with db.transaction() as session:
            session.execute(
                text(
                    "DELETE FROM lecture_cue_search WHERE course_id = ANY(CAST(:ids AS integer[]))"
                ),
                {"ids": ids},
            )

    def rebuild_cues(self, cues: Iterable[CueDocument]) -> int:
        """Replace every indexed cue with `cues` in one transaction; returns how many."""
        columns = ("cue_id", "course_id", "lecture_id", "start_ms", "end_ms", "text")
        # Read every cue before the COPY starts: the cues come from database reads, and a
        # read on the COPY's connection (one connection per test) would wait for it forever.
        rows = {int(cue.cue_id): _cue_row(cue) for cue in cues}
        with db.transaction() as session:
            session.execute(text("DELETE FROM lecture_cue_search"))
            raw = session.connection().connection.driver_connection
            assert raw is not None
            with raw.cursor() as cursor:
                sql = f"COPY lecture_cue_search ({', '.join(columns)}) FROM STDIN"
                with cursor.copy(sql) as copy:
                    for row in rows.values():
                        copy.write_row([row[c] for c in columns])
            session.execute(text("ANALYZE lecture_cue_search"))
        return len(rows)

    def cue_count(self, course_id: int | None = None) -> int:
        """How many cues are indexed (of one course, or of all)."""
        with db.read_session() as session:
            if course_id is None:
                found = session.execute(text("SELECT count(*) FROM lecture_cue_search"))
            else:
                found = session.execute(
                    text("SELECT count(*) FROM lecture_cue_search WHERE course_id = :c"),
                    {"c": int(course_id)},
                )
            return int(found.scalar_one())

    def lecture_matches(
        self, query_text: str, course_ids: Sequence[int], per_course: int = 3
    ) -> dict[int, list[CueHit]]:
        """Per course, the best matching cue of up to `per_course` lectures, best first."""
        words = cue_words(query_text)
        wanted = sorted({int(i) for i in course_ids})
        if not words or not wanted or per_course < 1:
            return {}
        with db.autocommit_read_session() as session:
            rows = session.execute(
                text(
                    "SELECT course_id, lecture_id, start_ms, text, rank FROM ("
                    "SELECT s.course_id, s.lecture_id, s.start_ms, s.text, "
                    "ts_rank(s.tsv, q.query) AS rank, row_number() OVER (PARTITION BY "
                    "s.lecture_id ORDER BY ts_rank(s.tsv, q.query) DESC, s.start_ms) AS n "
                    "FROM lecture_cue_search s, "
                    f"(SELECT websearch_to_tsquery('{TS_CONFIG}', :cue_text) AS query) q "
                    "WHERE s.course_id = ANY(CAST(:ids AS integer[])) AND s.tsv @@ q.query"
                    ") best WHERE n = 1"
                ),
                {"cue_text": " ".join(words), "ids": wanted},
            ).all()
        hits = [
            CueHit(
                course_id=int(course_id),
                lecture_id=int(lecture_id),
                start_ms=int(start_ms),
                text=str(cue_text),
                score=float(rank),
            )
            for course_id, lecture_id, start_ms, cue_text, rank in rows
        ]
        return group_hits(hits, per_course)

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
        filters = _filters(query)
        words = query_words(query.text or "")
        # Reads only; committed rather than rolled back (see _SEARCH_SETTINGS).
        with db.transaction(take_write_lock=False) as session:
            session.execute(_SEARCH_SETTINGS)
            if not words:
                return self._browse(session, query.sort, filters, start, end)
            analysed = _with_corrections(session, words)
            result, by_text = _run_text(
                session, query.sort, _text_match(analysed, False), filters, start, end
            )
            if by_text == 0 and len(analysed) > 1:
                # No course has every word in its texts (captions may): any word of them does.
                any_word = _text_match(analysed, True)
                result, _ = _run_text(session, query.sort, any_word, filters, start, end)
            return result

    def suggest(self, prefix: str, limit: int = 8) -> Suggestions:
        """Best-selling courses whose title has words starting with each word of `prefix`,
        and the categories whose name does (most courses first).

        When no title matches, complete words of 5+ letters that no course uses are replaced
        by their nearest vocabulary word (one edit away) and the titles are tried again.
        """
        words = prefix_words(prefix)
        limit = suggestion_limit(limit)
        if not words:
            return Suggestions(course_ids=[], category_slugs=[])
        with db.read_session() as session:
            session.execute(_SEARCH_SETTINGS)
            course_ids = _title_prefix_matches(session, words, limit)
            if not course_ids:
                corrected = _corrected_prefix(session, words)
                if corrected != words:
                    words = corrected
                    course_ids = _title_prefix_matches(session, words, limit)
            slugs = session.execute(
                text(
                    "SELECT slug FROM search_categories "
                    "WHERE to_tsvector('simple', folded) @@ to_tsquery('simple', :tsq) "
                    "ORDER BY courses DESC, name, slug LIMIT :limit"
                ),
                {"tsq": _prefix_tsquery(words), "limit": limit},
            ).scalars()
            return Suggestions(course_ids=course_ids, category_slugs=list(slugs))

    def _browse(
        self, session: Session, sort: str, filters: _Filters, start: int, end: int
    ) -> SearchResult:
        generation = session.execute(
            text("SELECT generation FROM search_state WHERE id = 1")
        ).scalar_one()
        key = (generation, *filters.cache_key())
        with self._facets_lock:
            cached = self._facets.get(key)
        if cached is None:
            cached = _browse_facets(session, filters)
            with self._facets_lock:
                self._facets[key] = cached
                while len(self._facets) > _FACET_CACHE_SIZE:
                    self._facets.popitem(last=False)
        total, counted = cached
        facets = {k: dict(v) for k, v in counted.items()}
        ids: list[int] = []
        if start < min(total, MAX_RESULT_WINDOW):
            ids = _sorted_page(
                session,
                _ORDER_BY["newest" if sort == "relevance" else sort],
                None,
                filters,
                start,
                min(end, MAX_RESULT_WINDOW),
            )
        return SearchResult(course_ids=ids, total=total, facets=facets)


def _fold(value: str) -> str:
    return fold_accents(value).lower()


def _category_params(categories: dict[str, str]) -> dict[str, list[str]]:
    slugs = sorted(categories)
    names = [categories[s] for s in slugs]
    return {"slugs": slugs, "names": names, "folded": [_fold(n) for n in names]}


def _prefix_tsquery(words: list[str]) -> str:
    # The words are letters and digits only (prefix_words), so this is safe tsquery syntax.
    return " & ".join(f"{word}:*" for word in words)


def _title_prefix_matches(session: Session, words: list[str], limit: int) -> list[int]:
    ids = session.execute(
        text(
            "SELECT course_id FROM course_search "
            f"WHERE title_tsv @@ to_tsquery('{PREFIX_CONFIG}', :tsq) "
            f"ORDER BY {_BEST_SELLING} LIMIT :limit"
        ),
        {"tsq": _prefix_tsquery(words), "limit": limit},
    ).scalars()
    return [int(i) for i in ids]


def _corrected_prefix(session: Session, words: list[str]) -> list[str]:
    """`words` with each unknown word of 5+ letters replaced by its nearest known word."""
    analysed = _with_corrections(session, words)
    return [
        item.corrections[0] if not item.known and item.corrections else item.word
        for item in analysed
    ]


def _with_corrections(session: Session, words: list[str]) -> list[_Word]:
    """The words; each of 5+ letters that few courses use gets its neighbours one edit away."""
    analysed = [_Word(word) for word in words]
    long_words = [w.word for w in analysed if len(w.word) >= MIN_FUZZY_WORD_LENGTH]
    if not long_words:
        return analysed
    # How many courses use each word, and for the rare or unknown ones the nearest
    # vocabulary words by trigram distance (GiST index), in one round trip.
    rows = session.execute(
        text(
            "SELECT q.w, k.ndoc, s.word, s.ndoc FROM unnest(CAST(:words AS text[])) AS q(w) "
            "LEFT JOIN search_words k ON k.word = q.w "
            "LEFT JOIN LATERAL (SELECT word, ndoc FROM search_words "
            "WHERE coalesce(k.ndoc, 0) < :few ORDER BY word <-> q.w LIMIT :limit) AS s ON TRUE"
        ),
        {"words": long_words, "limit": _CORRECTION_CANDIDATES, "few": TYPO_CORRECTION_MAX_DOCS},
    ).all()
    neighbours: dict[str, list[tuple[str, int]]] = {}
    known: set[str] = set()
    for word, own_count, candidate, ndoc in rows:
        if own_count is not None:
            known.add(word)
        if candidate is not None:
            neighbours.setdefault(word, []).append((candidate, int(ndoc)))
    for item in analysed:
        if len(item.word) < MIN_FUZZY_WORD_LENGTH:
            continue
        item.known = item.word in known
        close = [
            (-ndoc, candidate)
            for candidate, ndoc in neighbours.get(item.word, [])
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
        if item.corrections:
            # websearch syntax: "a or b" is the tsquery a | b; the words are letters/digits.
            params[f"g{position}"] = " or ".join([item.word, *item.corrections])
            groups.append(f"websearch_to_tsquery('{TS_CONFIG}', :g{position})")
        else:
            groups.append(f"websearch_to_tsquery('{TS_CONFIG}', :w{position})")
    joiner = " || " if any_word else " && "
    correction = None
    if any(not w.known and w.corrections for w in words):
        correction = " ".join(
            w.corrections[0] if not w.known and w.corrections else w.word for w in words
        )
    has_corrections = any(w.corrections for w in words)
    # Captions must hold every word as typed (no typo corrections: they are not the catalogue's
    # own words, and a near miss in speech is noise).
    params["cue_text"] = " ".join(w.word for w in words)
    return _TextMatch(
        match_sql=f"({joiner.join(groups)})",
        exact_sql=f"({joiner.join(exact)})" if has_corrections else None,
        params=params,
        correction=correction,
    )


@dataclass(slots=True)
class _Filters:
    """A query's filters as SQL over `course_search c`: the ones that narrow everything
    (category, tag, price range) and the facet filters (level, language, rating, duration,
    price kind), each of which is left out when its own facet is counted."""

    base: list[str]
    facets: dict[str, str]
    params: dict[str, Any]

    @property
    def all(self) -> list[str]:
        """Every clause: what the results must pass."""
        return [*self.base, *self.facets.values()]

    def without(self, facet: str) -> list[str]:
        """Every clause but the facet's own (for counting that facet)."""
        return [*self.base, *(sql for name, sql in self.facets.items() if name != facet)]

    def cache_key(self) -> tuple[Any, ...]:
        """What identifies these filters (for the browse facet cache)."""
        return (tuple(self.all), tuple(sorted((k, repr(v)) for k, v in self.params.items())))


def _filters(query: SearchQuery) -> _Filters:
    clauses: list[str] = []
    facets: dict[str, str] = {}
    params: dict[str, Any] = {}
    if query.category:
        clauses.append("c.category_slugs @> ARRAY[CAST(:category AS text)]")
        params["category"] = clean_text(query.category).strip().lower()
    if query.tag:
        clauses.append("c.tag_keys @> ARRAY[CAST(:tag AS text)]")
        params["tag"] = normalize_tag(clean_text(query.tag))
    levels = chosen_values(query.level, query.levels)
    if levels:
        facets["level"] = "c.level = ANY(CAST(:levels AS text[]))"
        params["levels"] = list(levels)
    languages = chosen_values(query.language, query.languages)
    if languages:
        facets["language"] = "c.language = ANY(CAST(:languages AS text[]))"
        params["languages"] = list(languages)
    if query.min_rating is not None:
        facets["rating"] = "c.rating_average >= :min_rating"
        params["min_rating"] = float(query.min_rating)
    durations = set(chosen_values(None, query.durations))
    if durations:
        ranges = [
            f"(c.duration_seconds >= {low}"
            + (f" AND c.duration_seconds < {high})" if high is not None else ")")
            for key, low, high in DURATION_BUCKETS
            if key in durations
        ]
        facets["duration"] = "(" + (" OR ".join(ranges) or "FALSE") + ")"
    kinds = chosen_prices(query)
    if kinds is not None:
        kind_sql = {"free": "c.price_cents = 0", "paid": "c.price_cents <> 0"}
        facets["price"] = "(" + (" OR ".join(kind_sql[k] for k in kinds) or "FALSE") + ")"
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
    return _Filters(base=clauses, facets=facets, params=params)


# The columns facet counting reads from a set of matches.
_FACET_COLUMNS: Final = (
    "c.level, c.language, c.category_slugs, c.rating_average, c.duration_seconds, c.price_cents"
)
_DURATION_CASE: Final = (
    "CASE "
    + " ".join(
        f"WHEN duration_seconds < {high} THEN '{key}'"
        for key, _, high in DURATION_BUCKETS
        if high is not None
    )
    + f" ELSE '{DURATION_BUCKETS[-1][0]}' END"
)
_PRICE_CASE: Final = "CASE WHEN price_cents = 0 THEN 'free' ELSE 'paid' END"
_RATING_VALUES: Final = ", ".join(f"('{key}', {float(key)}::float8)" for key in RATING_THRESHOLDS)


def _facet_rows(source: str, names: Iterable[str]) -> str:
    """UNION ALL members counting the named facets over the CTE `source`."""
    rows = {
        "level": f"SELECT 'level', level, count(*), 0 FROM {source} GROUP BY level",
        "language": f"SELECT 'language', language, count(*), 0 FROM {source} GROUP BY language",
        "category": (
            f"SELECT 'category', s.slug, count(*), 0 "
            f"FROM {source}, unnest({source}.category_slugs) AS s(slug) GROUP BY s.slug"
        ),
        "rating": (
            f"SELECT 'rating', t.k, (SELECT count(*) FROM {source} "
            f"WHERE {source}.rating_average >= t.v), 0 FROM (VALUES {_RATING_VALUES}) AS t(k, v)"
        ),
        "duration": (f"SELECT 'duration', {_DURATION_CASE}, count(*), 0 FROM {source} GROUP BY 2"),
        "price": f"SELECT 'price', {_PRICE_CASE}, count(*), 0 FROM {source} GROUP BY 2",
    }
    return " UNION ALL ".join(rows[name] for name in names)


def _counted_rows(source: str, names: Iterable[str], count_kind: str, matches: bool = False) -> str:
    """One UNION ALL member reading the CTE `source` once (it has `tid`, the row's ctid): the
    `count_kind` row (how many rows, and the last heap block they reach), with `matches` the
    'exact' row (how many match as typed or by captions only, and the table's size in blocks)
    and the 'by_text' row, and the counts of the fixed-key facets among `names` (rating,
    duration, price; zero counts included), as (kind, key, count, extra) rows.

    The same counts as `_facet_rows` (same conditions, CASEs and thresholds) in one pass
    instead of one scan of `source` per facet and per rating threshold."""
    last_block = (
        f"coalesce(((SELECT s.tid FROM {source} AS s ORDER BY s.tid DESC LIMIT 1)"
        "::text::point)[0]::bigint, 0)"
    )
    columns = ["count(*)"]
    pairs = [f"('{count_kind}', '', a.c0, {last_block})"]
    if matches:
        # caption-only matches count as exact: no "showing results for" over them
        columns += [
            "count(*) FILTER (WHERE is_exact OR NOT by_text)",
            "count(*) FILTER (WHERE by_text)",
        ]
        pairs += [
            "('exact', '', a.c1, "
            "pg_relation_size('course_search') / current_setting('block_size')::bigint)",
            "('by_text', '', a.c2, 0)",
        ]
    conditions: dict[str, dict[str, str]] = {
        "rating": {key: f"rating_average >= {float(key)}::float8" for key in RATING_THRESHOLDS},
        "duration": {key: f"({_DURATION_CASE}) = '{key}'" for key in DURATION_KEYS},
        "price": {key: f"({_PRICE_CASE}) = '{key}'" for key in PRICE_KINDS},
    }
    for name in names:
        for key, condition in conditions.get(name, {}).items():
            pairs.append(f"('{name}', '{key}', a.c{len(columns)}, 0)")
            columns.append(f"count(*) FILTER (WHERE {condition})")
    selected = ", ".join(f"{column} AS c{n}" for n, column in enumerate(columns))
    return (
        f"SELECT v.kind, v.key, v.n, v.extra FROM (SELECT {selected} FROM {source}) AS a, "
        f"LATERAL (VALUES {', '.join(pairs)}) AS v(kind, key, n, extra)"
    )


def _browse_facets(session: Session, filters: _Filters) -> tuple[int, dict[str, dict[str, int]]]:
    """The number of courses the filters let through, and the exact facet counts (each
    facet counted with every filter but its own)."""
    ctes = [
        f"m AS MATERIALIZED (SELECT {_FACET_COLUMNS} FROM course_search c "
        f"WHERE {' AND '.join(filters.all) or 'TRUE'})"
    ]
    plain = [name for name in FACET_NAMES if name not in filters.facets]
    selects = ["SELECT 'n', '', count(*), 0 FROM m"]
    if plain:
        selects.append(_facet_rows("m", plain))
    for position, name in enumerate(filters.facets):
        alias = f"f{position}"
        ctes.append(
            f"{alias} AS MATERIALIZED (SELECT {_FACET_COLUMNS} FROM course_search c "
            f"WHERE {' AND '.join(filters.without(name)) or 'TRUE'})"
        )
        selects.append(_facet_rows(alias, [name]))
    rows = session.execute(
        text(f"WITH {', '.join(ctes)} {' UNION ALL '.join(selects)}"), filters.params
    ).all()
    facets: dict[str, dict[str, int]] = {name: {} for name in FACET_NAMES}
    total = 0
    for kind, value, count, _ in rows:
        if kind == "n":
            total = int(count)
        else:
            facets[kind][value] = int(count)
    return total, complete_facets(facets)


def _sorted_page(
    session: Session,
    order: str,
    match: _TextMatch | None,
    filters: _Filters,
    start: int,
    end: int,
) -> list[int]:
    """One page of every match in a value order (the sort's index, or a top-N sort)."""
    clauses = filters.all
    values = dict(filters.params)
    source = "course_search c"
    if match is not None:
        source += f", (SELECT {match.match_sql} AS query, {_SPOKEN_SQL} AS spoken) q"
        clauses.append(_TEXT_OR_SPOKEN)
        values.update(match.params)
    where = " AND ".join(clauses) or "TRUE"
    order = ", ".join(f"c.{part.strip()}" for part in order.split(","))
    ids = session.execute(
        text(
            f"SELECT c.course_id FROM {source} WHERE {where} ORDER BY {order} "
            "LIMIT :limit OFFSET :offset"
        ),
        {**values, "limit": end - start, "offset": start},
    ).scalars()
    return [int(i) for i in ids]


def _run_text(
    session: Session,
    sort: str,
    match: _TextMatch,
    filters: _Filters,
    start: int,
    end: int,
) -> tuple[SearchResult, int]:
    """Total, facets and one page of a text search, from one read of its first matches, and
    how many of those matched by the courses' own texts (not only by lecture captions).

    `m` holds the first EXACT_COUNT_LIMIT + 1 matches in physical order (best sellers first
    after a reindex). Fewer than that: they are every match, and all figures are exact.
    More: the total and facets are scaled from the share of the table `m` covered, and the
    relevance page ranks `m` only; other sorts read their page off the whole match set.
    A facet with a filter of its own is counted the same way over its own set of matches
    (every filter but its own).
    """
    clauses = [*filters.all, _TEXT_OR_SPOKEN]
    values = {**filters.params, **match.params, "cap": EXACT_COUNT_LIMIT + 1}
    exact_sql = match.exact_sql or "NULL::tsquery"
    is_exact = "c.tsv @@ q.exact" if match.exact_sql else "TRUE"
    relevance = sort == "relevance"
    rank = f"ts_rank({_RANK_WEIGHTS}, c.tsv, q.query)" if relevance else "0"
    window = min(end, MAX_RESULT_WINDOW)
    page_sql = ""
    if relevance and start < window:
        # A top-N sort of `m` (numbering the whole of `m` first made it a full sort), then
        # the page's own order numbered.
        page_sql = (
            f" UNION ALL SELECT 'page', course_id::text, row_number() OVER (ORDER BY "
            f"{_RELEVANCE_ORDER}), 0 FROM (SELECT course_id, by_text, is_exact, rank, "
            f"sales_count, enrollment_count, published_ts FROM m ORDER BY {_RELEVANCE_ORDER} "
            "LIMIT :limit OFFSET :offset) AS p"
        )
        values.update(limit=window - start, offset=start)
    own_ctes = ""
    own_rows = ""
    for position, name in enumerate(filters.facets):
        alias = f"f{position}"
        where = " AND ".join([*filters.without(name), _TEXT_OR_SPOKEN])
        own_ctes += (
            f", {alias} AS MATERIALIZED (SELECT {_FACET_COLUMNS}, c.ctid AS tid "
            f"FROM course_search c, q WHERE {where} LIMIT :cap)"
        )
        own_rows += f" UNION ALL {_counted_rows(alias, [name], f'n:{name}')}"
        if name not in FIXED_FACET_KEYS:
            own_rows += f" UNION ALL {_facet_rows(alias, [name])}"
    plain = [name for name in FACET_NAMES if name not in filters.facets]
    open_rows = "".join(
        f" UNION ALL {_facet_rows('m', [name])}" for name in plain if name not in FIXED_FACET_KEYS
    )
    rows = session.execute(
        text(
            "WITH q AS MATERIALIZED (SELECT "
            f"{match.match_sql} AS query, {exact_sql} AS exact, {_SPOKEN_SQL} AS spoken), "
            f"m AS MATERIALIZED (SELECT c.course_id, {_FACET_COLUMNS}, "
            "c.sales_count, c.enrollment_count, c.published_ts, "
            "coalesce(c.tsv @@ q.query, FALSE) AS by_text, "
            f"{is_exact} AS is_exact, {rank} AS rank, c.ctid AS tid "
            f"FROM course_search c, q WHERE {' AND '.join(clauses)} LIMIT :cap)"
            f"{own_ctes} "
            f"{_counted_rows('m', plain, 'n', matches=True)}{open_rows}{own_rows}{page_sql}"
        ),
        values,
    ).all()
    facets: dict[str, dict[str, int]] = {name: {} for name in FACET_NAMES}
    seen = exact_count = last_block = blocks = by_text = 0
    own_seen: dict[str, tuple[int, int]] = {}
    page: list[tuple[int, int]] = []
    for kind, key, count, extra in rows:
        if kind == "n":
            seen, last_block = int(count), int(extra)
        elif kind == "exact":
            exact_count, blocks = int(count), int(extra)
        elif kind == "by_text":
            by_text = int(count)
        elif kind == "page":
            page.append((int(count), int(key)))
        elif kind.startswith("n:"):
            own_seen[kind[2:]] = (int(count), int(extra))
        else:
            facets[kind][key] = int(count)
    approximate = seen > EXACT_COUNT_LIMIT
    total = seen
    if approximate:
        # The matches are spread over the table like the ones read: scale by the share
        # of the table read to reach them.
        total = _scaled_total(seen, last_block, blocks)
    for name in FACET_NAMES:
        found, last = own_seen.get(name, (seen, last_block))
        if found > EXACT_COUNT_LIMIT:
            whole = _scaled_total(found, last, blocks)
            scale = whole / found
            facets[name] = {key: min(whole, estimate(n * scale)) for key, n in facets[name].items()}
    facets = complete_facets(facets)
    # Nothing has the words as typed: the results are for the corrected words.
    corrected = match.correction if total and not exact_count else None
    if start >= min(total, MAX_RESULT_WINDOW):
        ids: list[int] = []
    elif relevance:
        ids = [course_id for _, course_id in sorted(page)]
    elif not approximate and start >= seen:
        ids = []
    else:
        ids = _sorted_page(session, _ORDER_BY[sort], match, filters, start, window)
    result = SearchResult(
        course_ids=ids,
        total=total,
        facets=facets,
        corrected_query=corrected,
        approximate=approximate,
    )
    return result, by_text


def _scaled_total(seen: int, last_block: int, blocks: int) -> int:
    """An estimate of all matches from the `seen` first ones, read up to `last_block`."""
    return max(estimate(seen * max(blocks, last_block + 1) / (last_block + 1)), seen)
