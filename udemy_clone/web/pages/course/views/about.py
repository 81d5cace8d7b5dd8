"""The course page's text: what you will learn, the description, the instructor."""

from __future__ import annotations

import reflex as rx

from udemy_clone.web.kit.instructor_views import instructor_figures, instructor_photo
from udemy_clone.web.kit.theme import ACCENT, card_style
from udemy_clone.web.pages.course.state import CoursePageState
from udemy_clone.web.pages.course.views.common import C
from udemy_clone.web.pages.notifications.components import follow_button


def learn_box() -> rx.Component:
    points = C.learn_points
    return rx.cond(
        points.length() > 0,  # type: ignore[attr-defined]
        rx.box(
            rx.heading("What you'll learn", size="5", as_="h2", margin_bottom="0.75rem"),
            rx.grid(
                rx.foreach(
                    points,
                    lambda point: rx.hstack(
                        rx.icon(
                            "check",
                            size=16,
                            color=f"var(--{ACCENT}-11)",
                            flex_shrink="0",
                            margin_top="3px",
                        ),
                        rx.text(point, size="2"),
                        spacing="2",
                        align="start",
                    ),
                ),
                grid_template_columns=["1fr", "1fr 1fr"],
                gap="0.75rem 1.5rem",
            ),
            **card_style,
            padding="1.25rem 1.5rem",
            width="100%",
            id="learn-box",
        ),
    )


DESCRIPTION_STYLE = {
    "& h1, & h2, & h3": {"fontWeight": "bold", "margin": "0.5em 0", "lineHeight": "1.3"},
    "& h1, & h2": {"fontSize": "var(--font-size-4)"},
    "& h3, & h4, & h5, & h6": {"fontSize": "var(--font-size-3)"},
    "& p": {"margin": "0 0 0.75em", "lineHeight": "1.6"},
    "& ul, & ol": {"margin": "0 0 0.75em", "paddingLeft": "1.4em", "lineHeight": "1.6"},
    "& a": {"color": "var(--accent-11)", "textDecoration": "underline"},
    "& code": {"fontFamily": "var(--code-font-family)", "fontSize": "0.9em"},
    "& pre": {"whiteSpace": "pre-wrap", "background": "var(--gray-a3)", "padding": "0.75em"},
}


def description() -> rx.Component:
    return rx.cond(
        C.about_html != "",
        rx.vstack(
            rx.heading("Description", size="6", as_="h2"),
            rx.box(
                # Instructors' Markdown, rendered on the server with their HTML escaped
                # (kit/markdown_html.py): no Markdown library in the page's JavaScript.
                rx.html(C.about_html),
                style=DESCRIPTION_STYLE,
                width="100%",
                color="var(--gray-12)",
                id="course-description",
            ),
            rx.cond(
                C.tags.length() > 0,  # type: ignore[attr-defined]
                rx.hstack(
                    rx.foreach(
                        C.tags,
                        lambda tag: rx.badge(
                            tag, variant="outline", color_scheme="gray", radius="full"
                        ),
                    ),
                    spacing="2",
                    wrap="wrap",
                ),
            ),
            spacing="3",
            width="100%",
            align="start",
        ),
    )


def instructor() -> rx.Component:
    card = CoursePageState.instructor_card
    linked = card.href != ""
    return rx.vstack(
        rx.heading("Instructor", size="6", as_="h2"),
        rx.cond(
            linked,
            rx.link(
                card.name,
                href=card.href,
                weight="bold",
                size="4",
                color=f"var(--{ACCENT}-11)",
                id="instructor-link",
            ),
            rx.text(C.instructor, weight="bold", size="4", color=f"var(--{ACCENT}-11)"),
        ),
        rx.cond(card.headline != "", rx.text(card.headline, size="2", color="var(--gray-11)")),
        rx.cond(
            linked,
            rx.hstack(
                instructor_photo(card, size="7"),
                instructor_figures(card),
                spacing="4",
                align="center",
            ),
            rx.text(C.students, " on this course", size="2", color="var(--gray-11)"),
        ),
        rx.cond(
            card.bio != "",
            rx.text(
                card.bio,
                size="2",
                style={
                    "display": "-webkit-box",
                    "WebkitLineClamp": "5",
                    "WebkitBoxOrient": "vertical",
                    "overflow": "hidden",
                    "whiteSpace": "pre-line",
                },
            ),
        ),
        rx.hstack(
            rx.cond(
                CoursePageState.instructor_id > 0,
                follow_button("instructor", CoursePageState.instructor_id),
            ),
            rx.cond(
                linked,
                rx.link("See profile and all courses", href=card.href, size="2"),
            ),
            spacing="4",
            align="center",
        ),
        spacing="3",
        width="100%",
        id="instructor",
    )
