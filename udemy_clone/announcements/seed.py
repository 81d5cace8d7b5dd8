"""Demo data: one announcement, with a student's comment, on a demo course."""

from __future__ import annotations

from sqlmodel import Session, select

from udemy_clone.announcements import service
from udemy_clone.announcements.models import Announcement, AnnouncementCreate, CommentCreate
from udemy_clone.auth import service as auth_service
from udemy_clone.catalog import service as catalog_service
from udemy_clone.core import db
from udemy_clone.orders import service as orders_service

DEMO_STUDENT_EMAIL = "student@example.com"
DEMO_INSTRUCTOR_EMAIL = "instructor@example.com"
DEMO_TITLE = "Welcome — and live Q&A this Friday"
DEMO_BODY = (
    "Thanks for joining the course! Work through the first section at your own pace, and "
    "download the resources under each lecture.\n\n"
    "This Friday at 17:00 UTC I will answer questions live. Post yours in the comments below."
)
DEMO_COMMENT = "Thank you! Will the Q&A be recorded for those of us in other time zones?"


def _demo_course(session: Session, teacher_id: int, student_id: int) -> int | None:
    enrolled = orders_service.enrolled_course_ids(session=session, user_id=student_id)
    for course_id in sorted(enrolled):
        if catalog_service.get_course(session=session, course_id=course_id).owner_id == teacher_id:
            return course_id
    return None


def seed_demo_announcements() -> bool:
    """Post the demo announcement and the demo student's comment once (idempotent)."""
    with db.transaction() as session:
        student = auth_service.get_user_by_email(session=session, email=DEMO_STUDENT_EMAIL)
        teacher = auth_service.get_user_by_email(session=session, email=DEMO_INSTRUCTOR_EMAIL)
        if student is None or teacher is None or student.id is None or teacher.id is None:
            return False
        course_id = _demo_course(session, int(teacher.id), int(student.id))
        if course_id is None:
            return False
        already = session.exec(
            select(Announcement.id).where(Announcement.course_id == course_id).limit(1)
        ).first()
        if already is not None:
            return False
        announcement = service.post_announcement(
            session=session,
            course_id=course_id,
            actor_id=int(teacher.id),
            actor_roles=[],
            data=AnnouncementCreate(title=DEMO_TITLE, body=DEMO_BODY),
        )
        service.add_comment(
            session=session,
            announcement_id=int(announcement.id or 0),
            actor_id=int(student.id),
            actor_roles=[],
            data=CommentCreate(body=DEMO_COMMENT),
        )
    return True
