"""Certificates as the verification page and My courses show them."""

from __future__ import annotations

from dataclasses import dataclass

from udemy_clone.playback.certificate_render import length_text
from udemy_clone.playback.learning_models import CertificatePublic
from udemy_clone.web.kit import routes
from udemy_clone.web.kit.format import format_date


@dataclass
class CertificateRow:
    """One certificate's facts, ready to display."""

    id: str = ""
    student_name: str = ""
    course_title: str = ""
    instructor_name: str = ""
    issued: str = ""
    video_length: str = ""
    valid: bool = True
    revoked_on: str = ""
    page_href: str = ""
    verify_url: str = ""
    pdf_url: str = ""


def certificate_row(certificate: CertificatePublic) -> CertificateRow:
    """The service's certificate as display text."""
    return CertificateRow(
        id=certificate.id,
        student_name=certificate.student_name,
        course_title=certificate.course_title,
        instructor_name=certificate.instructor_name,
        issued=format_date(certificate.issued_at),
        video_length=length_text(certificate.video_seconds),
        valid=certificate.status == "valid",
        revoked_on=format_date(certificate.revoked_at),
        page_href=routes.certificate_url(certificate.id),
        verify_url=certificate.verify_url,
        pdf_url=certificate.pdf_url,
    )
