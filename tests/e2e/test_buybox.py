"""The course page's buy box: a sale shows its price with the list price struck through, a
coupon typed on the course page is paid at checkout, and a course bought as a gift is redeemed
by another account from the emailed link."""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime, timedelta
from urllib.parse import quote_plus

from playwright.sync_api import expect

from tests.e2e.conftest import ARTIFACTS
from tests.support.live_app import call, sign_in
from udemy_clone.core.money import format_price
from udemy_clone.seed import DEMO_ACCOUNTS

PASSWORD = "buy-Box-gifts-2026"
AVOID = {"modern-javascript-from-the-beginning"}  # the wishlist test's course


def _register(live_app: str, name: str) -> tuple[str, str]:
    email = f"{name.lower()}{time.time_ns()}@example.com"
    answer = call(
        live_app,
        "POST",
        "/auth/register",
        {"email": email, "password": PASSWORD, "full_name": f"{name} Tester"},
    )
    return email, answer["access_token"]


def _a_paid_course(live_app: str) -> dict:
    # not the two dearest (the checkout test buys those) and not the wishlist test's course
    dearest = call(live_app, "GET", "/courses?min_price=1&sort=price_desc&page_size=2")["items"]
    taken = AVOID | {c["slug"] for c in dearest}
    listed = call(live_app, "GET", "/courses?min_price=1&sort=price_asc&page_size=10")["items"]
    return next(c for c in listed if c["slug"] not in taken)


