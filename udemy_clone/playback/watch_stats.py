"""Watch time and progress figures the stats domain reads (rollups, dashboards).

Re-exported by playback/service.py, the domain's public door."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Integer, func
from sqlmodel import Session, col, select

from udemy_clone.playback.models import (
    DailyWatchSeconds,
    DailyWatchTime,
    LectureProgress,
)


def watch_seconds_by_course(
    *,
    session: Session,
    course_ids: Sequence[int],
    since: date | None = None,
    until: date | None = None,
) -> dict[int, int]:
    """Seconds watched per course between `since` and `until` (UTC days, inclusive)."""
    if not course_ids:
        return {}
    statement = select(DailyWatchTime.course_id, func.sum(DailyWatchTime.seconds)).where(
        col(DailyWatchTime.course_id).in_(list(course_ids))
    )
    if since is not None:
        statement = statement.where(col(DailyWatchTime.day) >= since)
    if until is not None:
        statement = statement.where(col(DailyWatchTime.day) <= until)
    totals = dict.fromkeys(course_ids, 0)
    for course_id, seconds in session.exec(statement.group_by(col(DailyWatchTime.course_id))):
        totals[int(course_id)] = int(round(seconds or 0))
    return totals


def daily_watch_seconds(
    *,
    session: Session,
    course_ids: Sequence[int] | None = None,
    since: date | None = None,
    until: date | None = None,
) -> list[DailyWatchSeconds]:
    """Seconds watched per UTC day (of these courses, or the whole platform), oldest first."""
    statement = select(col(DailyWatchTime.day), func.sum(DailyWatchTime.seconds))
    if course_ids is not None:
        if not course_ids:
            return []
        statement = statement.where(col(DailyWatchTime.course_id).in_(list(course_ids)))
    if since is not None:
        statement = statement.where(col(DailyWatchTime.day) >= since)
    if until is not None:
        statement = statement.where(col(DailyWatchTime.day) <= until)
    statement = statement.group_by(col(DailyWatchTime.day)).order_by(col(DailyWatchTime.day))
    return [
        DailyWatchSeconds(day=day, seconds=int(round(seconds or 0)))
        for day, seconds in session.exec(statement)
    ]


def completed_lecture_counts(*, session: Session, course_id: int) -> dict[int, int]:
    """Per learner, how many lectures of the course they completed (stats: completion rate)."""
    statement = (
        select(LectureProgress.user_id, func.count())
        .where(col(LectureProgress.course_id) == course_id, col(LectureProgress.completed))
        .group_by(col(LectureProgress.user_id))
    )
    return {int(user_id): int(count) for user_id, count in session.exec(statement)}


# Above this many courses the stats aggregates read lecture_progress in one pass and drop the
# other courses in Python: fetching most of the table through the course_id index, row by row,
# measured three times slower on SQLite than scanning it (bench/stats.py, 400 courses).
SCAN_ABOVE_COURSES = 50


def _course_key(course_ids: Sequence[int]):  # type: ignore[no-untyped-def]
    """The course column to group by, and the filter for these courses (None: scan them all)."""
    if len(course_ids) > SCAN_ABOVE_COURSES:
        # "+ 0" hides the column from SQLite's index choice, which otherwise walks the index to
        # skip a sort; PostgreSQL plans it the same either way.
        return (col(LectureProgress.course_id) + 0).label("course_id"), None
    return col(LectureProgress.course_id), col(LectureProgress.course_id).in_(list(course_ids))


def learners_who_completed(
    *, session: Session, lectures_needed: Mapping[int, int]
) -> dict[int, int]:
    """Per course: learners who completed at least `lectures_needed[course]` of its lectures.

    One query for all the courses (stats: completion rates); a course needing 0 lectures counts 0.
    """
    wanted = {cid: n for cid, n in lectures_needed.items() if n > 0}
    counts = dict.fromkeys(lectures_needed, 0)
    if not wanted:
        return counts
    course, only_these = _course_key(list(wanted))
    inner = select(course, func.count().label("done")).where(col(LectureProgress.completed))
    if only_these is not None:
        inner = inner.where(only_these)
    per_learner = inner.group_by(course, col(LectureProgress.user_id)).subquery()
    statement = select(per_learner.c.course_id, per_learner.c.done, func.count()).group_by(
        per_learner.c.course_id, per_learner.c.done
    )
    for course_id, done, learners in session.exec(statement):
        needed = wanted.get(int(course_id))
        if needed is not None and int(done) >= needed:
            counts[int(course_id)] += int(learners)
    return counts


@dataclass(frozen=True)
class CourseWatchDay:
    """Seconds watched in one course on one UTC day, and by how many learners."""

    course_id: int
    seconds: float
    viewers: int


@dataclass(frozen=True)
class LectureReach:
    """How many learners ever watched a lecture, and how many completed it."""

    course_id: int
    lecture_id: int
    viewers: int
    completions: int


def watch_seconds_for_day(*, session: Session, day: date) -> list[CourseWatchDay]:
    """Per course: seconds watched and distinct learners on one UTC day (stats rollups)."""
    statement = (
        select(
            DailyWatchTime.course_id,
            func.sum(DailyWatchTime.seconds),
            func.count(func.distinct(DailyWatchTime.user_id)),
        )
        .where(col(DailyWatchTime.day) == day)
        .group_by(col(DailyWatchTime.course_id))
    )
    return [
        CourseWatchDay(course_id=int(cid), seconds=float(seconds or 0), viewers=int(viewers))
        for cid, seconds, viewers in session.exec(statement)
    ]


def active_learners_for_day(*, session: Session, day: date) -> int:
    """Distinct learners who watched anything on one UTC day (stats rollups)."""
    statement = select(func.count(func.distinct(DailyWatchTime.user_id))).where(
        col(DailyWatchTime.day) == day
    )
    return int(session.exec(statement).one() or 0)


def lecture_reach(*, session: Session, course_ids: Sequence[int]) -> list[LectureReach]:
    """Per lecture of these courses: learners who watched any of it, and who completed it."""
    if not course_ids:
        return []
    course, only_these = _course_key(course_ids)
    statement = select(
        course,
        LectureProgress.lecture_id,
        func.count(),
        func.sum(func.cast(col(LectureProgress.completed), Integer)),
    ).where(col(LectureProgress.watched_seconds) > 0)
    if only_these is not None:
        statement = statement.where(only_these)
    wanted = set(course_ids)
    return [
        LectureReach(
            course_id=int(cid), lecture_id=int(lid), viewers=int(n), completions=int(done or 0)
        )
        for cid, lid, n, done in session.exec(
            statement.group_by(course, col(LectureProgress.lecture_id))
        )
        if int(cid) in wanted
    ]
