"""The Notes panel below the video: write at the current moment, jump, edit, filter, export."""

from __future__ import annotations

import reflex as rx

from udemy_clone.playback.learning_models import MAX_NOTE_CHARS
from udemy_clone.web.kit.theme import card_style
from udemy_clone.web.pages.player.notes_rows import NoteRow
from udemy_clone.web.pages.player.notes_state import NotesState


def _composer() -> rx.Component:
    return rx.vstack(
        rx.text_area(
            value=NotesState.draft,
            on_change=NotesState.set_draft,
            on_focus=NotesState.capture_time,
            placeholder="Write a note about this moment of the lecture…",
            max_length=MAX_NOTE_CHARS,
            rows="3",
            width="100%",
            id="note-draft",
        ),
        rx.hstack(
            rx.button(
                rx.icon("plus", size=16),
                "Add note at ",
                NotesState.draft_stamp,
                on_click=NotesState.add_note,
                loading=NotesState.saving,
                disabled=NotesState.draft.strip() == "",  # type: ignore[attr-defined]
                id="add-note",
            ),
            rx.text(
                "The note keeps the moment you started writing.",
                size="1",
                color="var(--gray-10)",
                display=["none", "block"],
            ),
            spacing="3",
            align="center",
            width="100%",
        ),
        spacing="2",
        width="100%",
    )


def _note(note: NoteRow) -> rx.Component:
    editing = NotesState.editing_id == note.id
    view = rx.vstack(
        rx.hstack(
            rx.button(
                rx.icon("play", size=12),
                note.stamp,
                size="1",
                variant="soft",
                on_click=NotesState.seek(note.id),  # type: ignore[operator]
                class_name="note-seek",
                title="Jump to this moment",
            ),
            rx.cond(
                NotesState.scope == "course",
                rx.text(note.lecture_title, size="1", color="var(--gray-11)", trim="both"),
            ),
            rx.spacer(),
            rx.icon_button(
                rx.icon("pencil", size=14),
                size="1",
                variant="ghost",
                on_click=NotesState.start_edit(note.id),  # type: ignore[operator]
                class_name="note-edit",
                aria_label="Edit note",
            ),
            rx.icon_button(
                rx.icon("trash-2", size=14),
                size="1",
                variant="ghost",
                color_scheme="red",
                on_click=NotesState.delete_note(note.id),  # type: ignore[operator]
                class_name="note-delete",
                aria_label="Delete note",
            ),
            width="100%",
            align="center",
            spacing="2",
        ),
        rx.text(note.body, size="2", white_space="pre-wrap", class_name="note-body"),
        spacing="1",
        width="100%",
    )
    editor = rx.vstack(
        rx.text_area(
            value=NotesState.edit_text,
            on_change=NotesState.set_edit_text,
            max_length=MAX_NOTE_CHARS,
            rows="3",
            width="100%",
            id="note-edit-text",
        ),
        rx.hstack(
            rx.button("Save", size="1", on_click=NotesState.save_edit, class_name="note-save"),
            rx.button(
                "Cancel",
                size="1",
                variant="soft",
                color_scheme="gray",
                on_click=NotesState.cancel_edit,
            ),
            spacing="2",
        ),
        spacing="2",
        width="100%",
    )
    return rx.box(
        rx.cond(editing, editor, view),
        padding="0.6rem 0.75rem",
        border_left="3px solid var(--accent-8)",
        background="var(--gray-a2)",
        border_radius="6px",
        width="100%",
        class_name="note",
    )


def notes_panel() -> rx.Component:
    """Shown to signed-in viewers who may write notes in the course (or have some)."""
    return rx.cond(
        NotesState.loaded & (NotesState.can_write | (NotesState.notes.length() > 0)),  # type: ignore[attr-defined]
        rx.vstack(
            rx.hstack(
                rx.hstack(rx.icon("notebook-pen", size=18), rx.heading("Notes", size="4")),
                rx.spacer(),
                rx.segmented_control.root(
                    rx.segmented_control.item("This lecture", value="lecture"),
                    rx.segmented_control.item("Whole course", value="course"),
                    value=NotesState.scope,
                    on_change=NotesState.set_scope,
                    size="1",
                    id="notes-scope",
                ),
                rx.button(
                    rx.icon("download", size=14),
                    "Markdown",
                    size="1",
                    variant="soft",
                    on_click=NotesState.export_markdown,
                    id="notes-export",
                ),
                width="100%",
                align="center",
                wrap="wrap",
                spacing="2",
            ),
            rx.cond(NotesState.can_write, _composer()),
            rx.cond(
                NotesState.error != "",
                rx.callout(NotesState.error, icon="circle-alert", color_scheme="red", size="1"),
            ),
            rx.cond(
                NotesState.shown_notes.length() > 0,  # type: ignore[attr-defined]
                rx.vstack(rx.foreach(NotesState.shown_notes, _note), spacing="2", width="100%"),
                rx.text(
                    rx.cond(
                        NotesState.scope == "course",
                        "No notes in this course yet.",
                        "No notes in this lecture yet.",
                    ),
                    size="2",
                    color="var(--gray-10)",
                    id="notes-empty",
                ),
            ),
            spacing="3",
            width="100%",
            padding="1rem",
            style=card_style,
            id="notes-panel",
        ),
    )
