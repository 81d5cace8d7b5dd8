"""Events become notifications and emails once, for the right people, as they prefer."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlmodel import col, select

from tests.support.factories import make_category, make_course, make_published_course, make_user
from udemy_clone.auth.events import UserRegistered
from udemy_clone.catalog.events import CoursePublished, CourseRejected, CourseSubmitted
from udemy_clone.core import db as core_db
from udemy_clone.media.events import VideoFailed, VideoReady
from udemy_clone.notifications import service, tasks
from udemy_clone.notifications.models import (
    EmailLog,
    FollowKind,
    Notification,
    PreferencesUpdate,
)
from udemy_clone.orders.events import OrderEvent, OrderPaid, OrderRefunded
from udemy_clone.reviews.events import ReplyCreated, ReviewCreated, ReviewHidden


def _notifications(user_id: int) -> list[Notification]:
    with core_db.read_session() as session:
        return list(
            session.exec(
                select(Notification)
                .where(col(Notification.user_id) == user_id)
                .order_by(col(Notification.id))
            )
        )


def _emails(user_id: int) -> list[EmailLog]:
    with core_db.read_session() as session:
        return list(session.exec(select(EmailLog).where(col(EmailLog.user_id) == user_id)))


def _paid_order(student: Any, course_ids: list[int]) -> int:
    from udemy_clone.orders import service as orders_service

    with core_db.transaction() as session:
        order = orders_service.create_order(
            session=session, user_id=int(student.id), course_ids=course_ids
        )
        orders_service.fulfil_order(session=session, order_id=int(order.id))
        return int(order.id)


def test_purchase_tells_student_and_instructor_once(db, jobs):
    instructor = make_user(role="instructor", full_name="Ivy Teacher")
    course = make_published_course(owner=instructor, title="Rust for Pythonistas")
    student = make_user(full_name="Sam Student")
    order_id = _paid_order(student, [int(course.id)])
    event = _order_event(OrderPaid, order_id, student)

    tasks.on_order_paid(event, event_id=1)
    tasks.on_order_paid(event, event_id=1)  # a retried job

    [receipt] = _notifications(int(student.id))
    assert receipt.kind == "purchase" and f"#{order_id}" in receipt.body
    assert "Rust for Pythonistas" in receipt.body and receipt.link == "/my-courses"
    [sale] = _notifications(int(instructor.id))
    assert sale.kind == "sale" and "Rust for Pythonistas" in sale.title
    [email] = _emails(int(student.id))
    assert email.template == "receipt" and f"#{order_id}" in email.subject
    # the retry queued the still-pending email again, never a second email row
    assert jobs.args_of("send_email").count((email.id,)) == 2


def _order_event(kind: type[OrderEvent], order_id: int, student) -> OrderEvent:
    return kind(
        order_id=order_id, user_id=int(student.id), course_ids=(), amount_cents=0, currency="USD"
    )


def test_refund_tells_the_student(db, jobs):
    course = make_published_course()
    student = make_user()
    order_id = _paid_order(student, [int(course.id)])
    tasks.on_order_refunded(_order_event(OrderRefunded, order_id, student), event_id=2)
    [note] = _notifications(int(student.id))
    assert note.title.startswith("Refund done")
    assert [e.subject for e in _emails(int(student.id))] == [
        f"Your refund for Learnly order #{order_id}"
    ]


def test_preferences_decide_channels(db, jobs):
    course = make_published_course()
    student = make_user()
    with core_db.transaction() as session:
        service.update_preferences(
            session=session,
            user_id=int(student.id),
            data=PreferencesUpdate(inapp_purchase=False, email_purchase=True),
        )
    order_id = _paid_order(student, [int(course.id)])
    tasks.on_order_paid(_order_event(OrderPaid, order_id, student), event_id=3)
    assert _notifications(int(student.id)) == []
    assert len(_emails(int(student.id))) == 1


def test_approval_tells_instructor_and_queues_fan_out(db, jobs):
    instructor = make_user(role="instructor")
    course = make_published_course(owner=instructor, title="Approved Course")
    tasks.on_course_published(CoursePublished(course_id=course.id), event_id=4)
    tasks.on_course_published(CoursePublished(course_id=course.id), event_id=5)  # redelivered
    [note] = _notifications(int(instructor.id))
    assert note.kind == "course_status" and note.title == "Approved: Approved Course"
    assert note.link == f"/courses/{course.slug}"
    assert jobs.args_of("fan_out_new_course")[0] == (course.id, 0)


def test_edit_of_an_old_published_course_tells_nobody(db, jobs):
    from udemy_clone.catalog.models import Course

    instructor = make_user(role="instructor")
    course = make_published_course(owner=instructor)
    with core_db.transaction() as session:
        row = session.get(Course, course.id)
        assert row is not None
        row.submitted_at = row.published_at = core_db.utcnow() - timedelta(days=90)
        session.add(row)
    tasks.on_course_published(CoursePublished(course_id=course.id), event_id=6)
    assert _notifications(int(instructor.id)) == []
    assert jobs.args_of("fan_out_new_course") == []


def test_rejection_carries_the_reason(db, jobs):
    instructor = make_user(role="instructor")
    course = make_course(owner=instructor, title="Needs Work")
    tasks.on_course_rejected(
        CourseRejected(course_id=course.id, reason="Audio is missing in lecture 2."), event_id=7
    )
    [note] = _notifications(int(instructor.id))
    assert note.title == "Changes needed: Needs Work"
    assert "Audio is missing in lecture 2." in note.body
    [email] = _emails(int(instructor.id))
    assert email.context["quote"] == "Audio is missing in lecture 2."


def test_video_ready_and_failed(db, jobs):
    instructor = make_user(role="instructor")
    course = make_course(owner=instructor)
    from udemy_clone.catalog import service as catalog_service

    with core_db.read_session() as session:
        lecture_id = (
            catalog_service.get_curriculum(session=session, course_id=int(course.id))[0]
            .lectures[0]
            .id
        )
    tasks.on_video_ready(
        VideoReady(video_id=999001, lecture_id=lecture_id, owner_id=instructor.id), event_id=8
    )
    tasks.on_video_failed(
        VideoFailed(video_id=999002, lecture_id=lecture_id, owner_id=instructor.id), event_id=9
    )
    titles = [n.title for n in _notifications(int(instructor.id))]
    assert titles == ["Video ready: Lecture 1.1", "Video failed: Lecture 1.1"]


def test_review_and_reply(db, jobs):
    instructor = make_user(role="instructor")
    course = make_published_course(owner=instructor, title="Reviewed Course")
    student = make_user(full_name="Rita Reviewer")
    tasks.on_review_created(
        ReviewCreated(review_id=77, course_id=course.id, author_id=student.id), event_id=10
    )
    tasks.on_reply_created(
        ReplyCreated(
            review_id=77, author_id=student.id, instructor_id=instructor.id, course_id=course.id
        ),
        event_id=11,
    )
    [review] = _notifications(int(instructor.id))
    assert review.title == "New review on Reviewed Course" and "Rita Reviewer" in review.body
    [reply] = _notifications(int(student.id))
    assert "replied to your review" in reply.title and reply.link.endswith("#reviews")


def test_welcome_on_registration(db, jobs):
    user = make_user(full_name="Nova Newcomer")
    tasks.on_user_registered(UserRegistered(user_id=user.id, role="student"), event_id=12)
    [note] = _notifications(int(user.id))
    assert note.title == "Welcome to Learnly, Nova!" and _emails(int(user.id)) == []


def test_fan_out_reaches_followers_of_parent_category_and_instructor_in_batches(
    db, jobs, monkeypatch
):
    monkeypatch.setattr(service, "FANOUT_BATCH_SIZE", 2)
    parent = make_category(name="Development")
    child = make_category(name="Web Development", parent_id=int(parent.id))
    instructor = make_user(role="instructor")
    followers = [make_user() for _ in range(4)]
    email_fan = followers[0]
    with core_db.transaction() as session:
        service.follow(
            session=session,
            user_id=int(followers[0].id),
            kind=FollowKind.category,
            target_id=int(parent.id),
        )
        service.follow(
            session=session,
            user_id=int(followers[1].id),
            kind=FollowKind.category,
            target_id=int(child.id),
        )
        for f in followers[1:]:  # followers[1] follows both: still told once
            service.follow(
                session=session,
                user_id=int(f.id),
                kind=FollowKind.instructor,
                target_id=int(instructor.id),
            )
        service.update_preferences(
            session=session,
            user_id=int(email_fan.id),
            data=PreferencesUpdate(email_new_course=True),
        )
    course = make_published_course(owner=instructor, category_id=int(child.id), title="HTMX")

    after = 0
    while True:
        count = tasks.fan_out_new_course(int(course.id), after)
        queued = [a for a in jobs.args_of("fan_out_new_course") if a[1] > after]
        if count < 2:
            assert queued == []
            break
        after = queued[-1][1]
    tasks.fan_out_new_course(int(course.id), 0)  # a retried first batch adds nothing

    for f in followers:
        [note] = _notifications(int(f.id))
        assert note.title == "New course: HTMX" and note.kind == "new_course"
    assert _notifications(int(instructor.id)) == []
    assert [e.kind for e in _emails(int(email_fan.id))] == ["new_course"]
    assert all(_emails(int(f.id)) == [] for f in followers[1:])  # email is opt-in


def test_submission_tells_every_active_admin_once(db, jobs):
    from udemy_clone.auth import service as auth_service
    from udemy_clone.catalog import service as catalog_service

    admin = make_user(role="admin", full_name="Ada Admin")
    retired = make_user(role="admin")
    instructor = make_user(role="instructor", full_name="Ivy Teacher")
    course = make_course(owner=instructor, title="Waiting Course")
    with core_db.transaction() as session:
        auth_service.set_active(
            session=session,
            actor_id=int(admin.id),
            actor_roles=["admin"],
            user_id=int(retired.id),
            active=False,
        )
        catalog_service.submit_course(
            session=session, actor_id=int(instructor.id), course_id=int(course.id)
        )
    tasks.on_course_submitted(CourseSubmitted(course_id=course.id), event_id=13)
    tasks.on_course_submitted(CourseSubmitted(course_id=course.id), event_id=13)  # retried
    [note] = _notifications(int(admin.id))
    assert note.title == "Waiting for review: Waiting Course"
    assert "Ivy Teacher" in note.body and note.link == "/admin"
    assert _notifications(int(retired.id)) == []
    assert _notifications(int(instructor.id)) == []


def test_hidden_review_tells_its_author_why(db, jobs):
    from udemy_clone.reviews import service as reviews_service
    from udemy_clone.reviews.models import ReasonInput, ReviewCreate

    course = make_published_course(title="Moderated Course")
    student = make_user(full_name="Rita Reviewer")
    _paid_order(student, [int(course.id)])
    with core_db.transaction() as session:
        review = reviews_service.create_review(
            session=session,
            course_id=int(course.id),
            author_id=int(student.id),
            data=ReviewCreate(rating=1, comment="Buy my course instead at spam.example"),
        )
        reviews_service.hide_review(
            session=session,
            review_id=int(review.id),
            actor_roles=["admin"],
            data=ReasonInput(reason="Advertising is not allowed in reviews."),
        )
    tasks.on_review_hidden(
        ReviewHidden(review_id=review.id, course_id=course.id, author_id=student.id), event_id=14
    )
    [note] = _notifications(int(student.id))
    assert note.title == "Your review was hidden"
    assert "Advertising is not allowed in reviews." in note.body
    [email] = _emails(int(student.id))
    assert email.context["quote"] == "Advertising is not allowed in reviews."


def test_receipt_shows_the_orders_own_currency(db, jobs):
    course = make_published_course(title="Euro Course", price_cents=1500, currency="EUR")
    student = make_user()
    order_id = _paid_order(student, [int(course.id)])
    tasks.on_order_paid(
        OrderPaid(
            order_id=order_id,
            user_id=int(student.id),
            course_ids=(int(course.id),),
            amount_cents=1500,
            currency="EUR",
        ),
        event_id=11,
    )
    [email] = _emails(int(student.id))
    shown = str(email.context)
    assert "€15.00" in shown and "$" not in shown