def _gift_link_from_email(browser, live_app: str, admin) -> str:
    """The admin's email log shows the email as it was sent: read the redemption link."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=live_app)
    page = context.new_page()
    try:
        sign_in(page, admin.email, admin.password)
        deadline = time.monotonic() + 60
        while True:
            page.goto("/admin/emails")
            expect(page.locator("#admin-emails-heading")).to_be_visible()
            subject = page.get_by_text(re.compile("sent you a course")).first
            if subject.count() or time.monotonic() > deadline:
                break
            time.sleep(2)
        subject.click()
        body = page.get_by_role("dialog")
        expect(body).to_contain_text("/gift/")
        match = re.search(r"/gift/[0-9]+-[0-9a-f]{64}", body.inner_text())
        assert match, body.inner_text()
        return match.group(0)
    finally:
        context.close()


def test_sale_price_coupon_on_the_course_page_and_a_gift(page, browser, live_app):
    admin = next(a for a in DEMO_ACCOUNTS if a.role == "admin")
    admin_token = call(
        live_app, "POST", "/auth/login", {"email": admin.email, "password": admin.password}
    )["access_token"]
    course = _a_paid_course(live_app)
    price, currency = course["price_cents"], course["currency"]
    stamp = time.time_ns() % 10**8
    ends = (datetime.now(UTC) + timedelta(days=4, minutes=-5)).isoformat()
    sale = call(
        live_app,
        "POST",
        "/coupons",
        {
            "code": f"SALE{stamp}",
            "percent_off": 30,
            "course_id": course["id"],
            "public": True,
            "expires_at": ends,
        },
        admin_token,
    )
    code = f"HALF{stamp}"
    call(
        live_app,
        "POST",
        "/coupons",
        {"code": code, "percent_off": 50, "course_id": course["id"]},
        admin_token,
    )
    sale_price = call(live_app, "GET", f"/courses/{course['id']}/price")["price_cents"]
    half_price = call(live_app, "GET", f"/courses/{course['id']}/price?coupon_code={code}")[
        "price_cents"
    ]
    assert sale_price == price - (price * 30 + 50) // 100
    try:
        # a visitor sees the sale: price, the list price struck through, percent, days left
        page.goto(f"/course/{course['slug']}")
        expect(page.locator("#course-price")).to_have_text(format_price(sale_price, currency))
        struck = page.locator("#course-list-price")
        expect(struck).to_have_text(format_price(price, currency))
        expect(struck).to_have_css("text-decoration-line", "line-through")
        expect(page.locator("#course-percent-off")).to_have_text("30% off")
        expect(page.locator("#price-note")).to_have_text("4 days left at this price")
        page.set_viewport_size({"width": 1366, "height": 900})
        page.screenshot(path=str(ARTIFACTS / "buybox-sale-1366.png"))
        page.set_viewport_size({"width": 390, "height": 844})
        expect(page.locator("#buy-bar-price")).to_have_text(format_price(sale_price, currency))
        page.screenshot(path=str(ARTIFACTS / "buybox-sale-390.png"), full_page=True)
        page.set_viewport_size({"width": 1366, "height": 900})

        # the course card in the catalogue shows the same sale price
        page.goto(f"/courses?q={quote_plus(course['title'])}")
        card = page.locator(f'.course-card[aria-label="{course["title"]}"]').first
        expect(card.locator(".course-card-price")).to_have_text(format_price(sale_price, currency))
        expect(card.locator(".course-card-list-price")).to_have_text(format_price(price, currency))

        # a student applies a coupon on the course page and pays the price it showed
        buyer_email, _ = _register(live_app, "Gina")
        sign_in(page, buyer_email, PASSWORD)
        page.goto(f"/course/{course['slug']}")
        page.click("#buybox-coupon-toggle")
        page.fill("#buybox-coupon-input", "NOSUCHCODE")
        page.click("#buybox-coupon-apply")
        expect(page.locator("#buybox-coupon-error")).to_contain_text(
            "does not work for this course"
        )
        page.fill("#buybox-coupon-input", code.lower())
        page.click("#buybox-coupon-apply")
        expect(page.locator("#buybox-coupon-applied")).to_contain_text(code)
        expect(page.locator("#course-price")).to_have_text(format_price(half_price, currency))
        expect(page.locator("#course-percent-off")).to_have_text("50% off")
        page.screenshot(path=str(ARTIFACTS / "buybox-coupon-1366.png"))
        page.set_viewport_size({"width": 390, "height": 844})
        page.locator("#buybox-coupon-applied").scroll_into_view_if_needed()
        page.screenshot(path=str(ARTIFACTS / "buybox-coupon-390.png"))
        page.set_viewport_size({"width": 1366, "height": 900})
        page.click("#buy-now")
        page.wait_for_url(re.compile(r"/cart$"))
        expect(page.locator("#cart-total")).to_have_text(format_price(half_price, currency))
        page.click("#checkout")
        page.wait_for_url(re.compile(r"/checkout/sandbox/\d+$"))
        expect(page.locator("#sandbox-pay")).to_contain_text(format_price(half_price, currency))
        page.click("#sandbox-pay")
        page.wait_for_url(re.compile(r"/checkout/success\?order_id=\d+"))
        expect(page.locator("#success-heading")).to_be_visible()

        # enrolled now: no price, but the course can still be given as a gift
        page.goto(f"/course/{course['slug']}")
        expect(page.locator("#buy-primary")).to_have_text("Go to course")
        expect(page.locator("#course-price")).to_have_count(0)
        page.click("#gift-open")
        dialog = page.locator("#gift-dialog")
        expect(dialog).to_be_visible()
        expect(page.locator("#gift-price")).to_have_text(format_price(sale_price, currency))
        page.fill("#gift-email", buyer_email)
        page.fill("#gift-name", "Rita")
        page.click("#gift-submit")
        expect(dialog).to_contain_text("your own email address")
        friend_email, _ = _register(live_app, "Rita")
        page.fill("#gift-email", friend_email)
        expect(dialog).not_to_contain_text("your own email address")  # a change clears it
        page.fill("#gift-message", "Enjoy it, Rita!")
        page.screenshot(path=str(ARTIFACTS / "buybox-gift-form-1366.png"))
        page.set_viewport_size({"width": 390, "height": 844})
        page.screenshot(path=str(ARTIFACTS / "buybox-gift-form-390.png"))
        page.set_viewport_size({"width": 1366, "height": 900})
        page.click("#gift-submit")
        page.wait_for_url(re.compile(r"/checkout/sandbox/\d+$"))
        expect(page.locator("#sandbox-pay")).to_contain_text(format_price(sale_price, currency))
        page.click("#sandbox-pay")
        page.wait_for_url(re.compile(r"/checkout/success\?order_id=\d+"))
        expect(page.locator("#gift-success")).to_be_visible()
        page.goto("/orders")
        expect(page.locator(".order-gift").first).to_contain_text(f"Gift to Rita ({friend_email})")

        # the friend follows the emailed link, signs in, redeems once
        link = _gift_link_from_email(browser, live_app, admin)
        friend = browser.new_context(viewport={"width": 390, "height": 844}, base_url=live_app)
        friend_page = friend.new_page()
        try:
            friend_page.goto(link)
            expect(friend_page.locator("#gift-heading")).to_have_text(
                "Gina Tester sent you a course"
            )
            expect(friend_page.locator("#gift-message-shown")).to_have_text("Enjoy it, Rita!")
            friend_page.screenshot(path=str(ARTIFACTS / "gift-redeem-390.png"), full_page=True)
            friend_page.click("#gift-sign-in")
            friend_page.wait_for_url(re.compile(r"/login\?next="))
            friend_page.fill("#email", friend_email)
            friend_page.fill("#password", PASSWORD)
            friend_page.click("#login-submit")
            friend_page.wait_for_url(re.compile(r"/gift/"))
            friend_page.click("#gift-redeem")
            expect(friend_page.locator("#gift-redeemed")).to_be_visible()
            friend_page.screenshot(path=str(ARTIFACTS / "gift-redeemed-390.png"), full_page=True)
            friend_page.goto("/my-courses")
            expect(
                friend_page.locator(".my-course-title", has_text=course["title"])
            ).to_be_visible()
            friend_page.goto(link)
            expect(friend_page.locator("#gift-used")).to_be_visible()  # a link works once
        finally:
            friend.close()
    finally:
        call(live_app, "POST", f"/coupons/{sale['id']}/deactivate", None, admin_token)
