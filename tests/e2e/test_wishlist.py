"""A student keeps courses for later with the hearts on cards and on the course page, finds them
on /wishlist, and lets them go again."""

from __future__ import annotations

import re
import uuid

from playwright.sync_api import expect

from tests.e2e.conftest import ARTIFACTS
from tests.support.live_app import call, sign_in

COURSE = "Modern JavaScript from the Beginning"  # seeded by udemy_clone/catalog/demo.py
COURSE_SLUG = "modern-javascript-from-the-beginning"
PASSWORD = "correct-horse-battery-9"


def test_hearts_fill_the_wishlist_and_empty_it(page, live_app):
    email = f"wish-{uuid.uuid4().hex[:8]}@example.com"
    call(
        live_app,
        "POST",
        "/auth/register",
        {"email": email, "password": PASSWORD, "full_name": "Wes"},
    )
    sign_in(page, email, PASSWORD)

    page.goto(f"/course/{COURSE_SLUG}")
    wish = page.locator("#wish-button")
    expect(wish).to_have_text("Wishlist")
    wish.click()
    expect(wish).to_have_text("Wishlisted")
    expect(wish).to_have_attribute("aria-pressed", "true")

    page.goto("/courses?q=pandas")
    card = page.locator("#results .course-card").first
    expect(card).to_be_visible()
    title = card.get_attribute("aria-label")
    heart = page.locator("#results .wish-heart").first
    expect(heart).to_have_attribute("aria-pressed", "false")
    heart.click()
    expect(heart).to_have_attribute("aria-pressed", "true")
    page.screenshot(path=str(ARTIFACTS / "wishlist-hearts-1366.png"))

    page.locator("#nav-wishlist").click()
    page.wait_for_url(re.compile(r"/wishlist$"))
    courses = page.locator("#wishlist-courses")
    expect(courses.locator(".course-card")).to_have_count(2)
    expect(courses).to_contain_text(COURSE)
    expect(courses).to_contain_text(title or "")
    page.set_viewport_size({"width": 390, "height": 844})
    page.screenshot(path=str(ARTIFACTS / "wishlist-page-390.png"), full_page=True)
    page.set_viewport_size({"width": 1280, "height": 900})

    courses.locator(".wish-heart").first.click()
    expect(courses.locator(".course-card")).to_have_count(1)
    courses.locator(".wish-heart").first.click()
    expect(page.locator("#wishlist-empty")).to_have_text("Your wishlist is empty")
    page.reload()
    expect(page.locator("#wishlist-empty")).to_be_visible()


def test_visitors_are_asked_to_sign_in(page):
    page.goto(f"/course/{COURSE_SLUG}")
    page.locator("#wish-button").click()
    page.wait_for_url(re.compile(r"/login\?next="))
    page.goto("/wishlist")
    page.wait_for_url(re.compile(r"/login\?next=%2Fwishlist"))
