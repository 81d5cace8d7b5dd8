"""The reviews section's dialogs: write a review, reply, report, a reason prompt."""

# Reflex state attributes are Vars at runtime but plain types to mypy.
# mypy: disable-error-code="operator,attr-defined"

from __future__ import annotations

from typing import Any

import reflex as rx

from udemy_clone.reviews.models import COMMENT_MAX, REASON_MAX, REPLY_MAX
from udemy_clone.web.kit.components import STAR_COLOR
from udemy_clone.web.pages.course.reviews.state import ReviewsState


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


def reply_dialog() -> rx.Component:
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


def report_dialog() -> rx.Component:
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
