"""The Resources tab below the video: the lecture's files with their size and a download."""

from __future__ import annotations

import reflex as rx

from udemy_clone.web.kit.components import named_icon
from udemy_clone.web.pages.player.resources_state import (
    KIND_ICONS,
    LectureResourcesState,
    ResourceRow,
)
from udemy_clone.web.pages.player.state import PlayerState

_state = LectureResourcesState


def _row(row: ResourceRow) -> rx.Component:
    return rx.hstack(
        named_icon(
            row.icon,
            tuple(KIND_ICONS.values()),
            "file",
            size=20,
            color="var(--accent-10)",
            flex_shrink="0",
        ),
        rx.vstack(
            rx.text(
                row.filename, size="2", weight="medium", class_name="resource-name", trim="both"
            ),
            rx.text(row.kind, " · ", row.size, size="1", color="var(--gray-11)"),
            spacing="0",
            min_width="0",
            flex="1",
            style={"overflow_wrap": "anywhere"},
        ),
        rx.button(
            rx.icon("download", size=14),
            rx.text("Download", display=["none", "inline"]),
            size="2",
            variant="soft",
            on_click=_state.download(row.id),  # type: ignore[operator]
            aria_label="Download " + row.filename,  # type: ignore[operator]
            class_name="resource-download",
            flex_shrink="0",
        ),
        align="center",
        spacing="3",
        width="100%",
        padding="0.6rem 0.75rem",
        border="1px solid var(--gray-a5)",
        border_radius="8px",
        background="var(--color-panel-solid)",
        class_name="resource-row",
    )


def _content() -> rx.Component:
    return rx.cond(
        _state.loaded,
        rx.vstack(
            rx.cond(
                _state.error != "",
                rx.callout(
                    _state.error,
                    icon="triangle-alert",
                    color_scheme="red",
                    size="1",
                    role="alert",
                    width="100%",
                ),
            ),
            rx.cond(
                _state.message != "",
                rx.callout(
                    _state.message, icon="lock", color_scheme="gray", size="1", width="100%"
                ),
                rx.cond(
                    _state.rows.length() > 0,  # type: ignore[attr-defined]
                    rx.vstack(rx.foreach(_state.rows, _row), spacing="2", width="100%"),
                    rx.hstack(
                        rx.icon("paperclip", size=16, color="var(--gray-9)"),
                        rx.text("No resources for this lecture.", size="2", color="var(--gray-11)"),
                        spacing="2",
                        align="center",
                        padding="1rem 0",
                        id="resources-empty",
                    ),
                ),
            ),
            spacing="2",
            width="100%",
        ),
        rx.hstack(rx.spinner(size="2"), rx.text("Loading resources…", size="2"), spacing="2"),
    )


def resources_panel() -> rx.Component:
    """Loaded when the tab opens; a new lecture remounts it (keyed by the lecture id)."""
    return rx.box(
        _content(),
        on_mount=_state.load,
        key=PlayerState.lecture_id.to_string(),  # type: ignore[attr-defined]
        width="100%",
        id="resources-panel",
    )
