"""Rows of the certificate page, My courses' certificates and the player's Notes panel."""

from __future__ import annotations

from datetime import UTC, datetime

from udemy_clone.playback.learning_models import CertificatePublic, NotePublic
from udemy_clone.web.pages.certificate.rows import certificate_row
from udemy_clone.web.pages.player.notes_rows import note_rows, notes_filename, notes_in_scope

MOMENT = datetime(2026, 3, 5, 10, 0, tzinfo=UTC)


def _certificate(**changes) -> CertificatePublic:
    fields = {
        "id": "AbCdEfGhIjKlMnOpQrStUv",
        "student_name": "Zoë Müller",
        "course_id": 3,
        "course_title": "Rust",
        "instructor_name": "Ivan",
        "issued_at": MOMENT,
        "video_seconds": 12600,
        "length_hours": 3.5,
        "status": "valid",
        "revoked_at": None,
        "verify_url": "https://learn.example/certificate/AbCdEfGhIjKlMnOpQrStUv",
        "pdf_url": "https://learn.example/api/v1/certificates/AbCdEfGhIjKlMnOpQrStUv/pdf",
    }
    return CertificatePublic(**(fields | changes))


def test_a_valid_certificate_row():
    row = certificate_row(_certificate())
    assert row.valid and row.revoked_on == ""
    assert row.issued == "Mar 5, 2026"
    assert row.video_length == "3.5 total hours"
    assert row.page_href == "/certificate/AbCdEfGhIjKlMnOpQrStUv"


def test_a_revoked_certificate_row():
    row = certificate_row(_certificate(status="revoked", revoked_at=MOMENT))
    assert not row.valid and row.revoked_on == "Mar 5, 2026"


def _note(note_id: int, lecture_id: int, seconds: float) -> NotePublic:
    return NotePublic(
        id=note_id,
        course_id=1,
        lecture_id=lecture_id,
        lecture_title=f"Lecture {lecture_id}",
        position_seconds=seconds,
        body="text",
        created_at=MOMENT,
        updated_at=MOMENT,
    )


def test_note_rows_and_scope():
    rows = note_rows([_note(1, 10, 83.7), _note(2, 11, 3725)])
    assert [row.stamp for row in rows] == ["1:23", "1:02:05"]
    assert [row.id for row in notes_in_scope(rows, scope="lecture", lecture_id=11)] == [2]
    assert [row.id for row in notes_in_scope(rows, scope="course", lecture_id=11)] == [1, 2]
    assert notes_filename("rust-basics") == "notes-rust-basics.md"
    assert notes_filename("") == "notes-course.md"
