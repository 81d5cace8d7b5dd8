"""The reviews section other pages embed, and the pages of the reviews domain.

Embed on a course page (it loads itself when shown and again when the course id changes):

    from udemy_clone.web.pages.reviews.components import course_reviews_section
    course_reviews_section(CoursePageState.course_id)      # an int Var; 0 = not loaded yet

or, for the player, only the "Leave a rating" button with its dialog:

    leave_rating_prompt(PlayerState.course_id)

Everything people wrote is shown through text components, which escape it.
"""

# Reflex state attributes are Vars at runtime but plain types to mypy.
# mypy: disable-error-code="operator,attr-defined"

from __future__ import annotations

from typing import Any

import reflex as rx

from udemy_clone.reviews.models import COMMENT_MAX, REASON_MAX, REPLY_MAX
from udemy_clone.web.kit.components import STAR_COLOR, star_rating
from udemy_clone.web.kit.layout import loading_panel
from udemy_clone.web.kit.theme import ACCENT, card_style
from udemy_clone.web.pages.reviews.state import SORT_LABELS, ReviewRow, ReviewsState, StarBar

# ---- summary ------------------------------------------------------------------------------------


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
            star_rating(ReviewsState.average_stars, size="20px"),
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


# ---- the viewer's own review and the rating dialog ----------------------------------------------


def _star_picker() -> rx.Component:
    return rx.vstack(
        rx.hstack(
            *[
                rx.el.button(
                    "★",
                    type="button",
                    on_click=ReviewsState.pick_rating(n),
                    aria_label=f"{n} star{'s' if n > 1 else ''}",
                    id=f"star-pick-{n}",
                    style={
                        "all": "unset",
                        "cursor": "pointer",
                        "font_size": "34px",
                        "line_height": "1",
                        "padding": "0 2px",
                    },
                    color=rx.cond(ReviewsState.draft_rating >= n, STAR_COLOR, "var(--gray-a6)"),
                )
                for n in range(1, 6)
            ],
            spacing="1",
            role="radiogroup",
            aria_label="Your rating",
        ),
        rx.text(ReviewsState.draft_rating_label, size="2", color="var(--gray-11)"),
        align="center",
        spacing="1",
        width="100%",
    )


def review_dialog() -> rx.Component:
    """The "Leave a rating" / "Edit your review" dialog."""
    return rx.dialog.root(
        rx.dialog.content(
            rx.dialog.title(rx.cond(ReviewsState.has_mine, "Edit your review", "Leave a rating")),
            rx.dialog.description(
                "How would you rate this course? Tell other students what you think.",
                size="2",
                color="var(--gray-11)",
            ),
            rx.form(
                rx.vstack(
                    _star_picker(),
                    rx.text_area(
                        name="comment",
                        default_value=ReviewsState.draft_comment,
                        placeholder="What did you like? What could be better?",
                        rows="6",
                        width="100%",
                        max_length=COMMENT_MAX,
                        id="review-comment",
                        required=True,
                    ),
                    rx.cond(
                        ReviewsState.form_error != "",
                        rx.callout(
                            ReviewsState.form_error,
                            icon="triangle-alert",
                            color_scheme="red",
                            width="100%",
                            id="review-form-error",
                        ),
                    ),
                    rx.hstack(
                        rx.dialog.close(
                            rx.button("Cancel", variant="soft", color_scheme="gray", type="button")
                        ),
                        rx.button(
                            rx.cond(ReviewsState.has_mine, "Save changes", "Post review"),
                            type="submit",
                            id="review-submit",
                        ),
                        justify="end",
                        width="100%",
                    ),
                    spacing="3",
                    width="100%",
                ),
                on_submit=ReviewsState.submit_review,
                reset_on_submit=False,
                width="100%",
            ),
            max_width="520px",
            id="review-dialog",
        ),
        open=ReviewsState.dialog_open,
        on_open_change=ReviewsState.set_dialog_open,
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


# ---- the list -----------------------------------------------------------------------------------


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


def _reply_dialog() -> rx.Component:
    return rx.dialog.root(
        rx.dialog.content(
            rx.dialog.title("Reply to this review"),
            rx.dialog.description(
                "Your reply is shown under the review, with your name.",
                size="2",
                color="var(--gray-11)",
            ),
            rx.form(
                rx.vstack(
                    rx.text_area(
                        name="body",
                        default_value=ReviewsState.reply_draft,
                        rows="5",
                        width="100%",
                        max_length=REPLY_MAX,
                        required=True,
                        id="reply-input",
                    ),
                    rx.cond(
                        ReviewsState.reply_error != "",
                        rx.callout(
                            ReviewsState.reply_error,
                            icon="triangle-alert",
                            color_scheme="red",
                            width="100%",
                        ),
                    ),
                    rx.hstack(
                        rx.dialog.close(
                            rx.button("Cancel", variant="soft", color_scheme="gray", type="button")
                        ),
                        rx.button("Post reply", type="submit", id="reply-submit"),
                        justify="end",
                        width="100%",
                    ),
                    spacing="3",
                    width="100%",
                ),
                on_submit=ReviewsState.submit_reply,
                reset_on_submit=False,
            ),
            max_width="520px",
        ),
        open=ReviewsState.reply_open,
        on_open_change=ReviewsState.set_reply_open,
    )


def reason_dialog(
    *,
    title: str,
    description: str,
    reason_id: str,
    error: rx.Var | str,
    submit_label: str,
    submit_id: str,
    on_submit: Any,
    open_: rx.Var | bool,
    on_open_change: Any,
) -> rx.Component:
    """A dialog that asks for a reason (report, hide) and shows the service's refusal."""
    return rx.dialog.root(
        rx.dialog.content(
            rx.dialog.title(title),
            rx.dialog.description(description, size="2", color="var(--gray-11)"),
            rx.form(
                rx.vstack(
                    rx.text_area(
                        name="reason",
                        rows="3",
                        width="100%",
                        max_length=REASON_MAX,
                        required=True,
                        id=reason_id,
                    ),
                    rx.cond(
                        error != "",
                        rx.callout(error, icon="triangle-alert", color_scheme="red", width="100%"),
                    ),
                    rx.hstack(
                        rx.dialog.close(
                            rx.button("Cancel", variant="soft", color_scheme="gray", type="button")
                        ),
                        rx.button(submit_label, type="submit", color_scheme="red", id=submit_id),
                        justify="end",
                        width="100%",
                    ),
                    spacing="3",
                    width="100%",
                ),
                on_submit=on_submit,
            ),
            max_width="480px",
        ),
        open=open_,
        on_open_change=on_open_change,
    )


def _report_dialog() -> rx.Component:
    return reason_dialog(
        title="Report this review",
        description="Tell the moderators what is wrong with it (abuse, spam, off topic...).",
        reason_id="report-reason",
        error=ReviewsState.report_error,
        submit_label="Report",
        submit_id="report-submit",
        on_submit=ReviewsState.submit_report,
        open_=ReviewsState.report_open,
        on_open_change=ReviewsState.set_report_open,
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
                            ReviewsState.star_filter > 0,
                            "No reviews with this rating yet.",
                            "No written reviews yet.",
                        ),
                        color="var(--gray-11)",
                        padding="1rem 0",
                        id="reviews-empty",
                    ),
                ),
                _pager(),
                review_dialog(),
                _reply_dialog(),
                _report_dialog(),
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
