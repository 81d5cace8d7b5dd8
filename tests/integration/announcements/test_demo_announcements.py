"""The demo announcement: posted once on a demo course the demo student takes, with a comment."""

from __future__ import annotations

import pytest

from tests.support.factories import enroll, make_published_course, make_user
from tests.support.http import outbox_events
from udemy_clone.announcements import service
from udemy_clone.announcements.events import AnnouncementPosted
from udemy_clone.announcements.seed import (
    DEMO_COMMENT,
    DEMO_INSTRUCTOR_EMAIL,
    DEMO_STUDENT_EMAIL,
    DEMO_TITLE,
    seed_demo_announcements,
)
from udemy_clone.core.db import read_session

pytestmark = pytest.mark.timeout(120)


def test_the_demo_announcement_is_posted_once_with_a_comment(db):
    teacher = make_user(role="instructor", email=DEMO_INSTRUCTOR_EMAIL)
    student = make_user(email=DEMO_STUDENT_EMAIL, full_name="Sofia Student")
    other = make_published_course(owner=make_user(role="instructor"))
    course = make_published_course(owner=teacher)
    enroll(user=student, course_id=int(other.id))
    enroll(user=student, course_id=int(course.id))

    assert seed_demo_announcements() is True
    assert seed_demo_announcements() is False  # a second run adds nothing

    with read_session() as session:
        [announcement] = service.list_announcements(
            session=session, course_id=int(course.id), user_id=int(student.id)
        )
    assert announcement.title == DEMO_TITLE
    assert [(c.body, c.author_name) for c in announcement.comments] == [
        (DEMO_COMMENT, "Sofia Student")
    ]
    assert len(outbox_events(AnnouncementPosted.topic)) == 1


def test_without_the_demo_accounts_nothing_is_posted(db):
    assert seed_demo_announcements() is False
