"""Personal lecture notes: written in the player at a moment of a lecture, seen by their owner.

Keyword-only functions that never commit; `service.py` re-exports them.
"""

from __future__ import annotations

import re

from sqlmodel import Session, col, select

from udemy_clone.catalog import service as catalog_service
from udemy_clone.core.db import as_utc, utcnow
from udemy_clone.core.errors import InvalidInput, NotFound, PermissionDenied
from udemy_clone.orders import service as orders_service
from udemy_clone.playback.learning_models import (
    LectureNote,
    NoteCreate,
    NotePublic,
    NoteUpdate,
)

POSITION_SLACK_SECONDS = 1.5
WRITE_REFUSED = "Only students enrolled in this course (and its instructor) can write notes in it."
NOTE_NOT_FOUND = "This note does not exist."
NOT_YOURS = "This note belongs to someone else."
# Newlines and tabs are welcome in a note; other control characters are not.
_BAD_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def format_timestamp(seconds: float) -> str:
    """1:23, or 1:02:03 past an hour."""
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def can_write_notes(*, session: Session, user_id: int, course_id: int) -> bool:
    """Enrolled students and the course's instructor may write notes in a course."""
    course = catalog_service.get_course(session=session, course_id=course_id)
    if course.owner_id == user_id:
        return True
    return orders_service.is_enrolled(session=session, user_id=user_id, course_id=course_id)


def _check_can_write(session: Session, *, user_id: int, course_id: int) -> None:
    if not can_write_notes(session=session, user_id=user_id, course_id=course_id):
        raise PermissionDenied(WRITE_REFUSED, code="not_enrolled")


def _clean_body(body: str) -> str:
    text = body.replace("\r\n", "\n").strip()
    if not text:
        raise InvalidInput("Write something in the note first.", field="body")
    if _BAD_CHARACTERS.search(text):
        raise InvalidInput("The note holds characters that cannot be shown.", field="body")
    return text


def _lecture_titles(session: Session, course_id: int) -> dict[int, tuple[int, str]]:
    """lecture id → (curriculum order, title)."""
    titles: dict[int, tuple[int, str]] = {}
    for section in catalog_service.get_curriculum(session=session, course_id=course_id):
        for lecture in section.lectures:
            titles[lecture.id] = (len(titles), lecture.title)
    return titles


def _check_position(session: Session, *, lecture_id: int, course_id: int, position: float) -> None:
    for section in catalog_service.get_curriculum(session=session, course_id=course_id):
        for lecture in section.lectures:
            if lecture.id != lecture_id:
                continue
            if lecture.duration_seconds and position > lecture.duration_seconds + (
                POSITION_SLACK_SECONDS
            ):
                raise InvalidInput(
                    f"The moment is past the end of this {lecture.duration_seconds}-second "
                    "lecture.",
                    field="position_seconds",
                )
            return


def _to_public(row: LectureNote, titles: dict[int, tuple[int, str]]) -> NotePublic:
    return NotePublic(
        id=int(row.id or 0),
        course_id=row.course_id,
        lecture_id=row.lecture_id,
        lecture_title=titles.get(row.lecture_id, (0, "Removed lecture"))[1],
        position_seconds=round(float(row.position_seconds), 1),
        body=row.body,
        created_at=as_utc(row.created_at),
        updated_at=as_utc(row.updated_at),
    )


def add_note(*, session: Session, user_id: int, course_id: int, data: NoteCreate) -> NotePublic:
    """Write a note at a moment of a lecture of the course (enrolled or the instructor)."""
    _check_can_write(session, user_id=user_id, course_id=course_id)
    context = catalog_service.get_lecture_context(session=session, lecture_id=data.lecture_id)
    if context.course_id != course_id:
        raise InvalidInput("This lecture is not part of this course.", field="lecture_id")
    body = _clean_body(data.body)
    _check_position(
        session, lecture_id=data.lecture_id, course_id=course_id, position=data.position_seconds
    )
    now = utcnow()
    row = LectureNote(
        user_id=user_id,
        course_id=course_id,
        lecture_id=data.lecture_id,
        position_seconds=float(data.position_seconds),
        body=body,
        created_at=now,
        updated_at=now,
    )
    session.add(row)
    session.flush()
    return _to_public(row, _lecture_titles(session, course_id))


