"""The cart (/cart): lines, coupon, summary, checkout."""

from __future__ import annotations

from typing import Any

import reflex as rx

from udemy_clone.web.kit import routes
from udemy_clone.web.kit.components import error_callout, price_display
from udemy_clone.web.kit.format import count_text
from udemy_clone.web.kit.layout import loading_panel, page_shell
from udemy_clone.web.kit.order_views import thumb, total_row
from udemy_clone.web.kit.theme import ACCENT, card_style
from udemy_clone.web.pages.cart.state import CartState


def _cart_line(item: Any) -> rx.Component:
    return rx.hstack(
        thumb(item.thumbnail),
        rx.vstack(
            rx.link(
                rx.text(item.title, weight="bold"),
                href=routes.course_url(item.slug),
                color="var(--gray-12)",
            ),
            rx.text("By ", item.instructor, size="2", color="var(--gray-11)"),
            rx.button(
                "Remove",
                variant="ghost",
                size="1",
                color_scheme="red",
                on_click=CartState.remove(item.course_id),  # type: ignore[operator]
                class_name="cart-remove",
            ),
            spacing="1",
            align="start",
            flex="1",
        ),
        price_display(
            item.final_price,
            list_price=item.price,
            discounted=item.discounted,
            color=f"var(--{ACCENT}-11)",
        ),
        width="100%",
        align="start",
        spacing="4",
        padding_y="1rem",
        border_bottom="1px solid var(--gray-a4)",
        class_name="cart-line",
    )


def _coupon_box() -> rx.Component:
    return rx.vstack(
        rx.cond(
            CartState.coupon_description != "",
            rx.hstack(
                rx.badge(rx.icon("tag", size=12), CartState.coupon_code, color_scheme="green"),
                rx.text(CartState.coupon_description, size="2", id="coupon-applied"),
                rx.spacer(),
                rx.button("Remove", variant="ghost", size="1", on_click=CartState.remove_coupon),
                width="100%",
                align="center",
            ),
            rx.form(
                rx.hstack(
                    rx.input(
                        name="coupon_code",
                        placeholder="Coupon code",
                        value=CartState.coupon_input,
                        on_change=CartState.set_coupon_input,
                        id="coupon-code",
                        max_length=40,
                        flex="1",
                    ),
                    rx.button("Apply", type="submit", variant="outline", id="coupon-apply"),
                    width="100%",
                ),
                on_submit=CartState.apply_coupon,
                width="100%",
            ),
        ),
        rx.cond(
            CartState.coupon_error != "",
            rx.text(CartState.coupon_error, color="var(--red-11)", size="2", id="coupon-error"),
        ),
        width="100%",
        spacing="2",
    )


def _cart_summary() -> rx.Component:
    return rx.vstack(
        rx.text("Total", size="2", color="var(--gray-11)"),
        rx.heading(CartState.total, size="8", id="cart-total"),
        rx.divider(),
        total_row("Subtotal", CartState.subtotal, size="2"),
        rx.cond(
            CartState.has_discount,
            total_row("Discount", CartState.discount, size="2", color="var(--green-11)"),
        ),
        rx.button(
            rx.cond(CartState.busy, rx.spinner(size="2"), rx.icon("lock", size=16)),
            "Checkout",
            size="3",
            width="100%",
            on_click=CartState.checkout,
            disabled=CartState.busy | CartState.mixed_currencies,
            id="checkout",
        ),
        rx.cond(
            CartState.mixed_currencies,
            rx.text(
                "Your cart mixes currencies; remove courses until one currency is left.",
                size="1",
                color="var(--amber-11)",
            ),
        ),
        _coupon_box(),
        rx.text(
            "30-day refunds: not what you expected? Ask for your money back from Purchase history.",
            size="1",
            color="var(--gray-10)",
        ),
        spacing="3",
        padding="1.5rem",
        width=["100%", "100%", "340px"],
        flex_shrink="0",
        style=card_style,
        align="start",
    )


def _empty_cart() -> rx.Component:
    return rx.center(
        rx.vstack(
            rx.icon("shopping-cart", size=48, color="var(--gray-9)"),
            rx.heading("Your cart is empty", size="5"),
            rx.text("Keep browsing to find a course you like.", color="var(--gray-11)"),
            rx.link(rx.button("Browse courses", size="3"), href=routes.BROWSE),
            align="center",
            spacing="3",
        ),
        padding="4rem 1rem",
        width="100%",
        style=card_style,
        id="cart-empty",
    )


def cart_page() -> rx.Component:
    return page_shell(
        rx.vstack(
            rx.heading("Shopping cart", size="8"),
            rx.cond(
                CartState.cancelled,
                rx.callout(
                    "The payment was cancelled; nothing was charged.",
                    icon="info",
                    color_scheme="amber",
                    width="100%",
                ),
            ),
            error_callout(CartState.error),
            rx.cond(
                ~CartState.loaded,
                loading_panel(),
                rx.cond(
                    CartState.items.length() > 0,  # type: ignore[attr-defined]
                    rx.flex(
                        rx.vstack(
                            rx.text(
                                count_text(CartState.count, "course"),
                                " in cart",
                                weight="medium",
                                size="3",
                            ),
                            rx.foreach(CartState.items, _cart_line),
                            flex="1",
                            width="100%",
                            spacing="0",
                        ),
                        _cart_summary(),
                        direction=rx.breakpoints(initial="column", md="row"),
                        gap="2rem",
                        width="100%",
                        align="start",
                    ),
                    _empty_cart(),
                ),
            ),
            spacing="5",
            width="100%",
        )
    )
