"""Demo Q&A: a few threads on the demo instructor's courses, one answered by the instructor
and upvoted, one still waiting in the studio inbox.

Runs after the demo videos and the demo learning exist (the demo student is enrolled then, and
the lectures have a length for the questions' moments). Idempotent: a thread already there (by
its title) is not asked again.
"""

from __future__ import annotations

from sqlmodel import Session, col, select

from udemy_clone.auth import service as auth_service
from udemy_clone.catalog import service as catalog_service
from udemy_clone.core import db
from udemy_clone.core.log import get_logger
from udemy_clone.orders import service as orders_service
from udemy_clone.qa import service
from udemy_clone.qa.models import AnswerCreate, PostKind, Question, QuestionCreate

log = get_logger(__name__)

DEMO_STUDENT_EMAIL = "student@example.com"
DEMO_INSTRUCTOR_EMAIL = "instructor@example.com"
# (title, body, moment in seconds or None, the instructor's answer or "")
DEMO_THREADS = (
    (
        "Why do we write the test before the code here?",
        "At this point the test fails on purpose. Is that the idea, or did I miss a step?",
        6,
        "Yes, that is the idea: watching the test fail first proves it can fail. "
        "Then we write just enough code to make it pass.",
    ),
    (
        "Which version of the tools does the course use?",
        "I have a newer version installed; will the exercises still work?",
        None,
        "Any version from the last two years works. Where something changed, the lecture "
        "notes say so.",
    ),
    (
        "Can you share the slides of this lecture?",
        "",
        3,
        "",
    ),
)


def _enrolled_course_with_videos(session: Session, student_id: int, teacher_id: int) -> int | None:
    for course_id in catalog_service.published_course_ids(session=session):
        course = catalog_service.get_course(session=session, course_id=course_id)
        if course.owner_id != teacher_id:
            continue
        if orders_service.is_enrolled(session=session, user_id=student_id, course_id=course_id):
            return course_id
    return None


def _lectures_with_length(session: Session, course_id: int) -> list[tuple[int, int]]:
    return [
        (lecture.id, lecture.duration_seconds)
        for section in catalog_service.get_curriculum(session=session, course_id=course_id)
        for lecture in section.lectures
        if lecture.video_ready and lecture.duration_seconds
    ]


def seed_demo_qa() -> int:
    """Ask the demo threads that are not there yet; returns how many were asked."""
    asked = 0
    with db.transaction() as session:
        student = auth_service.get_user_by_email(session=session, email=DEMO_STUDENT_EMAIL)
        teacher = auth_service.get_user_by_email(session=session, email=DEMO_INSTRUCTOR_EMAIL)
        if student is None or teacher is None or student.id is None or teacher.id is None:
            return 0
        student_id, teacher_id = int(student.id), int(teacher.id)
        course_id = _enrolled_course_with_videos(session, student_id, teacher_id)
        if course_id is None:
            log.warning("demo_qa_skipped", reason="the demo student has no demo course")
            return 0
        lectures = _lectures_with_length(session, course_id)
        if not lectures:
            return 0
        existing = set(
            session.exec(
                select(Question.title).where(
                    col(Question.course_id) == course_id, col(Question.author_id) == student_id
                )
            )
        )
        student_roles = ["student"]
        teacher_roles = ["student", "instructor"]
        for index, (title, body, moment, answer) in enumerate(DEMO_THREADS):
            if title in existing:
                continue
            lecture_id, length = lectures[min(index, len(lectures) - 1)]
            question = service.ask_question(
                session=session,
                user_id=student_id,
                roles=student_roles,
                lecture_id=lecture_id,
                data=QuestionCreate(
                    title=title,
                    body=body,
                    position_seconds=None if moment is None else min(moment, max(0, length - 1)),
                ),
            )
            asked += 1
            service.toggle_upvote(
                session=session,
                user_id=teacher_id,
                roles=teacher_roles,
                kind=PostKind.question,
                post_id=question.id,
            )
            if not answer:
                continue
            reply = service.answer_question(
                session=session,
                user_id=teacher_id,
                roles=teacher_roles,
                question_id=question.id,
                data=AnswerCreate(body=answer),
            )
            service.toggle_upvote(
                session=session,
                user_id=student_id,
                roles=student_roles,
                kind=PostKind.answer,
                post_id=reply.id,
            )
    return asked
