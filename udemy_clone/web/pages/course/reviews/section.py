"""A course's reviews section: summary, controls, the list, pages; the rating prompt.

Embed on a course page (it loads itself when shown and again when the course id changes):

    course_reviews_section(CoursePageState.course_id)      # an int Var; 0 = not loaded yet

or, for the player, only the "Leave a rating" button with its dialog:

    leave_rating_prompt(PlayerState.course_id)

Everything people wrote is shown through text components, which escape it.
"""

# Reflex state attributes are Vars at runtime but plain types to mypy.
# mypy: disable-error-code="operator,attr-defined"

from __future__ import annotations

import reflex as rx

from udemy_clone.web.kit.layout import loading_panel
from udemy_clone.web.pages.course.reviews.cards import review_card
from udemy_clone.web.pages.course.reviews.dialogs import reply_dialog, report_dialog, review_dialog
from udemy_clone.web.pages.course.reviews.state import SORT_LABELS, ReviewsState
from udemy_clone.web.pages.course.reviews.summary import my_review_panel, rating_summary_panel


def _search() -> rx.Component:
    return rx.form(
        rx.hstack(
            rx.input(
                rx.input.slot(rx.icon("search", size=14)),
                name="q",
                placeholder="Search reviews",
                max_length=100,
                size="2",
                aria_label="Search reviews",
                id="reviews-search-input",
                flex="1",
                key=ReviewsState.query,
                default_value=ReviewsState.query,
            ),
            rx.button("Search", type="submit", size="2", variant="soft"),
            rx.cond(
                ReviewsState.query != "",
                rx.button(
                    rx.icon("x", size=14),
                    "Clear",
                    type="button",
                    size="2",
                    variant="ghost",
                    on_click=ReviewsState.clear_search,
                    id="reviews-search-clear",
                ),
            ),
            width="100%",
            spacing="2",
        ),
        on_submit=ReviewsState.search,
        reset_on_submit=False,
        width="100%",
        max_width="520px",
        id="reviews-search",
    )


def _controls() -> rx.Component:
    return rx.flex(
        rx.text(ReviewsState.total_label, size="2", color="var(--gray-11)", id="reviews-total"),
        rx.spacer(),
        rx.cond(
            ReviewsState.star_filter > 0,
            rx.button(
                rx.icon("x", size=14),
                "Show all ratings",
                variant="soft",
                size="1",
                on_click=ReviewsState.toggle_star_filter(0),
                id="clear-star-filter",
            ),
        ),
        rx.select.root(
            rx.select.trigger(aria_label="Sort reviews", id="reviews-sort"),
            rx.select.content(
                *[rx.select.item(label, value=value) for value, label in SORT_LABELS.items()]
            ),
            value=ReviewsState.sort,
            on_change=ReviewsState.set_sort,
            size="2",
        ),
        gap="0.75rem",
        align="center",
        width="100%",
        wrap="wrap",
    )


def _pager() -> rx.Component:
    return rx.cond(
        ReviewsState.page_count > 1,
        rx.hstack(
            rx.button(
                rx.icon("chevron-left", size=14),
                "Previous",
                variant="soft",
                size="2",
                disabled=ReviewsState.page <= 1,
                on_click=ReviewsState.go_to_page(ReviewsState.page - 1),
                id="reviews-prev",
            ),
            rx.text("Page ", ReviewsState.page, " of ", ReviewsState.page_count, size="2"),
            rx.button(
                "Next",
                rx.icon("chevron-right", size=14),
                variant="soft",
                size="2",
                disabled=ReviewsState.page >= ReviewsState.page_count,
                on_click=ReviewsState.go_to_page(ReviewsState.page + 1),
                id="reviews-next",
            ),
            justify="center",
            align="center",
            spacing="3",
            width="100%",
            padding_top="1rem",
        ),
    )


def _messages() -> rx.Component:
    return rx.fragment(
        rx.cond(
            ReviewsState.notice != "",
            rx.callout(
                ReviewsState.notice,
                icon="check",
                color_scheme="green",
                width="100%",
                id="reviews-notice",
            ),
        ),
        rx.cond(
            ReviewsState.error != "",
            rx.callout(
                ReviewsState.error,
                icon="triangle-alert",
                color_scheme="red",
                width="100%",
                id="reviews-error",
            ),
        ),
    )


def _section_body() -> rx.Component:
    return rx.cond(
        ReviewsState.loaded,
        rx.cond(
            ReviewsState.unavailable,
            rx.text("Reviews are not available for this course.", color="var(--gray-11)"),
            rx.vstack(
                rx.heading("Student feedback", size="6", as_="h2"),
                rating_summary_panel(),
                _messages(),
                my_review_panel(),
                rx.divider(),
                _search(),
                _controls(),
                rx.cond(
                    ReviewsState.reviews.length() > 0,
                    rx.vstack(
                        rx.foreach(ReviewsState.reviews, review_card),
                        spacing="0",
                        width="100%",
                        id="reviews-list",
                    ),
                    rx.text(
                        rx.cond(
                            ReviewsState.query != "",
                            "No review mentions that. Try other words.",
                            rx.cond(
                                ReviewsState.star_filter > 0,
                                "No reviews with this rating yet.",
                                "No written reviews yet.",
                            ),
                        ),
                        color="var(--gray-11)",
                        padding="1rem 0",
                        id="reviews-empty",
                    ),
                ),
                _pager(),
                review_dialog(),
                reply_dialog(),
                report_dialog(),
                spacing="4",
                width="100%",
                align="start",
            ),
        ),
        loading_panel(),
    )


def _as_var(value: rx.Var[int] | int) -> rx.Var[int]:
    return value if isinstance(value, rx.Var) else rx.Var.create(value)


def course_reviews_section(course_id_var: rx.Var[int] | int) -> rx.Component:
    """The reviews of a course: summary, bars, sort and star filter, list, dialogs.

    Renders once `course_id_var` is above 0 and loads itself then (and again when the id
    changes). A page may also call `ReviewsState.load_course_reviews(course_id)` itself.
    """
    course_id_var = _as_var(course_id_var)
    return rx.cond(
        course_id_var > 0,
        rx.box(
            _section_body(),
            key=course_id_var.to_string(),
            on_mount=ReviewsState.load_course_reviews(course_id_var),
            width="100%",
            id="course-reviews",
            as_="section",
        ),
    )


def leave_rating_prompt(course_id_var: rx.Var[int] | int) -> rx.Component:
    """For the player: "Leave a rating" (or "Edit your rating") with its dialog."""
    course_id_var = _as_var(course_id_var)
    return rx.cond(
        course_id_var > 0,
        rx.box(
            rx.cond(
                ReviewsState.has_mine,
                rx.button(
                    rx.icon("star", size=14),
                    "Edit your rating",
                    variant="soft",
                    size="2",
                    on_click=ReviewsState.open_review_dialog,
                ),
                rx.cond(
                    ReviewsState.can_review,
                    rx.button(
                        rx.icon("star", size=14),
                        "Leave a rating",
                        variant="soft",
                        size="2",
                        on_click=ReviewsState.open_review_dialog,
                        id="player-leave-rating",
                    ),
                ),
            ),
            review_dialog(),
            key=course_id_var.to_string(),
            on_mount=ReviewsState.load_course_reviews(course_id_var),
        ),
    )
