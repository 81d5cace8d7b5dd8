"""All reviews of a course (/course/<slug>/reviews)."""

from __future__ import annotations

import reflex as rx

from udemy_clone.web.kit import routes
from udemy_clone.web.kit.layout import page_shell
from udemy_clone.web.pages.course.all_reviews_state import CourseReviewsPageState
from udemy_clone.web.pages.course.reviews.section import course_reviews_section


def course_reviews_page() -> rx.Component:
    """/course/[slug]/reviews: every review of a course."""
    return page_shell(
        rx.cond(
            CourseReviewsPageState.found,
            rx.vstack(
                rx.link(
                    rx.hstack(rx.icon("arrow-left", size=14), rx.text("Back to the course")),
                    href=CourseReviewsPageState.course_href,
                    size="2",
                ),
                rx.heading(
                    CourseReviewsPageState.course_title, size="7", id="reviews-course-title"
                ),
                course_reviews_section(CourseReviewsPageState.course_id),
                spacing="4",
                width="100%",
                align="start",
                max_width="900px",
            ),
            rx.center(
                rx.vstack(
                    rx.heading("Course not found", size="6"),
                    rx.text("This course does not exist or is not published."),
                    rx.link(rx.button("Browse courses", variant="soft"), href=routes.BROWSE),
                    align="center",
                ),
                padding="4rem",
            ),
        )
    )
