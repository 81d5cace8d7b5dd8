"""The demo student's history is spread over past weeks, like the dashboards' history."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.support.factories import make_published_course, make_user
from tests.support.media_factories import first_lecture_ids, make_ready_video
from udemy_clone.core import db as core_db
from udemy_clone.orders import service as orders_service
from udemy_clone.playback import service as playback_service
from udemy_clone.playback.demo import DEMO_LIST_NAME, DEMO_STUDENT_EMAIL, seed_demo_student_learning


def test_demo_orders_are_dated_over_past_weeks_with_progress_and_a_list(db) -> None:
    student = make_user(email=DEMO_STUDENT_EMAIL)
    owner = make_user(role="instructor")
    for _ in range(5):
        course = make_published_course(owner=owner, price_cents=1999, lectures_per_section=2)
        for lecture_id in first_lecture_ids(int(course.id)):
            make_ready_video(lecture_id=lecture_id, owner_id=int(owner.id), duration_seconds=20.0)
    assert seed_demo_student_learning() == 4
    with core_db.read_session() as session:
        orders, total = orders_service.list_orders(session=session, user_id=int(student.id))
        courses = playback_service.learning_courses(session=session, user_id=int(student.id))
        lists = playback_service.my_lists(session=session, user_id=int(student.id))
    today = datetime.now(UTC).date()
    days = sorted((today - o.created_at.date()).days for o in orders)
    assert total == 4 and days == [4, 11, 19, 26]  # weeks apart, none today
    assert all(o.status == "paid" for o in orders)
    progress = sorted(c.progress_percent for c in courses)
    assert progress[0] == 0 and progress[-1] == 100 and any(0 < p < 100 for p in progress)
    assert [lst.name for lst in lists] == [DEMO_LIST_NAME]
