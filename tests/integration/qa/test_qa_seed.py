"""The demo Q&A threads: an instructor answer with an upvote, one question left open; run
twice, asked once."""

from __future__ import annotations

import pytest

from tests.support.factories import enroll, make_published_course, make_user
from udemy_clone.core.db import read_session
from udemy_clone.qa import service
from udemy_clone.qa.seed import DEMO_INSTRUCTOR_EMAIL, DEMO_STUDENT_EMAIL, seed_demo_qa

pytestmark = pytest.mark.timeout(120)


def test_demo_threads_are_seeded_once(db):
    assert seed_demo_qa() == 0  # no demo accounts yet
    teacher = make_user(role="instructor", email=DEMO_INSTRUCTOR_EMAIL)
    student = make_user(email=DEMO_STUDENT_EMAIL)
    course = make_published_course(owner=teacher, lectures_per_section=3, lecture_seconds=25)
    enroll(user=student, course_id=int(course.id))

    assert seed_demo_qa() == 3
    assert seed_demo_qa() == 0  # idempotent

    with read_session() as session:
        page = service.list_questions(
            session=session, user_id=int(student.id), roles=["student"], course_id=int(course.id)
        )
        assert page.total == 3
        assert all(q.upvotes == 1 for q in page.items)
        assert all(q.position_seconds is None or q.position_seconds <= 24 for q in page.items)
        answered = [q for q in page.items if q.answer_count]
        assert len(answered) == 2 and all(q.has_instructor_answer for q in answered)
        detail = service.get_question(
            session=session, user_id=int(student.id), roles=["student"], question_id=answered[0].id
        )
        assert [(a.is_instructor, a.is_top, a.upvotes) for a in detail.answers] == [(True, True, 1)]
        inbox = service.instructor_inbox(
            session=session, user_id=int(teacher.id), roles=["instructor"]
        )
        assert [i.question.title for i in inbox] == ["Can you share the slides of this lecture?"]
