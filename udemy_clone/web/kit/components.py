"""Pieces every area uses: the star rating, a price, an empty state."""

from __future__ import annotations

import reflex as rx

STAR_COLOR = "var(--amber-9)"


def stars_percent(average: float) -> str:
    """How much of the five stars a rating fills: 4.6 → "92%"."""
    return f"{max(0.0, min(5.0, average)) * 20:.0f}%"


def star_rating(percent: rx.Var | str, size: str = "14px") -> rx.Component:
    """Five stars filled to `percent` ("92%"), gray behind; decorative (the number is shown)."""
    return rx.box(
        rx.text("★★★★★", as_="span", color="var(--gray-a6)"),
        rx.text(
            "★★★★★",
            as_="span",
            color=STAR_COLOR,
            position="absolute",
            left="0",
            top="0",
            width=percent,
            overflow="hidden",
            white_space="nowrap",
        ),
        position="relative",
        display="inline-block",
        font_size=size,
        line_height="1",
        letter_spacing="1px",
        aria_hidden="true",
    )


def error_callout(message: rx.Var | str, **props: object) -> rx.Component:
    """A red callout with the sentence that went wrong; nothing while the message is empty."""
    return rx.cond(
        message != "",
        rx.callout(message, icon="triangle-alert", color_scheme="red", width="100%", **props),
    )


def success_callout(message: rx.Var | str, **props: object) -> rx.Component:
    """A green callout confirming what was done; nothing while the message is empty."""
    return rx.cond(
        message != "",
        rx.callout(message, icon="circle-check", color_scheme="green", width="100%", **props),
    )
