"""Purchase history (/orders): every order, refund requests."""

from __future__ import annotations

from typing import Any

import reflex as rx

from udemy_clone.web.kit import routes
from udemy_clone.web.kit.components import error_callout, success_callout
from udemy_clone.web.kit.layout import loading_panel, page_shell
from udemy_clone.web.kit.order_views import order_lines, status_badge
from udemy_clone.web.kit.theme import card_style
from udemy_clone.web.pages.purchases.state import OrderHistoryState


def _history_row(order: Any) -> rx.Component:
    return rx.vstack(
        rx.hstack(
            rx.vstack(
                rx.hstack(
                    rx.text(order.number, weight="bold"),
                    status_badge(order),
                    spacing="2",
                    align="center",
                ),
                rx.text(order.date, size="2", color="var(--gray-11)"),
                rx.cond(
                    order.gift_label != "",
                    rx.hstack(
                        rx.icon("gift", size=14, color="var(--accent-11)"),
                        rx.text(order.gift_label, size="2", class_name="order-gift"),
                        spacing="1",
                        align="center",
                    ),
                ),
                spacing="1",
                align="start",
            ),
            rx.spacer(),
            rx.text(order.total, weight="bold", size="4"),
            width="100%",
            align="center",
        ),
        order_lines(order),
        rx.hstack(
            rx.link(
                rx.button(rx.icon("printer", size=14), "Receipt", variant="soft", size="2"),
                href=routes.receipt_url(order.id),
            ),
            rx.cond(
                order.refundable,
                rx.alert_dialog.root(
                    rx.alert_dialog.trigger(
                        rx.button("Request refund", variant="outline", color_scheme="red", size="2")
                    ),
                    rx.alert_dialog.content(
                        rx.alert_dialog.title("Refund this order?"),
                        rx.alert_dialog.description(
                            "You get ",
                            order.total,
                            " back and lose access to its courses.",
                        ),
                        rx.hstack(
                            rx.alert_dialog.cancel(rx.button("Keep it", variant="soft")),
                            rx.alert_dialog.action(
                                rx.button(
                                    "Refund",
                                    color_scheme="red",
                                    on_click=OrderHistoryState.request_refund(order.id),  # type: ignore[operator]
                                )
                            ),
                            justify="end",
                            spacing="3",
                            margin_top="1rem",
                        ),
                    ),
                ),
            ),
            rx.cond(
                order.refundable,
                rx.text(
                    "Refundable until ", order.refund_deadline, size="1", color="var(--gray-10)"
                ),
            ),
            spacing="3",
            align="center",
        ),
        width="100%",
        padding="1.25rem",
        spacing="3",
        style=card_style,
        class_name="order-row",
    )


def order_history_page() -> rx.Component:
    return page_shell(
        rx.vstack(
            rx.heading("Purchase history", size="8"),
            success_callout(OrderHistoryState.message),
            error_callout(OrderHistoryState.error),
            rx.cond(
                ~OrderHistoryState.loaded,
                loading_panel(),
                rx.cond(
                    OrderHistoryState.orders.length() > 0,  # type: ignore[attr-defined]
                    rx.vstack(
                        rx.foreach(OrderHistoryState.orders, _history_row),
                        width="100%",
                        spacing="3",
                    ),
                    rx.text("You have not bought anything yet.", color="var(--gray-11)"),
                ),
            ),
            spacing="5",
            width="100%",
            max_width="820px",
        )
    )
