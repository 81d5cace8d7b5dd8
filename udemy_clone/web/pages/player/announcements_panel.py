"""The Announcements tab below the video: the instructor's news, newest first, and comments."""

from __future__ import annotations

from typing import Any

import reflex as rx

from udemy_clone.announcements.models import COMMENT_MAX
from udemy_clone.web.pages.player.announcements_state import (
    AnnouncementRow,
    CommentRow,
    CourseAnnouncementsState,
)

_state: Any = CourseAnnouncementsState


def _comment(comment: CommentRow) -> rx.Component:
    return rx.hstack(
        rx.avatar(fallback=comment.initial, size="1", radius="full", flex_shrink="0"),
        rx.vstack(
            rx.hstack(
                rx.text(comment.author, size="1", weight="bold"),
                rx.cond(
                    comment.is_instructor,
                    rx.badge("Instructor", size="1", variant="soft"),
                ),
                rx.text(comment.when, size="1", color="var(--gray-10)"),
                rx.spacer(),
                rx.cond(
                    comment.can_delete,
                    rx.icon_button(
                        rx.icon("trash-2", size=12),
                        size="1",
                        variant="ghost",
                        color_scheme="red",
                        on_click=_state.delete_comment(comment.id),
                        aria_label="Delete comment",
                        class_name="comment-delete",
                    ),
                ),
                align="center",
                spacing="2",
                width="100%",
            ),
            rx.text(
                comment.body,
                size="2",
                white_space="pre-wrap",
                class_name="comment-body",
                style={"overflow_wrap": "anywhere"},
            ),
            spacing="0",
            width="100%",
            min_width="0",
        ),
        align="start",
        spacing="2",
        width="100%",
        class_name="announcement-comment",
    )


def _comment_box(row: AnnouncementRow) -> rx.Component:
    key = row.id.to_string()  # type: ignore[attr-defined]
    return rx.vstack(
        rx.hstack(
            rx.input(
                value=_state.drafts.get(key, ""),
                on_change=lambda value: _state.set_draft(row.id, value),
                placeholder="Write a comment…",
                max_length=COMMENT_MAX,
                flex="1",
                min_width="0",
                class_name="comment-input",
                aria_label="Your comment",
            ),
            rx.button(
                "Comment",
                on_click=_state.send_comment(row.id),
                loading=_state.sending_id == row.id,
                class_name="comment-send",
            ),
            spacing="2",
            width="100%",
        ),
        rx.cond(
            _state.errors.get(key, "") != "",
            rx.text(_state.errors.get(key, ""), size="1", color="var(--red-11)", role="alert"),
        ),
        spacing="1",
        width="100%",
    )


def _announcement(row: AnnouncementRow) -> rx.Component:
    return rx.vstack(
        rx.hstack(
            rx.avatar(fallback=row.initial, size="2", radius="full"),
            rx.vstack(
                rx.text(row.author, size="2", weight="bold"),
                rx.text("Posted ", row.when, size="1", color="var(--gray-10)", title=row.date),
                spacing="0",
            ),
            align="center",
            spacing="2",
        ),
        rx.heading(row.title, size="4", class_name="announcement-title"),
        rx.box(
            rx.html(row.body_html),
            class_name="announcement-body",
            color="var(--gray-12)",
            font_size="var(--font-size-2)",
            style={
                "overflow_wrap": "anywhere",
                "& p": {"margin": "0 0 0.6em"},
                "& ul, & ol": {"padding_left": "1.25rem", "margin": "0 0 0.6em"},
                "& ul": {"list_style": "disc"},
                "& ol": {"list_style": "decimal"},
            },
            width="100%",
        ),
        rx.divider(),
        rx.cond(
            row.comments.length() > 0,  # type: ignore[attr-defined]
            rx.vstack(rx.foreach(row.comments, _comment), spacing="3", width="100%"),
        ),
        rx.cond(row.can_comment, _comment_box(row)),
        spacing="3",
        width="100%",
        padding="1rem",
        border="1px solid var(--gray-a5)",
        border_radius="10px",
        background="var(--color-panel-solid)",
        class_name="announcement",
    )


def announcement_list() -> rx.Component:
    """The loaded announcements with their comments (the player tab and the studio)."""
    return rx.cond(
        _state.loaded,
        rx.cond(
            _state.message != "",
            rx.callout(_state.message, icon="lock", color_scheme="gray", size="1", width="100%"),
            rx.cond(
                _state.rows.length() > 0,
                rx.vstack(rx.foreach(_state.rows, _announcement), spacing="4", width="100%"),
                rx.hstack(
                    rx.icon("megaphone", size=16, color="var(--gray-9)"),
                    rx.text(
                        "No announcements yet. The instructor's news will appear here.",
                        size="2",
                        color="var(--gray-11)",
                    ),
                    spacing="2",
                    align="center",
                    padding="1rem 0",
                    id="announcements-empty",
                ),
            ),
        ),
        rx.hstack(rx.spinner(size="2"), rx.text("Loading announcements…", size="2"), spacing="2"),
    )


def announcements_panel() -> rx.Component:
    """Loaded when the tab opens."""
    return rx.box(announcement_list(), on_mount=_state.load, width="100%", id="announcements-panel")
