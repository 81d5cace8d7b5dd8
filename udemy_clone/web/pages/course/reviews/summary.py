"""A course's rating summary and the viewer's own review panel."""

# Reflex state attributes are Vars at runtime but plain types to mypy.
# mypy: disable-error-code="operator,attr-defined"

from __future__ import annotations

import reflex as rx

from udemy_clone.web.kit.components import STAR_COLOR, star_rating
from udemy_clone.web.kit.theme import ACCENT, card_style
from udemy_clone.web.pages.course.reviews.rows import ReviewRow, StarBar
from udemy_clone.web.pages.course.reviews.state import ReviewsState


def _bar(bar: StarBar) -> rx.Component:
    selected = ReviewsState.star_filter == bar.star
    return rx.el.button(
        rx.hstack(
            rx.box(
                rx.box(
                    height="100%",
                    width=bar.percent,
                    background=STAR_COLOR,
                    border_radius="4px",
                ),
                flex="1",
                height="8px",
                background="var(--gray-a4)",
                border_radius="4px",
                overflow="hidden",
                min_width="80px",
            ),
            star_rating(f"{bar.star * 20}%", size="13px"),
            rx.text(bar.percent, size="1", color="var(--gray-11)", width="3em", text_align="right"),
            rx.text(
                "(",
                bar.count,
                ")",
                size="1",
                color="var(--gray-10)",
                width="4.5em",
                id=f"rating-bar-{bar.star}",
            ),
            spacing="2",
            align="center",
            width="100%",
        ),
        on_click=ReviewsState.toggle_star_filter(bar.star),
        aria_label=f"Show only {bar.star}-star reviews",
        aria_pressed=rx.cond(selected, "true", "false"),
        style={
            "all": "unset",
            "cursor": "pointer",
            "width": "100%",
            "padding": "2px 6px",
            "border_radius": "6px",
            "box_sizing": "border-box",
        },
        background=rx.cond(selected, f"var(--{ACCENT}-a3)", "transparent"),
        _hover={"background": "var(--gray-a3)"},
    )


def rating_summary_panel() -> rx.Component:
    """The big average, the star line, the count and the distribution bars."""
    return rx.flex(
        rx.vstack(
            rx.text(
                ReviewsState.average_label,
                size="9",
                weight="bold",
                color="var(--amber-11)",
                line_height="1",
                id="reviews-average",
            ),
            rx.cond(
                ReviewsState.rating_count > 0,
                star_rating(ReviewsState.average_stars, size="20px"),
                rx.text("No ratings yet", size="2", color="var(--gray-11)"),
            ),
            rx.text(ReviewsState.count_label, size="2", color="var(--gray-11)", id="reviews-count"),
            align="center",
            spacing="2",
            min_width="150px",
        ),
        rx.vstack(
            rx.foreach(ReviewsState.bars, _bar),
            spacing="1",
            width="100%",
            max_width="460px",
            id="rating-distribution",
        ),
        direction=rx.breakpoints(initial="column", sm="row"),
        gap="1.5rem",
        align="center",
        width="100%",
    )


def _hidden_notice(row: ReviewRow) -> rx.Component:
    return rx.cond(
        row.hidden,
        rx.callout(
            rx.text(
                "A moderator hid this review from the course page: ",
                rx.text.strong(row.hidden_reason),
            ),
            icon="eye-off",
            color_scheme="orange",
            size="1",
            width="100%",
            id="my-review-hidden",
        ),
    )


def my_review_panel() -> rx.Component:
    """The viewer's review with edit and delete, or the "Leave a rating" button."""
    mine = ReviewsState.mine
    return rx.cond(
        ReviewsState.has_mine,
        rx.vstack(
            rx.hstack(
                rx.text("Your review", weight="bold", size="3"),
                star_rating(mine.stars, size="15px"),
                rx.spacer(),
                rx.button(
                    rx.icon("pencil", size=14),
                    "Edit",
                    variant="soft",
                    size="1",
                    on_click=ReviewsState.open_review_dialog,
                    id="edit-my-review",
                ),
                rx.alert_dialog.root(
                    rx.alert_dialog.trigger(
                        rx.button(
                            rx.icon("trash-2", size=14),
                            "Delete",
                            variant="soft",
                            color_scheme="red",
                            size="1",
                            id="delete-my-review",
                        )
                    ),
                    rx.alert_dialog.content(
                        rx.alert_dialog.title("Delete your review?"),
                        rx.alert_dialog.description(
                            "Your rating and comment are removed from the course page."
                        ),
                        rx.hstack(
                            rx.alert_dialog.cancel(
                                rx.button("Keep it", variant="soft", color_scheme="gray")
                            ),
                            rx.alert_dialog.action(
                                rx.button(
                                    "Delete",
                                    color_scheme="red",
                                    on_click=ReviewsState.delete_my_review,
                                    id="confirm-delete-review",
                                )
                            ),
                            justify="end",
                            spacing="3",
                            margin_top="1rem",
                        ),
                    ),
                ),
                width="100%",
                align="center",
                wrap="wrap",
            ),
            _hidden_notice(mine),
            rx.text(mine.comment, size="2", white_space="pre-wrap", id="my-review-comment"),
            spacing="2",
            width="100%",
            padding="1rem",
            style=card_style,
            id="my-review",
        ),
        rx.cond(
            ReviewsState.can_review,
            rx.button(
                rx.icon("star", size=16),
                "Leave a rating",
                size="3",
                on_click=ReviewsState.open_review_dialog,
                id="leave-rating",
            ),
        ),
    )
