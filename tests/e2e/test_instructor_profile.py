"""From a course page's instructor card to the instructor's public profile and back."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.e2e.conftest import ARTIFACTS

COURSE_SLUG = "modern-javascript-from-the-beginning"  # seeded by udemy_clone/catalog/demo.py


def test_instructor_card_leads_to_the_profile(page):
    page.goto(f"/course/{COURSE_SLUG}")
    card = page.locator("#instructor")
    expect(card.locator(".instructor-figures")).to_contain_text("students")
    expect(card.locator(".instructor-figures")).to_contain_text(re.compile(r"\d+ courses?"))
    name = card.locator("#instructor-link")
    expect(name).to_have_attribute("href", re.compile(r"^/user/[a-z0-9-]+-\d+$"))
    instructor = name.inner_text()
    name.click()
    page.wait_for_url(re.compile(r"/user/[a-z0-9-]+-\d+$"))
    expect(page.locator("#profile-name")).to_have_text(instructor)
    courses = page.locator("#profile-courses .course-card")
    expect(courses.first).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / "instructor-profile-1366.png"), full_page=True)
    page.set_viewport_size({"width": 390, "height": 844})
    page.screenshot(path=str(ARTIFACTS / "instructor-profile-390.png"))
    courses.first.click()
    page.wait_for_url(re.compile(r"/course/"))

    page.goto("/user/nobody-99999999")
    expect(page.locator("#profile-not-found")).to_be_visible()
