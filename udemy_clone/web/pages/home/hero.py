"""The home page's compact hero: the promise, the search box and the two ways in.

The page itself (hero + rows of course cards) is catalog.pages.home_page.
"""

from __future__ import annotations

import reflex as rx

from udemy_clone.core.brand import BRAND
from udemy_clone.web.kit import routes
from udemy_clone.web.kit.search_box import search_box
from udemy_clone.web.kit.state import AuthState
from udemy_clone.web.kit.theme import ACCENT

LIGHT_BUTTON = {"background": "white", "color": f"var(--{ACCENT}-11)", "font_weight": "600"}


def hero() -> rx.Component:
    return rx.box(
        rx.vstack(
            rx.heading(
                "Learn the skills that move your work forward",
                size=rx.breakpoints(initial="6", sm="7", md="8"),
                line_height="1.15",
                color="white",
                id="home-hero-heading",
            ),
            rx.text(
                "Video courses from practitioners: programming, data, design, business "
                "and more. Learn at your own pace, on any device.",
                size=rx.breakpoints(initial="3", md="4"),
                color="rgba(255,255,255,0.85)",
            ),
            rx.box(
                search_box(box_id="hero-search"),
                width="100%",
                max_width="520px",
                display=["none", "block"],  # phones have the header's search box right above
                style={"& .rt-TextFieldRoot": {"background": "white", "box_shadow": "none"}},
            ),
            rx.hstack(
                rx.cond(
                    AuthState.is_authenticated,
                    rx.link(
                        rx.button("Browse courses", size="3", style=LIGHT_BUTTON),
                        href=routes.BROWSE,
                    ),
                    rx.link(
                        rx.button("Join for free", size="3", style=LIGHT_BUTTON),
                        href=routes.REGISTER,
                    ),
                ),
                rx.link(
                    rx.button(
                        f"Teach on {BRAND}",
                        size="3",
                        variant="outline",
                        color_scheme="gray",
                        style={
                            "color": "white",
                            "box_shadow": "inset 0 0 0 1px rgba(255,255,255,0.6)",
                        },
                    ),
                    href=routes.TEACH,
                ),
                spacing="3",
                wrap="wrap",
            ),
            spacing="3",
            align="start",
            max_width="640px",
        ),
        rx.box(
            rx.icon("play", size=56, color="white"),
            display=["none", "none", "flex"],
            align_items="center",
            justify_content="center",
            width="132px",
            height="132px",
            border_radius="50%",
            background="rgba(255,255,255,0.14)",
            box_shadow="0 0 0 18px rgba(255,255,255,0.06), 0 0 0 36px rgba(255,255,255,0.04)",
            position="absolute",
            right="72px",
            top="50%",
            transform="translateY(-50%)",
        ),
        position="relative",
        overflow="hidden",
        padding=["1.5rem 1.25rem", "2rem 2rem", "2.25rem 3rem"],
        border_radius="20px",
        background=(
            f"linear-gradient(120deg, var(--{ACCENT}-10), var(--indigo-11) 70%, var(--{ACCENT}-11))"
        ),
        box_shadow="0 18px 40px rgba(80, 40, 160, 0.18)",
    )
