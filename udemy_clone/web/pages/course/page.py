"""A course's landing page (/course/<slug>)."""

from __future__ import annotations

import reflex as rx

from udemy_clone.web.kit import routes
from udemy_clone.web.kit.components import empty_state
from udemy_clone.web.kit.first_view import first_view_guard, first_view_handoff
from udemy_clone.web.kit.layout import page_shell
from udemy_clone.web.kit.theme import MAX_WIDTH
from udemy_clone.web.pages.course.reviews.section import course_reviews_section
from udemy_clone.web.pages.course.state import CoursePageState
from udemy_clone.web.pages.course.views.about import description, instructor, learn_box
from udemy_clone.web.pages.course.views.also_bought import also_bought
from udemy_clone.web.pages.course.views.band import band
from udemy_clone.web.pages.course.views.buy_box import buy_box, phone_buy_bar
from udemy_clone.web.pages.course.views.common import BAND_BG, LANDING_COLUMNS
from udemy_clone.web.pages.course.views.curriculum import curriculum


def _reviews() -> rx.Component:
    # the reviews domain's section: summary, distribution, the viewer's review, the list
    return rx.box(course_reviews_section(CoursePageState.course_id), width="100%", id="reviews")


def _landing() -> rx.Component:
    return rx.box(
        band(),
        rx.grid(
            rx.vstack(
                learn_box(),
                curriculum(),
                description(),
                also_bought(),
                instructor(),
                _reviews(),
                spacing="7",
                width="100%",
                padding_top=["0", "0", "2rem"],
            ),
            rx.box(
                buy_box(),
                position=["static", "static", "sticky"],
                top="88px",
                align_self="start",
                margin_top=["0", "0", "-15rem"],
                order=["-1", "-1", "0"],
                max_width=["560px", "560px", "none"],
                width="100%",
                justify_self="center",
            ),
            grid_template_columns=LANDING_COLUMNS,
            gap=["1.5rem", "1.5rem", "3rem"],
            max_width=MAX_WIDTH,
            margin="0 auto",
            padding_top="1.5rem",
            padding_x=["0", "0", "1.25rem"],
        ),
        padding_bottom=["4.5rem", "4.5rem", "0"],  # room for the phones' buy bar
    )


def _not_found() -> rx.Component:
    return empty_state(
        "book-x",
        "This course isn't available",
        rx.text(
            "It may have been unpublished by its instructor, or the link is mistyped. "
            "Plenty of other courses are waiting for you.",
            color="var(--gray-11)",
            text_align="center",
        ),
        rx.link(rx.button("Browse courses", size="3"), href=routes.BROWSE),
        rx.link(rx.button("Home", size="3", variant="soft"), href=routes.HOME),
        heading_id="course-not-found",
        large=True,
    )


def _landing_skeleton() -> rx.Component:
    return rx.box(
        rx.box(
            rx.vstack(
                rx.skeleton(rx.text("Category"), loading=True, width="200px"),
                rx.skeleton(rx.heading("Course title placeholder text", size="8"), loading=True),
                rx.skeleton(rx.text("A subtitle placeholder for loading"), loading=True),
                spacing="3",
                max_width=MAX_WIDTH,
                margin="0 auto",
                padding="2.75rem 1.25rem",
            ),
            background=BAND_BG,
            margin="-1.5rem -1.25rem 0",
            min_height="17rem",
        ),
        rx.center(rx.spinner(size="3"), padding="3rem"),
    )


def course_page() -> rx.Component:
    # A first visit's HTML holds the band and the image (course/first_view.py): it stays on
    # screen until the page draws the same content with its data, then goes.
    return page_shell(
        first_view_guard(),
        rx.cond(
            CoursePageState.loaded,
            rx.cond(
                CoursePageState.found,
                rx.fragment(_landing(), phone_buy_bar(), first_view_handoff("#buy-box img")),
                rx.fragment(_not_found(), first_view_handoff()),
            ),
            _landing_skeleton(),
        ),
        width="100%",
    )
