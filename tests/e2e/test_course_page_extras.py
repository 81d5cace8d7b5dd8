"""The course page's buy box: the money-back line that follows REFUND_WINDOW_DAYS and the share
menu with prefilled links."""

from __future__ import annotations

from urllib.parse import quote

from playwright.sync_api import expect

from tests.e2e.conftest import ARTIFACTS

COURSE_SLUG = "modern-javascript-from-the-beginning"  # seeded by udemy_clone/catalog/demo.py


def test_buy_box_promises_the_refund_window_and_shares_the_course(page, live_app):
    page.goto(f"/course/{COURSE_SLUG}")
    expect(page.locator("#course-price")).to_be_visible()
    expect(page.locator("#money-back")).to_have_text("30-Day Money-Back Guarantee")
    page.locator("#share-button").click()
    menu = page.locator("#share-menu")
    expect(menu).to_contain_text("Copy link")
    email = menu.get_by_role("link", name="Email")
    address = quote(f"{live_app}/course/{COURSE_SLUG}", safe="")
    subject = "Modern%20JavaScript%20from%20the%20Beginning"
    expect(email).to_have_attribute("href", f"mailto:?subject={subject}&body={address}")
    page.screenshot(path=str(ARTIFACTS / "course-share-1366.png"))
