"""The dark band at the top of a course page: breadcrumb, title, rating, status."""

from __future__ import annotations

import reflex as rx

from udemy_clone.web.kit.components import star_rating
from udemy_clone.web.kit.course_card import course_badge
from udemy_clone.web.kit.theme import ACCENT, MAX_WIDTH
from udemy_clone.web.pages.course.views.common import BAND_BG, LANDING_COLUMNS, C, meta


def _breadcrumb() -> rx.Component:
    return rx.hstack(
        rx.foreach(
            C.breadcrumb,
            lambda crumb, i: rx.hstack(
                rx.cond(i > 0, rx.icon("chevron-right", size=14, color="rgba(255,255,255,0.5)")),
                rx.link(
                    crumb.name,
                    href=crumb.href,
                    size="2",
                    weight="medium",
                    color=f"var(--{ACCENT}-7)",
                ),
                spacing="1",
                align="center",
            ),
        ),
        spacing="1",
        wrap="wrap",
        align="center",
        id="breadcrumb",
    )


def _status_banner() -> rx.Component:
    return rx.cond(
        ~C.is_published,
        rx.callout(
            rx.text(
                "This course is ",
                rx.text(C.status_label, as_="span", weight="bold"),
                ". Only its instructor and admins can see this page.",
            ),
            icon="eye-off",
            color_scheme="amber",
            variant="surface",
            width="100%",
            id="draft-banner",
        ),
    )


def band() -> rx.Component:
    return rx.box(
        rx.grid(
            rx.vstack(
                _status_banner(),
                _breadcrumb(),
                rx.heading(
                    C.title,
                    size=rx.breakpoints(initial="7", md="8"),
                    line_height="1.15",
                    color="white",
                    id="course-title",
                    as_="h1",
                ),
                rx.text(
                    C.subtitle,
                    size=rx.breakpoints(initial="3", md="4"),
                    color="rgba(255,255,255,0.85)",
                ),
                rx.hstack(
                    rx.foreach(
                        C.badges,
                        lambda tag: course_badge(
                            tag.label, tag.kind, size="2", on_dark=True, class_name="course-badge"
                        ),
                    ),
                    rx.cond(
                        C.has_rating,
                        rx.hstack(
                            rx.text(C.rating, weight="bold", color="var(--amber-8)"),
                            star_rating(C.stars, size="15px"),
                            rx.link(
                                "(",
                                C.rating_count,
                                ")",
                                href="#reviews",
                                size="2",
                                color=f"var(--{ACCENT}-6)",
                            ),
                            spacing="1",
                            align="center",
                        ),
                        rx.badge(
                            "New", color_scheme="teal", variant="solid", id="course-rating-new"
                        ),
                    ),
                    rx.text(C.students, size="2", id="course-students"),
                    spacing="3",
                    align="center",
                    wrap="wrap",
                ),
                rx.text(
                    "Created by ",
                    rx.link(
                        C.instructor,
                        href="#instructor",
                        color=f"var(--{ACCENT}-6)",
                        text_decoration="underline",
                    ),
                    size="2",
                ),
                rx.hstack(
                    meta("calendar-clock", "Last updated ", C.updated),
                    meta("globe", C.language),
                    meta("signal", C.level),
                    spacing="4",
                    wrap="wrap",
                    color="rgba(255,255,255,0.85)",
                ),
                spacing="3",
                align="start",
                width="100%",
            ),
            rx.box(),
            grid_template_columns=LANDING_COLUMNS,
            gap="3rem",
            max_width=MAX_WIDTH,
            margin="0 auto",
            padding_y=["1.75rem", "2.25rem", "2.75rem"],
            padding_x=["0", "0", "1.25rem"],  # line up with the header on desktops
            min_height=["0", "0", "17rem"],
        ),
        background=BAND_BG,
        color="white",
        margin="-1.5rem -1.25rem 0",
        padding_x="1.25rem",
    )
