"""The Reflex app: pages of every domain, the REST gateway mounted on the backend."""

from __future__ import annotations

import reflex as rx

from udemy_clone.auth.pages import account_page, login_page, register_page
from udemy_clone.auth.state import AccountState
from udemy_clone.core.log import configure_logging
from udemy_clone.events import register_handlers
from udemy_clone.gateway.app import create_gateway
from udemy_clone.orders import pages as orders_pages
from udemy_clone.orders.state import (
    AdminOrdersState,
    CartState,
    CheckoutSuccessState,
    CouponStudioState,
    MyCoursesState,
    OrderHistoryState,
    ReceiptState,
    SandboxPaymentState,
)
from udemy_clone.runtime import background_services
from udemy_clone.ui.home import home_page
from udemy_clone.ui.placeholders import admin_page, studio_page
from udemy_clone.ui.state import AuthState
from udemy_clone.ui.theme import BRAND

configure_logging()
register_handlers()

app = rx.App(
    api_transformer=create_gateway(),
    stylesheets=[],
    head_components=[rx.el.meta(name="description", content=f"{BRAND}: online video courses")],
)
app.register_lifespan_task(background_services)

app.add_page(
    home_page, route="/", title=f"{BRAND} — online courses", on_load=AuthState.restore_session
)
app.add_page(
    login_page, route="/login", title=f"Log in — {BRAND}", on_load=AuthState.restore_session
)
app.add_page(
    register_page, route="/register", title=f"Sign up — {BRAND}", on_load=AuthState.restore_session
)
app.add_page(account_page, route="/account", title=f"Account — {BRAND}", on_load=AccountState.load)
app.add_page(
    studio_page,
    route="/studio",
    title=f"Studio — {BRAND}",
    on_load=AuthState.require_instructor,
)
app.add_page(admin_page, route="/admin", title=f"Admin — {BRAND}", on_load=AuthState.require_admin)

# ---- orders: cart, checkout, my courses, purchase history, coupons, admin orders -------------
app.add_page(
    orders_pages.cart_page, route="/cart", title=f"Cart — {BRAND}", on_load=CartState.load_cart
)
app.add_page(
    orders_pages.sandbox_payment_page,
    route="/checkout/sandbox/[order_id]",
    title=f"Sandbox payment — {BRAND}",
    on_load=SandboxPaymentState.load,
)
app.add_page(
    orders_pages.checkout_success_page,
    route="/checkout/success",
    title=f"Thank you — {BRAND}",
    on_load=CheckoutSuccessState.load,
)
app.add_page(
    orders_pages.my_courses_page,
    route="/my-courses",
    title=f"My courses — {BRAND}",
    on_load=MyCoursesState.load,
)
app.add_page(
    orders_pages.order_history_page,
    route="/orders",
    title=f"Purchase history — {BRAND}",
    on_load=OrderHistoryState.load,
)
app.add_page(
    orders_pages.receipt_page,
    route="/orders/[order_id]/receipt",
    title=f"Receipt — {BRAND}",
    on_load=ReceiptState.load,
)
app.add_page(
    orders_pages.studio_coupons_page,
    route="/studio/coupons",
    title=f"Coupons — {BRAND}",
    on_load=[AuthState.require_instructor, CouponStudioState.load],
)
app.add_page(
    orders_pages.admin_orders_page,
    route="/admin/orders",
    title=f"Orders — {BRAND}",
    on_load=[AuthState.require_admin, AdminOrdersState.load],
)
