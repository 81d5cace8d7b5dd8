"""Certificates of completion: issued at 100 %, verified in public, revoked on refund.

Keyword-only functions that never commit; `service.py` re-exports them.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Sequence

from sqlmodel import Session, col, select

from udemy_clone.auth import service as auth_service
from udemy_clone.catalog import service as catalog_service
from udemy_clone.core import db
from udemy_clone.core.config import get_settings
from udemy_clone.core.db import as_utc, utcnow
from udemy_clone.core.errors import NotFound
from udemy_clone.orders import service as orders_service
from udemy_clone.playback.learning_models import TOKEN_PATTERN, Certificate, CertificatePublic

REFUND_REASON = "The course was refunded."
NOT_FOUND_MESSAGE = "No certificate has this id. Check the link you were given."
_TOKEN_RE = re.compile(TOKEN_PATTERN)


def new_certificate_token() -> str:
    """An unguessable id for a verification URL (128 random bits)."""
    return secrets.token_urlsafe(16)


def certificate_url(token: str) -> str:
    """The public verification page of a certificate."""
    return f"{get_settings().public_url.rstrip('/')}/certificate/{token}"


def certificate_pdf_url(token: str) -> str:
    """Where the certificate's PDF is downloaded (the REST API)."""
    return f"{get_settings().frontend_api_url}/api/v1/certificates/{token}/pdf"


def to_public(row: Certificate) -> CertificatePublic:
    """The facts a certificate states, with its status and URLs."""
    return CertificatePublic(
        id=row.token,
        student_name=row.student_name,
        course_id=row.course_id,
        course_title=row.course_title,
        instructor_name=row.instructor_name,
        issued_at=as_utc(row.issued_at),
        video_seconds=row.video_seconds,
        length_hours=round(row.video_seconds / 3600, 1),
        status="revoked" if row.revoked_at else "valid",
        revoked_at=as_utc(row.revoked_at) if row.revoked_at else None,
        verify_url=certificate_url(row.token),
        pdf_url=certificate_pdf_url(row.token),
    )


def _row(session: Session, *, user_id: int, course_id: int) -> Certificate | None:
    return session.exec(
        select(Certificate).where(
            col(Certificate.user_id) == user_id, col(Certificate.course_id) == course_id
        )
    ).first()


def issue_certificate(*, session: Session, user_id: int, course_id: int) -> Certificate | None:
    """Issue (once) the certificate of an enrolled student who completed the course.

    The caller has checked that the course is 100 % complete. Idempotent: a second call
    returns the certificate already issued; one revoked by a refund is reinstated when the
    student is enrolled again and completes the course. Not enrolled (the instructor or an
    admin watching): no certificate.
    """
    if not orders_service.is_enrolled(session=session, user_id=user_id, course_id=course_id):
        return None
    existing = _row(session, user_id=user_id, course_id=course_id)
    if existing is not None:
        if existing.revoked_at is not None:
            existing.revoked_at = None
            existing.revoked_reason = ""
            existing.issued_at = utcnow()
            session.add(existing)
            session.flush()
        return existing
    course = catalog_service.get_course(session=session, course_id=course_id)
    summary = catalog_service.to_summaries(session=session, courses=[course])[0]
    student = auth_service.get_user(session=session, user_id=user_id)
    db.insert_ignoring_duplicates(
        session,
        Certificate,
        [
            {
                "token": new_certificate_token(),
                "user_id": user_id,
                "course_id": course_id,
                "student_name": (student.full_name or student.email)[:200],
                "course_title": summary.title[:200],
                "instructor_name": summary.instructor.full_name[:200],
                "video_seconds": int(summary.duration_seconds),
                "issued_at": utcnow(),
                "revoked_reason": "",
            }
        ],
        conflict=("user_id", "course_id"),
    )
    session.flush()
    return _row(session, user_id=user_id, course_id=course_id)


def get_certificate(*, session: Session, certificate_id: str) -> CertificatePublic:
    """A certificate's public facts by its URL id (404 when unknown)."""
    if not _TOKEN_RE.match(certificate_id or ""):
        raise NotFound(NOT_FOUND_MESSAGE, code="certificate_not_found")
    row = session.exec(select(Certificate).where(col(Certificate.token) == certificate_id)).first()
    if row is None:
        raise NotFound(NOT_FOUND_MESSAGE, code="certificate_not_found")
    return to_public(row)


def my_certificates(*, session: Session, user_id: int) -> list[CertificatePublic]:
    """The student's certificates, newest first (revoked ones included, marked)."""
    rows = session.exec(
        select(Certificate)
        .where(col(Certificate.user_id) == user_id)
        .order_by(col(Certificate.issued_at).desc(), col(Certificate.id).desc())
    )
    return [to_public(row) for row in rows]


def revoke_refunded_certificates(
    *, session: Session, user_id: int, course_ids: Sequence[int]
) -> int:
    """Revoke the student's certificates of refunded courses they no longer have; how many."""
    revoked = 0
    for course_id in course_ids:
        row = _row(session, user_id=user_id, course_id=course_id)
        if row is None or row.revoked_at is not None:
            continue
        if orders_service.is_enrolled(session=session, user_id=user_id, course_id=course_id):
            continue  # another order still grants the course
        row.revoked_at = utcnow()
        row.revoked_reason = REFUND_REASON
        session.add(row)
        revoked += 1
    session.flush()
    return revoked
