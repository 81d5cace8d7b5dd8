"""Shop pages: cart, sandbox payment, confirmation, My courses, purchase history, receipt,
the instructor's coupons and the admin's orders."""

from __future__ import annotations

from typing import Any

import reflex as rx

from udemy_clone.core.brand import BRAND
from udemy_clone.web.kit import routes
from udemy_clone.web.kit.layout import guarded, loading_panel, page_shell
from udemy_clone.web.kit.state import AuthState
from udemy_clone.web.kit.theme import ACCENT, card_style
from udemy_clone.web.pages.orders.state import (
    AdminOrdersState,
    CartState,
    CheckoutSuccessState,
    CouponStudioState,
    MyCoursesState,
    OrderHistoryState,
    ReceiptState,
    SandboxPaymentState,
)

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


def _error(message: Any) -> rx.Component:
    return rx.cond(
        message != "",
        rx.callout(message, icon="triangle-alert", color_scheme="red", width="100%"),
    )


def _success(message: Any) -> rx.Component:
    return rx.cond(
        message != "",
        rx.callout(message, icon="circle-check", color_scheme="green", width="100%"),
    )


def _thumb(url: Any, size: str = "96px") -> rx.Component:
    return rx.cond(
        url != "",
        rx.image(src=url, width=size, height="54px", object_fit="cover", border_radius="6px"),
        rx.center(
            rx.icon("play", size=20, color="white"),
            width=size,
            height="54px",
            border_radius="6px",
            background=f"linear-gradient(135deg, var(--{ACCENT}-9), var(--indigo-10))",
            flex_shrink="0",
        ),
    )


def _status_badge(order: Any) -> rx.Component:
    return rx.badge(order["status"], color_scheme=order["status_color"], variant="soft", size="2")


def _total_row(label: str, value: Any, **props: Any) -> rx.Component:
    return rx.hstack(rx.text(label, **props), rx.spacer(), rx.text(value, **props), width="100%")


# ---- cart ------------------------------------------------------------------------------------


