"""The player's Notes panel: personal notes at moments of the lectures of the course."""

from __future__ import annotations

import asyncio
import json

import reflex as rx
from reflex.event import EventSpec

from udemy_clone.core import db
from udemy_clone.core.errors import DomainError
from udemy_clone.playback import service
from udemy_clone.playback.learning_models import MAX_NOTE_CHARS, NoteCreate, NoteUpdate
from udemy_clone.web.kit import routes
from udemy_clone.web.kit.format import clock
from udemy_clone.web.kit.state import AuthState
from udemy_clone.web.pages.player.notes_rows import (
    NoteRow,
    note_rows,
    notes_filename,
    notes_in_scope,
)
from udemy_clone.web.pages.player.state import PlayerState

# Reads the player's clock in the browser (the <video> carries id="lecture-video").
CURRENT_TIME_JS = "(document.getElementById('lecture-video') || {}).currentTime || 0"


def _seek_js(seconds: float) -> str:
    return (
        "(() => { const v = document.getElementById('lecture-video');"
        f" if (v) {{ v.currentTime = {json.dumps(round(seconds, 1))};"
        " v.play().catch(() => {}); v.scrollIntoView({block: 'center', behavior: 'smooth'}); } })()"
    )


def _seconds(value: object) -> float:
    """The player's clock as seconds (0 for anything that is not a finite number)."""
    try:
        seconds = float(value or 0)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 0.0
    return seconds if seconds == seconds and 0 <= seconds < float("inf") else 0.0


# The database work of loading the panel runs in worker threads (see AuthState._restore).


def _note_rows(user_id: int, course_id: int) -> list[NoteRow]:
    with db.read_session() as session:
        return note_rows(service.list_notes(session=session, user_id=user_id, course_id=course_id))


def _notes_and_rights(user_id: int, course_id: int) -> tuple[bool, list[NoteRow]]:
    """May the viewer write notes in the course, and their notes in it."""
    try:
        with db.read_session() as session:
            can_write = service.can_write_notes(
                session=session, user_id=user_id, course_id=course_id
            )
            notes = service.list_notes(session=session, user_id=user_id, course_id=course_id)
    except DomainError:
        return False, []
    return can_write, note_rows(notes)


