"""The student's courses as My learning shows them."""

from __future__ import annotations

from dataclasses import dataclass, field

from udemy_clone.playback.library_models import (
    LearningCourse,
    LearningListPublic,
    ResumePoint,
)
from udemy_clone.playback.models import MyCourse
from udemy_clone.web.kit.format import clock, count_label, format_date, time_ago


@dataclass
class EnrolledCourse:
    """A course the student is enrolled in, with progress and the enrolment date."""

    course_id: int = 0
    slug: str = ""
    title: str = ""
    instructor: str = ""
    thumbnail: str = ""  # "" → the branded placeholder
    progress: int = 0  # percent
    enrolled: str = ""
    started: bool = False  # anything watched: the button says "Continue"
    last_lecture: str = ""  # the lecture watched last ("" when none)
    last_accessed: str = ""  # "3 d ago" ("" when never opened)
    archived: bool = False
    list_ids: list[int] = field(default_factory=list)


def enrolled_courses(courses: list[MyCourse]) -> list[EnrolledCourse]:
    """The service's enrolments, newest as given."""
    return [
        EnrolledCourse(
            course_id=c.course_id,
            slug=c.slug,
            title=c.title,
            instructor=c.instructor_name,
            thumbnail=c.thumbnail_url or "",
            progress=c.progress_percent,
            enrolled=format_date(c.enrolled_at),
            started=c.progress_percent > 0,
        )
        for c in courses
    ]


def learning_cards(courses: list[LearningCourse]) -> list[EnrolledCourse]:
    """My learning's cards, in the order the service sorted them."""
    return [
        EnrolledCourse(
            course_id=c.course_id,
            slug=c.slug,
            title=c.title,
            instructor=c.instructor_name,
            thumbnail=c.thumbnail_url or "",
            progress=c.progress_percent,
            enrolled=format_date(c.enrolled_at),
            started=c.started,
            last_lecture=c.last_lecture_title or "",
            last_accessed=time_ago(c.last_accessed_at) if c.last_accessed_at else "",
            archived=c.archived,
            list_ids=list(c.list_ids),
        )
        for c in courses
    ]


@dataclass
class ListRow:
    """A student's list in the list picker and the card menus."""

    id: int = 0
    value: str = ""  # the id as text, for selects
    name: str = ""
    label: str = ""  # "Weekend (3 courses)"
    course_ids: list[int] = field(default_factory=list)


def list_rows(lists: list[LearningListPublic]) -> list[ListRow]:
    """The student's lists by name, with how many courses each holds."""
    return [
        ListRow(
            id=lst.id,
            value=str(lst.id),
            name=lst.name,
            label=f"{lst.name} ({count_label(len(lst.course_ids), 'course')})",
            course_ids=list(lst.course_ids),
        )
        for lst in lists
    ]


@dataclass
class ResumeRow:
    """'Continue where you left off': the course, the lecture and the link to it."""

    slug: str = ""
    course_title: str = ""
    lecture_id: int = 0
    lecture_title: str = ""
    position: str = ""  # "4:05"
    progress: int = 0
    thumbnail: str = ""


def resume_row(point: ResumePoint | None) -> ResumeRow | None:
    """The resume banner's row (None: nothing started and unfinished)."""
    if point is None:
        return None
    return ResumeRow(
        slug=point.slug,
        course_title=point.course_title,
        lecture_id=point.lecture_id,
        lecture_title=point.lecture_title,
        position=clock(point.position_seconds),
        progress=point.progress_percent,
        thumbnail=point.thumbnail_url or "",
    )
