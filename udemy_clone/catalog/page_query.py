"""The course page, and the cards of a browse page, in one PostgreSQL round trip each (the
uncached reads' fast path).

The ORM path (`browse.build_course_page`) asks 7 queries and builds pydantic models: 6.4 ms of
CPU per uncached page on the benchmark machine, two thirds of it SQLAlchemy and psycopg. Here
one statement, prepared by psycopg after its first uses, returns the course row with its
curriculum, instructor name, category path, tags and badges aggregated as JSON by PostgreSQL,
and the body is serialised once with pydantic-core's serialiser (the one the models use, so
datetimes, floats and strings come out byte for byte as on the ORM path;
`tests/integration/catalog/test_course_page_query.py` compares the two on many course shapes).
Browse's cards (`published_cards`) likewise come in one statement instead of four (courses,
instructor names, lecture totals, badges). SQLite keeps the ORM path.

Other domains' tables are named by their own services (`display_name_sql`,
`category_path_json_sql`, `tag_names_json_sql`); this module only composes them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pydantic_core import to_json
from sqlmodel import Session

from udemy_clone.auth import service as auth_service
from udemy_clone.catalog.badges import badge_position
from udemy_clone.catalog.course_records import mean_rating, thumbnail_url, utc_or_none
from udemy_clone.catalog.models import (
    MAX_ID,
    CourseStatus,
    CourseSummary,
    InstructorRef,
    RatingSummary,
)
from udemy_clone.core.db import as_utc
from udemy_clone.taxonomy import service as taxonomy_service

_COLUMNS = (
    "c.id, c.slug, c.title, c.subtitle, c.description, c.owner_id, c.category_id, c.price_cents, "
    "c.currency, c.level, c.language, c.thumbnail_key, c.status, c.rejection_reason, "
    "c.enrollment_count, c.rating_count, c.rating_sum, c.rating_1, c.rating_2, c.rating_3, "
    "c.rating_4, c.rating_5, c.published_at, c.created_at, c.updated_at"
)
# Sections then lectures by position then id, as `course_records.public_outline` orders them.
_SECTIONS = (
    "(SELECT json_agg(json_build_array(s.id, s.title, s.position, ("
    "SELECT json_agg(json_build_array(l.id, l.title, l.position, l.duration_seconds, "
    "l.is_preview, l.kind, l.question_count) ORDER BY l.position, l.id) "
    "FROM lectures l WHERE l.section_id = s.id)) ORDER BY s.position, s.id) "
    "FROM sections s WHERE s.course_id = c.id)"
)
_BADGES = "(SELECT json_agg(b.kind ORDER BY b.kind) FROM course_badges b WHERE b.course_id = c.id)"


def _statement(where: str) -> str:
    return (
        f"SELECT {_COLUMNS}, "
        f"{auth_service.display_name_sql('c.owner_id')}, "
        f"{taxonomy_service.category_path_json_sql('c.category_id')}, "
        f"{taxonomy_service.tag_names_json_sql('SELECT ct.tag_id FROM course_tags ct WHERE ct.course_id = c.id')}, "  # noqa: E501
        f"{_BADGES}, {_SECTIONS} "
        f"FROM courses c WHERE {where}"
    )


_BY_ID = _statement("c.id = %(key)s")
_BY_SLUG = _statement("c.slug = %(key)s")


@dataclass(frozen=True, slots=True)
class CoursePageRow:
    """A course page as the API serves it, with what deciding who may see it needs."""

    body: bytes
    status: str
    owner_id: int
    updated_at: datetime


def is_supported(session: Session) -> bool:
    """Whether this session's database can answer `course_page_row` (PostgreSQL)."""
    return session.get_bind().dialect.name == "postgresql"


def course_page_row(*, session: Session, id_or_slug: int | str) -> CoursePageRow | None:
    """The course page with this id or slug, whatever its status, in one round trip (None when
    there is no such course). PostgreSQL only (`is_supported`)."""
    key = str(id_or_slug).strip()
    value: int | str
    if key.isascii() and key.isdigit():
        if int(key) > MAX_ID:
            return None
        statement, value = _BY_ID, int(key)
    else:
        statement, value = _BY_SLUG, key.lower()[:100]
    rows = _driver_rows(session, statement, {"key": value})
    return _page(rows[0]) if rows else None


def _driver_rows(session: Session, statement: str, params: dict[str, Any]) -> list[Any]:
    # psycopg's own cursor on the session's connection (same transaction): SQLAlchemy's result
    # layer matched the 30 result columns to names on every call, 40 % of what was left.
    cursor = session.connection().connection.cursor()
    try:
        cursor.execute(statement, params)
        return list(cursor.fetchall())
    finally:
        cursor.close()


