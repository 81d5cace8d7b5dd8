"""The buy box asks the orders domain where a viewer stands with a course."""

from __future__ import annotations

from tests.support.factories import enroll, make_published_course, make_user
from udemy_clone.core import db as core_db
from udemy_clone.orders import service as orders_service


def _status(user_id: int, course_id: int) -> str:
    with core_db.read_session() as session:
        return orders_service.purchase_status(session=session, user_id=user_id, course_id=course_id)


def test_status_follows_cart_and_enrollment(db):
    student = make_user()
    course = make_published_course(price_cents=1999)
    assert student.id is not None
    assert _status(student.id, course.id) == "none"
    with core_db.transaction() as session:
        orders_service.add_to_cart(session=session, user_id=student.id, course_id=course.id)
    assert _status(student.id, course.id) == "in_cart"
    enroll(user=student, course_id=course.id)
    assert _status(student.id, course.id) == "enrolled"
