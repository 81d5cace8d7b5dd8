"""A tab left open on an account that gets closed elsewhere signs out at once: the account's
other sessions end (SessionsEnded), the live channel tells the open tab, which forgets the user,
goes home and says why - without waiting for a reload."""

from __future__ import annotations

import time

from playwright.sync_api import expect

from tests.e2e.conftest import ARTIFACTS
from tests.support.live_app import call, sign_in


def test_an_open_tab_signs_out_when_the_account_is_closed_elsewhere(browser, live_app) -> None:
    email = f"closer{time.time_ns()}@example.com"
    password = "close-Me-Soon-2026"
    token = call(
        live_app,
        "POST",
        "/auth/register",
        {"email": email, "password": password, "full_name": "Clara Closer"},
    )["access_token"]
    context = browser.new_context(viewport={"width": 1366, "height": 900}, base_url=live_app)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    sign_in(page, email, password)
    page.goto("/my-courses")
    expect(page.locator("#notification-bell")).to_be_visible()
    page.wait_for_timeout(2_000)  # the bell registers the tab for pushes on mount
    page.evaluate("window.__sameDocument = true")  # gone after a reload

    # closed from another device, through the REST API
    call(live_app, "POST", "/me/close", {"password": password, "confirm": "CLOSE"}, token)

    expect(page.locator("#nav-login")).to_be_visible(timeout=30_000)
    expect(page.get_by_text("this account has been closed")).to_be_visible()
    assert page.evaluate("window.__sameDocument === true"), "the tab reloaded instead"
    assert page.evaluate("localStorage.getItem('uc_access_token') || ''") in ("", '""')
    page.screenshot(path=str(ARTIFACTS / "signed-out-live-1366.png"))
    context.close()
    assert not errors, errors
