"""One review as a card: stars, comment, helpful votes, the instructor's reply and actions."""

# Reflex state attributes are Vars at runtime but plain types to mypy.
# mypy: disable-error-code="operator,attr-defined"

from __future__ import annotations

import reflex as rx

from udemy_clone.web.kit.components import star_rating
from udemy_clone.web.kit.theme import ACCENT
from udemy_clone.web.pages.course.reviews.rows import ReviewRow
from udemy_clone.web.pages.course.reviews.state import ReviewsState


def _reply(row: ReviewRow) -> rx.Component:
    return rx.cond(
        row.has_reply,
        rx.box(
            rx.hstack(
                rx.icon("corner-down-right", size=14, color="var(--gray-10)"),
                rx.text("Response from ", rx.text.strong(row.reply_author), size="2"),
                rx.text(row.reply_date, size="1", color="var(--gray-10)"),
                spacing="2",
                align="center",
            ),
            rx.text(
                row.reply_body,
                size="2",
                white_space="pre-wrap",
                margin_top="0.35rem",
                id=f"reply-text-{row.id}",
            ),
            margin_top="0.75rem",
            padding="0.75rem 1rem",
            background="var(--gray-a2)",
            border_left=f"3px solid var(--{ACCENT}-7)",
            border_radius="0 8px 8px 0",
            id=f"reply-{row.id}",
        ),
    )


def _instructor_actions(row: ReviewRow) -> rx.Component:
    return rx.cond(
        ReviewsState.is_course_instructor,
        rx.hstack(
            rx.button(
                rx.icon("reply", size=14),
                rx.cond(row.has_reply, "Edit reply", "Reply"),
                variant="ghost",
                size="1",
                on_click=ReviewsState.open_reply(row.id),
                id=f"reply-button-{row.id}",
            ),
            rx.cond(
                row.has_reply,
                rx.button(
                    "Remove reply",
                    variant="ghost",
                    color_scheme="red",
                    size="1",
                    on_click=ReviewsState.remove_reply(row.id),
                ),
            ),
            spacing="2",
        ),
    )


def review_card(row: ReviewRow) -> rx.Component:
    """One review: who, stars, when, how far along, the comment, votes, report, reply."""
    return rx.box(
        rx.hstack(
            rx.avatar(fallback=row.initials, size="3", radius="full", color_scheme=ACCENT),
            rx.vstack(
                rx.text(row.author, weight="bold", size="2", class_name="review-author"),
                rx.hstack(
                    star_rating(row.stars, size="13px"),
                    rx.text(row.date, size="1", color="var(--gray-10)"),
                    rx.cond(row.edited, rx.text("(edited)", size="1", color="var(--gray-10)")),
                    rx.badge(row.progress_label, variant="soft", color_scheme="gray", size="1"),
                    spacing="2",
                    align="center",
                    wrap="wrap",
                ),
                spacing="1",
                align="start",
            ),
            spacing="3",
            align="center",
        ),
        rx.text(
            row.comment,
            size="2",
            white_space="pre-wrap",
            margin_top="0.6rem",
            class_name="review-comment",
            style={"overflow_wrap": "anywhere"},
        ),
        rx.hstack(
            rx.cond(
                row.is_mine,
                rx.text("Your review", size="1", color="var(--gray-10)"),
                rx.hstack(
                    rx.button(
                        rx.icon("thumbs-up", size=14),
                        "Helpful",
                        variant=rx.cond(row.voted_helpful, "solid", "outline"),
                        size="1",
                        on_click=ReviewsState.toggle_helpful(row.id),
                        aria_pressed=rx.cond(row.voted_helpful, "true", "false"),
                        id=f"helpful-{row.id}",
                    ),
                    rx.button(
                        rx.icon("flag", size=14),
                        "Report",
                        variant="ghost",
                        color_scheme="gray",
                        size="1",
                        on_click=ReviewsState.open_report(row.id),
                        id=f"report-{row.id}",
                    ),
                    spacing="3",
                    align="center",
                ),
            ),
            rx.text(
                row.helpful_count,
                " found this helpful",
                size="1",
                color="var(--gray-10)",
                id=f"helpful-count-{row.id}",
            ),
            _instructor_actions(row),
            spacing="3",
            align="center",
            margin_top="0.6rem",
            wrap="wrap",
        ),
        _reply(row),
        padding="1rem 0",
        border_bottom="1px solid var(--gray-a4)",
        width="100%",
        id=f"review-{row.id}",
        class_name="review-card",
    )
