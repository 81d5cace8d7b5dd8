"""REST routes of certificates and lecture notes (mounted with the playback router)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query
from fastapi.responses import Response

from udemy_clone.gateway.deps import CurrentUser, IdPath, SessionDep
from udemy_clone.gateway.schemas import ERROR_RESPONSES
from udemy_clone.playback import certificate_render, service
from udemy_clone.playback.learning_models import (
    TOKEN_PATTERN,
    CertificatePublic,
    NoteCreate,
    NotePublic,
    NoteUpdate,
)

router = APIRouter(tags=["learning"], responses=ERROR_RESPONSES)

CertificateId = Annotated[
    str,
    Path(
        min_length=16,
        max_length=64,
        pattern=TOKEN_PATTERN,
        description="The certificate's id from its verification URL",
    ),
]
LectureFilter = Annotated[
    int | None,
    Query(ge=1, le=2**31 - 1, description="Only the notes of this lecture"),
]


@router.get("/me/certificates", response_model=list[CertificatePublic])
def get_my_certificates(session: SessionDep, principal: CurrentUser) -> list[CertificatePublic]:
    """The caller's certificates of completion, newest first (revoked ones marked)."""
    return service.my_certificates(session=session, user_id=principal.id)


@router.get("/certificates/{certificate_id}", response_model=CertificatePublic)
def get_certificate(certificate_id: CertificateId, session: SessionDep) -> CertificatePublic:
    """Public: what a certificate states and whether it is valid or revoked."""
    return service.get_certificate(session=session, certificate_id=certificate_id)


@router.get(
    "/certificates/{certificate_id}/pdf",
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}}}},
)
def get_certificate_pdf(certificate_id: CertificateId, session: SessionDep) -> Response:
    """Public: the certificate as a PDF."""
    certificate = service.get_certificate(session=session, certificate_id=certificate_id)
    body = certificate_render.certificate_pdf(certificate)
    return Response(
        body,
        media_type="application/pdf",
        headers={
            "Content-Disposition": f'inline; filename="certificate-{certificate.id}.pdf"',
            "Cache-Control": "no-cache",
        },
    )


@router.get("/courses/{course_id}/notes", response_model=list[NotePublic])
def get_notes(
    course_id: IdPath,
    session: SessionDep,
    principal: CurrentUser,
    lecture_id: LectureFilter = None,
) -> list[NotePublic]:
    """The caller's own notes in a course (`lecture_id`: one lecture)."""
    return service.list_notes(
        session=session, user_id=principal.id, course_id=course_id, lecture_id=lecture_id
    )


@router.post("/courses/{course_id}/notes", response_model=NotePublic, status_code=201)
def post_note(
    course_id: IdPath, body: NoteCreate, session: SessionDep, principal: CurrentUser
) -> NotePublic:
    """Write a note at a moment of a lecture (enrolled students and the instructor)."""
    return service.add_note(session=session, user_id=principal.id, course_id=course_id, data=body)


@router.patch("/notes/{note_id}", response_model=NotePublic)
def patch_note(
    note_id: IdPath, body: NoteUpdate, session: SessionDep, principal: CurrentUser
) -> NotePublic:
    """Edit one's own note."""
    return service.update_note(session=session, user_id=principal.id, note_id=note_id, data=body)


@router.delete("/notes/{note_id}", status_code=204, response_class=Response)
def delete_note(note_id: IdPath, session: SessionDep, principal: CurrentUser) -> Response:
    """Delete one's own note."""
    service.delete_note(session=session, user_id=principal.id, note_id=note_id)
    return Response(status_code=204)


@router.get(
    "/courses/{course_id}/notes.md",
    response_class=Response,
    responses={200: {"content": {"text/markdown": {}}}},
)
def get_notes_markdown(course_id: IdPath, session: SessionDep, principal: CurrentUser) -> Response:
    """The caller's notes of a course as a Markdown file."""
    text = service.notes_markdown(session=session, user_id=principal.id, course_id=course_id)
    return Response(
        text,
        media_type="text/markdown; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="notes-course-{course_id}.md"'},
    )
