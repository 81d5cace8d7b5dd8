"""A student fills the cart, applies a coupon, pays in the sandbox, finds the courses in
My courses and the order in the purchase history (with a printable receipt)."""

from __future__ import annotations

import re
import time

from playwright.sync_api import expect

from tests.support.live_app import call, sign_in
from udemy_clone.core.money import format_money
from udemy_clone.seed import DEMO_ACCOUNTS


def test_cart_coupon_sandbox_payment_my_courses_and_history(page, live_app):
    # a fresh student, a site-wide coupon from the demo admin, two paid demo courses
    admin = next(a for a in DEMO_ACCOUNTS if a.role == "admin")
    admin_token = call(
        live_app, "POST", "/auth/login", {"email": admin.email, "password": admin.password}
    )["access_token"]
    code = f"E2E{time.time_ns() % 10**8}"
    call(live_app, "POST", "/coupons", {"code": code, "percent_off": 25}, admin_token)
    email = f"buyer{time.time_ns()}@example.com"
    password = "buy-Courses-2026"
    student = call(
        live_app,
        "POST",
        "/auth/register",
        {"email": email, "password": password, "full_name": "Bea Buyer"},
    )
    token = student["access_token"]
    listed = call(live_app, "GET", "/courses?min_price=1&sort=price_desc&page_size=2")["items"]
    assert len(listed) == 2, "the demo data needs two paid published courses"
    titles = [c["title"] for c in listed]

    # The catalog pages are another engineer's; the cart is filled through the same service
    # their "Add to cart" button (pages.cart.buttons.add_to_cart_button) calls.
    for course in listed:
        call(live_app, "POST", "/cart/items", {"course_id": course["id"]}, token)
    priced = call(live_app, "GET", f"/cart?coupon_code={code}", token=token)
    expected_total = format_money(priced["total_cents"], priced["currency"])

    sign_in(page, email, password)
    expect(page.locator("#cart-count")).to_have_text("2")
    page.locator("#nav-cart").click()
    page.wait_for_url(re.compile(r"/cart$"))
    expect(page.locator(".cart-line")).to_have_count(2)
    for title in titles:
        expect(page.get_by_text(title, exact=True)).to_be_visible()

    page.fill("#coupon-code", code.lower())
    page.click("#coupon-apply")
    expect(page.locator("#coupon-applied")).to_contain_text("25% off")
    expect(page.locator("#cart-total")).to_have_text(expected_total)

    page.click("#checkout")
    page.wait_for_url(re.compile(r"/checkout/sandbox/\d+$"))
    expect(page.locator("#sandbox-banner")).to_contain_text("Sandbox payment")
    expect(page.locator("#sandbox-pay")).to_contain_text(expected_total)
    page.click("#sandbox-pay")
    page.wait_for_url(re.compile(r"/checkout/success\?order_id=\d+"))
    expect(page.locator("#success-heading")).to_be_visible()
    expect(page.locator("#cart-count")).to_have_count(0)  # the cart was emptied

    page.click("#go-my-courses")
    page.wait_for_url(re.compile(r"/my-courses$"))
    expect(page.locator(".my-course")).to_have_count(2)
    for title in titles:
        expect(page.locator(".my-course-title", has_text=title)).to_be_visible()

    # the purchased course opens in the player (not the "enroll to watch" panel)
    page.locator(".my-course", has_text=titles[0]).get_by_text("Start course").click()
    page.wait_for_url(re.compile(r"/learn/"))
    expect(page.locator("#enroll-to-watch")).to_have_count(0)
    expect(page.locator("video")).to_have_count(1)

    page.goto("/orders")
    row = page.locator(".order-row").first
    expect(row).to_contain_text("paid")
    expect(row).to_contain_text(expected_total)
    for title in titles:
        expect(row).to_contain_text(title)
    row.get_by_role("link").first.click()
    page.wait_for_url(re.compile(r"/orders/\d+/receipt$"))
    expect(page.locator("#receipt")).to_contain_text(expected_total)
    expect(page.locator("#receipt")).to_contain_text(code)
