"""The demo quiz: added once to the demo student's course under way, ready to take."""

from __future__ import annotations

import pytest

from tests.support.factories import make_published_course, make_user
from udemy_clone.catalog import service as catalog_service
from udemy_clone.catalog.quiz_demo import DEMO_INSTRUCTOR_EMAIL, DEMO_QUIZ_TITLE, seed_demo_quiz
from udemy_clone.core.db import read_session

pytestmark = pytest.mark.timeout(120)


def test_the_demo_quiz_is_added_once(db):
    assert seed_demo_quiz() is False  # no demo instructor yet
    teacher = make_user(role="instructor", email=DEMO_INSTRUCTOR_EMAIL)
    courses = [make_published_course(owner=teacher, lectures_per_section=2) for _ in range(2)]
    assert seed_demo_quiz() is True
    assert seed_demo_quiz() is True  # a second run adds nothing
    with read_session() as session:
        curriculum = catalog_service.get_curriculum(session=session, course_id=int(courses[1].id))
        quizzes = [x for s in curriculum for x in s.lectures if x.kind == "quiz"]
        assert [(q.title, q.question_count, q.is_preview) for q in quizzes] == [
            (DEMO_QUIZ_TITLE, 2, False)
        ]
        assert curriculum[0].lectures[-1].id == quizzes[0].id
        other = catalog_service.get_curriculum(session=session, course_id=int(courses[0].id))
        assert not [x for s in other for x in s.lectures if x.kind == "quiz"]
        checklist = catalog_service.publishing_checklist(
            session=session,
            course=catalog_service.get_course(session=session, course_id=int(courses[1].id)),
        )
        assert all(item.done for item in checklist)