def list_notes(
    *, session: Session, user_id: int, course_id: int, lecture_id: int | None = None
) -> list[NotePublic]:
    """The user's own notes in a course (or one lecture), in curriculum and time order."""
    titles = _lecture_titles(session, course_id)  # 404 for an unknown course
    statement = select(LectureNote).where(
        col(LectureNote.user_id) == user_id, col(LectureNote.course_id) == course_id
    )
    if lecture_id is not None:
        statement = statement.where(col(LectureNote.lecture_id) == lecture_id)
    rows = list(session.exec(statement))
    rows.sort(
        key=lambda row: (
            titles.get(row.lecture_id, (len(titles), ""))[0],
            row.position_seconds,
            row.id or 0,
        )
    )
    return [_to_public(row, titles) for row in rows]


def notes_of_user(*, session: Session, user_id: int) -> list[NotePublic]:
    """Every note the user wrote, course by course (their data export)."""
    course_ids = sorted(
        {
            int(cid)
            for cid in session.exec(
                select(LectureNote.course_id).where(col(LectureNote.user_id) == user_id)
            )
        }
    )
    notes: list[NotePublic] = []
    for course_id in course_ids:
        try:
            notes.extend(list_notes(session=session, user_id=user_id, course_id=course_id))
        except NotFound:  # the course is gone: its notes are still the person's data
            rows = session.exec(
                select(LectureNote).where(
                    col(LectureNote.user_id) == user_id, col(LectureNote.course_id) == course_id
                )
            )
            notes.extend(_to_public(row, {}) for row in rows)
    return notes


def _own_note(session: Session, *, user_id: int, note_id: int) -> LectureNote:
    row = session.get(LectureNote, note_id)
    if row is None:
        raise NotFound(NOTE_NOT_FOUND, code="note_not_found")
    if row.user_id != user_id:
        raise PermissionDenied(NOT_YOURS, code="not_owner")
    return row


def update_note(*, session: Session, user_id: int, note_id: int, data: NoteUpdate) -> NotePublic:
    """Change the text or the moment of one's own note."""
    row = _own_note(session, user_id=user_id, note_id=note_id)
    _check_can_write(session, user_id=user_id, course_id=row.course_id)
    if data.body is not None:
        row.body = _clean_body(data.body)
    if data.position_seconds is not None:
        _check_position(
            session,
            lecture_id=row.lecture_id,
            course_id=row.course_id,
            position=data.position_seconds,
        )
        row.position_seconds = float(data.position_seconds)
    row.updated_at = utcnow()
    session.add(row)
    session.flush()
    return _to_public(row, _lecture_titles(session, row.course_id))


def delete_note(*, session: Session, user_id: int, note_id: int) -> None:
    """Delete one's own note."""
    row = _own_note(session, user_id=user_id, note_id=note_id)
    session.delete(row)
    session.flush()


def notes_markdown(*, session: Session, user_id: int, course_id: int) -> str:
    """The user's notes of a course as a Markdown document, grouped by lecture."""
    course = catalog_service.get_course(session=session, course_id=course_id)
    notes = list_notes(session=session, user_id=user_id, course_id=course_id)
    lines = [f"# Notes: {_one_line(course.title)}", ""]
    if not notes:
        lines.append("_No notes yet._")
    current = None
    for note in notes:
        if note.lecture_id != current:
            current = note.lecture_id
            lines += [f"## {_one_line(note.lecture_title)}", ""]
        lines.append(f"**{format_timestamp(note.position_seconds)}**")
        lines.append("")
        lines += [line.rstrip() for line in note.body.split("\n")]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _one_line(text: str) -> str:
    return " ".join(text.split())
