"""A student who opens a course page sees what its students also bought, and the home page
then offers "Because you viewed ..." courses like it."""

from __future__ import annotations

import re
import uuid

from playwright.sync_api import expect

from tests.e2e.conftest import ARTIFACTS
from tests.support.live_app import call, sign_in

COURSE = "Modern JavaScript from the Beginning"  # seeded by udemy_clone/catalog/demo.py
COURSE_SLUG = "modern-javascript-from-the-beginning"
PASSWORD = "correct-horse-battery-9"


def test_course_page_recommends_and_home_remembers_the_visit(page, live_app):
    email = f"recs-{uuid.uuid4().hex[:8]}@example.com"
    call(
        live_app,
        "POST",
        "/auth/register",
        {"email": email, "password": PASSWORD, "full_name": "Rita Recs"},
    )
    sign_in(page, email, PASSWORD)

    page.goto(f"/course/{COURSE_SLUG}")
    expect(page.locator("#course-title")).to_have_text(COURSE)
    also = page.locator("#also-bought")
    expect(also).to_contain_text("Students also bought")
    expect(also.locator(".course-card").first).to_be_visible()
    expect(also).not_to_contain_text(COURSE)  # never the course itself
    also.scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "recs-course-page-1366.png"))

    page.goto("/")
    row = page.locator(".home-row").first
    expect(row).to_contain_text(f"Because you viewed “{COURSE}”")
    expect(row.locator(".course-card").first).to_be_visible()
    expect(row.get_by_role("link", name=re.compile("See all"))).to_have_attribute(
        "href", f"/course/{COURSE_SLUG}"
    )
    page.set_viewport_size({"width": 390, "height": 844})
    page.screenshot(path=str(ARTIFACTS / "recs-home-390.png"))
