"""The student's courses as My courses shows them."""

from __future__ import annotations

from dataclasses import dataclass

from udemy_clone.playback.models import MyCourse
from udemy_clone.web.kit.format import format_date


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
        )
        for c in courses
    ]
