"""The course editor's curriculum tab: sections and lectures, rename, move, delete."""

from __future__ import annotations

from typing import Any

import reflex as rx

from udemy_clone.catalog.models import TITLE_MAX
from udemy_clone.web.kit.components import error_callout
from udemy_clone.web.pages.studio.caption_editor import lecture_captions
from udemy_clone.web.pages.studio.editor_state import CourseEditorState
from udemy_clone.web.pages.studio.resources_upload import lecture_resources_area
from udemy_clone.web.pages.studio.video_upload import video_upload

# Event handlers called with arguments: mypy sees `@rx.event` methods as EventNamespace.
_editor: Any = CourseEditorState


def _icon_action(
    icon: str, label: str, on_click: Any, *, disabled: Any = False, color: str = "gray"
) -> rx.Component:
    return rx.tooltip(
        rx.icon_button(
            rx.icon(icon, size=15),
            size="1",
            variant="ghost",
            color_scheme=color,
            on_click=on_click,
            disabled=disabled,
            aria_label=label,
            type="button",
        ),
        content=label,
    )


def _rename_form(key: rx.Var, value: rx.Var) -> rx.Component:
    return rx.form(
        rx.hstack(
            rx.input(
                name="title",
                default_value=value,
                max_length=TITLE_MAX,
                auto_focus=True,
                width="100%",
                size="2",
                class_name="rename-input",
                on_key_down=lambda k: rx.cond(k == "Escape", _editor.cancel_rename(), rx.noop()),
            ),
            rx.button("Save", size="2", type="submit", class_name="rename-save"),
            rx.button(
                "Cancel",
                size="2",
                variant="soft",
                color_scheme="gray",
                type="button",
                on_click=_editor.cancel_rename,
            ),
            spacing="2",
            width="100%",
        ),
        on_submit=_editor.save_rename,
        reset_on_submit=False,
        flex="1",
        key=key,
    )


@rx.memo
def lecture_video(lecture_id: rx.Var[int]) -> rx.Component:
    """The media domain's upload widget for one lecture.

    A memo component of its own: the widget's on-mount hook then runs per lecture instead of
    being hoisted out of the curriculum's foreach (where the lecture var does not exist).
    """
    return video_upload(lecture_id)


@rx.memo
def lecture_resources(lecture_id: rx.Var[int]) -> rx.Component:
    """The media domain's resources area for one lecture (a memo for the same reason)."""
    return lecture_resources_area(lecture_id)


def _quiz_summary(lecture: Any) -> rx.Component:
    """A quiz's line under its title: how many questions, and the way to its question editor."""
    return rx.hstack(
        rx.text(lecture.questions_label, size="2", color="var(--gray-11)", class_name="quiz-count"),
        rx.link(
            rx.button(rx.icon("pencil", size=14), "Edit questions", size="1", variant="soft"),
            href=lecture.quiz_href,
            class_name="edit-quiz",
        ),
        spacing="3",
        align="center",
    )


def _lecture_row(lecture: Any) -> rx.Component:
    key = "lecture-" + lecture.id.to_string()
    return rx.box(
        rx.flex(
            rx.hstack(
                rx.cond(
                    lecture.is_quiz,
                    rx.icon("list-checks", size=16, color="var(--accent-10)"),
                    rx.icon("circle-play", size=16, color="var(--gray-10)"),
                ),
                rx.text(
                    rx.cond(lecture.is_quiz, "Quiz ", "Lecture "),
                    lecture.number.to_string(),
                    ":",
                    size="2",
                    color="var(--gray-11)",
                    white_space="nowrap",
                ),
                rx.cond(
                    CourseEditorState.editing_key == key,
                    _rename_form(key, lecture.title),
                    rx.hstack(
                        rx.text(
                            lecture.title, size="2", weight="medium", class_name="lecture-title"
                        ),
                        _icon_action("pencil", "Rename lecture", _editor.start_rename(key)),
                        spacing="1",
                        align="center",
                    ),
                ),
                spacing="2",
                align="center",
                flex="1",
                min_width="0",
            ),
            rx.hstack(
                rx.hstack(
                    rx.switch(
                        checked=lecture.is_preview,
                        on_change=lambda value: _editor.set_preview(lecture.id, value),
                        size="1",
                        class_name="preview-switch",
                        aria_label="Free preview",
                    ),
                    rx.text("Free preview", size="1", color="var(--gray-11)"),
                    spacing="1",
                    align="center",
                    display=rx.cond(lecture.is_quiz, "none", "flex"),
                ),
                _icon_action(
                    "arrow-up",
                    "Move up",
                    _editor.move_lecture(lecture.id, -1),
                    disabled=~lecture.can_up,
                ),
                _icon_action(
                    "arrow-down",
                    "Move down",
                    _editor.move_lecture(lecture.id, 1),
                    disabled=~lecture.can_down,
                ),
                _icon_action(
                    "trash-2",
                    "Delete lecture",
                    _editor.ask_confirm("lecture", lecture.id, lecture.title),
                    color="red",
                ),
                spacing="3",
                align="center",
            ),
            direction=rx.breakpoints(initial="column", sm="row"),
            gap="0.5rem",
            align=rx.breakpoints(initial="start", sm="center"),
            width="100%",
        ),
        rx.box(
            rx.cond(lecture.is_quiz, _quiz_summary(lecture), lecture_video(lecture_id=lecture.id)),
            padding_left=["0", "1.6rem"],
            margin_top="0.5rem",
        ),
        rx.box(
            lecture_resources(lecture_id=lecture.id),
            padding_left=["0", "1.6rem"],
            margin_top="0.5rem",
        ),
        rx.box(
            lecture_captions(lecture_id=lecture.id),
            padding_left=["0", "1.6rem"],
            margin_top="0.75rem",
        ),
        padding="0.75rem 1rem",
        border="1px solid var(--gray-a4)",
        border_radius="8px",
        background="var(--color-panel-solid)",
        width="100%",
        class_name="lecture-row",
    )