def _cart_line(item: Any) -> rx.Component:
    return rx.hstack(
        _thumb(item["thumbnail"]),
        rx.vstack(
            rx.link(
                rx.text(item["title"], weight="bold"),
                href=routes.course_url(item["slug"]),
                color="var(--gray-12)",
            ),
            rx.text("By ", item["instructor"], size="2", color="var(--gray-11)"),
            rx.button(
                "Remove",
                variant="ghost",
                size="1",
                color_scheme="red",
                on_click=CartState.remove(item["course_id"]),  # type: ignore[operator]
                class_name="cart-remove",
            ),
            spacing="1",
            align="start",
            flex="1",
        ),
        rx.vstack(
            rx.text(item["final_price"], weight="bold", color=f"var(--{ACCENT}-11)"),
            rx.cond(
                item["discounted"],
                rx.text(
                    item["price"], size="2", color="var(--gray-10)", text_decoration="line-through"
                ),
            ),
            align="end",
            spacing="0",
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
        _total_row("Subtotal", CartState.subtotal, size="2"),
        rx.cond(
            CartState.has_discount,
            _total_row("Discount", CartState.discount, size="2", color="var(--green-11)"),
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
            rx.link(rx.button("Browse courses", size="3"), href="/courses"),
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
            _error(CartState.error),
            rx.cond(
                ~CartState.loaded,
                loading_panel(),
                rx.cond(
                    CartState.items.length() > 0,  # type: ignore[attr-defined]
                    rx.flex(
                        rx.vstack(
                            rx.text(
                                CartState.count, " course(s) in cart", weight="medium", size="3"
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


# ---- sandbox payment and confirmation ----------------------------------------------------------


def _order_lines(order: Any) -> rx.Component:
    return rx.vstack(
        rx.foreach(
            order["items"].to(list[dict[str, Any]]),
            lambda item: _total_row(item["title"], item["price"], size="2"),
        ),
        width="100%",
        spacing="2",
    )


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
                _error(SandboxPaymentState.error),
                rx.cond(
                    SandboxPaymentState.loaded & (order.length() > 0),  # type: ignore[attr-defined]
                    rx.vstack(
                        rx.hstack(
                            rx.heading("Pay ", BRAND, size="6"),
                            rx.spacer(),
                            rx.badge("TEST MODE", color_scheme="amber", variant="solid"),
                            width="100%",
                        ),
                        rx.text("Order ", order["number"], color="var(--gray-11)", size="2"),
                        _order_lines(order),
                        rx.divider(),
                        rx.cond(
                            order["has_discount"],
                            _total_row(
                                "Discount (" + order["coupon_code"].to(str) + ")",
                                order["discount"],
                                size="2",
                                color="var(--green-11)",
                            ),
                        ),
                        _total_row("Total due", order["total"], weight="bold", size="4"),
                        rx.cond(
                            order["status"] == "pending",
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
                                    order["total"],
                                    size="3",
                                    flex="1",
                                    loading=SandboxPaymentState.busy,
                                    on_click=SandboxPaymentState.pay,
                                    id="sandbox-pay",
                                ),
                                width="100%",
                            ),
                            rx.callout(
                                "This order is " + order["status"].to(str) + "; nothing is due.",
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
                    _error(CheckoutSuccessState.error),
                    rx.cond(
                        CheckoutSuccessState.is_paid,
                        rx.vstack(
                            rx.icon("circle-check", size=56, color="var(--green-9)"),
                            rx.heading(
                                "Thank you for your purchase!", size="7", id="success-heading"
                            ),
                            rx.text(
                                "Order ",
                                order["number"],
                                " is paid. Your courses are ready in My courses.",
                                color="var(--gray-11)",
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
                            _order_lines(order),
                            rx.divider(),
                            _total_row("Total paid", order["total"], weight="bold"),
                            width="100%",
                            padding="1.5rem",
                            style=card_style,
                        ),
                    ),
                    rx.hstack(
                        rx.link(
                            rx.button("Go to My courses", size="3"),
                            href="/my-courses",
                            id="go-my-courses",
                        ),
                        rx.link(
                            rx.button("View receipt", size="3", variant="outline"),
                            href=routes.receipt_url(order["id"]),
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


# ---- my courses --------------------------------------------------------------------------------


def _my_course_card(course: Any) -> rx.Component:
    return rx.link(
        rx.vstack(
            rx.cond(
                course["thumbnail"] != "",
                rx.image(src=course["thumbnail"], width="100%", height="150px", object_fit="cover"),
                rx.center(
                    rx.icon("play", size=40, color="white"),
                    width="100%",
                    height="150px",
                    background=f"linear-gradient(135deg, var(--{ACCENT}-9), var(--indigo-10))",
                ),
            ),
            rx.vstack(
                rx.text(course["title"], weight="bold", class_name="my-course-title"),
                rx.text(course["instructor"], size="2", color="var(--gray-11)"),
                rx.progress(value=course["progress"].to(int), max=100, width="100%"),
                rx.text(course["progress"], "% complete", size="1", color="var(--gray-10)"),
                rx.button(
                    rx.icon("play", size=14),
                    rx.cond(course["progress"].to(int) > 0, "Continue", "Start course"),
                    size="2",
                    width="100%",
                    class_name="my-course-continue",
                ),
                padding="0.75rem 1rem 1rem",
                spacing="2",
                width="100%",
                align="start",
            ),
            spacing="0",
            overflow="hidden",
            style=card_style,
            height="100%",
        ),
        # the player opens the lecture watched last, or the first one
        href=routes.learn_url(course["slug"]),
        underline="none",
        color="inherit",
        class_name="my-course",
    )


def my_courses_page() -> rx.Component:
    return page_shell(
        rx.vstack(
            rx.heading("My courses", size="8"),
            rx.cond(
                ~MyCoursesState.loaded,
                loading_panel(),
                rx.cond(
                    MyCoursesState.courses.length() > 0,  # type: ignore[attr-defined]
                    rx.grid(
                        rx.foreach(MyCoursesState.courses, _my_course_card),
                        columns=rx.breakpoints(initial="1", sm="2", md="3", lg="4"),
                        spacing="4",
                        width="100%",
                    ),
                    rx.center(
                        rx.vstack(
                            rx.icon("book-open", size=44, color="var(--gray-9)"),
                            rx.heading("No courses yet", size="5"),
                            rx.text(
                                "Courses you buy or enroll in appear here.", color="var(--gray-11)"
                            ),
                            rx.link(rx.button("Browse courses"), href="/courses"),
                            align="center",
                            spacing="3",
                        ),
                        padding="4rem",
                        width="100%",
                        style=card_style,
                    ),
                ),
            ),
            spacing="5",
            width="100%",
        )
    )


# ---- purchase history and receipts -------------------------------------------------------------


def _history_row(order: Any) -> rx.Component:
    return rx.vstack(
        rx.hstack(
            rx.vstack(
                rx.hstack(
                    rx.text(order["number"], weight="bold"),
                    _status_badge(order),
                    spacing="2",
                    align="center",
                ),
                rx.text(order["date"], size="2", color="var(--gray-11)"),
                spacing="1",
                align="start",
            ),
            rx.spacer(),
            rx.text(order["total"], weight="bold", size="4"),
            width="100%",
            align="center",
        ),
        _order_lines(order),
        rx.hstack(
            rx.link(
                rx.button(rx.icon("printer", size=14), "Receipt", variant="soft", size="2"),
                href=routes.receipt_url(order["id"]),
            ),
            rx.cond(
                order["refundable"],
                rx.alert_dialog.root(
                    rx.alert_dialog.trigger(
                        rx.button("Request refund", variant="outline", color_scheme="red", size="2")
                    ),
                    rx.alert_dialog.content(
                        rx.alert_dialog.title("Refund this order?"),
                        rx.alert_dialog.description(
                            "You get ",
                            order["total"],
                            " back and lose access to its courses.",
                        ),
                        rx.hstack(
                            rx.alert_dialog.cancel(rx.button("Keep it", variant="soft")),
                            rx.alert_dialog.action(
                                rx.button(
                                    "Refund",
                                    color_scheme="red",
                                    on_click=OrderHistoryState.request_refund(order["id"]),  # type: ignore[operator]
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
                order["refundable"],
                rx.text(
                    "Refundable until ", order["refund_deadline"], size="1", color="var(--gray-10)"
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
            _success(OrderHistoryState.message),
            _error(OrderHistoryState.error),
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


def receipt_page() -> rx.Component:
    order = ReceiptState.order
    return page_shell(
        rx.el.style(PRINT_CSS),
        rx.cond(
            ~ReceiptState.loaded,
            loading_panel(),
            rx.vstack(
                _error(ReceiptState.error),
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
                                rx.text("Order ", order["number"], weight="bold"),
                                rx.text("Date: ", order["date"], size="2"),
                                _status_badge(order),
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
                                    order["items"].to(list[dict[str, Any]]),
                                    lambda item: rx.table.row(
                                        rx.table.cell(item["title"]),
                                        rx.table.cell(item["list_price"], text_align="right"),
                                        rx.table.cell(item["price"], text_align="right"),
                                    ),
                                )
                            ),
                            width="100%",
                            variant="surface",
                        ),
                        rx.vstack(
                            _total_row("Subtotal", order["subtotal"]),
                            rx.cond(
                                order["has_discount"],
                                _total_row(
                                    "Coupon " + order["coupon_code"].to(str), order["discount"]
                                ),
                            ),
                            _total_row("Total", order["total"], weight="bold", size="4"),
                            rx.cond(
                                order["status"] == "refunded",
                                _total_row(
                                    "Refunded on", order["refunded_date"], color="var(--red-11)"
                                ),
                            ),
                            width="100%",
                            max_width="320px",
                            align_self="end",
                        ),
                        rx.text(
                            "Paid with the ",
                            order["gateway"],
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
                    rx.link(rx.button("Purchase history", variant="soft"), href="/orders"),
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


# ---- studio: coupons ---------------------------------------------------------------------------


def _coupon_row(coupon: Any) -> rx.Component:
    return rx.table.row(
        rx.table.cell(rx.code(coupon["code"])),
        rx.table.cell(coupon["discount"]),
        rx.table.cell(coupon["course"]),
        rx.table.cell(coupon["used"]),
        rx.table.cell(coupon["expires"]),
        rx.table.cell(
            rx.cond(
                coupon["active"],
                rx.button(
                    "Deactivate",
                    size="1",
                    variant="soft",
                    color_scheme="red",
                    on_click=CouponStudioState.deactivate(coupon["id"]),  # type: ignore[operator]
                ),
                rx.badge("inactive", color_scheme="gray"),
            )
        ),
    )


def _coupon_form() -> rx.Component:
    return rx.form(
        rx.vstack(
            rx.heading("New coupon", size="4"),
            rx.flex(
                rx.vstack(
                    rx.text("Code", size="2", weight="medium"),
                    rx.input(
                        name="code", placeholder="LAUNCH-50", required=True, id="coupon-new-code"
                    ),
                    align="start",
                    spacing="1",
                ),
                rx.vstack(
                    rx.text("Discount", size="2", weight="medium"),
                    rx.hstack(
                        rx.select(
                            ["percent", "amount"],
                            value=CouponStudioState.kind,
                            on_change=CouponStudioState.set_kind,
                        ),
                        rx.input(
                            name="value",
                            type="number",
                            min="0.01",
                            step="0.01",
                            placeholder=rx.cond(
                                CouponStudioState.kind == "amount", "$ off", "% off"
                            ),
                            required=True,
                            id="coupon-new-value",
                        ),
                    ),
                    align="start",
                    spacing="1",
                ),
                rx.vstack(
                    rx.text("Course", size="2", weight="medium"),
                    rx.el.select(
                        rx.el.option(
                            rx.cond(
                                AuthState.is_admin, "Every course (site-wide)", "All my courses"
                            ),
                            value="",
                        ),
                        rx.foreach(
                            CouponStudioState.courses,
                            lambda c: rx.el.option(c["title"], value=c["id"]),
                        ),
                        name="course_id",
                        style={
                            "padding": "6px",
                            "border_radius": "6px",
                            "border": "1px solid var(--gray-a7)",
                            "max_width": "260px",
                        },
                    ),
                    align="start",
                    spacing="1",
                ),
                rx.vstack(
                    rx.text("Max uses", size="2", weight="medium"),
                    rx.input(
                        name="max_redemptions", type="number", min="1", placeholder="Unlimited"
                    ),
                    align="start",
                    spacing="1",
                ),
                rx.vstack(
                    rx.text("Expires", size="2", weight="medium"),
                    rx.input(name="expires_at", type="date"),
                    align="start",
                    spacing="1",
                ),
                gap="1rem",
                wrap="wrap",
            ),
            _error(CouponStudioState.error),
            _success(CouponStudioState.message),
            rx.button("Create coupon", type="submit", id="coupon-create"),
            spacing="3",
            align="start",
            width="100%",
        ),
        on_submit=CouponStudioState.create,
        reset_on_submit=True,
        width="100%",
        padding="1.5rem",
        style=card_style,
    )


def studio_coupons_page() -> rx.Component:
    return page_shell(
        guarded(
            "instructor",
            lambda: rx.vstack(
                rx.heading("Coupons", size="8"),
                rx.text(
                    "Share a code to give students a discount on your courses.",
                    color="var(--gray-11)",
                ),
                _coupon_form(),
                rx.table.root(
                    rx.table.header(
                        rx.table.row(
                            *[
                                rx.table.column_header_cell(h)
                                for h in ("Code", "Discount", "Applies to", "Used", "Expires", "")
                            ]
                        )
                    ),
                    rx.table.body(rx.foreach(CouponStudioState.coupons, _coupon_row)),
                    width="100%",
                    variant="surface",
                ),
                spacing="5",
                width="100%",
            ),
        )
    )


# ---- admin: orders -----------------------------------------------------------------------------


def _admin_order_row(order: Any) -> rx.Component:
    return rx.table.row(
        rx.table.cell(rx.link(order["number"], href=routes.receipt_url(order["id"]))),
        rx.table.cell(order["date"]),
        rx.table.cell(order["buyer"]),
        rx.table.cell(rx.text(order["summary"], size="2", max_width="320px", truncate=True)),
        rx.table.cell(order["total"], text_align="right"),
        rx.table.cell(_status_badge(order)),
        rx.table.cell(
            rx.cond(
                order["admin_refundable"],
                rx.button(
                    "Refund",
                    size="1",
                    variant="soft",
                    color_scheme="red",
                    on_click=AdminOrdersState.refund(order["id"]),  # type: ignore[operator]
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
                _success(AdminOrdersState.message),
                _error(AdminOrdersState.error),
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
