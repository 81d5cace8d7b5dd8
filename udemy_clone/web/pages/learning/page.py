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
                rx.hstack(
                    rx.text(course.progress, "% complete", size="1", color="var(--gray-10)"),
                    rx.cond(
                        course.progress >= 100,
                        rx.badge(
                            rx.icon("award", size=12), "Completed", color_scheme="green", size="1"
                        ),
                    ),
                    spacing="2",
                    align="center",
                ),
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


def _certificate_card(certificate: Any) -> rx.Component:
    return rx.hstack(
        rx.center(
            rx.icon("award", size=28, color="white"),
            min_width="52px",
            height="52px",
            border_radius="10px",
            background=rx.cond(
                certificate.valid,
                f"linear-gradient(135deg, var(--{ACCENT}-9), var(--indigo-10))",
                "var(--gray-8)",
            ),
        ),
        rx.vstack(
            rx.text(certificate.course_title, weight="bold", class_name="certificate-course"),
            rx.text(
                certificate.instructor_name,
                " · ",
                certificate.issued,
                " · ",
                certificate.video_length,
                size="1",
                color="var(--gray-11)",
            ),
            rx.hstack(
                rx.cond(
                    certificate.valid,
                    rx.badge("Valid", color_scheme="green", size="1"),
                    rx.badge("Revoked", color_scheme="red", size="1"),
                ),
                rx.link(
                    "View", href=certificate.page_href, size="2", class_name="certificate-view"
                ),
                rx.link("PDF", href=certificate.pdf_url, is_external=True, size="2"),
                spacing="3",
                align="center",
            ),
            spacing="1",
            align="start",
            min_width="0",
        ),
        spacing="3",
        align="center",
        padding="0.9rem 1rem",
        style=card_style,
        width="100%",
        class_name="certificate-card",
    )


def _certificates_section() -> rx.Component:
    return rx.cond(
        MyCoursesState.certificates.length() > 0,  # type: ignore[attr-defined]
        rx.vstack(
            rx.heading("Certificates", size="6", id="my-certificates"),
            rx.grid(
                rx.foreach(MyCoursesState.certificates, _certificate_card),
                columns=rx.breakpoints(initial="1", md="2", lg="3"),
                spacing="3",
                width="100%",
            ),
            spacing="3",
            width="100%",
        ),
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
            rx.cond(MyCoursesState.loaded, _certificates_section()),
            spacing="5",
            width="100%",
        )
    )
