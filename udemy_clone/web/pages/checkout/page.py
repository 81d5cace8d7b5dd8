"""Checkout pages: the sandbox payment page and the thank-you page."""

from __future__ import annotations

import reflex as rx

from udemy_clone.core.brand import BRAND
from udemy_clone.web.kit import routes
from udemy_clone.web.kit.components import error_callout
from udemy_clone.web.kit.layout import loading_panel, page_shell
from udemy_clone.web.kit.order_views import order_lines, total_row
from udemy_clone.web.kit.theme import card_style
from udemy_clone.web.pages.checkout.state import CheckoutSuccessState, SandboxPaymentState


def sandbox_payment_page() -> rx.Component:
    order = SandboxPaymentState.order
    return page_shell(
        rx.center(
            rx.vstack(
                rx.callout(
                    "Sandbox payment — no real money moves. This page stands in for Stripe "
                    "while no Stripe keys are set.",
                    icon="flask-conical",
                    color_scheme="amber",
                    width="100%",
                    id="sandbox-banner",
                ),
                error_callout(SandboxPaymentState.error),
                rx.cond(
                    SandboxPaymentState.loaded & (order.length() > 0),  # type: ignore[attr-defined]
                    rx.vstack(
                        rx.hstack(
                            rx.heading("Pay ", BRAND, size="6"),
                            rx.spacer(),
                            rx.badge("TEST MODE", color_scheme="amber", variant="solid"),
                            width="100%",
                        ),
                        rx.text("Order ", order.number, color="var(--gray-11)", size="2"),
                        order_lines(order),
                        rx.divider(),
                        rx.cond(
                            order.has_discount,
                            total_row(
                                "Discount (" + order.coupon_code + ")",
                                order.discount,
                                size="2",
                                color="var(--green-11)",
                            ),
                        ),
                        total_row("Total due", order.total, weight="bold", size="4"),
                        rx.cond(
                            order.status == "pending",
                            rx.hstack(
                                rx.button(
                                    "Cancel",
                                    variant="soft",
                                    color_scheme="gray",
                                    size="3",
                                    on_click=SandboxPaymentState.cancel,
                                    id="sandbox-cancel",
                                ),
                                rx.button(
                                    rx.icon("credit-card", size=16),
                                    "Pay ",
                                    order.total,
                                    size="3",
                                    flex="1",
                                    loading=SandboxPaymentState.busy,
                                    on_click=SandboxPaymentState.pay,
                                    id="sandbox-pay",
                                ),
                                width="100%",
                            ),
                            rx.callout(
                                "This order is " + order.status + "; nothing is due.",
                                icon="info",
                                width="100%",
                            ),
                        ),
                        spacing="4",
                        width="100%",
                        padding="2rem",
                        style=card_style,
                    ),
                    rx.cond(SandboxPaymentState.loaded, rx.fragment(), loading_panel()),
                ),
                width="100%",
                max_width="520px",
                spacing="4",
            ),
            width="100%",
        )
    )


def checkout_success_page() -> rx.Component:
    order = CheckoutSuccessState.order
    return page_shell(
        rx.center(
            rx.cond(
                ~CheckoutSuccessState.loaded,
                loading_panel(),
                rx.vstack(
                    error_callout(CheckoutSuccessState.error),
                    rx.cond(
                        CheckoutSuccessState.is_paid,
                        rx.vstack(
                            rx.icon("circle-check", size=56, color="var(--green-9)"),
                            rx.heading(
                                "Thank you for your purchase!", size="7", id="success-heading"
                            ),
                            rx.cond(
                                order.gift_label != "",
                                rx.text(
                                    "Order ",
                                    order.number,
                                    " is paid. We are emailing your gift's recipient a link "
                                    "to redeem it; follow it on your purchase history.",
                                    color="var(--gray-11)",
                                    text_align="center",
                                    id="gift-success",
                                ),
                                rx.text(
                                    "Order ",
                                    order.number,
                                    " is paid. Your courses are ready in My courses.",
                                    color="var(--gray-11)",
                                ),
                            ),
                            align="center",
                            spacing="3",
                        ),
                        rx.cond(
                            order.length() > 0,  # type: ignore[attr-defined]
                            rx.vstack(
                                rx.spinner(size="3"),
                                rx.heading("We are confirming your payment", size="6"),
                                rx.text(
                                    "This takes a few seconds. Reload the page if it does not "
                                    "update; you will not be charged twice.",
                                    color="var(--gray-11)",
                                ),
                                align="center",
                                spacing="3",
                            ),
                        ),
                    ),
                    rx.cond(
                        order.length() > 0,  # type: ignore[attr-defined]
                        rx.vstack(
                            order_lines(order),
                            rx.divider(),
                            total_row("Total paid", order.total, weight="bold"),
                            width="100%",
                            padding="1.5rem",
                            style=card_style,
                        ),
                    ),
                    rx.hstack(
                        rx.link(
                            rx.button("Go to My courses", size="3"),
                            href=routes.MY_COURSES,
                            id="go-my-courses",
                        ),
                        rx.link(
                            rx.button("View receipt", size="3", variant="outline"),
                            href=routes.receipt_url(order.id),
                        ),
                        spacing="3",
                    ),
                    align="center",
                    spacing="5",
                    width="100%",
                    max_width="560px",
                    padding_y="2rem",
                ),
            ),
            width="100%",
        )
    )
