"""The demo learning data: a finished course with its certificate, and notes; run twice, once."""

from __future__ import annotations

import pytest

from tests.support.factories import make_published_course, make_user
from tests.support.media_factories import first_lecture_ids, make_ready_video
from udemy_clone.core.db import read_session
from udemy_clone.playback import service
from udemy_clone.playback.seed import DEMO_INSTRUCTOR_EMAIL, DEMO_STUDENT_EMAIL, seed_demo_learning

pytestmark = pytest.mark.timeout(120)


def test_the_demo_student_gets_a_certificate_and_notes_once(db):
    teacher = make_user(role="instructor", email=DEMO_INSTRUCTOR_EMAIL)
    student = make_user(email=DEMO_STUDENT_EMAIL, full_name="Sofia Student")
    courses = [make_published_course(owner=teacher, lectures_per_section=2) for _ in range(2)]
    for course in courses:
        for lecture_id in first_lecture_ids(int(course.id)):
            make_ready_video(lecture_id=lecture_id, owner_id=int(teacher.id), duration_seconds=10)

    assert seed_demo_learning() is True
    assert seed_demo_learning() is True  # a second run adds nothing

    with read_session() as session:
        certificates = service.my_certificates(session=session, user_id=int(student.id))
        assert [(c.course_id, c.status, c.student_name) for c in certificates] == [
            (int(courses[0].id), "valid", "Sofia Student")
        ]
        notes = service.list_notes(
            session=session, user_id=int(student.id), course_id=int(courses[1].id)
        )
        assert len(notes) == 3
        assert all(note.position_seconds <= 9 for note in notes)  # kept within 10 s lectures


def test_without_demo_accounts_nothing_is_seeded(db):
    assert seed_demo_learning() is False
