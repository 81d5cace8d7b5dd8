"""Demo learning: the demo student finished one demo course (certificate) and keeps notes.

Runs after the demo videos exist (media/seed.py): only lectures with a ready video count.
"""

from __future__ import annotations

from sqlmodel import Session

from udemy_clone.auth import service as auth_service
from udemy_clone.catalog import service as catalog_service
from udemy_clone.core import db
from udemy_clone.core.db import utcnow
from udemy_clone.core.log import get_logger
from udemy_clone.orders import service as orders_service
from udemy_clone.playback import service
from udemy_clone.playback.learning_models import NoteCreate
from udemy_clone.playback.models import LectureProgress

log = get_logger(__name__)

DEMO_STUDENT_EMAIL = "student@example.com"
DEMO_INSTRUCTOR_EMAIL = "instructor@example.com"
DEMO_NOTES = (
    (2, "The intro sets out what we build by the end: keep this in mind."),
    (7, "Key idea: small steps, each one tested.\nTry it on your own project after."),
    (12, "Re-watch this part before the exercise."),
)


def _courses_with_videos(
    session: Session, owner_id: int
) -> list[tuple[int, list[tuple[int, int]]]]:
    """(course id, [(lecture id, seconds)] with a ready video) of the instructor's courses."""
    found: list[tuple[int, list[tuple[int, int]]]] = []
    for course_id in catalog_service.published_course_ids(session=session):
        course = catalog_service.get_course(session=session, course_id=course_id)
        if course.owner_id != owner_id:
            continue
        lectures = [
            lecture
            for section in catalog_service.get_curriculum(session=session, course_id=course_id)
            for lecture in section.lectures
            if lecture.video_ready
        ]
        if len(lectures) >= 2:
            found.append(
                (course_id, [(lecture.id, lecture.duration_seconds) for lecture in lectures])
            )
    return sorted(found)


def _complete(session: Session, *, user_id: int, course_id: int, lecture_id: int) -> None:
    now = utcnow()
    session.merge(
        LectureProgress(
            user_id=user_id,
            lecture_id=lecture_id,
            course_id=course_id,
            position_seconds=0.0,
            watched_seconds=16.0,
            completed=True,
            completed_at=now,
            last_beat_at=now,
            updated_at=now,
        )
    )


def seed_demo_learning() -> bool:
    """Give the demo student a finished course with its certificate, and a few notes.

    Idempotent: run again (a later demo-video job), it adds nothing twice.
    """
    with db.transaction() as session:
        student = auth_service.get_user_by_email(session=session, email=DEMO_STUDENT_EMAIL)
        teacher = auth_service.get_user_by_email(session=session, email=DEMO_INSTRUCTOR_EMAIL)
        if student is None or teacher is None or student.id is None or teacher.id is None:
            return False
        courses = _courses_with_videos(session, int(teacher.id))
        if not courses:
            log.warning("demo_learning_skipped", reason="no demo course has videos")
            return False
        user_id = int(student.id)
        finished_id, finished_lectures = courses[0]
        orders_service.enroll_student(session=session, user_id=user_id, course_id=finished_id)
        for lecture_id, _seconds in finished_lectures:
            _complete(session, user_id=user_id, course_id=finished_id, lecture_id=lecture_id)
        session.flush()
        service.issue_certificate_if_complete(
            session=session, user_id=user_id, course_id=finished_id
        )
        # the notes: in the course under way when there is one, else in the finished one
        notes_course, notes_lectures = courses[1] if len(courses) > 1 else courses[0]
        orders_service.enroll_student(session=session, user_id=user_id, course_id=notes_course)
        if service.list_notes(session=session, user_id=user_id, course_id=notes_course):
            return True
        for index, (seconds, text) in enumerate(DEMO_NOTES):
            lecture_id, length = notes_lectures[min(index // 2, len(notes_lectures) - 1)]
            service.add_note(
                session=session,
                user_id=user_id,
                course_id=notes_course,
                data=NoteCreate(
                    lecture_id=lecture_id,
                    position_seconds=min(seconds, max(0, length - 1)),
                    body=text,
                ),
            )
    return True