def _section_card(section: Any) -> rx.Component:
    key = "section-" + section.id.to_string()
    return rx.vstack(
        rx.flex(
            rx.hstack(
                rx.text(f"Section {section.number}:", weight="bold", white_space="nowrap"),
                rx.cond(
                    CourseEditorState.editing_key == key,
                    _rename_form(key, section.title),
                    rx.hstack(
                        rx.text(section.title, weight="bold", class_name="section-title"),
                        _icon_action("pencil", "Rename section", _editor.start_rename(key)),
                        spacing="1",
                        align="center",
                    ),
                ),
                spacing="2",
                align="center",
                flex="1",
                min_width="0",
            ),
            rx.hstack(
                rx.text(section.summary, size="1", color="var(--gray-10)"),
                _icon_action(
                    "arrow-up",
                    "Move section up",
                    _editor.move_section(section.id, -1),
                    disabled=~section.can_up,
                ),
                _icon_action(
                    "arrow-down",
                    "Move section down",
                    _editor.move_section(section.id, 1),
                    disabled=~section.can_down,
                ),
                _icon_action(
                    "trash-2",
                    "Delete section",
                    _editor.ask_confirm("section", section.id, section.title),
                    color="red",
                ),
                spacing="3",
                align="center",
            ),
            direction=rx.breakpoints(initial="column", sm="row"),
            gap="0.5rem",
            align=rx.breakpoints(initial="start", sm="center"),
            width="100%",
        ),
        rx.foreach(section.lectures, _lecture_row),
        rx.form(
            rx.hstack(
                rx.el.input(type="hidden", name="section_id", value=section.id),
                rx.select.root(
                    rx.select.trigger(aria_label="Kind of item", class_name="new-item-kind"),
                    rx.select.content(
                        rx.select.item("Lecture", value="video"),
                        rx.select.item("Quiz", value="quiz"),
                    ),
                    name="kind",
                    default_value="video",
                ),
                rx.input(
                    name="title",
                    placeholder="New lecture or quiz title",
                    max_length=TITLE_MAX,
                    width="100%",
                    required=True,
                    class_name="new-lecture-title",
                ),
                rx.button(
                    rx.icon("plus", size=14),
                    "Add",
                    type="submit",
                    variant="soft",
                    class_name="add-lecture",
                ),
                spacing="2",
                width="100%",
            ),
            on_submit=_editor.add_lecture,
            reset_on_submit=True,
            width="100%",
        ),
        spacing="3",
        width="100%",
        padding="1rem",
        background="var(--gray-2)",
        border="1px solid var(--gray-a5)",
        border_radius="12px",
        class_name="curriculum-section",
    )


def curriculum_tab() -> rx.Component:
    s: Any = CourseEditorState
    return rx.vstack(
        rx.text(
            "Organise the course in sections of lectures and quizzes. Upload a video per "
            "lecture; mark a few lectures as free previews so visitors can try the course.",
            color="var(--gray-11)",
            size="2",
        ),
        error_callout(s.curriculum_error, id="curriculum-error", role="alert"),
        rx.cond(
            s.curriculum.length() == 0,
            rx.center(
                rx.vstack(
                    rx.icon("list-tree", size=28, color="var(--gray-9)"),
                    rx.text(
                        "No sections yet — start with one such as “Getting started”.",
                        color="var(--gray-11)",
                    ),
                    align="center",
                ),
                padding="2rem",
                width="100%",
                border="1px dashed var(--gray-a6)",
                border_radius="12px",
            ),
            rx.vstack(rx.foreach(s.curriculum, _section_card), spacing="4", width="100%"),
        ),
        rx.form(
            rx.hstack(
                rx.input(
                    name="title",
                    placeholder="New section title",
                    max_length=TITLE_MAX,
                    width="100%",
                    required=True,
                    id="new-section-title",
                ),
                rx.button(rx.icon("plus", size=14), "Add section", type="submit", id="add-section"),
                spacing="2",
                width="100%",
            ),
            on_submit=_editor.add_section,
            reset_on_submit=True,
            width="100%",
            padding="1rem",
            border="1px dashed var(--gray-a7)",
            border_radius="12px",
        ),
        spacing="4",
        width="100%",
    )
