"""A person registers, sees their name, opens the account page, signs out and back in."""

from __future__ import annotations

import re
import time

from playwright.sync_api import expect

from udemy_clone.seed import DEMO_ACCOUNTS


def _sign_in(page, email: str, password: str, next_path: str = "") -> None:
    page.goto(f"/login{next_path}")
    page.fill("#email", email)
    page.fill("#password", password)
    page.click("#login-submit")


def test_register_account_logout_login(page):
    email = f"grace{time.time_ns()}@example.com"
    page.goto("/register")
    page.fill("#full_name", "Grace Hopper")
    page.fill("#email", email)
    page.fill("#password", "compile-Me-1952")
    page.click("#register-submit")
    expect(page.locator("#nav-user-name")).to_have_text("Grace Hopper")

    page.goto("/account")
    expect(page.locator("#account-name")).to_have_text("Grace Hopper")
    expect(page.get_by_text(email).first).to_be_visible()

    page.get_by_role("button", name="Account menu").click()
    page.locator("#sign-out").click()
    expect(page.locator("#nav-login")).to_be_visible()
    page.goto("/account")
    page.wait_for_url(re.compile(r"/login\?next=%2Faccount"))

    _sign_in(page, email, "compile-Me-1952")
    expect(page.locator("#nav-user-name")).to_have_text("Grace Hopper")


def test_wrong_password_shows_a_sentence(page):
    _sign_in(page, "student@example.com", "not-the-password-1")
    expect(page.locator("#form-error")).to_contain_text("email or password is not right")


def test_registration_errors_are_shown_next_to_fields(page):
    page.goto("/register")
    page.fill("#full_name", "Weak Password")
    page.fill("#email", f"weak{time.time_ns()}@example.com")
    page.fill("#password", "password123")
    page.click("#register-submit")
    expect(page.get_by_text("too easy to guess")).to_be_visible()


def test_role_pages_redirect_or_refuse(page):
    page.goto("/admin")
    page.wait_for_url(re.compile(r"/login\?next=%2Fadmin"))
    student = next(a for a in DEMO_ACCOUNTS if a.role == "student")
    page.fill("#email", student.email)
    page.fill("#password", student.password)
    page.click("#login-submit")
    page.wait_for_url(re.compile(r"/admin/?$"))
    expect(page.locator("#not-allowed")).to_be_visible()
    page.goto("/studio")
    expect(page.locator("#not-allowed")).to_be_visible()


def test_admin_reaches_admin_page(page):
    admin = next(a for a in DEMO_ACCOUNTS if a.role == "admin")
    _sign_in(page, admin.email, admin.password, "?next=/admin")
    page.wait_for_url(re.compile(r"/admin/?$"))
    expect(page.locator("#admin-heading")).to_be_visible()


def test_layout_is_responsive_on_a_phone(browser, live_app):
    context = browser.new_context(viewport={"width": 390, "height": 844}, base_url=live_app)
    page = context.new_page()
    page.goto("/")
    expect(page.get_by_role("link", name="Log in")).to_be_visible()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the page scrolls sideways on a phone ({width}px)"
    context.close()


def test_websocket_refuses_foreign_origins(live_app):
    import http.client
    from urllib.parse import urlsplit

    host = urlsplit(live_app)

    def handshake(origin: str) -> int:
        connection = http.client.HTTPConnection(host.hostname, host.port, timeout=5)
        connection.request("GET", "/_event/?EIO=4&transport=websocket", headers={
            "Origin": origin, "Connection": "Upgrade", "Upgrade": "websocket",
            "Sec-WebSocket-Version": "13", "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==",
        })
        status = connection.getresponse().status
        connection.close()
        return status

    assert handshake("http://evil.example") == 403
    assert handshake(live_app) == 101
