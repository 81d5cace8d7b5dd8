"""/user/<slug>: an instructor's public profile page."""

from __future__ import annotations

import reflex as rx

from udemy_clone.web.kit import routes
from udemy_clone.web.kit.components import empty_state
from udemy_clone.web.kit.course_card import course_grid
from udemy_clone.web.kit.first_view import first_view_guard, first_view_handoff
from udemy_clone.web.kit.instructor_views import instructor_figures, instructor_photo
from udemy_clone.web.kit.layout import loading_panel, page_shell
from udemy_clone.web.pages.instructor.state import InstructorProfileState as S


def _profile() -> rx.Component:
    card = S.card
    return rx.vstack(
        rx.flex(
            rx.vstack(
                rx.text("INSTRUCTOR", size="1", weight="bold", color="var(--gray-10)"),
                rx.heading(card.name, size="8", id="profile-name"),
                rx.cond(card.headline != "", rx.text(card.headline, size="4", weight="medium")),
                instructor_figures(card),
                spacing="2",
                align="start",
                flex="1",
            ),
            instructor_photo(card, size="9"),
            direction=rx.breakpoints(initial="column-reverse", sm="row"),
            gap="1.5rem",
            width="100%",
            align=rx.breakpoints(initial="start", sm="center"),
        ),
        rx.cond(
            card.bio != "",
            rx.vstack(
                rx.heading("About me", size="5", as_="h2"),
                rx.text(card.bio, size="3", style={"whiteSpace": "pre-line"}, id="profile-bio"),
                spacing="2",
                width="100%",
            ),
        ),
        rx.heading("My courses (", S.courses.length(), ")", size="5", as_="h2"),  # type: ignore[attr-defined]
        course_grid(S.courses, id="profile-courses"),
        spacing="5",
        width="100%",
        max_width="1000px",
    )


def instructor_profile_page() -> rx.Component:
    # A first visit's HTML holds the profile's head and first row of course images
    # (instructor/first_view.py) until the page draws them with its data.
    return page_shell(
        first_view_guard(),
        rx.cond(
            S.loaded,
            rx.cond(
                S.found,
                rx.fragment(
                    _profile(), first_view_handoff("#profile-courses > div:nth-child(-n+3) img")
                ),
                rx.fragment(
                    first_view_handoff(),
                    empty_state(
                        "user-x",
                        "There is no instructor at this address",
                        rx.text("The link may be mistyped.", color="var(--gray-11)"),
                        rx.link(rx.button("Browse courses", size="3"), href=routes.BROWSE),
                        heading_id="profile-not-found",
                        large=True,
                    ),
                ),
            ),
            loading_panel(),
        ),
    )
