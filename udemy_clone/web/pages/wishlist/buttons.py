"""Hearts: on course cards (over the thumbnail) and in the course page's buy box."""

from __future__ import annotations

from typing import Any

import reflex as rx

from udemy_clone.web.kit import routes
from udemy_clone.web.kit.state import AuthState
from udemy_clone.web.pages.wishlist.state import WishlistState


def _wished(course_id: Any) -> rx.Var:
    return WishlistState.ids.contains(course_id)  # type: ignore[attr-defined,no-any-return]


def card_heart(course_id: Any, list_on_phone: bool = False) -> rx.Component:
    """A round heart at the thumbnail's top right; filled when the course is wished for.

    `list_on_phone`: the card's thumbnail sits at the left on phones, so the heart does too.
    """
    place: dict[str, Any] = {"right": "14px"}
    if list_on_phone:
        place = {"left": ["calc(42% - 34px)", "auto"], "right": ["auto", "14px"]}
    return rx.icon_button(
        rx.icon(
            "heart",
            size=16,
            fill=rx.cond(_wished(course_id), "var(--red-9)", "none"),
            color=rx.cond(_wished(course_id), "var(--red-9)", "var(--gray-12)"),
        ),
        on_click=WishlistState.toggle(course_id),  # type: ignore[operator]
        radius="full",
        variant="solid",
        color_scheme="gray",
        high_contrast=False,
        size="2",
        aria_label=rx.cond(_wished(course_id), "Remove from wishlist", "Add to wishlist"),
        aria_pressed=rx.cond(_wished(course_id), "true", "false"),
        class_name="wish-heart",
        position="absolute",
        top=["10px", "14px"] if list_on_phone else "14px",
        **place,
        background="rgba(255,255,255,0.92)",
        box_shadow="0 1px 4px rgba(0,0,0,0.18)",
        z_index="2",
    )


def wish_button(course_id: Any) -> rx.Component:
    """The buy box's "Wishlist" button, beside the price."""
    return rx.button(
        rx.icon(
            "heart",
            size=16,
            fill=rx.cond(_wished(course_id), "var(--red-9)", "none"),
            color=rx.cond(_wished(course_id), "var(--red-9)", "currentColor"),
        ),
        rx.cond(_wished(course_id), "Wishlisted", "Wishlist"),
        on_click=WishlistState.toggle(course_id),  # type: ignore[operator]
        variant="outline",
        size="3",
        id="wish-button",
        aria_pressed=rx.cond(_wished(course_id), "true", "false"),
    )


def header_wishlist_link() -> rx.Component:
    """The header's heart, linking to /wishlist; mounting it reads the wished-for ids."""
    return rx.cond(
        AuthState.is_authenticated,
        rx.link(
            rx.icon("heart", size=22, color="var(--gray-12)"),
            href=routes.WISHLIST,
            aria_label="Wishlist",
            id="nav-wishlist",
            display=["none", "flex"],
            padding="4px",
            on_mount=WishlistState.refresh,
        ),
    )