def _page(row: tuple[Any, ...]) -> CoursePageRow:
    (
        course_id, slug, title, subtitle, description, owner_id, category_id, price_cents,
        currency, level, language, thumbnail_key, status, rejection_reason, enrollment_count,
        rating_count, rating_sum, r1, r2, r3, r4, r5, published_at, created_at, updated_at,
        instructor_name, category_path, tag_names, badges, sections,
    ) = row  # fmt: skip
    crumbs = [{"id": i, "name": n, "slug": s} for i, n, s in category_path or []]
    category = crumbs[-1] if crumbs else {"id": category_id, "name": "", "slug": ""}
    outline = [
        {
            "id": sid,
            "title": stitle,
            "position": sposition,
            "lectures": [
                {
                    "id": lid,
                    "title": ltitle,
                    "position": lposition,
                    "duration_seconds": seconds,
                    "is_preview": preview,
                    "kind": kind,
                    "question_count": questions,
                }
                for lid, ltitle, lposition, seconds, preview, kind, questions in lectures or []
            ],
        }
        for sid, stitle, sposition, lectures in sections or []
    ]
    lectures = [lecture for section in outline for lecture in section["lectures"]]
    updated = as_utc(updated_at)
    page = {
        "id": course_id,
        "slug": slug,
        "title": title,
        "subtitle": subtitle,
        "description": description,
        "instructor": {"id": owner_id, "full_name": instructor_name or ""},
        "category": {**category, "id": category_id, "path": crumbs},
        "tags": sorted(tag_names or [], key=str.lower),
        "price_cents": price_cents,
        "currency": currency,
        "level": level,
        "language": language,
        "thumbnail_url": thumbnail_url(thumbnail_key),
        "status": status,
        "rejection_reason": rejection_reason,
        "enrollment_count": enrollment_count,
        "duration_seconds": sum(lecture["duration_seconds"] for lecture in lectures),
        "lecture_count": len(lectures),
        "rating": {
            "average": mean_rating(rating_sum, rating_count),
            "count": rating_count,
            "distribution": {"1": r1, "2": r2, "3": r3, "4": r4, "5": r5},
        },
        "sections": outline,
        "badges": sorted(badges or [], key=badge_position),
        "published_at": utc_or_none(published_at),
        "created_at": as_utc(created_at),
        "updated_at": updated,
    }
    return CoursePageRow(body=to_json(page), status=status, owner_id=owner_id, updated_at=updated)


_CARDS = (
    "SELECT c.id, c.slug, c.title, c.subtitle, c.owner_id, "
    f"{auth_service.display_name_sql('c.owner_id')}, c.price_cents, c.currency, c.rating_sum, "
    "c.rating_count, c.enrollment_count, c.thumbnail_key, c.level, c.language, "
    "(SELECT coalesce(sum(l.duration_seconds), 0) FROM sections s "
    "JOIN lectures l ON l.section_id = s.id WHERE s.course_id = c.id), "
    f"{_BADGES} FROM courses c WHERE c.id = ANY(%(ids)s) AND c.status = %(status)s"
)


def published_cards(*, session: Session, course_ids: Sequence[int]) -> list[CourseSummary]:
    """Cards of the published courses among these ids, in the given order (others left out),
    as `browse.to_summaries` builds them, in one round trip. PostgreSQL only (`is_supported`)."""
    wanted = [int(cid) for cid in dict.fromkeys(course_ids)]
    if not wanted:
        return []
    rows = _driver_rows(session, _CARDS, {"ids": wanted, "status": CourseStatus.published.value})
    found: dict[int, CourseSummary] = {}
    for (
        course_id, slug, title, subtitle, owner_id, instructor_name, price_cents, currency,
        rating_sum, rating_count, enrollment_count, thumbnail_key, level, language, seconds,
        badges,
    ) in rows:  # fmt: skip
        found[course_id] = CourseSummary(
            id=course_id,
            slug=slug,
            title=title,
            subtitle=subtitle,
            instructor=InstructorRef(id=owner_id, full_name=instructor_name or ""),
            price_cents=price_cents,
            currency=currency,
            rating=RatingSummary(average=mean_rating(rating_sum, rating_count), count=rating_count),
            enrollment_count=enrollment_count,
            thumbnail_url=thumbnail_url(thumbnail_key),
            level=level,
            language=language,
            duration_seconds=int(seconds),
            badges=sorted(badges or [], key=badge_position),
        )
    return [found[cid] for cid in wanted if cid in found]
