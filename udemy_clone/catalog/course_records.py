"""Course rows as every catalog use case reads and books them (internal to the catalog).

Lookups, ownership checks and the bookkeeping after any change; the catalog's service re-exports
the public ones.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import func, or_
from sqlmodel import Session, col, select

from udemy_clone.catalog import read_cache
from udemy_clone.catalog.events import (
    CourseChanged,
)
from udemy_clone.catalog.models import (
    MAX_ID,
    Course,
    CourseStatus,
    CourseTag,
    Lecture,
    LecturePublic,
    Section,
    SectionPublic,
)
from udemy_clone.core import outbox
from udemy_clone.core.db import as_utc, utcnow
from udemy_clone.core.errors import NotFound, PermissionDenied
from udemy_clone.taxonomy import service as taxonomy_service
from udemy_clone.taxonomy.service import Tag

COURSE_DETAIL_TTL_SECONDS = 300
THUMBNAIL_URL_PREFIX = "/api/v1/thumbnails"
COURSE_NOT_FOUND = "This course does not exist or is not published."


def course_cache_key(course_id: int | str) -> str:
    """The cache key of a published course's page (see read_cache)."""
    return read_cache.course_page_key(course_id)


# ---- small rules -----------------------------------------------------------------------------


def is_admin(roles: Iterable[str]) -> bool:
    """Whether these roles include the admin role."""
    return "admin" in roles


def mark_course_changed(session: Session, course: Course, *, was_published: bool = False) -> None:
    """Bookkeeping after any change: timestamps, cache, search index, category counts."""
    assert course.id is not None
    course_id = course.id
    course.updated_at = utcnow()
    session.add(course)
    published = course.status == CourseStatus.published.value
    read_cache.course_changed(
        session, course_id=course_id, slug=course.slug, listed=published or was_published
    )
    if published or was_published:
        outbox.emit(session, CourseChanged(course_id=course_id))
        taxonomy_service.invalidate_category_tree(session=session)


def slug_for_title(*, session: Session, title: str, exclude_course_id: int | None = None) -> str:
    """A unique slug from the title: `title-words`, then `-2`, `-3`... when taken."""
    base = taxonomy_service.slugify(title, max_length=80, fallback="course")
    if base.isascii() and base.isdigit():  # ids and slugs share GET /courses/{id or slug}
        base = f"course-{base}"
    statement = select(Course.slug).where(
        or_(col(Course.slug) == base, col(Course.slug).like(f"{base}-%"))
    )
    if exclude_course_id is not None:
        statement = statement.where(col(Course.id) != exclude_course_id)
    taken = set(session.exec(statement))
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


def keeps_its_address(course: Course) -> bool:
    """A course that was ever published keeps its slug: links to it must keep working."""
    return course.published_at is not None


def thumbnail_url(key: str | None) -> str | None:
    """The public URL of a stored thumbnail key (`thumbnails/<course>/<name>.jpg`)."""
    if not key:
        return None
    return f"{THUMBNAIL_URL_PREFIX}/{key.removeprefix('thumbnails/')}"


def utc_or_none(value: datetime | None) -> datetime | None:
    return None if value is None else as_utc(value)


def rating_average(course: Course) -> float:
    """The mean rating to one decimal (0.0 without ratings)."""
    return mean_rating(course.rating_sum, course.rating_count)


def mean_rating(rating_sum: int, rating_count: int) -> float:
    """The mean of `rating_count` ratings adding up to `rating_sum`, to one decimal (Python's
    rounding, not the database's: 4.25 is 4.2 here), 0.0 without ratings."""
    if rating_count <= 0:
        return 0.0
    return round(rating_sum / rating_count, 1)


# ---- reading courses ---------------------------------------------------------------------------


def get_course(*, session: Session, course_id: int) -> Course:
    """The course row with this id, whatever its status (404 when there is none)."""
    course = session.get(Course, course_id)
    if course is None:
        raise NotFound(COURSE_NOT_FOUND, code="course_not_found")
    return course


def find_course(*, session: Session, id_or_slug: int | str) -> Course:
    """The course with this id or slug, whatever its status (404 when there is none)."""
    key = str(id_or_slug).strip()
    if key.isascii() and key.isdigit():
        if int(key) > MAX_ID:
            raise NotFound(COURSE_NOT_FOUND, code="course_not_found")
        return get_course(session=session, course_id=int(key))
    course = session.exec(select(Course).where(col(Course.slug) == key.lower()[:100])).first()
    if course is None:
        raise NotFound(COURSE_NOT_FOUND, code="course_not_found")
    return course


def can_view(course: Course, *, viewer_id: int | None, viewer_roles: Sequence[str]) -> bool:
    """Published courses are public; drafts and courses in review only for owner and admins."""
    return may_view(
        status=course.status,
        owner_id=course.owner_id,
        viewer_id=viewer_id,
        viewer_roles=viewer_roles,
    )


def may_view(
    *, status: str, owner_id: int, viewer_id: int | None, viewer_roles: Sequence[str]
) -> bool:
    """`can_view` for a course known by its status and owner only."""
    return (
        status == CourseStatus.published.value
        or (viewer_id is not None and viewer_id == owner_id)
        or is_admin(viewer_roles)
    )


