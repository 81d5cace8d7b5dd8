"""One order's printable receipt (/orders/<id>/receipt)."""

from __future__ import annotations

import reflex as rx

from udemy_clone.core.brand import BRAND
from udemy_clone.web.kit import routes
from udemy_clone.web.kit.components import error_callout
from udemy_clone.web.kit.layout import loading_panel, page_shell
from udemy_clone.web.kit.order_views import status_badge, total_row
from udemy_clone.web.kit.theme import card_style
from udemy_clone.web.pages.purchases.state import ReceiptState

PRINT_CSS = """
@media print {
  body * { visibility: hidden !important; }
  .receipt, .receipt * { visibility: visible !important; }
  .receipt {
    position: absolute !important; left: 0; top: 0; width: 100% !important;
    border: none !important; box-shadow: none !important; padding: 0 !important;
  }
  @page { margin: 18mm; }
}
"""


def receipt_page() -> rx.Component:
    order = ReceiptState.order
    return page_shell(
        rx.el.style(PRINT_CSS),
        rx.cond(
            ~ReceiptState.loaded,
            loading_panel(),
            rx.vstack(
                error_callout(ReceiptState.error),
                rx.cond(
                    order.length() > 0,  # type: ignore[attr-defined]
                    rx.vstack(
                        rx.hstack(
                            rx.vstack(
                                rx.heading(BRAND, size="6"),
                                rx.text("Receipt", size="2", color="var(--gray-11)"),
                                spacing="0",
                                align="start",
                            ),
                            rx.spacer(),
                            rx.vstack(
                                rx.text("Order ", order.number, weight="bold"),
                                rx.text("Date: ", order.date, size="2"),
                                status_badge(order),
                                align="end",
                                spacing="1",
                            ),
                            width="100%",
                        ),
                        rx.divider(),
                        rx.vstack(
                            rx.text("Billed to", size="1", color="var(--gray-10)"),
                            rx.text(ReceiptState.buyer_name, weight="medium"),
                            rx.text(ReceiptState.buyer_email, size="2"),
                            spacing="0",
                            align="start",
                        ),
                        rx.table.root(
                            rx.table.header(
                                rx.table.row(
                                    rx.table.column_header_cell("Course"),
                                    rx.table.column_header_cell("List price", text_align="right"),
                                    rx.table.column_header_cell("Paid", text_align="right"),
                                )
                            ),
                            rx.table.body(
                                rx.foreach(
                                    order.lines,
                                    lambda item: rx.table.row(
                                        rx.table.cell(item.title),
                                        rx.table.cell(item.list_price, text_align="right"),
                                        rx.table.cell(item.price, text_align="right"),
                                    ),
                                )
                            ),
                            width="100%",
                            variant="surface",
                        ),
                        rx.vstack(
                            total_row("Subtotal", order.subtotal),
                            rx.cond(
                                order.has_discount,
                                total_row("Coupon " + order.coupon_code, order.discount),
                            ),
                            total_row("Total", order.total, weight="bold", size="4"),
                            rx.cond(
                                order.status == "refunded",
                                total_row(
                                    "Refunded on", order.refunded_date, color="var(--red-11)"
                                ),
                            ),
                            width="100%",
                            max_width="320px",
                            align_self="end",
                        ),
                        rx.text(
                            "Paid with the ",
                            order.gateway,
                            " payment gateway. ",
                            "Thank you for learning with ",
                            BRAND,
                            ".",
                            size="1",
                            color="var(--gray-10)",
                        ),
                        spacing="4",
                        width="100%",
                        padding="2.5rem",
                        style=card_style,
                        class_name="receipt",
                        id="receipt",
                    ),
                ),
                rx.hstack(
                    rx.button(
                        rx.icon("printer", size=16),
                        "Print",
                        on_click=rx.call_script("window.print()"),
                    ),
                    rx.link(rx.button("Purchase history", variant="soft"), href=routes.ORDERS),
                    spacing="3",
                    class_name="no-print",
                ),
                width="100%",
                max_width="760px",
                margin="0 auto",
                spacing="4",
            ),
        ),
    )
