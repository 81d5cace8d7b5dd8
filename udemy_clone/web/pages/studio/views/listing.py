"""The course editor's listing card: title, subtitle, description with preview."""

from __future__ import annotations

from typing import Any

import reflex as rx

from udemy_clone.catalog.description import FORMATTING_HINT
from udemy_clone.catalog.models import DESCRIPTION_MAX, SUBTITLE_MAX, TITLE_MAX
from udemy_clone.web.kit.theme import card_style
from udemy_clone.web.pages.studio.editor_state import CourseEditorState

# Event handlers called with arguments: mypy sees `@rx.event` methods as EventNamespace.
_editor: Any = CourseEditorState


def field(
    label: str,
    control: rx.Component,
    *,
    error: str = "",
    hint: rx.Component | str | None = None,
    html_for: str = "",
) -> rx.Component:
    message = CourseEditorState.field_errors.get(error, "") if error else ""
    return rx.vstack(
        rx.text(label, size="2", weight="medium", as_="label", html_for=html_for or None),
        control,
        rx.cond(
            message != "",
            rx.text(
                message,
                size="1",
                color="var(--red-11)",
                class_name="field-error",
                id=f"error-{error}" if error else None,
            ),
        )
        if error
        else rx.fragment(),
        (rx.text(hint, size="1", color="var(--gray-10)") if isinstance(hint, str) else hint)
        if hint is not None
        else rx.fragment(),
        spacing="1",
        width="100%",
        align="start",
    )


def card(title: str, *children: rx.Component, **props: Any) -> rx.Component:
    return rx.vstack(
        rx.heading(title, size="3"),
        *children,
        spacing="3",
        width="100%",
        padding="1.25rem",
        style=card_style,
        **props,
    )


def options_select(
    options: Any, name: str, default: rx.Var | str, id_: str, placeholder: str = ""
) -> rx.Component:
    """A select of `SelectOption`s (list or list var) the listing form submits as `name`."""
    return rx.select.root(
        rx.select.trigger(placeholder=placeholder, width="100%", id=id_),
        rx.select.content(
            rx.foreach(options, lambda o: rx.select.item(o.label, value=o.value))
            if isinstance(options, rx.Var)
            else rx.fragment(*[rx.select.item(o.label, value=o.value) for o in options]),
        ),
        name=name,
        default_value=default,
        on_change=_editor.mark_listing_changed,
    )


def _description_preview() -> rx.Component:
    def span(item: Any) -> rx.Component:
        return rx.cond(item.bold, rx.text.strong(item.text), rx.text.span(item.text))

    def block(item: Any) -> rx.Component:
        spans = rx.foreach(item.spans, span)
        return rx.match(
            item.kind,
            ("heading", rx.heading(spans, size="4", margin_top="0.5rem")),
            (
                "bullet",
                rx.hstack(rx.text("•", color="var(--gray-10)"), rx.text(spans), spacing="2"),
            ),
            rx.text(spans, size="3", line_height="1.6"),
        )

    return rx.box(
        rx.cond(
            CourseEditorState.description_preview.length() > 0,
            rx.vstack(
                rx.foreach(CourseEditorState.description_preview, block),
                spacing="2",
                align="start",
            ),
            rx.text("Nothing to preview yet.", color="var(--gray-10)"),
        ),
        min_height="236px",
        width="100%",
        padding="0.75rem 1rem",
        border="1px solid var(--gray-a6)",
        border_radius="8px",
        background="var(--gray-1)",
        id="description-preview",
    )


def listing_card() -> rx.Component:
    s: Any = CourseEditorState
    return card(
        "Course landing page",
        field(
            "Title",
            rx.input(
                name="title",
                default_value=s.title,
                placeholder="e.g. Practical Python for data analysis",
                max_length=TITLE_MAX,
                width="100%",
                size="3",
                id="course-title",
            ),
            error="title",
            hint=f"3 to {TITLE_MAX} characters. Say what students will be able to do.",
            html_for="course-title",
        ),
        field(
            "Subtitle",
            rx.input(
                name="subtitle",
                default_value=s.subtitle,
                placeholder="One sentence that sells the course",
                max_length=SUBTITLE_MAX,
                width="100%",
                id="course-subtitle",
            ),
            error="subtitle",
            html_for="course-subtitle",
        ),
        field(
            "Description",
            rx.vstack(
                rx.segmented_control.root(
                    rx.segmented_control.item("Write", value="write"),
                    rx.segmented_control.item("Preview", value="preview"),
                    value=rx.cond(s.show_preview, "preview", "write"),
                    on_change=_editor.set_show_preview,
                    size="1",
                ),
                # the box stays in the form while previewing, so its text is still submitted
                rx.cond(s.show_preview, _description_preview()),
                rx.box(
                    rx.text_area(
                        name="description",
                        default_value=s.description,
                        on_change=_editor.draft_description.debounce(150),
                        placeholder="What will students learn? Who is the course for?",
                        rows="10",
                        max_length=DESCRIPTION_MAX,
                        width="100%",
                        id="course-description",
                        resize="vertical",
                    ),
                    display=rx.cond(s.show_preview, "none", "block"),
                    width="100%",
                ),
                spacing="2",
                width="100%",
            ),
            error="description",
            hint=rx.hstack(
                rx.text(FORMATTING_HINT, size="1", color="var(--gray-10)"),
                rx.spacer(),
                rx.text(
                    s.description_length,
                    f" / {DESCRIPTION_MAX:,}",
                    size="1",
                    color="var(--gray-10)",
                ),
                width="100%",
                wrap="wrap",
            ),
        ),
        flex="3",
        min_width="0",
    )
