"""The course page's "Students also bought" cards."""

from __future__ import annotations

import reflex as rx

from udemy_clone.web.kit.course_card import course_grid
from udemy_clone.web.pages.course.also_bought_state import AlsoBoughtState


def also_bought() -> rx.Component:
    """Up to six cards in a grid (a list on phones); nothing at all when there is none."""
    return rx.cond(
        AlsoBoughtState.courses.length() > 0,  # type: ignore[attr-defined]
        rx.vstack(
            rx.heading("Students also bought", size="5", as_="h2"),
            course_grid(AlsoBoughtState.courses),
            spacing="3",
            width="100%",
            id="also-bought",
        ),
    )
