"""Enrollments: who has access to which course (used by playback, reviews, stats)."""

from __future__ import annotations

from sqlmodel import Session, col, select

from udemy_clone.catalog import service as catalog_service
from udemy_clone.core import outbox
from udemy_clone.core.db import utcnow
from udemy_clone.orders._rows import insert_once
from udemy_clone.orders.events import EnrollmentCreated
from udemy_clone.orders.models import (
    Enrollment,
    EnrollmentStatus,
)


def is_enrolled(*, session: Session, user_id: int, course_id: int) -> bool:
    """True when the user has active access to the course through an enrollment."""
    statement = select(Enrollment.id).where(
        col(Enrollment.user_id) == user_id,
        col(Enrollment.course_id) == course_id,
        col(Enrollment.status) == EnrollmentStatus.active.value,
    )
    return session.exec(statement.limit(1)).first() is not None


def _enrollment(session: Session, user_id: int, course_id: int) -> Enrollment | None:
    return session.exec(
        select(Enrollment).where(
            col(Enrollment.user_id) == user_id, col(Enrollment.course_id) == course_id
        )
    ).first()


def enroll_student(
    *, session: Session, user_id: int, course_id: int, order_id: int | None = None
) -> Enrollment:
    """Give the user access to the course (idempotent; re-activates a revoked enrollment)."""
    existing = _enrollment(session, user_id, course_id)
    if existing is not None and existing.status == EnrollmentStatus.active.value:
        return existing
    catalog_service.get_course(session=session, course_id=course_id)  # 404 for unknown courses
    if existing is not None:
        existing.status = EnrollmentStatus.active.value
        existing.order_id = order_id
        existing.revoked_at = None
        existing.created_at = utcnow()
        session.add(existing)
        enrollment = existing
    else:
        created = insert_once(
            session,
            Enrollment,
            {
                "user_id": user_id,
                "course_id": course_id,
                "order_id": order_id,
                "status": EnrollmentStatus.active.value,
                "created_at": utcnow(),
            },
        )
        found = _enrollment(session, user_id, course_id)
        assert found is not None
        if not created:
            return found  # another transaction enrolled the same student at the same moment
        enrollment = found
    session.flush()
    catalog_service.record_enrollment_change(session=session, course_id=course_id, delta=1)
    outbox.emit(session, EnrollmentCreated(user_id=user_id, course_id=course_id, order_id=order_id))
    return enrollment


def revoke_enrollment(session: Session, *, user_id: int, course_id: int, order_id: int) -> bool:
    enrollment = _enrollment(session, user_id, course_id)
    # Only the access this order gave is taken back (a later purchase keeps its own).
    if (
        enrollment is None
        or enrollment.status != EnrollmentStatus.active.value
        or enrollment.order_id != order_id
    ):
        return False
    enrollment.status = EnrollmentStatus.revoked.value
    enrollment.revoked_at = utcnow()
    session.add(enrollment)
    session.flush()
    catalog_service.record_enrollment_change(session=session, course_id=course_id, delta=-1)
    return True


def list_enrollments(*, session: Session, user_id: int) -> list[Enrollment]:
    """The user's active enrollments, newest first."""
    statement = (
        select(Enrollment)
        .where(
            col(Enrollment.user_id) == user_id,
            col(Enrollment.status) == EnrollmentStatus.active.value,
        )
        .order_by(col(Enrollment.created_at).desc(), col(Enrollment.id).desc())
    )
    return list(session.exec(statement))


def enrolled_user_ids(*, session: Session, course_id: int) -> list[int]:
    """Ids of the students with active access to the course."""
    statement = select(Enrollment.user_id).where(
        col(Enrollment.course_id) == course_id,
        col(Enrollment.status) == EnrollmentStatus.active.value,
    )
    return sorted(int(uid) for uid in session.exec(statement))


def enrolled_course_ids(*, session: Session, user_id: int) -> set[int]:
    """Ids of the courses the user has active access to."""
    return {e.course_id for e in list_enrollments(session=session, user_id=user_id)}
