"""My learning: where each course stands, the course to continue, archive, student-made lists.

Progress comes from this domain's `lecture_progress`; courses and lectures from the catalog,
enrolments from orders. Only courses the student is enrolled in can be archived or listed.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, func
from sqlmodel import Session, col, select

from udemy_clone.catalog import service as catalog_service
from udemy_clone.core.db import as_utc
from udemy_clone.core.errors import Conflict, NotFound
from udemy_clone.orders import service as orders_service
from udemy_clone.playback.library_models import (
    MAX_LISTS_PER_STUDENT,
    ArchivedCourse,
    LearningCourse,
    LearningFilter,
    LearningList,
    LearningListCourse,
    LearningListPublic,
    LearningSort,
    MyLearning,
    ResumePoint,
)
from udemy_clone.playback.models import LectureProgress

# ---- reading -------------------------------------------------------------------------------


def _list_rows(session: Session, user_id: int) -> list[LearningList]:
    return list(
        session.exec(
            select(LearningList)
            .where(col(LearningList.user_id) == user_id)
            .order_by(func.lower(col(LearningList.name)), col(LearningList.id))
        )
    )


def my_lists(*, session: Session, user_id: int) -> list[LearningListPublic]:
    """The student's lists, by name, each with its courses."""
    lists = _list_rows(session, user_id)
    members: dict[int, list[int]] = {int(row.id or 0): [] for row in lists}
    if members:
        for list_id, course_id in session.exec(
            select(LearningListCourse.list_id, LearningListCourse.course_id)
            .where(col(LearningListCourse.list_id).in_(list(members)))
            .order_by(col(LearningListCourse.added_at), col(LearningListCourse.course_id))
        ):
            members[int(list_id)].append(int(course_id))
    return [
        LearningListPublic(
            id=int(row.id or 0),
            name=row.name,
            course_ids=members[int(row.id or 0)],
            created_at=as_utc(row.created_at),
        )
        for row in lists
    ]


def _archived_ids(session: Session, user_id: int) -> set[int]:
    return {
        int(cid)
        for cid in session.exec(
            select(ArchivedCourse.course_id).where(col(ArchivedCourse.user_id) == user_id)
        )
    }


