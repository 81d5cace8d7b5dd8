"""The PostgreSQL search statement that counts the fixed-key facets (rating, duration, price)
and the totals in one pass over the matches answers exactly what the statement before it
answered (one scan of the matches per facet and per rating threshold, a full sort to number
the relevance page), kept here as the reference: same page, total, facets (keys in the same
order), correction and approximation, exact and estimated, on many filter combinations."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import text
from sqlmodel import Session

from tests.conftest import rolled_back_db
from tests.integration.catalog.test_search_facets import DOCS, QUERIES
from udemy_clone.catalog.search import PostgresSearchIndex, SearchQuery, SearchResult
from udemy_clone.catalog.search import postgres_index as pg
from udemy_clone.catalog.search.port import (
    FACET_NAMES,
    MAX_RESULT_WINDOW,
    complete_facets,
    estimate,
)
from udemy_clone.core import db as core_db


def _reference_run_text(
    session: Session, sort: str, match: Any, filters: Any, start: int, end: int
) -> tuple[SearchResult, int]:
    """`postgres_index._run_text` as it was before the one-pass counts (commit 182a89e)."""
    clauses = [*filters.all, pg._TEXT_OR_SPOKEN]
    values = {**filters.params, **match.params, "cap": pg.EXACT_COUNT_LIMIT + 1}
    exact_sql = match.exact_sql or "NULL::tsquery"
    is_exact = "c.tsv @@ q.exact" if match.exact_sql else "TRUE"
    relevance = sort == "relevance"
    rank = f"ts_rank({pg._RANK_WEIGHTS}, c.tsv, q.query)" if relevance else "0"
    window = min(end, MAX_RESULT_WINDOW)
    page_sql = ""
    if relevance and start < window:
        page_sql = (
            " UNION ALL SELECT 'page', course_id::text, position, 0 FROM ("
            f"SELECT course_id, row_number() OVER (ORDER BY {pg._RELEVANCE_ORDER}) AS position "
            f"FROM m ORDER BY {pg._RELEVANCE_ORDER} LIMIT :limit OFFSET :offset) AS p"
        )
        values.update(limit=window - start, offset=start)
    block = "(c.ctid::text::point)[0]::bigint AS block"
    own_ctes = ""
    own_rows = ""
    for position, name in enumerate(filters.facets):
        alias = f"f{position}"
        where = " AND ".join([*filters.without(name), pg._TEXT_OR_SPOKEN])
        own_ctes += (
            f", {alias} AS MATERIALIZED (SELECT {pg._FACET_COLUMNS}, {block} "
            f"FROM course_search c, q WHERE {where} LIMIT :cap)"
        )
        own_rows += (
            f" UNION ALL SELECT 'n:{name}', '', count(*), coalesce(max(block), 0) FROM {alias}"
            f" UNION ALL {pg._facet_rows(alias, [name])}"
        )
    plain = [name for name in FACET_NAMES if name not in filters.facets]
    plain_rows = f" UNION ALL {pg._facet_rows('m', plain)}" if plain else ""
    rows = session.execute(
        text(
            "WITH q AS MATERIALIZED (SELECT "
            f"{match.match_sql} AS query, {exact_sql} AS exact, {pg._SPOKEN_SQL} AS spoken), "
            f"m AS MATERIALIZED (SELECT c.course_id, {pg._FACET_COLUMNS}, "
            "c.sales_count, c.enrollment_count, c.published_ts, "
            "coalesce(c.tsv @@ q.query, FALSE) AS by_text, "
            f"{is_exact} AS is_exact, {rank} AS rank, {block} "
            f"FROM course_search c, q WHERE {' AND '.join(clauses)} LIMIT :cap)"
            f"{own_ctes} "
            "SELECT 'n', '', count(*), coalesce(max(block), 0) FROM m "
            "UNION ALL SELECT 'exact', '', count(*) FILTER (WHERE is_exact OR NOT by_text), "
            "pg_relation_size('course_search') / current_setting('block_size')::bigint FROM m "
            "UNION ALL SELECT 'by_text', '', count(*) FILTER (WHERE by_text), 0 FROM m"
            f"{plain_rows}{own_rows}{page_sql}"
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
    approximate = seen > pg.EXACT_COUNT_LIMIT
    total = pg._scaled_total(seen, last_block, blocks) if approximate else seen
    for name in FACET_NAMES:
        found, last = own_seen.get(name, (seen, last_block))
        if found > pg.EXACT_COUNT_LIMIT:
            whole = pg._scaled_total(found, last, blocks)
            scale = whole / found
            facets[name] = {key: min(whole, estimate(n * scale)) for key, n in facets[name].items()}
    facets = complete_facets(facets)
    corrected = match.correction if total and not exact_count else None
    if start >= min(total, MAX_RESULT_WINDOW):
        ids: list[int] = []
    elif relevance:
        ids = [course_id for _, course_id in sorted(page)]
    elif not approximate and start >= seen:
        ids = []
    else:
        ids = pg._sorted_page(session, pg._ORDER_BY[sort], match, filters, start, window)
    result = SearchResult(
        course_ids=ids,
        total=total,
        facets=facets,
        corrected_query=corrected,
        approximate=approximate,
    )
    return result, by_text


@pytest.fixture
def index(monkeypatch: pytest.MonkeyPatch) -> Iterator[PostgresSearchIndex]:
    # 25 instead of 2,000 exact matches: the estimated totals and facets are compared too.
    monkeypatch.setattr(pg, "EXACT_COUNT_LIMIT", 25)
    with contextmanager(rolled_back_db)("postgresql"):
        backend = PostgresSearchIndex()
        backend.rebuild(DOCS)
        yield backend


def _answer(result: SearchResult) -> tuple[Any, ...]:
    facets = [(name, list(counts.items())) for name, counts in result.facets.items()]
    return (
        result.course_ids,
        result.total,
        facets,
        result.corrected_query,
        result.approximate,
    )


TEXTS = ("", "python", "number", "pyhton course", "guitar design", "course 7", "xyzzy")


def test_the_one_pass_statement_answers_what_the_reference_statement_answers(
    index: PostgresSearchIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    queries = [
        SearchQuery(**{**params, "text": words}, sort=sort, page=page, page_size=size)
        for words in TEXTS
        for params in [*QUERIES, {"min_price": 1, "max_price": 1999, "currency": "USD"}]
        for sort, page, size in (("relevance", 1, 20), ("relevance", 2, 7), ("newest", 1, 10))
    ]
    answers = [_answer(index.search(query)) for query in queries]
    monkeypatch.setattr(pg, "_run_text", _reference_run_text)
    expected = [_answer(index.search(query)) for query in queries]
    for query, answer, reference in zip(queries, answers, expected, strict=True):
        assert answer == reference, query
    # The comparison covered estimates, corrections, empty answers and relevance pages.
    assert any(approximate for *_, approximate in expected)
    assert any(corrected for *_, corrected, _ in expected)
    assert any(total == 0 for _, total, *_ in expected)
    assert sum(1 for ids, *_ in expected if len(ids) == 20) > 10


def test_searches_keep_their_statements_prepared_and_planned_for_their_values(
    index: PostgresSearchIndex,
) -> None:
    # A search commits (a ROLLBACK, or here a ROLLBACK TO SAVEPOINT, makes psycopg forget the
    # connection's prepared statements); its text search is planned for each word and filter.
    for n in range(14):
        index.search(SearchQuery(text="python", max_price=1000 + n, currency="USD"))
    with core_db.read_session() as session:
        rows = session.execute(
            text("SELECT statement, generic_plans FROM pg_prepared_statements")
        ).all()
    text_search = [generic for statement, generic in rows if "m AS MATERIALIZED" in statement]
    assert text_search == [0], rows
