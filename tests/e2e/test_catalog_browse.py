"""A visitor finds a course despite a typo, narrows and sorts the results (kept in the address,
surviving a reload), and opens the course's page with its curriculum; nonsense never breaks it."""

from __future__ import annotations

import re

from playwright.sync_api import expect

COURSE = "Modern JavaScript from the Beginning"  # seeded by udemy_clone/catalog/demo.py
COURSE_SLUG = "modern-javascript-from-the-beginning"
DRAFT_SLUG = "kubernetes-for-busy-developers"  # a demo draft: only its instructor sees it


def test_typo_search_filter_sort_reload_and_open_the_course(page):
    page.goto("/courses")
    expect(page.locator("#result-heading")).to_contain_text("courses")
    page.fill("#browse-q", "javascrpt")
    page.press("#browse-q", "Enter")
    page.wait_for_url(re.compile(r"/courses\?q=javascrpt$"))
    expect(page.locator("#result-heading")).to_contain_text("for “javascrpt”")
    expect(page.locator("#results")).to_contain_text(COURSE)

    page.locator("#filter-level").get_by_role("link", name=re.compile("^Beginner")).click()
    page.wait_for_url(re.compile(r"level=beginner"))
    expect(page.locator("#results")).to_contain_text(COURSE)

    page.click("#sort-select")
    page.get_by_role("option", name="Newest").click()
    page.wait_for_url(re.compile(r"/courses\?q=javascrpt&level=beginner&sort=newest$"))
    expect(page.locator("#results")).to_contain_text(COURSE)

    page.reload()
    expect(page.locator("#sort-select")).to_contain_text("Newest")
    expect(page.locator("#browse-q")).to_have_value("javascrpt")
    beginner = page.locator("#filter-level").get_by_role("link", name=re.compile("^Beginner"))
    expect(beginner).to_have_attribute("aria-current", "true")
    expect(page.locator("#results")).to_contain_text(COURSE)

    page.locator("#results").get_by_role("link", name=COURSE).click()
    page.wait_for_url(re.compile(rf"/course/{COURSE_SLUG}$"))
    expect(page.locator("#course-title")).to_have_text(COURSE)
    expect(page.locator("#breadcrumb")).to_contain_text("Web Development")
    expect(page).to_have_title(re.compile(COURSE))

    curriculum = page.locator("#curriculum")
    expect(curriculum).to_be_visible()
    first_duration = curriculum.locator(".lecture-duration").first
    expect(first_duration).to_have_text(re.compile(r"^\d+:\d{2}$"))
    preview = curriculum.locator(".preview-link").first
    expect(preview).to_be_visible()
    expect(preview).to_have_attribute("href", re.compile(rf"^/learn/{COURSE_SLUG}/\d+$"))
    visible_before = curriculum.locator(".lecture-duration:visible").count()
    page.get_by_role("button", name="Expand or collapse all").click()
    expect(curriculum.locator(".lecture-duration:visible")).not_to_have_count(visible_before)
    expect(page.locator("#buy-primary")).to_have_text("Add to cart")

    page.locator("#breadcrumb").get_by_role("link", name="Web Development").click()
    page.wait_for_url(re.compile(r"/courses\?category=web-development$"))
    expect(page.locator("#result-heading")).to_contain_text("in Web Development")


def test_nonsense_queries_and_addresses_show_pages_not_errors(page):
    page.goto("/courses?q=title%3A((%20%22unbalanced")
    expect(page.locator("#empty-state")).to_be_visible()
    expect(page.locator("#result-heading")).to_contain_text("0 results")

    # values the page does not understand are ignored: every published course is listed
    page.goto("/courses?level=expert&sort=cheapest&page=-4&min_rating=9&max_price=abc&free=maybe")
    expect(page.locator("#results .course-card").first).to_be_visible()
    expect(page.locator("#pagination")).to_be_visible()

    page.goto("/course/no-such-course-anywhere")
    expect(page.locator("#course-not-found")).to_have_text("This course isn't available")
    page.goto(f"/course/{DRAFT_SLUG}")
    expect(page.locator("#course-not-found")).to_be_visible()


def test_catalog_pages_fit_a_phone(browser, live_app):
    context = browser.new_context(viewport={"width": 390, "height": 844}, base_url=live_app)
    page = context.new_page()
    try:
        for path, ready in (
            ("/", ".home-row .course-card"),
            ("/courses?q=python", "#results .course-card"),
            (f"/course/{COURSE_SLUG}", "#curriculum"),
        ):
            page.goto(path)
            expect(page.locator(ready).first).to_be_visible()
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= 390, f"{path} scrolls sideways on a phone ({width}px wide)"
    finally:
        context.close()
