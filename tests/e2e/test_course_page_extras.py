"""The course page's buy box: the money-back line that follows REFUND_WINDOW_DAYS and the share
menu with prefilled links."""

from __future__ import annotations

import re
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


def test_reviews_can_be_searched(page):
    page.goto(f"/course/{COURSE_SLUG}")
    reviews = page.locator("#reviews-list")
    expect(reviews).to_be_visible()
    first = reviews.locator("p").filter(has_text=re.compile(r"\w{6,}")).first.inner_text()
    word = max(re.findall(r"[A-Za-z]{6,}", first), key=len)
    box = page.locator("#reviews-search-input")
    box.fill(word.upper())
    box.press("Enter")
    expect(page.locator("#reviews-total")).to_contain_text(f"mentioning “{word.upper()}”")
    expect(reviews).to_contain_text(re.compile(word, re.IGNORECASE))
    box.fill("zzzqqq nothing")
    box.press("Enter")
    expect(page.locator("#reviews-empty")).to_contain_text("No review mentions that")
    page.locator("#reviews-search-clear").click()
    expect(reviews).to_be_visible()


def test_phones_keep_the_buy_bar_in_view(browser, live_app):
    context = browser.new_context(viewport={"width": 390, "height": 844}, base_url=live_app)
    page = context.new_page()
    try:
        page.goto(f"/course/{COURSE_SLUG}")
        bar = page.locator("#buy-bar")
        expect(bar).to_be_visible()
        page.mouse.wheel(0, 3000)
        expect(bar).to_be_in_viewport()
        expect(bar).to_contain_text("$")
        page.screenshot(path=str(ARTIFACTS / "course-buy-bar-390.png"))
        bar.locator("#buy-bar-add").click()
        page.wait_for_url(re.compile(r"/login"))  # visitors sign in first
    finally:
        context.close()