def owned_course(
    session: Session, *, course_id: int, actor_id: int, actor_roles: Sequence[str]
) -> Course:
    course = get_course(session=session, course_id=course_id)
    if course.owner_id != actor_id and not is_admin(actor_roles):
        raise PermissionDenied("Only the course's instructor can change it.", code="not_owner")
    return course


def tags_for_courses(*, session: Session, course_ids: Sequence[int]) -> dict[int, list[Tag]]:
    """Each course's tags, alphabetically."""
    if not course_ids:
        return {}
    links = list(session.exec(select(CourseTag).where(col(CourseTag.course_id).in_(course_ids))))
    tags = taxonomy_service.tags_by_ids(session=session, tag_ids={link.tag_id for link in links})
    found: dict[int, list[Tag]] = {cid: [] for cid in course_ids}
    for link in links:
        if link.tag_id in tags:
            found[link.course_id].append(tags[link.tag_id])
    for items in found.values():
        items.sort(key=lambda t: t.name.lower())
    return found


def tag_names(*, session: Session, course_id: int) -> list[str]:
    """The course's tag names, alphabetically."""
    return [
        t.name for t in tags_for_courses(session=session, course_ids=[course_id]).get(course_id, [])
    ]


def lecture_totals(session: Session, course_ids: Sequence[int]) -> dict[int, tuple[int, int]]:
    """course id -> (total lecture seconds, lecture count)."""
    if not course_ids:
        return {}
    rows = session.exec(
        select(
            Section.course_id,
            func.coalesce(func.sum(Lecture.duration_seconds), 0),
            func.count(col(Lecture.id)),
        )
        .join(Lecture, col(Lecture.section_id) == col(Section.id))
        .where(col(Section.course_id).in_(course_ids))
        .group_by(col(Section.course_id))
    )
    return {int(cid): (int(total), int(count)) for cid, total, count in rows}


def public_outline(session: Session, course_id: int) -> list[SectionPublic]:
    """The course's sections with their lectures as the course page shows them: one query
    (sections left-joined to lectures, plain rows, no ORM objects) whatever the curriculum size."""
    rows = session.exec(
        select(  # type: ignore[call-overload]
            Section.id,
            Section.title,
            Section.position,
            Lecture.id,
            Lecture.title,
            Lecture.position,
            Lecture.duration_seconds,
            Lecture.is_preview,
            Lecture.kind,
            Lecture.question_count,
        )
        .select_from(Section)
        .outerjoin(Lecture, col(Lecture.section_id) == col(Section.id))
        .where(col(Section.course_id) == course_id)
        .order_by(col(Section.position), col(Section.id), col(Lecture.position), col(Lecture.id))
    )
    sections: list[SectionPublic] = []
    for sid, stitle, sposition, lid, title, position, seconds, preview, kind, questions in rows:
        if not sections or sections[-1].id != sid:
            sections.append(SectionPublic(id=sid, title=stitle, position=sposition, lectures=[]))
        if lid is not None:
            sections[-1].lectures.append(
                LecturePublic(
                    id=lid,
                    title=title,
                    position=position,
                    duration_seconds=seconds,
                    is_preview=preview,
                    kind=kind,
                    question_count=questions,
                )
            )
    return sections


def numbered_lectures(
    session: Session, course_ids: Sequence[int]
) -> dict[int, dict[int, tuple[int, str, bool]]]:
    """course id -> lecture id -> (number in the course, title, is preview): one query for all
    the courses, numbered in curriculum order (sections, then lectures, by position)."""
    numbered: dict[int, dict[int, tuple[int, str, bool]]] = {cid: {} for cid in course_ids}
    if not course_ids:
        return numbered
    rows = session.exec(
        select(  # type: ignore[call-overload]
            Section.course_id, Lecture.id, Lecture.title, Lecture.is_preview
        )
        .join(Lecture, col(Lecture.section_id) == col(Section.id))
        .where(col(Section.course_id).in_(course_ids))
        .order_by(
            col(Section.course_id),
            col(Section.position),
            col(Section.id),
            col(Lecture.position),
            col(Lecture.id),
        )
    )
    for course_id, lecture_id, title, is_preview in rows:
        lectures = numbered[int(course_id)]
        lectures[int(lecture_id or 0)] = (len(lectures) + 1, title, bool(is_preview))
    return numbered


def sections_with_lectures(session: Session, course_id: int) -> list[tuple[Section, list[Lecture]]]:
    sections = list(
        session.exec(
            select(Section)
            .where(col(Section.course_id) == course_id)
            .order_by(col(Section.position), col(Section.id))
        )
    )
    section_ids = [s.id for s in sections]
    lectures: dict[int, list[Lecture]] = {int(s.id or 0): [] for s in sections}
    if section_ids:
        for lecture in session.exec(
            select(Lecture)
            .where(col(Lecture.section_id).in_(section_ids))
            .order_by(col(Lecture.position), col(Lecture.id))
        ):
            lectures[lecture.section_id].append(lecture)
    return [(s, lectures[int(s.id or 0)]) for s in sections]
