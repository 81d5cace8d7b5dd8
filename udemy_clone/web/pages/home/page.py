"""The home page: hero, category chips, rows of course cards."""

from __future__ import annotations

from typing import Any

import reflex as rx

from udemy_clone.web.kit.course_card import (
    course_card_skeleton,
    scroll_row,
)
from udemy_clone.web.kit.first_view import first_view_guard, first_view_handoff
from udemy_clone.web.kit.layout import page_shell
from udemy_clone.web.kit.theme import ACCENT
from udemy_clone.web.pages.home.hero import hero
from udemy_clone.web.pages.home.state import HomeState
from udemy_clone.web.pages.home.top_selling import top_selling_section


def _category_chips() -> rx.Component:
    # The prerendered page is painted before the categories arrive: the row keeps its height
    # so the rows below do not jump down when the chips appear (layout shift).
    return rx.box(_category_chip_row(), min_height="48px", width="100%")


def _category_chip_row() -> rx.Component:
    return rx.cond(
        HomeState.categories.length() > 0,  # type: ignore[attr-defined]
        rx.hstack(
            rx.text("Explore", weight="bold", size="2", color="var(--gray-11)"),
            rx.foreach(
                HomeState.categories,
                lambda c: rx.link(
                    rx.badge(
                        c.name,
                        size="2",
                        radius="full",
                        variant="surface",
                        color_scheme="gray",
                        padding="6px 12px",
                        _hover={"background": f"var(--{ACCENT}-3)"},
                    ),
                    href=c.href,
                    underline="none",
                ),
            ),
            spacing="2",
            align="center",
            padding_top="1.25rem",
            # one line that scrolls sideways: wrapped on a phone, the chips (which come after
            # the first paint) made the row taller and pushed the rows down (CLS 0.015)
            flex_wrap="nowrap",
            overflow_x="auto",
            style={"scrollbarWidth": "none", "& > *": {"flexShrink": "0"}},
        ),
    )


def _scroll_button(row_id: rx.Var, direction: int) -> rx.Component:
    script = (
        "(() => { const r = document.getElementById("
        + row_id.to_string()  # type: ignore[attr-defined]
        + f"); if (r) r.scrollBy({{left: {direction} * r.clientWidth * 0.8,"
        " behavior: 'smooth'}); })()"
    )
    return rx.icon_button(
        rx.icon("chevron-left" if direction < 0 else "chevron-right", size=18),
        on_click=rx.call_script(script),
        variant="soft",
        color_scheme="gray",
        radius="full",
        size="2",
        aria_label="Scroll left" if direction < 0 else "Scroll right",
    )


def _home_row(row: Any) -> rx.Component:
    row_id = "row-" + row.key
    return rx.vstack(
        rx.hstack(
            rx.heading(row.title, size=rx.breakpoints(initial="5", md="6"), as_="h2"),
            rx.spacer(),
            rx.link(
                rx.hstack(rx.text("See all"), rx.icon("arrow-right", size=16), spacing="1"),
                href=row.see_all,
                weight="medium",
                size="2",
                color=f"var(--{ACCENT}-11)",
                class_name="see-all",
                white_space="nowrap",
            ),
            rx.hstack(
                _scroll_button(row_id, -1),
                _scroll_button(row_id, 1),
                spacing="2",
                display=["none", "none", "flex"],
            ),
            width="100%",
            align="center",
            spacing="3",
        ),
        scroll_row(row.courses, row_id),
        spacing="3",
        width="100%",
        class_name="home-row",
    )


def _home_rows_skeleton() -> rx.Component:
    return rx.vstack(
        rx.skeleton(rx.heading("Most popular", size="6"), loading=True),
        rx.grid(
            *[course_card_skeleton() for _ in range(5)],
            grid_template_columns=["78%", "repeat(2, 1fr)", "repeat(3, 1fr)", "repeat(5, 1fr)"],
            gap="1.25rem",
            width="100%",
            overflow="hidden",
        ),
        spacing="3",
        width="100%",
    )


# The images the first view (first_view.py) shows: the first row's first five.
_FIRST_ROW_IMAGES = ".home-row:first-child .course-row > div:nth-child(-n+5) img"


def home_page() -> rx.Component:
    return page_shell(
        first_view_guard(),
        hero(),
        _category_chips(),
        rx.cond(
            HomeState.loaded,
            rx.cond(
                HomeState.rows.length() > 0,  # type: ignore[attr-defined]
                rx.fragment(
                    rx.vstack(
                        rx.foreach(HomeState.rows, _home_row),
                        spacing="8",
                        width="100%",
                        padding_top="2rem",
                    ),
                    first_view_handoff(_FIRST_ROW_IMAGES),
                ),
                rx.center(
                    first_view_handoff(),  # an empty catalogue: its first view is the hero
                    rx.vstack(
                        rx.icon("library", size=40, color="var(--gray-9)"),
                        rx.heading("Courses are on their way", size="5"),
                        rx.text(
                            "No course is published yet. Check back soon.", color="var(--gray-11)"
                        ),
                        align="center",
                    ),
                    padding="4rem 1rem",
                ),
            ),
            # at least a screen high: what follows (best-sellers, footer) starts below the fold
            # in the prerendered page as it will once the rows are in, so nothing shifts
            rx.box(_home_rows_skeleton(), padding_top="2rem", min_height="100vh"),
        ),
        top_selling_section(),  # the stats domain's best-sellers (loads itself on mount)
    )
