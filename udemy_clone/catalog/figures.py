"""Course figures other domains maintain or read: ratings, sales, enrollments, counts, briefs."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import delete, func, update
from sqlmodel import Session, col, select

from udemy_clone.catalog.course_records import (
    get_course,
    mark_course_changed,
    rating_average,
)
from udemy_clone.catalog.curriculum import get_curriculum
from udemy_clone.catalog.models import (
    Course,
    CourseBrief,
    CourseStatus,
    CourseTag,
    Lecture,
    Section,
)
from udemy_clone.core.errors import InvalidInput

# ---- figures other domains maintain ------------------------------------------------------------


def _bump(session: Session, course_id: int, deltas: Mapping[str, int]) -> Course:
    course = get_course(session=session, course_id=course_id)
    deltas = {name: delta for name, delta in deltas.items() if delta}
    if deltas:
        # One UPDATE with column arithmetic: concurrent changes add up instead of overwriting.
        session.exec(
            update(Course)
            .where(col(Course.id) == course_id)
            .values({name: getattr(Course, name) + delta for name, delta in deltas.items()})
            .execution_options(synchronize_session=False)
        )
        session.refresh(course)
        mark_course_changed(session, course)
    return course


def apply_rating_change(
    *, session: Session, course_id: int, old_rating: int | None, new_rating: int | None
) -> None:
    """Reviews: a rating was added (old None), edited, or removed (new None)."""
    for value in (old_rating, new_rating):
        if value is not None and not 1 <= value <= 5:
            raise InvalidInput("A rating is a whole number from 1 to 5.", field="rating")
    deltas: dict[str, int] = {"rating_count": 0, "rating_sum": 0}
    if old_rating is not None:
        deltas["rating_count"] -= 1
        deltas["rating_sum"] -= old_rating
        deltas[f"rating_{old_rating}"] = deltas.get(f"rating_{old_rating}", 0) - 1
    if new_rating is not None:
        deltas["rating_count"] += 1
        deltas["rating_sum"] += new_rating
        deltas[f"rating_{new_rating}"] = deltas.get(f"rating_{new_rating}", 0) + 1
    _bump(session, course_id, deltas)


def record_enrollment_change(*, session: Session, course_id: int, delta: int) -> None:
    """Orders: students joined (delta > 0) or left (refunds, delta < 0) the course."""
    _bump(session, course_id, {"enrollment_count": delta})


def record_sale(*, session: Session, course_id: int, delta: int) -> None:
    """Orders: paid sales of the course (delta < 0 for a refund)."""
    _bump(session, course_id, {"sales_count": delta})


# ---- what taxonomy needs to know about courses -------------------------------------------------


def course_count_by_category(*, session: Session) -> dict[int, int]:
    """Published courses per category (each course counted in its own category only)."""
    rows = session.exec(
        select(Course.category_id, func.count(col(Course.id)))
        .where(col(Course.status) == CourseStatus.published.value)
        .group_by(col(Course.category_id))
    )
    return {int(cid): int(n) for cid, n in rows}


def count_courses_in_categories(*, session: Session, category_ids: Sequence[int]) -> int:
    """Courses of any status filed in these categories."""
    if not category_ids:
        return 0
    return int(
        session.exec(
            select(func.count(col(Course.id))).where(col(Course.category_id).in_(category_ids))
        ).one()
    )


def course_count_by_tag(*, session: Session, tag_ids: Sequence[int]) -> dict[int, int]:
    """Published courses per tag."""
    if not tag_ids:
        return {}
    rows = session.exec(
        select(CourseTag.tag_id, func.count(col(CourseTag.course_id)))
        .join(Course, col(Course.id) == col(CourseTag.course_id))
        .where(
            col(CourseTag.tag_id).in_(list(tag_ids)),
            col(Course.status) == CourseStatus.published.value,
        )
        .group_by(col(CourseTag.tag_id))
    )
    return {int(tid): int(n) for tid, n in rows}


def move_tag_links(*, session: Session, source_tag_id: int, target_tag_id: int) -> None:
    """Give every course tagged `source` the tag `target` instead (tag merge)."""
    already = select(CourseTag.course_id).where(col(CourseTag.tag_id) == target_tag_id)
    session.exec(
        delete(CourseTag).where(
            col(CourseTag.tag_id) == source_tag_id, col(CourseTag.course_id).in_(already)
        )
    )
    session.exec(
        update(CourseTag)
        .where(col(CourseTag.tag_id) == source_tag_id)
        .values(tag_id=target_tag_id)
        .execution_options(synchronize_session=False)
    )
    session.flush()


def published_course_ids(
    *,
    session: Session,
    category_ids: Sequence[int] | None = None,
    tag_id: int | None = None,
) -> list[int]:
    """Ids of published courses, optionally in these categories or with this tag."""
    statement = select(Course.id).where(col(Course.status) == CourseStatus.published.value)
    if category_ids is not None:
        statement = statement.where(col(Course.category_id).in_(list(category_ids)))
    if tag_id is not None:
        statement = statement.join(CourseTag, col(CourseTag.course_id) == col(Course.id)).where(
            col(CourseTag.tag_id) == tag_id
        )
    return [int(cid) for cid in session.exec(statement.order_by(col(Course.id))) if cid]


# ---- course facts for the stats domain's dashboards (read only) --------------------------------


def course_briefs(
    *,
    session: Session,
    course_ids: Sequence[int] | None = None,
    owner_id: int | None = None,
    category_ids: Sequence[int] | None = None,
) -> dict[int, CourseBrief]:
    """Title, owner, category, rating and lecture count of courses (stats dashboards)."""
    statement = select(Course)
    if course_ids is not None:
        if not course_ids:
            return {}
        statement = statement.where(col(Course.id).in_(list(course_ids)))
    if owner_id is not None:
        statement = statement.where(col(Course.owner_id) == owner_id)
    if category_ids is not None:
        statement = statement.where(col(Course.category_id).in_(list(category_ids)))
    courses = list(session.exec(statement.order_by(col(Course.id))))
    ids = [int(c.id or 0) for c in courses]
    playable: dict[int, int] = {}
    if ids:
        playable = {
            int(cid): int(n)
            for cid, n in session.exec(
                select(Section.course_id, func.count(col(Lecture.id)))
                .join(Lecture, col(Lecture.section_id) == col(Section.id))
                .where(
                    col(Section.course_id).in_(ids),
                    col(Lecture.video_ready)
                    | ((col(Lecture.kind) == "quiz") & (col(Lecture.question_count) > 0)),
                )
                .group_by(col(Section.course_id))
            )
        }
    return {
        int(c.id or 0): CourseBrief(
            id=int(c.id or 0),
            slug=c.slug,
            title=c.title,
            status=c.status,
            owner_id=c.owner_id,
            category_id=c.category_id,
            avg_rating=rating_average(c),
            rating_count=c.rating_count,
            playable_lectures=playable.get(int(c.id or 0), 0),
        )
        for c in courses
    }


def lecture_titles(*, session: Session, course_id: int) -> list[tuple[int, str]]:
    """(lecture id, "1.2 Title") of a course's lectures in curriculum order (stats drop-off)."""
    titled: list[tuple[int, str]] = []
    for s_index, section in enumerate(get_curriculum(session=session, course_id=course_id), 1):
        for l_index, lecture in enumerate(section.lectures, 1):
            titled.append((lecture.id, f"{s_index}.{l_index} {lecture.title}"))
    return titled
