"""Demo data: one quiz at the end of a demo course's first section (idempotent)."""

from __future__ import annotations

from sqlmodel import Session, col, select

from udemy_clone.auth import service as auth_service
from udemy_clone.catalog import service as catalog_service
from udemy_clone.catalog.models import Lecture, LectureCreate, LectureKind, Section
from udemy_clone.catalog.quiz_models import QuizQuestionIn
from udemy_clone.core import db
from udemy_clone.core.log import get_logger

log = get_logger(__name__)

DEMO_INSTRUCTOR_EMAIL = "instructor@example.com"
DEMO_QUIZ_TITLE = "Quiz: check what you learned"
DEMO_QUESTIONS: tuple[dict[str, object], ...] = (
    {
        "prompt": "What is the best way to learn a new skill from a course?",
        "kind": "single",
        "options": [
            {
                "text": "Practise each step yourself right after the lecture",
                "correct": True,
                "explanation": "Doing it yourself while it is fresh is what makes it stick.",
            },
            {
                "text": "Watch every lecture at double speed, then practise",
                "correct": False,
                "explanation": "Speed helps with review, but practice is what builds the skill.",
            },
            {
                "text": "Read the course description twice",
                "correct": False,
                "explanation": "The description says what you will learn, not how to do it.",
            },
        ],
    },
    {
        "prompt": "Which of these help you remember a lecture? (choose every one that does)",
        "kind": "multiple",
        "options": [
            {
                "text": "Taking notes at key moments",
                "correct": True,
                "explanation": "Notes in your own words are a proven memory aid.",
            },
            {
                "text": "Re-watching the hard parts",
                "correct": True,
                "explanation": "Spaced repetition of the difficult parts pays off.",
            },
            {
                "text": "Skipping the exercises",
                "correct": False,
                "explanation": "Exercises are where you find out what you have not understood.",
            },
        ],
    },
)


def _demo_course_id(session: Session, owner_id: int) -> int | None:
    """The demo student's course under way (the demo instructor's second course with videos)."""
    found: list[int] = []
    for course_id in sorted(catalog_service.published_course_ids(session=session)):
        course = catalog_service.get_course(session=session, course_id=course_id)
        if course.owner_id != owner_id:
            continue
        curriculum = catalog_service.get_curriculum(session=session, course_id=course_id)
        ready = [x for section in curriculum for x in section.lectures if x.video_ready]
        if len(ready) >= 2:
            found.append(course_id)
    if not found:
        return None
    return found[1] if len(found) > 1 else found[0]


def seed_demo_quiz() -> bool:
    """Add the demo quiz to a demo course once; True when the course has it."""
    with db.transaction() as session:
        teacher = auth_service.get_user_by_email(session=session, email=DEMO_INSTRUCTOR_EMAIL)
        if teacher is None or teacher.id is None:
            return False
        course_id = _demo_course_id(session, int(teacher.id))
        if course_id is None:
            return False
        existing = session.exec(
            select(Lecture.id)
            .join(Section, col(Section.id) == col(Lecture.section_id))
            .where(col(Section.course_id) == course_id, col(Lecture.kind) == LectureKind.quiz)
        ).first()
        if existing is not None:
            return True
        first_section = catalog_service.get_curriculum(session=session, course_id=course_id)[0]
        quiz = catalog_service.add_lecture(
            session=session,
            actor_id=int(teacher.id),
            actor_roles=[],
            section_id=first_section.id,
            data=LectureCreate(title=DEMO_QUIZ_TITLE, kind=LectureKind.quiz),
        )
        for body in DEMO_QUESTIONS:
            catalog_service.add_quiz_question(
                session=session,
                actor_id=int(teacher.id),
                actor_roles=[],
                lecture_id=int(quiz.id or 0),
                data=QuizQuestionIn.model_validate(body),
            )
        log.info("demo_quiz_added", course_id=course_id, lecture_id=quiz.id)
    return True
