"""Reusable shop pieces other pages drop in: the header's cart button and "Add to cart".

from udemy_clone.web.pages.cart.buttons import add_to_cart_button, enroll_free_button
add_to_cart_button(CoursePageState.course_id)   # any int or int Var
"""

from __future__ import annotations

import reflex as rx

from udemy_clone.web.kit import routes
from udemy_clone.web.kit.state import AuthState
from udemy_clone.web.pages.cart.state import CartState


def cart_button() -> rx.Component:
    """The header's cart icon with the number of courses in the cart."""
    return rx.cond(
        AuthState.is_authenticated,
        rx.link(
            rx.box(
                rx.icon("shopping-cart", size=22, color="var(--gray-12)"),
                rx.cond(
                    CartState.count > 0,
                    rx.badge(
                        CartState.count,
                        id="cart-count",
                        variant="solid",
                        radius="full",
                        size="1",
                        position="absolute",
                        top="-8px",
                        right="-10px",
                    ),
                ),
                position="relative",
                display="flex",
                padding="4px",
            ),
            # the count loads when the tab's counts key moves on (sign-in, then at most once
            # a minute), not on every page: the cart's own events keep it current
            rx.cond(
                CartState.count_for != AuthState.counts_key,
                rx.box(on_mount=CartState.refresh_count, display="none"),
            ),
            href=routes.CART,
            aria_label="Cart",
            id="nav-cart",
        ),
    )


def add_to_cart_button(course_id: int | rx.Var, **props: object) -> rx.Component:
    """ "Add to cart" for one course; signed-out visitors are sent to sign in first."""
    return rx.button(
        rx.icon("shopping-cart", size=16),
        "Add to cart",
        on_click=CartState.add_to_cart(course_id),  # type: ignore[operator]
        size=props.pop("size", "3"),  # type: ignore[arg-type]
        **props,
    )


def buy_now_button(course_id: int | rx.Var, **props: object) -> rx.Component:
    """ "Buy now": adds the course and opens the cart."""
    return rx.button(
        "Buy now",
        on_click=CartState.buy_now(course_id),  # type: ignore[operator]
        variant="outline",
        size=props.pop("size", "3"),  # type: ignore[arg-type]
        **props,
    )


def enroll_free_button(course_id: int | rx.Var, **props: object) -> rx.Component:
    """ "Enroll for free": no payment step; the course appears in My courses at once."""
    return rx.button(
        "Enroll for free",
        on_click=CartState.enroll_free(course_id),  # type: ignore[operator]
        size=props.pop("size", "3"),  # type: ignore[arg-type]
        **props,
    )
