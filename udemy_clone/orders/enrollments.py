"""Enrollments: who has access to which course (used by playback, reviews, stats)."""

from __future__ import annotations

from sqlalchemy import delete, func
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from udemy_clone.catalog import service as catalog_service
from udemy_clone.core.db import utcnow
from udemy_clone.orders._rows import insert_once
from udemy_clone.orders.models import (
    FREE_GRANT,
    Enrollment,
    EnrollmentGrant,
    EnrollmentStatus,
    order_grant,
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
    """Give the user access to the course, granted by `order_id` (None: a free grant).

    Idempotent; re-activates a revoked enrollment; a second order for a course the student
    already has adds its grant, so refunding one of them leaves the access the other gives.
    """
    existing = _enrollment(session, user_id, course_id)
    activated = False
    if existing is None or existing.status != EnrollmentStatus.active.value:
        catalog_service.get_course(session=session, course_id=course_id)  # 404 unknown courses
        activated = _activate(session, existing, user_id=user_id, course_id=course_id)
    enrollment = _enrollment(session, user_id, course_id)
    assert enrollment is not None and enrollment.id is not None
    source = order_grant(order_id) if order_id is not None else FREE_GRANT
    insert_once(
        session,
        EnrollmentGrant,
        {
            "enrollment_id": enrollment.id,
            "order_id": order_id,
            "source": source,
            "created_at": utcnow(),
        },
    )
    if not activated:
        return enrollment
    if order_id is not None:
        enrollment.order_id = order_id
        session.add(enrollment)
    session.flush()
    catalog_service.record_enrollment_change(session=session, course_id=course_id, delta=1)
    return enrollment


def _activate(
    session: Session, existing: Enrollment | None, *, user_id: int, course_id: int
) -> bool:
    """Make the enrollment active; False when a concurrent transaction did it first."""
    if existing is not None:
        existing.status = EnrollmentStatus.active.value
        existing.order_id = None
        existing.revoked_at = None
        existing.created_at = utcnow()
        session.add(existing)
        session.flush()
        return True
    return insert_once(
        session,
        Enrollment,
        {
            "user_id": user_id,
            "course_id": course_id,
            "order_id": None,
            "status": EnrollmentStatus.active.value,
            "created_at": utcnow(),
        },
    )


def revoke_enrollment(session: Session, *, user_id: int, course_id: int, order_id: int) -> bool:
    """Take back the access this order gave; True when no other grant keeps the enrollment.

    Another paid order, or a free grant, of the same course keeps the student enrolled.
    """
    enrollment = _enrollment(session, user_id, course_id)
    if enrollment is None or enrollment.status != EnrollmentStatus.active.value:
        return False
    session.exec(
        delete(EnrollmentGrant).where(
            col(EnrollmentGrant.enrollment_id) == enrollment.id,
            col(EnrollmentGrant.source) == order_grant(order_id),
        )
    )
    remaining = session.exec(
        select(EnrollmentGrant.id).where(col(EnrollmentGrant.enrollment_id) == enrollment.id)
    ).first()
    if remaining is not None:
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


def co_enrollment_counts(*, session: Session) -> list[tuple[int, int, int]]:
    """(course, other course, students with active access to both), for every pair that has any.

    The "students also bought" rollup reads this; both directions of a pair are listed.
    """
    mine = aliased(Enrollment)
    other = aliased(Enrollment)
    active = EnrollmentStatus.active.value
    same_student = (col(other.user_id) == col(mine.user_id)) & (
        col(other.course_id) != col(mine.course_id)
    )
    rows = session.exec(
        select(col(mine.course_id), col(other.course_id), func.count())
        .select_from(mine)
        .join(other, same_student)
        .where(col(mine.status) == active, col(other.status) == active)
        .group_by(col(mine.course_id), col(other.course_id))
    )
    return [(int(a), int(b), int(n)) for a, b, n in rows]
