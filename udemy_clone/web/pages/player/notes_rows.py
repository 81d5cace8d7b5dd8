"""Lecture notes as the player's Notes panel shows them."""

from __future__ import annotations

from dataclasses import dataclass

from udemy_clone.playback.learning_models import NotePublic
from udemy_clone.web.kit.format import clock


@dataclass
class NoteRow:
    """One note: where it points in the course, and its text."""

    id: int = 0
    lecture_id: int = 0
    lecture_title: str = ""
    position: float = 0.0
    stamp: str = "0:00"
    body: str = ""


def note_rows(notes: list[NotePublic]) -> list[NoteRow]:
    """The service's notes, in the order given (curriculum, then time)."""
    return [
        NoteRow(
            id=note.id,
            lecture_id=note.lecture_id,
            lecture_title=note.lecture_title,
            position=note.position_seconds,
            stamp=clock(int(note.position_seconds)),
            body=note.body,
        )
        for note in notes
    ]


def notes_in_scope(rows: list[NoteRow], *, scope: str, lecture_id: int) -> list[NoteRow]:
    """All of the course's notes, or only the current lecture's."""
    if scope == "course":
        return list(rows)
    return [row for row in rows if row.lecture_id == lecture_id]


def notes_filename(course_slug: str) -> str:
    """The name of the Markdown export."""
    return f"notes-{course_slug or 'course'}.md"
