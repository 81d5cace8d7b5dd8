"""The admin's orders (/admin/orders): search, status and date filters, paging, refunds, CSV."""

from __future__ import annotations

from typing import Any

import reflex as rx

from udemy_clone.web.kit import routes
from udemy_clone.web.kit.admin_nav import admin_header, admin_nav
from udemy_clone.web.kit.components import error_callout, success_callout
from udemy_clone.web.kit.format import count_text
from udemy_clone.web.kit.layout import guarded, loading_panel, page_shell
from udemy_clone.web.kit.order_views import status_badge
from udemy_clone.web.pages.admin.orders_state import AdminOrdersState

# Event handlers called with arguments: mypy sees `@rx.event` methods as EventNamespace.
_orders: Any = AdminOrdersState


def _admin_order_row(order: Any) -> rx.Component:
    return rx.table.row(
        rx.table.cell(rx.link(order.number, href=routes.receipt_url(order.id))),
        rx.table.cell(order.date, white_space="nowrap"),
        rx.table.cell(
            rx.vstack(
                rx.text(order.buyer, size="2", weight="medium"),
                rx.text(order.buyer_email, size="1", color="var(--gray-11)"),
                spacing="0",
            )
        ),
        rx.table.cell(
            rx.text(order.summary, size="2", max_width="280px", truncate=True),
            display=["none", "none", "table-cell"],
        ),
        rx.table.cell(order.total, text_align="right", white_space="nowrap"),
        rx.table.cell(status_badge(order)),
        rx.table.cell(
            rx.cond(
                order.admin_refundable,
                rx.button(
                    "Refund",
                    size="1",
                    variant="soft",
                    color_scheme="red",
                    on_click=_orders.refund(order.id),
                ),
            )
        ),
        class_name="admin-order",
    )


def _filters() -> rx.Component:
    s: Any = AdminOrdersState
    return rx.flex(
        rx.input(
            rx.input.slot(rx.icon("search", size=16)),
            default_value=s.query,
            on_change=_orders.set_query.debounce(300),
            placeholder="Buyer email or order number",
            width=["100%", "100%", "300px"],
            id="order-search",
        ),
        rx.select(
            ["all", "paid", "pending", "refunded", "expired"],
            value=s.status_filter,
            on_change=_orders.filter_status,
            id="order-status",
        ),
        rx.flex(
            rx.text("From", size="2", color="var(--gray-11)", as_="label", html_for="order-since"),
            rx.input(
                type="date",
                value=s.since,
                on_change=_orders.set_since,
                id="order-since",
                width="150px",
            ),
            rx.text("to", size="2", color="var(--gray-11)", as_="label", html_for="order-until"),
            rx.input(
                type="date",
                value=s.until,
                on_change=_orders.set_until,
                id="order-until",
                width="150px",
            ),
            align="center",
            gap="0.5rem",
            wrap="wrap",
        ),
        rx.cond(
            s.filtered,
            rx.button(
                "Clear", variant="ghost", size="2", on_click=_orders.clear_filters, id="order-clear"
            ),
        ),
        gap="0.75rem",
        wrap="wrap",
        align="center",
        width="100%",
    )


def _pager() -> rx.Component:
    s: Any = AdminOrdersState
    return rx.hstack(
        rx.button(
            rx.icon("chevron-left", size=14),
            "Previous",
            variant="soft",
            size="1",
            disabled=s.page <= 1,
            on_click=_orders.go_to_page(s.page - 1),
            id="orders-prev",
        ),
        rx.text(
            "Page ",
            s.page,
            " of ",
            s.page_count,
            size="2",
            color="var(--gray-11)",
            id="orders-page",
        ),
        rx.button(
            "Next",
            rx.icon("chevron-right", size=14),
            variant="soft",
            size="1",
            disabled=s.page >= s.page_count,
            on_click=_orders.go_to_page(s.page + 1),
            id="orders-next",
        ),
        spacing="3",
        align="center",
        justify="center",
        width="100%",
    )


def _orders_content() -> rx.Component:
    s: Any = AdminOrdersState
    return rx.vstack(
        admin_nav(routes.admin_url("orders")),
        admin_header(
            "Orders",
            "Every purchase on the platform. Find one by buyer email or order number, "
            "refund it, or download the selection as CSV.",
            rx.button(
                rx.icon("download", size=15),
                "Export CSV",
                variant="soft",
                on_click=_orders.export_csv,
                id="orders-export",
            ),
            heading_id="admin-orders-heading",
        ),
        _filters(),
        rx.text(count_text(s.total, "order"), size="2", color="var(--gray-11)", id="orders-total"),
        success_callout(s.message),
        error_callout(s.error),
        rx.cond(
            s.loaded,
            rx.cond(
                s.orders.length() == 0,
                rx.center(
                    rx.vstack(
                        rx.icon("receipt", size=32, color="var(--gray-9)"),
                        rx.heading("No orders match", size="4"),
                        rx.text(
                            "Try another email, order number, status or dates.",
                            color="var(--gray-11)",
                        ),
                        align="center",
                        spacing="2",
                    ),
                    padding="3rem 1rem",
                    width="100%",
                    border="1px dashed var(--gray-a6)",
                    border_radius="12px",
                    id="orders-empty",
                ),
                rx.box(
                    rx.table.root(
                        rx.table.header(
                            rx.table.row(
                                rx.table.column_header_cell("Order"),
                                rx.table.column_header_cell("Date"),
                                rx.table.column_header_cell("Buyer"),
                                rx.table.column_header_cell(
                                    "Courses", display=["none", "none", "table-cell"]
                                ),
                                rx.table.column_header_cell("Total", text_align="right"),
                                rx.table.column_header_cell("Status"),
                                rx.table.column_header_cell(""),
                            )
                        ),
                        rx.table.body(rx.foreach(s.orders, _admin_order_row)),
                        width="100%",
                        variant="surface",
                    ),
                    width="100%",
                    overflow_x="auto",
                ),
            ),
            loading_panel(),
        ),
        _pager(),
        spacing="4",
        width="100%",
    )


def admin_orders_page() -> rx.Component:
    return page_shell(guarded("admin", _orders_content))