def learning_courses(*, session: Session, user_id: int) -> list[LearningCourse]:
    """Every course the student is enrolled in, with progress and the lecture watched last."""
    enrollments = orders_service.list_enrollments(session=session, user_id=user_id)
    enrolled_at = {e.course_id: as_utc(e.created_at) for e in enrollments}
    if not enrolled_at:
        return []
    courses = []
    for course_id in enrolled_at:
        try:
            courses.append(catalog_service.get_course(session=session, course_id=course_id))
        except NotFound:
            continue
    summaries = catalog_service.to_summaries(session=session, courses=courses)
    progress_rows: dict[int, list[LectureProgress]] = {}
    for row in session.exec(
        select(LectureProgress).where(
            col(LectureProgress.user_id) == user_id,
            col(LectureProgress.course_id).in_(list(enrolled_at)),
        )
    ):
        progress_rows.setdefault(row.course_id, []).append(row)
    archived = _archived_ids(session, user_id)
    in_lists: dict[int, list[int]] = {}
    for lst in my_lists(session=session, user_id=user_id):
        for course_id in lst.course_ids:
            in_lists.setdefault(course_id, []).append(lst.id)
    result = []
    for summary in summaries:
        lectures = {
            lecture.id: lecture
            for section in catalog_service.get_curriculum(session=session, course_id=summary.id)
            for lecture in section.lectures
        }
        playable = {lid for lid, lecture in lectures.items() if lecture.has_content}
        rows = [r for r in progress_rows.get(summary.id, []) if r.lecture_id in lectures]
        done = sum(1 for r in rows if r.completed and r.lecture_id in playable)
        last = max(rows, key=lambda r: as_utc(r.updated_at), default=None)
        result.append(
            LearningCourse(
                course_id=summary.id,
                slug=summary.slug,
                title=summary.title,
                instructor_name=summary.instructor.full_name,
                thumbnail_url=summary.thumbnail_url,
                enrolled_at=enrolled_at[summary.id],
                last_accessed_at=as_utc(last.updated_at) if last else None,
                progress_percent=0 if not playable else min(100, done * 100 // len(playable)),
                started=any(r.watched_seconds > 0 or r.completed for r in rows),
                last_lecture_id=last.lecture_id if last else None,
                last_lecture_title=lectures[last.lecture_id].title if last else None,
                archived=summary.id in archived,
                list_ids=in_lists.get(summary.id, []),
            )
        )
    return result


def _recent_key(course: LearningCourse) -> datetime:
    return course.last_accessed_at or course.enrolled_at


def _matches(course: LearningCourse, which: LearningFilter) -> bool:
    if which == LearningFilter.archived:
        return course.archived
    if course.archived:
        return False
    if which == LearningFilter.in_progress:
        return course.started and course.progress_percent < 100
    if which == LearningFilter.not_started:
        return not course.started
    if which == LearningFilter.completed:
        return course.progress_percent >= 100
    return True


def resume_point(courses: list[LearningCourse]) -> ResumePoint | None:
    """The unfinished, unarchived course watched most recently, at its last lecture."""
    candidates = [
        c
        for c in courses
        if c.last_lecture_id is not None and not c.archived and c.progress_percent < 100
    ]
    if not candidates:
        return None
    course = max(candidates, key=_recent_key)
    return ResumePoint(
        course_id=course.course_id,
        slug=course.slug,
        course_title=course.title,
        lecture_id=int(course.last_lecture_id or 0),
        lecture_title=course.last_lecture_title or "",
        position_seconds=0.0,
        progress_percent=course.progress_percent,
        thumbnail_url=course.thumbnail_url,
    )


def my_learning(
    *,
    session: Session,
    user_id: int,
    which: LearningFilter = LearningFilter.all,
    sort: LearningSort = LearningSort.recent,
    list_id: int | None = None,
    query: str = "",
) -> MyLearning:
    """My learning for one filter, list (None: any), search text and sort."""
    courses = learning_courses(session=session, user_id=user_id)
    lists = my_lists(session=session, user_id=user_id)
    if list_id is not None and all(lst.id != list_id for lst in lists):
        raise NotFound("That list does not exist (it may have been deleted).")
    resume = resume_point(courses)
    if resume is not None:
        row = session.get(LectureProgress, (user_id, resume.lecture_id))
        resume.position_seconds = float(row.position_seconds) if row else 0.0
    shown = [c for c in courses if _matches(c, which)]
    if list_id is not None:
        shown = [c for c in shown if list_id in c.list_ids]
    needle = query.strip().casefold()
    if needle:
        shown = [
            c
            for c in shown
            if needle in c.title.casefold() or needle in c.instructor_name.casefold()
        ]
    if sort == LearningSort.title:
        shown.sort(key=lambda c: (c.title.casefold(), c.course_id))
    elif sort == LearningSort.progress:
        shown.sort(key=lambda c: (-c.progress_percent, c.title.casefold()))
    else:
        shown.sort(key=lambda c: (_recent_key(c), c.course_id), reverse=True)
    return MyLearning(
        courses=shown,
        lists=lists,
        resume=resume,
        archived_count=sum(1 for c in courses if c.archived),
        total_enrolled=len(courses),
    )


# ---- archive -------------------------------------------------------------------------------


def _require_enrolled(session: Session, *, user_id: int, course_id: int) -> None:
    if not orders_service.is_enrolled(session=session, user_id=user_id, course_id=course_id):
        raise NotFound("That course is not one of your courses.", details={"field": "course_id"})


def archive_course(*, session: Session, user_id: int, course_id: int) -> None:
    """Hide a course from My learning (it stays yours; unarchive brings it back)."""
    _require_enrolled(session, user_id=user_id, course_id=course_id)
    if session.get(ArchivedCourse, (user_id, course_id)) is None:
        session.add(ArchivedCourse(user_id=user_id, course_id=course_id))
        session.flush()


def unarchive_course(*, session: Session, user_id: int, course_id: int) -> None:
    """Show an archived course in My learning again."""
    _require_enrolled(session, user_id=user_id, course_id=course_id)
    row = session.get(ArchivedCourse, (user_id, course_id))
    if row is not None:
        session.delete(row)
        session.flush()


# ---- lists ---------------------------------------------------------------------------------


def _own_list(session: Session, *, user_id: int, list_id: int) -> LearningList:
    row = session.get(LearningList, list_id)
    # someone else's list is answered like a missing one: its existence is private
    if row is None or row.user_id != user_id:
        raise NotFound("That list does not exist (it may have been deleted).")
    return row


def _name_taken(session: Session, *, user_id: int, name: str, other_than: int | None) -> bool:
    statement = select(LearningList.id).where(
        col(LearningList.user_id) == user_id,
        func.lower(col(LearningList.name)) == name.casefold(),
    )
    if other_than is not None:
        statement = statement.where(col(LearningList.id) != other_than)
    return session.exec(statement).first() is not None


def _public(session: Session, row: LearningList) -> LearningListPublic:
    course_ids = [
        int(cid)
        for cid in session.exec(
            select(LearningListCourse.course_id)
            .where(col(LearningListCourse.list_id) == row.id)
            .order_by(col(LearningListCourse.added_at), col(LearningListCourse.course_id))
        )
    ]
    return LearningListPublic(
        id=int(row.id or 0),
        name=row.name,
        course_ids=course_ids,
        created_at=as_utc(row.created_at),
    )


def create_list(
    *, session: Session, user_id: int, name: str, course_id: int | None = None
) -> LearningListPublic:
    """A new list, empty or holding `course_id`; names are unique per student (case aside)."""
    clean = " ".join(name.split())
    if not clean:
        raise Conflict("Give the list a name.", details={"field": "name"})
    if _name_taken(session, user_id=user_id, name=clean, other_than=None):
        raise Conflict(f"You already have a list called “{clean}”.", details={"field": "name"})
    count = session.exec(
        select(func.count()).select_from(LearningList).where(col(LearningList.user_id) == user_id)
    ).one()
    if int(count) >= MAX_LISTS_PER_STUDENT:
        raise Conflict(f"You can keep up to {MAX_LISTS_PER_STUDENT} lists; delete one first.")
    if course_id is not None:
        _require_enrolled(session, user_id=user_id, course_id=course_id)
    row = LearningList(user_id=user_id, name=clean)
    session.add(row)
    session.flush()
    if course_id is not None:
        session.add(LearningListCourse(list_id=int(row.id or 0), course_id=course_id))
        session.flush()
    return _public(session, row)


def rename_list(*, session: Session, user_id: int, list_id: int, name: str) -> LearningListPublic:
    """Give one of the student's lists another name."""
    row = _own_list(session, user_id=user_id, list_id=list_id)
    clean = " ".join(name.split())
    if not clean:
        raise Conflict("Give the list a name.", details={"field": "name"})
    if _name_taken(session, user_id=user_id, name=clean, other_than=list_id):
        raise Conflict(f"You already have a list called “{clean}”.", details={"field": "name"})
    row.name = clean
    session.add(row)
    session.flush()
    return _public(session, row)


def delete_list(*, session: Session, user_id: int, list_id: int) -> None:
    """Delete a list (its courses stay yours)."""
    row = _own_list(session, user_id=user_id, list_id=list_id)
    session.exec(delete(LearningListCourse).where(col(LearningListCourse.list_id) == list_id))  # type: ignore[call-overload]
    session.delete(row)
    session.flush()


def add_to_list(
    *, session: Session, user_id: int, list_id: int, course_id: int
) -> LearningListPublic:
    """Put one of the student's courses in one of their lists (twice is once)."""
    row = _own_list(session, user_id=user_id, list_id=list_id)
    _require_enrolled(session, user_id=user_id, course_id=course_id)
    if session.get(LearningListCourse, (list_id, course_id)) is None:
        session.add(LearningListCourse(list_id=list_id, course_id=course_id))
        session.flush()
    return _public(session, row)


def remove_from_list(
    *, session: Session, user_id: int, list_id: int, course_id: int
) -> LearningListPublic:
    """Take a course out of a list (the course stays yours)."""
    row = _own_list(session, user_id=user_id, list_id=list_id)
    member = session.get(LearningListCourse, (list_id, course_id))
    if member is not None:
        session.delete(member)
        session.flush()
    return _public(session, row)


def forget_student(*, session: Session, user_id: int) -> None:
    """Remove a closed account's lists and archive marks (no one can see them any more)."""
    list_ids = [
        int(row.id or 0)
        for row in session.exec(select(LearningList).where(col(LearningList.user_id) == user_id))
    ]
    if list_ids:
        session.exec(
            delete(LearningListCourse).where(col(LearningListCourse.list_id).in_(list_ids))  # type: ignore[call-overload]
        )
        session.exec(delete(LearningList).where(col(LearningList.id).in_(list_ids)))  # type: ignore[call-overload]
    session.exec(delete(ArchivedCourse).where(col(ArchivedCourse.user_id) == user_id))  # type: ignore[call-overload]
    session.flush()
