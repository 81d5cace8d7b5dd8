"""The home page's top-selling courses, by period."""

from __future__ import annotations

from typing import Any

import reflex as rx

from udemy_clone.web.kit.theme import ACCENT
from udemy_clone.web.pages.home.top_selling_state import TOP_PERIODS, TopSellingState


def _top_row(row: Any) -> rx.Component:
    return rx.link(
        rx.hstack(
            rx.text(row.rank, weight="bold", color=f"var(--{ACCENT}-11)", width="1.5rem"),
            rx.text(row.title, weight="medium", flex="1", trim="both"),
            rx.badge(row.sales_text, color_scheme="green", variant="soft"),
            align="center",
            spacing="3",
            width="100%",
            padding="0.55rem 0.75rem",
            border_radius="8px",
            _hover={"background": "var(--gray-a3)"},
        ),
        href=row.href,
        underline="none",
        color="var(--gray-12)",
        width="100%",
        class_name="top-selling-row",
    )


def top_selling_section() -> rx.Component:
    """Best-selling courses this week / month / ever (net of refunds), loaded on mount."""
    return rx.box(
        rx.flex(
            rx.vstack(
                rx.heading("Top-selling courses", size="6"),
                rx.text("Most bought, refunds deducted.", size="2", color="var(--gray-11)"),
                spacing="1",
                align="start",
            ),
            rx.spacer(),
            rx.segmented_control.root(
                *[
                    rx.segmented_control.item(label, value=key)
                    for key, label in TOP_PERIODS.items()
                ],
                value=TopSellingState.period,
                on_change=TopSellingState.choose_period,
                size="1",
            ),
            align="end",
            gap="1rem",
            wrap="wrap",
            width="100%",
        ),
        rx.cond(
            TopSellingState.rows.length() > 0,  # type: ignore[attr-defined]
            rx.grid(
                rx.foreach(TopSellingState.rows, _top_row),
                columns=rx.breakpoints(initial="1", md="2"),
                spacing="1",
                width="100%",
                padding_top="0.75rem",
            ),
            rx.text(
                rx.cond(
                    TopSellingState.loaded,
                    "No course has been bought in this period yet.",
                    "Loading the best-sellers…",
                ),
                color="var(--gray-11)",
                padding_top="0.75rem",
            ),
        ),
        on_mount=TopSellingState.load,
        id="top-selling",
        width="100%",
        padding_top="2rem",
    )
