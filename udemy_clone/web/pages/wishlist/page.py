"""/wishlist: the courses a student keeps for later."""

from __future__ import annotations

import reflex as rx

from udemy_clone.web.kit import routes
from udemy_clone.web.kit.components import empty_state
from udemy_clone.web.kit.course_card import course_grid, skeleton_grid
from udemy_clone.web.kit.layout import page_shell
from udemy_clone.web.pages.wishlist.state import WishlistState


def wishlist_page() -> rx.Component:
    return page_shell(
        rx.vstack(
            rx.heading("Wishlist", size="8", id="wishlist-heading"),
            rx.text(
                "Courses you keep for later. We tell you when one of them gets cheaper.",
                color="var(--gray-11)",
            ),
            rx.cond(
                WishlistState.loaded,
                rx.cond(
                    WishlistState.courses.length() > 0,  # type: ignore[attr-defined]
                    course_grid(
                        WishlistState.courses,
                        columns=["1fr", "repeat(2, minmax(0, 1fr))", "repeat(4, minmax(0, 1fr))"],
                        id="wishlist-courses",
                    ),
                    empty_state(
                        "heart",
                        "Your wishlist is empty",
                        rx.text(
                            "Tap the heart on any course to keep it here.",
                            color="var(--gray-11)",
                            text_align="center",
                        ),
                        rx.link(rx.button("Browse courses", size="3"), href=routes.BROWSE),
                        heading_id="wishlist-empty",
                    ),
                ),
                skeleton_grid(4, ["1fr", "repeat(2, 1fr)", "repeat(4, 1fr)"]),
            ),
            spacing="4",
            width="100%",
        )
    )
