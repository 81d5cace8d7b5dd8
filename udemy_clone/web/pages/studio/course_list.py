"""The studio's course list (/studio): the instructor's courses by status."""

from __future__ import annotations

from typing import Any

import reflex as rx

from udemy_clone.web.kit import routes
from udemy_clone.web.kit.components import error_callout
from udemy_clone.web.kit.layout import guarded, loading_panel, page_shell
from udemy_clone.web.kit.theme import ACCENT, card_style
from udemy_clone.web.pages.studio.course_list_state import StudioListState
from udemy_clone.web.pages.studio.views.common import meta, status_badge, thumbnail

# Event handlers called with arguments: mypy sees `@rx.event` methods as EventNamespace.
_list: Any = StudioListState


def _course_card(course: Any) -> rx.Component:
    return rx.box(
        rx.flex(
            rx.link(thumbnail(course.thumbnail_url), href=routes.studio_course_url(course.id)),
            rx.vstack(
                rx.hstack(
                    rx.link(
                        rx.heading(course.title, size="4", weight="bold"),
                        href=routes.studio_course_url(course.id),
                        color="var(--gray-12)",
                        underline="hover",
                    ),
                    status_badge(course.status, course.rejection_reason),
                    spacing="3",
                    align="center",
                    wrap="wrap",
                ),
                rx.cond(
                    course.subtitle != "",
                    rx.text(course.subtitle, size="2", color="var(--gray-11)", trim="both"),
                ),
                rx.flex(
                    meta("tag", course.price),
                    meta("list-video", f"{course.lecture_count} lectures"),
                    meta("clock", course.duration),
                    meta("users", f"{course.students} students"),
                    rx.cond(course.rating != "", meta("star", course.rating)),
                    meta("calendar", f"Updated {course.updated}"),
                    gap="1rem",
                    wrap="wrap",
                ),
                spacing="2",
                align="start",
                flex="1",
                min_width="0",
            ),
            rx.hstack(
                rx.cond(
                    course.status == "published",
                    rx.link(
                        rx.button(rx.icon("external-link", size=14), "View", variant="ghost"),
                        href=routes.course_url(course.slug),
                    ),
                ),
                rx.link(
                    rx.button(rx.icon("pencil", size=14), "Edit", variant="soft"),
                    href=routes.studio_course_url(course.id),
                ),
                spacing="2",
                align="center",
            ),
            direction=rx.breakpoints(initial="column", sm="row"),
            gap="1rem",
            align=rx.breakpoints(initial="start", sm="center"),
        ),
        rx.cond(
            course.rejection_reason != "",
            rx.callout.root(
                rx.callout.icon(rx.icon("message-square-warning")),
                rx.callout.text(
                    rx.text.strong("Changes requested by the review team: "),
                    course.rejection_reason,
                ),
                color_scheme="red",
                margin_top="1rem",
                size="1",
                class_name="rejection-reason",
            ),
        ),
        padding="1rem",
        width="100%",
        class_name="studio-course",
        style=card_style,
    )


def _filter_tabs() -> rx.Component:
    counts = StudioListState.status_counts
    return rx.segmented_control.root(
        *[
            rx.segmented_control.item(
                rx.hstack(label, rx.text(counts[key], color="var(--gray-10)"), spacing="1"),
                value=key,
            )
            for key, label in (
                ("all", "All"),
                ("draft", "Drafts"),
                ("in_review", "In review"),
                ("published", "Published"),
            )
        ],
        value=StudioListState.status_filter,
        on_change=_list.set_status_filter,
        size="2",
    )


def _empty_studio() -> rx.Component:
    return rx.center(
        rx.vstack(
            rx.box(
                rx.icon("clapperboard", size=32, color=f"var(--{ACCENT}-11)"),
                background=f"var(--{ACCENT}-3)",
                padding="1rem",
                border_radius="999px",
            ),
            rx.heading("No courses yet — create your first course", size="5"),
            rx.text(
                "Give it a title and a category, add sections and lectures, upload videos, "
                "then submit it for review.",
                color="var(--gray-11)",
                text_align="center",
                max_width="460px",
            ),
            rx.link(
                rx.button(rx.icon("plus", size=16), "New course", size="3"),
                href=routes.STUDIO_NEW_COURSE,
            ),
            align="center",
            spacing="3",
        ),
        padding="4rem 1rem",
        width="100%",
        border="1px dashed var(--gray-a6)",
        border_radius="12px",
        id="studio-empty",
    )


def _studio_content() -> rx.Component:
    return rx.vstack(
        rx.flex(
            rx.vstack(
                rx.heading("Instructor studio", size="7", id="studio-heading"),
                rx.text(
                    "Create courses, build their curriculum and follow their review.",
                    color="var(--gray-11)",
                ),
                spacing="1",
                align="start",
            ),
            rx.spacer(),
            rx.hstack(
                rx.link(
                    rx.button(rx.icon("chart-line", size=16), "Analytics", variant="outline"),
                    href=routes.STUDIO_ANALYTICS,
                ),
                rx.link(
                    rx.button(rx.icon("ticket-percent", size=16), "Coupons", variant="outline"),
                    href=routes.STUDIO_COUPONS,
                ),
                rx.link(
                    rx.button(rx.icon("messages-square", size=16), "Q&A inbox", variant="outline"),
                    href=routes.STUDIO_QA,
                    id="studio-qa-link",
                ),
                rx.link(
                    rx.button(rx.icon("wallet", size=16), "Revenue", variant="outline"),
                    href=routes.STUDIO_REVENUE,
                    id="studio-revenue-link",
                ),
                rx.link(
                    rx.button(
                        rx.icon("plus", size=16),
                        "New course",
                        id="new-course",
                        white_space="nowrap",
                    ),
                    href=routes.STUDIO_NEW_COURSE,
                ),
                spacing="2",
                wrap="wrap",
            ),
            width="100%",
            align="end",
            gap="1rem",
            wrap="wrap",
        ),
        error_callout(StudioListState.error, role="alert"),
        rx.cond(
            StudioListState.loaded,
            rx.cond(
                _list.courses.length() == 0,
                _empty_studio(),
                rx.vstack(
                    rx.box(_filter_tabs(), overflow_x="auto", max_width="100%"),
                    rx.cond(
                        _list.visible_courses.length() == 0,
                        rx.text(
                            "No courses with this status.", color="var(--gray-11)", padding="2rem 0"
                        ),
                        rx.vstack(
                            rx.foreach(StudioListState.visible_courses, _course_card),
                            spacing="3",
                            width="100%",
                        ),
                    ),
                    spacing="4",
                    width="100%",
                ),
            ),
            loading_panel(),
        ),
        spacing="5",
        width="100%",
    )


def studio_page() -> rx.Component:
    return page_shell(guarded("instructor", _studio_content))
