"""Review moderation (/admin/reviews): reported and hidden reviews."""

# Reflex state attributes are Vars at runtime but plain types to mypy.
# mypy: disable-error-code="operator,attr-defined"

from __future__ import annotations

import reflex as rx

from udemy_clone.web.kit import routes
from udemy_clone.web.kit.admin_nav import admin_header, admin_nav
from udemy_clone.web.kit.components import star_rating
from udemy_clone.web.kit.layout import guarded, page_shell
from udemy_clone.web.kit.theme import card_style
from udemy_clone.web.pages.admin.moderation_rows import ModerationRow
from udemy_clone.web.pages.admin.moderation_state import AdminReviewsState
from udemy_clone.web.pages.course.reviews.dialogs import reason_dialog


def _moderation_card(row: ModerationRow) -> rx.Component:
    hidden_view = AdminReviewsState.status == "hidden"
    return rx.box(
        rx.hstack(
            rx.link(row.course_title, href=row.course_href, weight="bold", size="2"),
            rx.spacer(),
            rx.cond(
                hidden_view,
                rx.badge("Hidden", color_scheme="orange"),
                rx.badge(row.report_label, color_scheme="red"),
            ),
            width="100%",
            align="center",
        ),
        rx.hstack(
            rx.text(row.author, weight="medium", size="2"),
            star_rating(row.stars, size="13px"),
            rx.text(row.date, size="1", color="var(--gray-10)"),
            spacing="2",
            align="center",
            margin_top="0.4rem",
        ),
        rx.text(
            row.comment,
            size="2",
            white_space="pre-wrap",
            margin_top="0.5rem",
            style={"overflow_wrap": "anywhere"},
        ),
        rx.cond(
            hidden_view,
            rx.text("Reason shown to the author: ", rx.text.strong(row.hidden_reason), size="2"),
            rx.vstack(
                rx.foreach(
                    row.reports,
                    lambda line: rx.text(line, size="1", color="var(--gray-11)"),
                ),
                spacing="1",
                margin_top="0.5rem",
                padding="0.5rem 0.75rem",
                background="var(--red-a2)",
                border_radius="6px",
                width="100%",
            ),
        ),
        rx.hstack(
            rx.cond(
                hidden_view,
                rx.button(
                    rx.icon("eye", size=14),
                    "Restore",
                    size="1",
                    variant="soft",
                    on_click=AdminReviewsState.restore(row.review_id),
                    id=f"restore-{row.review_id}",
                ),
                rx.hstack(
                    rx.button(
                        rx.icon("eye-off", size=14),
                        "Hide",
                        size="1",
                        color_scheme="red",
                        on_click=AdminReviewsState.open_hide(row.review_id),
                        id=f"hide-{row.review_id}",
                    ),
                    rx.button(
                        rx.icon("check", size=14),
                        "Keep (dismiss reports)",
                        size="1",
                        variant="soft",
                        on_click=AdminReviewsState.restore(row.review_id),
                        id=f"dismiss-{row.review_id}",
                    ),
                    spacing="2",
                ),
            ),
            justify="end",
            width="100%",
            margin_top="0.75rem",
        ),
        padding="1rem",
        style=card_style,
        width="100%",
        id=f"moderation-{row.review_id}",
        class_name="moderation-item",
    )


def _hide_dialog() -> rx.Component:
    return reason_dialog(
        title="Hide this review",
        description="It leaves the course page and the ratings. Its author sees this reason.",
        reason_id="hide-reason",
        error=AdminReviewsState.hide_error,
        submit_label="Hide review",
        submit_id="hide-submit",
        on_submit=AdminReviewsState.submit_hide,
        open_=AdminReviewsState.hide_open,
        on_open_change=AdminReviewsState.set_hide_open,
    )


def _moderation_content() -> rx.Component:
    return rx.vstack(
        admin_nav(routes.admin_url("reviews")),
        admin_header(
            "Review moderation",
            "Reviews people reported as abusive. Hide them (with a reason) or keep them.",
        ),
        rx.segmented_control.root(
            rx.segmented_control.item("Reported", value="reported"),
            rx.segmented_control.item("Hidden", value="hidden"),
            value=AdminReviewsState.status,
            on_change=AdminReviewsState.show,
            id="moderation-status",
        ),
        rx.cond(
            AdminReviewsState.notice != "",
            rx.callout(AdminReviewsState.notice, icon="check", color_scheme="green", width="100%"),
        ),
        rx.cond(
            AdminReviewsState.error != "",
            rx.callout(
                AdminReviewsState.error, icon="triangle-alert", color_scheme="red", width="100%"
            ),
        ),
        rx.cond(
            AdminReviewsState.items.length() > 0,
            rx.vstack(
                rx.foreach(AdminReviewsState.items, _moderation_card),
                spacing="3",
                width="100%",
            ),
            rx.text(
                rx.cond(
                    AdminReviewsState.status == "hidden",
                    "No hidden reviews.",
                    "Nothing to moderate: no open reports.",
                ),
                color="var(--gray-11)",
                id="moderation-empty",
            ),
        ),
        _hide_dialog(),
        spacing="4",
        width="100%",
        align="start",
    )


def admin_reviews_page() -> rx.Component:
    """/admin/reviews: the moderation queue."""
    return page_shell(guarded("admin", _moderation_content))
