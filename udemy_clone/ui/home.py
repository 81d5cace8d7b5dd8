"""The home page."""

from __future__ import annotations

import reflex as rx

from udemy_clone.ui.layout import page_shell, search_box
from udemy_clone.ui.state import AuthState
from udemy_clone.ui.theme import ACCENT


def hero() -> rx.Component:
    return rx.box(
        rx.flex(
            rx.vstack(
                rx.heading(
                    "Learn the skills that move your work forward", size="8", line_height="1.15"
                ),
                rx.text(
                    "Video courses from practitioners: programming, data, design, business "
                    "and more. Learn at your own pace, on any device.",
                    size="4",
                    color="var(--gray-11)",
                ),
                rx.box(search_box(), width="100%", max_width="520px"),
                rx.hstack(
                    rx.cond(
                        AuthState.is_authenticated,
                        rx.link(rx.button("Browse courses", size="3"), href="/courses"),
                        rx.link(rx.button("Join for free", size="3"), href="/register"),
                    ),
                    rx.link(
                        rx.button("Teach on Learnly", size="3", variant="outline"),
                        href="/register?role=instructor",
                    ),
                    spacing="3",
                    wrap="wrap",
                ),
                spacing="5",
                align="start",
                max_width="620px",
            ),
            rx.box(
                rx.icon("play", size=72, color="white"),
                display=["none", "none", "flex"],
                align_items="center",
                justify_content="center",
                width="320px",
                height="220px",
                border_radius="20px",
                background=f"linear-gradient(135deg, var(--{ACCENT}-9), var(--indigo-11))",
                box_shadow="0 20px 40px rgba(80, 40, 160, 0.25)",
            ),
            justify="between",
            align="center",
            gap="2rem",
        ),
        padding=["2rem 0", "3rem 0"],
    )


def home_page() -> rx.Component:
    return page_shell(hero())
