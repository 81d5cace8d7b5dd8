"""Pieces every area uses: the star rating, a price, an empty state."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import reflex as rx

from udemy_clone.web.kit.theme import ACCENT

STAR_COLOR = "var(--amber-9)"


def named_icon(
    name: rx.Var | str, names: Sequence[str], fallback: str, **props: Any
) -> rx.Component:
    """A Lucide icon chosen by a state value among `names` (else `fallback`).

    `rx.icon(<a Var>)` would ship Lucide's dynamic loader, which makes each of the ~1,800
    icons its own lazily imported chunk for the whole app: every page then fetched each icon
    it shows as a separate request, in waves, before its first render with data.
    """
    return rx.match(
        name,
        *[(choice, rx.icon(choice, **props)) for choice in names if choice != fallback],
        rx.icon(fallback, **props),
    )


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


def price_display(
    price: rx.Var | str,
    *,
    list_price: rx.Var | str | None = None,
    discounted: rx.Var | bool = False,
    **props: Any,
) -> rx.Component:
    """A price as `core.money` formats it ("Free", "$19.99", "¥1,200"), in bold.

    With `list_price`, the price before a discount is shown struck through under it while
    `discounted` holds.
    """
    shown = rx.text(price, weight="bold", **props)
    if list_price is None:
        return shown
    return rx.vstack(
        shown,
        rx.cond(
            discounted,
            rx.text(list_price, size="2", color="var(--gray-10)", text_decoration="line-through"),
        ),
        align="end",
        spacing="0",
    )


def empty_state(
    icon: str,
    title: str,
    message: rx.Component,
    *actions: rx.Component,
    heading_id: str,
    large: bool = False,
) -> rx.Component:
    """A page with nothing to show: an icon in a tinted circle, a heading, a sentence, links."""
    return rx.center(
        rx.vstack(
            rx.center(
                rx.icon(icon, size=34 if large else 32, color=f"var(--{ACCENT}-11)"),
                width="76px" if large else "72px",
                height="76px" if large else "72px",
                border_radius="50%",
                background=f"var(--{ACCENT}-3)",
            ),
            rx.heading(title, size="6" if large else "5", id=heading_id),
            message,
            rx.hstack(*actions, spacing="3", wrap="wrap", justify="center"),
            align="center",
            spacing="3",
            max_width="460px" if large else None,
        ),
        padding="5rem 1rem" if large else None,
    )
