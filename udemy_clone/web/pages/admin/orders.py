"""The admin's orders (/admin/orders): filter by status, refund."""

from __future__ import annotations

from typing import Any

import reflex as rx

from udemy_clone.web.kit import routes
from udemy_clone.web.kit.components import error_callout, success_callout
from udemy_clone.web.kit.layout import guarded, page_shell
from udemy_clone.web.kit.order_views import status_badge
from udemy_clone.web.pages.admin.orders_state import AdminOrdersState


def _admin_order_row(order: Any) -> rx.Component:
    return rx.table.row(
        rx.table.cell(rx.link(order.number, href=routes.receipt_url(order.id))),
        rx.table.cell(order.date),
        rx.table.cell(order.buyer),
        rx.table.cell(rx.text(order.summary, size="2", max_width="320px", truncate=True)),
        rx.table.cell(order.total, text_align="right"),
        rx.table.cell(status_badge(order)),
        rx.table.cell(
            rx.cond(
                order.admin_refundable,
                rx.button(
                    "Refund",
                    size="1",
                    variant="soft",
                    color_scheme="red",
                    on_click=AdminOrdersState.refund(order.id),  # type: ignore[operator]
                ),
            )
        ),
    )


def admin_orders_page() -> rx.Component:
    return page_shell(
        guarded(
            "admin",
            lambda: rx.vstack(
                rx.hstack(
                    rx.heading("Orders", size="8"),
                    rx.spacer(),
                    rx.select(
                        ["all", "paid", "pending", "refunded", "expired"],
                        value=AdminOrdersState.status_filter,
                        on_change=AdminOrdersState.filter_status,
                    ),
                    width="100%",
                    align="center",
                ),
                rx.text(AdminOrdersState.total, " orders", color="var(--gray-11)"),
                success_callout(AdminOrdersState.message),
                error_callout(AdminOrdersState.error),
                rx.table.root(
                    rx.table.header(
                        rx.table.row(
                            *[
                                rx.table.column_header_cell(h)
                                for h in (
                                    "Order",
                                    "Date",
                                    "Buyer",
                                    "Courses",
                                    "Total",
                                    "Status",
                                    "",
                                )
                            ]
                        )
                    ),
                    rx.table.body(rx.foreach(AdminOrdersState.orders, _admin_order_row)),
                    width="100%",
                    variant="surface",
                ),
                spacing="4",
                width="100%",
            ),
        )
    )
