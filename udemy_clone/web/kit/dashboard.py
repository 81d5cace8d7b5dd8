"""The frame of a dashboard page: its header with a period picker, two columns."""

from __future__ import annotations

from typing import Any

import reflex as rx

from udemy_clone.web.kit.theme import ACCENT


def dashboard_header(
    eyebrow: str, title: Any, subtitle: Any | str, picker: rx.Component
) -> rx.Component:
    return rx.flex(
        rx.vstack(
            rx.text(eyebrow, size="1", weight="bold", color=f"var(--{ACCENT}-11)"),
            rx.heading(title, size="7", id="stats-heading"),
            rx.text(subtitle, size="1", color="var(--gray-11)"),
            spacing="1",
            align="start",
        ),
        rx.spacer(),
        picker,
        width="100%",
        align="end",
        gap="1rem",
        wrap="wrap",
    )


def two_columns(*children: rx.Component) -> rx.Component:
    return rx.grid(
        *children, columns=rx.breakpoints(initial="1", md="2"), spacing="4", width="100%"
    )
