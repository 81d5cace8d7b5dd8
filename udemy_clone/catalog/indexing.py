"""Keeps the search index in step with the database: documents built from current rows.

`sync_courses` is the one writer: it reads each course's state now and upserts it when
published or deletes it otherwise, so running it twice, late or out of order converges.
Lecture caption cues follow the same rule (`sync_lecture_cues` on CaptionsChanged, and
`sync_courses` when a course is published or leaves the catalogue): only published courses'
cues are in the index.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from sqlmodel import Session, col, select

from udemy_clone.auth import service as auth_service
from udemy_clone.catalog import read_cache
from udemy_clone.catalog import service as catalog_service
from udemy_clone.catalog.course_records import lecture_totals
from udemy_clone.catalog.models import Course, CourseStatus, Lecture, Section
from udemy_clone.catalog.search import CourseDocument, CueDocument, get_search_index
from udemy_clone.core import db
from udemy_clone.core.log import get_logger
from udemy_clone.media import service as media_service
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
        index.delete_cues(gone)
    # A course just published (or back) has no cues indexed yet; later caption changes
    # arrive as CaptionsChanged, so a course whose cues are there is left as it is.
    for course_id in sorted(present):
        if index.cue_count(course_id) == 0:
            with db.read_session() as session:
                cues = cue_documents(session=session, course_ids=[course_id])
            if cues:
                index.replace_cues(course_id, None, cues)
    # Browse answers come from the index: lists built while it lagged are stale from now on.
    read_cache.bump_courses(wanted, lists=True)
    return len(documents), len(gone)


def cue_documents(
    *, session: Session, course_ids: Sequence[int], lecture_ids: Sequence[int] | None = None
) -> list[CueDocument]:
    """Cue documents of these courses (or of these lectures), for lectures they still have."""
    cues = media_service.caption_cues_for_search(
        session=session, course_ids=course_ids, lecture_ids=lecture_ids
    )
    if not cues:
        return []
    # The media domain's rows name a course and lecture; keep only pairs the catalogue has.
    pairs = set(
        session.exec(
            select(Section.course_id, Lecture.id)
            .join(Lecture, col(Lecture.section_id) == col(Section.id))
            .where(col(Section.course_id).in_(sorted({c.course_id for c in cues})))
        )
    )
    return [
        CueDocument(
            cue_id=int(cue.id or 0),
            course_id=cue.course_id,
            lecture_id=cue.lecture_id,
            start_ms=cue.start_ms,
            end_ms=cue.end_ms,
            text=cue.text,
        )
        for cue in cues
        if (cue.course_id, cue.lecture_id) in pairs
    ]


def sync_lecture_cues(*, course_id: int, lecture_id: int) -> int:
    """Index a lecture's cues as they are now (none unless its course is published)."""
    with db.read_session() as session:
        course = session.get(Course, course_id)
        published = course is not None and course.status == CourseStatus.published.value
        cues = (
            cue_documents(session=session, course_ids=[course_id], lecture_ids=[lecture_id])
            if published
            else []
        )
    index = get_search_index()
    if published:
        index.replace_cues(course_id, [lecture_id], cues)
    else:
        index.delete_cues([course_id])
    # Search answers carry lecture matches: answers built before this change are stale.
    read_cache.bump_courses([], lists=True)
    return len(cues)


def _all_published_cues() -> Iterator[CueDocument]:
    last_id = 0
    while True:
        with db.read_session() as session:
            ids = [
                int(i)
                for i in session.exec(
                    select(Course.id)
                    .where(
                        col(Course.status) == CourseStatus.published.value,
                        col(Course.id) > last_id,
                    )
                    .order_by(col(Course.id))
                    .limit(REBUILD_BATCH)
                )
                if i is not None
            ]
            if not ids:
                return
            last_id = ids[-1]
            yield from cue_documents(session=session, course_ids=ids)


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
    index = get_search_index()
    count = index.rebuild(_all_published_documents())
    cues = index.rebuild_cues(_all_published_cues())
    read_cache.bump_courses([], lists=True)
    log.info("search_index_rebuilt", courses=count, cues=cues)
    return count
