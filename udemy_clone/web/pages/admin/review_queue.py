"""Admin: the review queue (/admin)."""

from __future__ import annotations

from typing import Any

import reflex as rx

from udemy_clone.catalog.models import REASON_MAX
from udemy_clone.web.kit import routes
from udemy_clone.web.kit.admin_nav import admin_header, admin_nav
from udemy_clone.web.kit.format import count_text
from udemy_clone.web.kit.layout import guarded, loading_panel, page_shell
from udemy_clone.web.kit.theme import card_style
from udemy_clone.web.pages.admin.review_queue_state import ReviewQueueState
from udemy_clone.web.pages.studio.views.common import thumbnail

_queue: Any = ReviewQueueState


def _fact(icon: str, text: rx.Var | str) -> rx.Component:
    return rx.hstack(
        rx.icon(icon, size=14, color="var(--gray-10)"),
        rx.text(text, size="2", color="var(--gray-11)"),
        spacing="1",
        align="center",
    )


def _queue_card(course: Any) -> rx.Component:
    busy = ReviewQueueState.busy_id == course.id
    return rx.box(
        rx.flex(
            thumbnail(course.thumbnail_url, width="200px"),
            rx.vstack(
                rx.heading(course.title, size="4", class_name="queue-title"),
                rx.cond(
                    course.subtitle != "",
                    rx.text(course.subtitle, size="2", color="var(--gray-11)"),
                ),
                rx.flex(
                    _fact("user", course.instructor),
                    _fact("folder", course.category),
                    _fact("tag", course.price),
                    _fact("calendar", "Submitted " + course.submitted),
                    rx.badge(course.waiting, color_scheme="amber", variant="soft"),
                    gap="0.9rem",
                    wrap="wrap",
                    align="center",
                ),
                rx.hstack(
                    _fact("list-tree", course.summary),
                    rx.badge(
                        course.videos,
                        color_scheme=rx.cond(course.all_videos_ready, "green", "gray"),
                        variant="soft",
                    ),
                    spacing="3",
                    wrap="wrap",
                ),
                rx.flex(
                    rx.foreach(
                        course.section_titles,
                        lambda title, i: rx.badge(
                            (i + 1).to_string() + ". " + title,
                            variant="outline",
                            color_scheme="gray",
                        ),
                    ),
                    gap="0.35rem",
                    wrap="wrap",
                ),
                spacing="2",
                align="start",
                flex="1",
                min_width="0",
            ),
            rx.vstack(
                rx.button(
                    rx.icon("check", size=15),
                    "Approve",
                    color_scheme="green",
                    loading=busy,
                    on_click=_queue.open_approve(course.id, course.title),
                    width="100%",
                    class_name="approve-course",
                ),
                rx.button(
                    rx.icon("x", size=15),
                    "Reject",
                    color_scheme="red",
                    variant="soft",
                    disabled=busy,
                    on_click=_queue.open_reject(course.id, course.title),
                    width="100%",
                    class_name="reject-course",
                ),
                rx.link(
                    rx.button(
                        rx.icon("external-link", size=15), "Preview", variant="ghost", width="100%"
                    ),
                    href=routes.course_url(course.slug),
                    is_external=True,
                    width="100%",
                ),
                spacing="2",
                min_width="140px",
            ),
            direction=rx.breakpoints(initial="column", md="row"),
            gap="1.25rem",
            align="start",
        ),
        padding="1.25rem",
        width="100%",
        style=card_style,
        class_name="queue-course",
    )


def _reject_dialog() -> rx.Component:
    s: Any = ReviewQueueState
    return rx.dialog.root(
        rx.dialog.content(
            rx.dialog.title("Reject “", s.reject_title, "”"),
            rx.dialog.description(
                "The course goes back to draft. The instructor sees your reason on the "
                "course, so say what to change.",
                size="2",
                color="var(--gray-11)",
            ),
            rx.text_area(
                value=s.reject_reason,
                on_change=_queue.set_reject_reason,
                placeholder="e.g. The audio of lectures 3 to 5 is too quiet; please re-record.",
                rows="5",
                max_length=REASON_MAX,
                width="100%",
                margin_top="1rem",
                id="reject-reason",
                auto_focus=True,
            ),
            rx.cond(
                s.reject_error != "",
                rx.text(
                    s.reject_error, size="2", color="var(--red-11)", role="alert", id="reject-error"
                ),
            ),
            rx.hstack(
                rx.dialog.close(rx.button("Cancel", variant="soft", color_scheme="gray")),
                rx.button(
                    "Reject course",
                    color_scheme="red",
                    on_click=_queue.confirm_reject,
                    loading=s.busy_id == s.reject_id,
                    id="confirm-reject",
                ),
                spacing="3",
                justify="end",
                margin_top="1rem",
            ),
            max_width="520px",
        ),
        open=s.reject_id != 0,
        on_open_change=_queue.close_reject,
    )


def _approve_dialog() -> rx.Component:
    s: Any = ReviewQueueState
    return rx.alert_dialog.root(
        rx.alert_dialog.content(
            rx.alert_dialog.title("Publish “", s.approve_title, "”?"),
            rx.alert_dialog.description(
                "The course goes live in the catalogue at once: students can find it, buy it "
                "and watch it, and its instructor is told.",
                size="2",
                color="var(--gray-11)",
            ),
            rx.hstack(
                rx.alert_dialog.cancel(
                    rx.button("Cancel", variant="soft", color_scheme="gray", id="cancel-approve")
                ),
                rx.button(
                    rx.icon("check", size=15),
                    "Publish course",
                    color_scheme="green",
                    on_click=_queue.confirm_approve,
                    loading=(s.busy_id == s.approve_id) & (s.approve_id != 0),
                    id="confirm-approve",
                ),
                spacing="3",
                justify="end",
                margin_top="1rem",
            ),
            max_width="480px",
        ),
        open=s.approve_id != 0,
        on_open_change=_queue.close_approve,
    )


def _queue_content() -> rx.Component:
    s: Any = ReviewQueueState
    return rx.vstack(
        admin_nav(routes.ADMIN),
        admin_header(
            "Review queue",
            "Courses instructors submitted, oldest first. Approve to publish, or reject "
            "with a reason.",
            heading_id="admin-heading",
        ),
        rx.cond(
            s.error != "",
            rx.callout(s.error, icon="triangle-alert", color_scheme="red", width="100%"),
        ),
        rx.cond(
            s.loaded,
            rx.cond(
                s.queue.length() == 0,
                rx.center(
                    rx.vstack(
                        rx.icon("inbox", size=32, color="var(--gray-9)"),
                        rx.heading("The review queue is empty", size="4"),
                        rx.text("Nothing waits for approval right now.", color="var(--gray-11)"),
                        align="center",
                        spacing="2",
                    ),
                    padding="4rem 1rem",
                    width="100%",
                    border="1px dashed var(--gray-a6)",
                    border_radius="12px",
                    id="queue-empty",
                ),
                rx.vstack(
                    rx.text(
                        count_text(s.total, "course"),
                        " waiting for review",
                        size="2",
                        color="var(--gray-11)",
                    ),
                    rx.foreach(s.queue, _queue_card),
                    spacing="3",
                    width="100%",
                ),
            ),
            loading_panel(),
        ),
        _reject_dialog(),
        _approve_dialog(),
        spacing="3",
        width="100%",
    )


def review_queue_page() -> rx.Component:
    return page_shell(guarded("admin", _queue_content))
