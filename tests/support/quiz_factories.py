"""Quiz test data: a quiz lecture with questions, added to a course through the services."""

from __future__ import annotations

from typing import Any

from udemy_clone.catalog import service as catalog_service
from udemy_clone.catalog.models import LectureCreate
from udemy_clone.catalog.quiz_models import QuizQuestionIn
from udemy_clone.core import db

CAPITAL = {
    "prompt": "What is the capital of France?",
    "kind": "single",
    "options": [
        {"text": "Paris", "correct": True, "explanation": "Paris has been the capital since 987."},
        {"text": "Lyon", "correct": False, "explanation": "Lyon is the third largest city."},
        {"text": "Nice", "correct": False, "explanation": "Nice is on the Riviera."},
    ],
}
PRIMES = {
    "prompt": "Which of these numbers are prime?",
    "kind": "multiple",
    "options": [
        {"text": "2", "correct": True, "explanation": "2 is the only even prime."},
        {"text": "4", "correct": False, "explanation": "4 = 2 x 2."},
        {"text": "7", "correct": True, "explanation": "7 has no divisor but 1 and 7."},
    ],
}


def add_quiz(
    *, course: Any, questions: list[dict[str, Any]] | None = None, title: str = "Check yourself"
) -> int:
    """A quiz lecture at the end of the course's first section; returns its lecture id."""
    owner_id = int(course.owner_id)
    with db.transaction() as session:
        section = catalog_service.get_curriculum(session=session, course_id=int(course.id))[0]
        lecture = catalog_service.add_lecture(
            session=session,
            actor_id=owner_id,
            actor_roles=[],
            section_id=section.id,
            data=LectureCreate(title=title, kind="quiz"),
        )
        for body in [CAPITAL, PRIMES] if questions is None else questions:
            catalog_service.add_quiz_question(
                session=session,
                actor_id=owner_id,
                actor_roles=[],
                lecture_id=int(lecture.id or 0),
                data=QuizQuestionIn.model_validate(body),
            )
        return int(lecture.id or 0)
