"""Keeps the search index in step with the database: documents built from current rows.

`sync_courses` is the one writer: it reads each course's state now and upserts it when
published or deletes it otherwise, so running it twice, late or out of order converges.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from sqlmodel import Session, col, select

from udemy_clone.auth import service as auth_service
from udemy_clone.catalog import read_cache
from udemy_clone.catalog import service as catalog_service
from udemy_clone.catalog.course_records import lecture_totals
from udemy_clone.catalog.models import Course, CourseStatus
from udemy_clone.catalog.search import CourseDocument, get_search_index
from udemy_clone.core import db
from udemy_clone.core.log import get_logger
from udemy_clone.taxonomy import service as taxonomy_service

log = get_logger(__name__)
REBUILD_BATCH = 500


def build_documents(*, session: Session, courses: Sequence[Course]) -> list[CourseDocument]:
    """Search documents for these (published) courses."""
    if not courses:
        return []
    ids = [int(c.id or 0) for c in courses]
    names = auth_service.display_names(session=session, user_ids=[c.owner_id for c in courses])
    paths = taxonomy_service.category_paths(
        session=session, category_ids={c.category_id for c in courses}
    )
    tags = catalog_service.tags_for_courses(session=session, course_ids=ids)
    lengths = lecture_totals(session, ids)
    documents: list[CourseDocument] = []
    for course in courses:
        path = paths.get(course.category_id)
        documents.append(
            CourseDocument(
                course_id=int(course.id or 0),
                title=course.title,
                subtitle=course.subtitle,
                description=course.description,
                tags=[t.name for t in tags.get(int(course.id or 0), [])],
                category_slugs=path.slugs if path else [],
                category_names=path.names if path else [],
                instructor_name=names.get(course.owner_id, ""),
                level=course.level,
                language=course.language,
                price_cents=course.price_cents,
                currency=course.currency,
                rating_average=catalog_service.rating_average(course),
                rating_count=course.rating_count,
                enrollment_count=course.enrollment_count,
                sales_count=course.sales_count,
                published_at=course.published_at,
                duration_seconds=lengths.get(int(course.id or 0), (0, 0))[0],
            )
        )
    return documents


def sync_courses(course_ids: Iterable[int]) -> tuple[int, int]:
    """Upsert the published ones of these courses and remove the rest; (upserted, removed)."""
    wanted = sorted({int(i) for i in course_ids})
    if not wanted:
        return 0, 0
    with db.read_session() as session:
        published = list(
            session.exec(
                select(Course).where(
                    col(Course.id).in_(wanted), col(Course.status) == CourseStatus.published.value
                )
            )
        )
        documents = build_documents(session=session, courses=published)
    index = get_search_index()
    present = {d.course_id for d in documents}
    gone = [i for i in wanted if i not in present]
    if documents:
        index.upsert(documents)
    if gone:
        index.delete(gone)
    # Browse answers come from the index: lists built while it lagged are stale from now on.
    read_cache.bump_courses(wanted, lists=True)
    return len(documents), len(gone)


def _all_published_documents() -> Iterator[CourseDocument]:
    last_id = 0
    while True:
        with db.read_session() as session:
            batch = list(
                session.exec(
                    select(Course)
                    .where(
                        col(Course.status) == CourseStatus.published.value,
                        col(Course.id) > last_id,
                    )
                    .order_by(col(Course.id))
                    .limit(REBUILD_BATCH)
                )
            )
            if not batch:
                return
            last_id = int(batch[-1].id or 0)
            yield from build_documents(session=session, courses=batch)


def rebuild_index() -> int:
    """Replace the whole index with every published course; returns how many."""
    count = get_search_index().rebuild(_all_published_documents())
    read_cache.bump_courses([], lists=True)
    log.info("search_index_rebuilt", courses=count)
    return count