class NotesState(rx.State):
    """The viewer's notes in the course of the open lecture."""

    loaded: bool = False
    can_write: bool = False
    notes: list[NoteRow] = []
    scope: str = "lecture"  # lecture | course
    draft: str = ""
    draft_position: float = 0.0
    editing_id: int = 0
    edit_text: str = ""
    error: str = ""
    saving: bool = False

    @rx.var
    def draft_stamp(self) -> str:
        return clock(int(self.draft_position))

    @rx.var
    async def shown_notes(self) -> list[NoteRow]:
        player = await self.get_state(PlayerState)
        return notes_in_scope(self.notes, scope=self.scope, lecture_id=player.lecture_id)

    @rx.event
    async def load(self) -> None:
        """After the player loaded: the viewer's notes in the course; may they write."""
        await self._load()

    async def _load(self) -> None:
        self.loaded = False
        self.editing_id = 0
        self.error = ""
        self.draft = ""
        auth = await self.get_state(AuthState)
        player = await self.get_state(PlayerState)
        self.draft_position = player.start_position
        if not auth.user_id or not player.course_id or player.not_found:
            self.notes, self.can_write, self.loaded = [], False, True
            return
        self.can_write, self.notes = await asyncio.to_thread(
            _notes_and_rights, auth.user_id, player.course_id
        )
        self.loaded = True

    async def _refresh(self, user_id: int, course_id: int) -> None:
        self.notes = await asyncio.to_thread(_note_rows, user_id, course_id)

    @rx.event
    def set_scope(self, scope: str | list[str]) -> None:
        self.scope = "course" if scope == "course" else "lecture"

    @rx.event
    def set_draft(self, value: str) -> None:
        self.draft = value[: MAX_NOTE_CHARS + 1]

    @rx.event
    def capture_time(self) -> EventSpec | None:
        """When writing starts: remember the video's current moment for the new note."""
        if self.draft.strip():
            return None
        return rx.call_script(CURRENT_TIME_JS, callback=NotesState.set_draft_position)

    @rx.event
    def set_draft_position(self, seconds: float | int | str | None) -> None:
        self.draft_position = _seconds(seconds)

    @rx.event
    async def add_note(self) -> None:
        """Save the draft as a note at the moment writing started (shown on the button)."""
        if self.draft.strip() == "" or self.saving:
            self.error = "Write something in the note first."
            return
        auth = await self.get_state(AuthState)
        player = await self.get_state(PlayerState)
        if not auth.user_id:
            self.error = "Sign in to write notes."
            return
        self.saving = True
        try:
            with db.transaction() as session:
                service.add_note(
                    session=session,
                    user_id=auth.user_id,
                    course_id=player.course_id,
                    data=NoteCreate(
                        lecture_id=player.lecture_id,
                        position_seconds=self.draft_position,
                        body=self.draft[:MAX_NOTE_CHARS],
                    ),
                )
        except DomainError as exc:
            self.error = exc.message
            self.saving = False
            return
        except ValueError:
            self.error = "That note cannot be saved: check its text."
            self.saving = False
            return
        self.draft = ""
        self.error = ""
        await self._refresh(auth.user_id, player.course_id)
        self.saving = False

    @rx.event
    async def seek(self, note_id: int) -> EventSpec | None:
        """Jump to a note: seek the video, or open its lecture at that moment."""
        note = next((n for n in self.notes if n.id == int(note_id)), None)
        if note is None:
            return None
        player = await self.get_state(PlayerState)
        if note.lecture_id == player.lecture_id:
            return rx.call_script(_seek_js(note.position))
        href = routes.learn_url(player.course_slug, note.lecture_id)
        return rx.redirect(f"{href}?t={int(note.position)}")

    @rx.event
    def start_edit(self, note_id: int) -> None:
        note = next((n for n in self.notes if n.id == int(note_id)), None)
        if note is not None:
            self.editing_id = note.id
            self.edit_text = note.body
            self.error = ""

    @rx.event
    def set_edit_text(self, value: str) -> None:
        self.edit_text = value[: MAX_NOTE_CHARS + 1]

    @rx.event
    def cancel_edit(self) -> None:
        self.editing_id = 0
        self.edit_text = ""

    @rx.event
    async def save_edit(self) -> None:
        """Save the edited text of a note."""
        auth = await self.get_state(AuthState)
        player = await self.get_state(PlayerState)
        if not self.editing_id or not auth.user_id:
            return
        try:
            with db.transaction() as session:
                service.update_note(
                    session=session,
                    user_id=auth.user_id,
                    note_id=self.editing_id,
                    data=NoteUpdate(body=self.edit_text[:MAX_NOTE_CHARS] or None),
                )
        except DomainError as exc:
            self.error = exc.message
            return
        except ValueError:
            self.error = "Write something in the note first."
            return
        self.editing_id = 0
        self.edit_text = ""
        self.error = ""
        await self._refresh(auth.user_id, player.course_id)

    @rx.event
    async def delete_note(self, note_id: int) -> None:
        """Delete one of the viewer's notes."""
        auth = await self.get_state(AuthState)
        player = await self.get_state(PlayerState)
        if not auth.user_id:
            return
        try:
            with db.transaction() as session:
                service.delete_note(session=session, user_id=auth.user_id, note_id=int(note_id))
        except DomainError as exc:
            self.error = exc.message
            return
        await self._refresh(auth.user_id, player.course_id)

    @rx.event
    async def export_markdown(self) -> EventSpec | None:
        """Download the course's notes as a Markdown file."""
        auth = await self.get_state(AuthState)
        player = await self.get_state(PlayerState)
        if not auth.user_id or not player.course_id:
            return None
        with db.read_session() as session:
            text = service.notes_markdown(
                session=session, user_id=auth.user_id, course_id=player.course_id
            )
        return rx.download(data=text, filename=notes_filename(player.course_slug))
