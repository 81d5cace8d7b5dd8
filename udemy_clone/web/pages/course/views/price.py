"""The buy box's price (a sale's price with the list price struck through, the percent off,
the days left) and its coupon field."""

from __future__ import annotations

import reflex as rx

from udemy_clone.web.pages.course.buy_box_state import BuyBoxState
from udemy_clone.web.pages.course.views.common import C

V = BuyBoxState.view


def price_block() -> rx.Component:
    """The price this viewer pays, as checkout charges it."""
    return rx.vstack(
        rx.hstack(
            rx.text(
                rx.cond(V.price != "", V.price, C.price),
                weight="bold",
                size="8",
                id="course-price",
            ),
            rx.cond(
                V.discounted,
                rx.text(
                    V.list_price,
                    size="4",
                    color="var(--gray-10)",
                    text_decoration="line-through",
                    id="course-list-price",
                    aria_label=rx.Var.create("Original price ") + V.list_price,
                ),
            ),
            rx.cond(
                V.discounted,
                rx.badge(V.percent_off, color_scheme="green", size="2", id="course-percent-off"),
            ),
            spacing="3",
            align="baseline",
            wrap="wrap",
        ),
        rx.cond(
            V.note != "",
            rx.hstack(
                rx.icon("alarm-clock", size=15, color="var(--red-11)"),
                rx.text(
                    V.note,
                    size="2",
                    weight="medium",
                    color="var(--red-11)",
                    id="price-note",
                ),
                spacing="1",
                align="center",
            ),
        ),
        spacing="1",
        width="100%",
    )


def _applied() -> rx.Component:
    return rx.hstack(
        rx.icon("ticket-percent", size=16, color="var(--green-11)"),
        rx.text(
            rx.text.strong(BuyBoxState.applied_code),
            " is applied",
            size="2",
            id="buybox-coupon-applied",
        ),
        rx.spacer(),
        rx.button(
            "Remove",
            variant="ghost",
            size="1",
            on_click=BuyBoxState.remove_coupon,
            id="buybox-coupon-remove",
        ),
        width="100%",
        align="center",
        padding="0.5rem 0.75rem",
        border="1px dashed var(--green-7)",
        border_radius="8px",
    )


def _form() -> rx.Component:
    return rx.form(
        rx.vstack(
            rx.hstack(
                rx.input(
                    name="coupon_code",
                    placeholder="Enter coupon",
                    value=BuyBoxState.coupon_input,
                    on_change=BuyBoxState.set_coupon_input,
                    max_length=40,
                    size="2",
                    flex="1",
                    auto_complete="off",
                    aria_label="Coupon code",
                    id="buybox-coupon-input",
                    style={"textTransform": "uppercase"},
                ),
                rx.button(
                    rx.cond(BuyBoxState.checking, rx.spinner(size="1"), "Apply"),
                    type="submit",
                    size="2",
                    variant="soft",
                    disabled=BuyBoxState.checking,
                    id="buybox-coupon-apply",
                ),
                width="100%",
                spacing="2",
            ),
            rx.cond(
                BuyBoxState.coupon_error != "",
                rx.text(
                    BuyBoxState.coupon_error,
                    size="2",
                    color="var(--red-11)",
                    id="buybox-coupon-error",
                    role="alert",
                ),
            ),
            spacing="1",
            width="100%",
        ),
        on_submit=BuyBoxState.apply_coupon,
        reset_on_submit=False,
        width="100%",
    )


def coupon_field() -> rx.Component:
    """ "Apply coupon": a code field that reprices the course and goes along to checkout."""
    return rx.cond(
        BuyBoxState.applied_code != "",
        _applied(),
        rx.vstack(
            rx.link(
                rx.hstack(rx.icon("ticket", size=15), rx.text("Apply coupon"), spacing="1"),
                on_click=BuyBoxState.toggle_coupon,
                size="2",
                weight="medium",
                cursor="pointer",
                id="buybox-coupon-toggle",
            ),
            rx.cond(BuyBoxState.coupon_open, _form()),
            width="100%",
            spacing="2",
        ),
    )
