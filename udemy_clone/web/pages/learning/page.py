"""My courses (/my-courses): the courses the viewer is enrolled in, with progress."""

from __future__ import annotations

from typing import Any

import reflex as rx

from udemy_clone.web.kit import routes
from udemy_clone.web.kit.layout import loading_panel, page_shell
from udemy_clone.web.kit.theme import ACCENT, card_style
from udemy_clone.web.pages.learning.state import MyCoursesState


def _my_course_card(course: Any) -> rx.Component:
    return rx.link(
        rx.vstack(
            rx.cond(
                course.thumbnail != "",
                rx.image(src=course.thumbnail, width="100%", height="150px", object_fit="cover"),
                rx.center(
                    rx.icon("play", size=40, color="white"),
                    width="100%",
                    height="150px",
                    background=f"linear-gradient(135deg, var(--{ACCENT}-9), var(--indigo-10))",
                ),
            ),
            rx.vstack(
                rx.text(course.title, weight="bold", class_name="my-course-title"),
                rx.text(course.instructor, size="2", color="var(--gray-11)"),
                rx.progress(value=course.progress, max=100, width="100%"),
                rx.text(course.progress, "% complete", size="1", color="var(--gray-10)"),
                rx.button(
                    rx.icon("play", size=14),
                    rx.cond(course.progress > 0, "Continue", "Start course"),
                    size="2",
                    width="100%",
                    class_name="my-course-continue",
                ),
                padding="0.75rem 1rem 1rem",
                spacing="2",
                width="100%",
                align="start",
            ),
            spacing="0",
            overflow="hidden",
            style=card_style,
            height="100%",
        ),
        # the player opens the lecture watched last, or the first one
        href=routes.learn_url(course.slug),
        underline="none",
        color="inherit",
        class_name="my-course",
    )


def my_courses_page() -> rx.Component:
    return page_shell(
        rx.vstack(
            rx.heading("My courses", size="8"),
            rx.cond(
                ~MyCoursesState.loaded,
                loading_panel(),
                rx.cond(
                    MyCoursesState.courses.length() > 0,  # type: ignore[attr-defined]
                    rx.grid(
                        rx.foreach(MyCoursesState.courses, _my_course_card),
                        columns=rx.breakpoints(initial="1", sm="2", md="3", lg="4"),
                        spacing="4",
                        width="100%",
                    ),
                    rx.center(
                        rx.vstack(
                            rx.icon("book-open", size=44, color="var(--gray-9)"),
                            rx.heading("No courses yet", size="5"),
                            rx.text(
                                "Courses you buy or enroll in appear here.", color="var(--gray-11)"
                            ),
                            rx.link(rx.button("Browse courses"), href=routes.BROWSE),
                            align="center",
                            spacing="3",
                        ),
                        padding="4rem",
                        width="100%",
                        style=card_style,
                    ),
                ),
            ),
            spacing="5",
            width="100%",
        )
    )
