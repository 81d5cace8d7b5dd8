"""Narrowing the catalogue like on Udemy: several levels and a minimum rating at once, each
option with its count, all kept in the address (reload, back button); the same filters in a
bottom sheet on a phone; "Bestseller" / "Highest rated" badges on cards and the course page;
"Showing results for" a corrected query on the embedded (Whoosh) search."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.e2e.conftest import ARTIFACTS
from tests.support.live_app import call


def _count(option) -> int:
    """The number an option shows at its right ("Beginner 12" -> 12)."""
    found = re.findall(r"\d[\d,]*", option.inner_text())
    assert found, f"no count on {option.inner_text()!r}"
    return int(found[-1].replace(",", ""))


def _heading_total(page) -> int:
    return int(
        re.match(r"[\d,]+", page.locator("#result-heading").inner_text())[0].replace(",", "")
    )


def test_two_levels_and_a_rating_with_counts_kept_in_the_address(browser, live_app):
    context = browser.new_context(viewport={"width": 1366, "height": 900}, base_url=live_app)
    page = context.new_page()
    try:
        page.goto("/courses")
        levels = page.locator("#filter-level")
        beginner = levels.locator(".filter-option[data-value='beginner']")
        intermediate = levels.locator(".filter-option[data-value='intermediate']")
        expect(beginner).to_contain_text(re.compile(r"Beginner\s*\d+"))
        everything = _heading_total(page)

        beginner.click()
        page.wait_for_url(re.compile(r"/courses\?level=beginner$"))
        expect(beginner).to_have_attribute("aria-current", "true")
        # faceted counts: choosing Beginner still says how many intermediate courses exist
        expect(intermediate).to_contain_text(re.compile(r"Intermediate\s*[1-9]"))
        intermediate.click()
        page.wait_for_url(re.compile(r"/courses\?level=beginner&level=intermediate$"))
        expect(intermediate).to_have_attribute("aria-current", "true")
        expect(beginner).to_have_attribute("aria-current", "true")  # both chosen

        three_up = page.locator("#filter-rating .filter-option[data-value='3']")
        expect(three_up).to_contain_text(re.compile(r"3\.0 & up\s*\d+"))
        three_up.click()
        page.wait_for_url(re.compile(r"/courses\?level=beginner&level=intermediate&rating=3$"))
        expect(three_up).to_have_attribute("aria-current", "true")
        expect(page.locator("#results .course-card").first).to_be_visible()
        # the results are the two levels' courses (OR) rated 3.0 or more (AND)
        shown = _heading_total(page)
        assert 0 < shown <= everything
        assert shown == _count(beginner) + _count(intermediate)
        chips = page.get_by_role("link", name=re.compile("^Remove filter"))
        expect(chips).to_have_count(3)
        page.screenshot(path=str(ARTIFACTS / "filters-1366.png"))

        page.reload()
        expect(beginner).to_have_attribute("aria-current", "true")
        expect(intermediate).to_have_attribute("aria-current", "true")
        expect(three_up).to_have_attribute("aria-current", "true")
        expect(page.locator("#result-heading")).to_contain_text(f"{shown:,} course")

        page.go_back()  # back to the two levels without the rating
        page.wait_for_url(re.compile(r"/courses/?\?level=beginner&level=intermediate$"))
        expect(three_up).to_have_attribute("aria-current", "false")
        expect(intermediate).to_have_attribute("aria-current", "true")
    finally:
        context.close()


def test_filters_in_a_sheet_on_a_phone(browser, live_app):
    context = browser.new_context(viewport={"width": 390, "height": 844}, base_url=live_app)
    page = context.new_page()
    try:
        page.goto("/courses?level=beginner")
        button = page.locator("#filter-button")
        expect(button).to_be_visible()
        expect(page.locator("#filter-count")).to_have_text("1")
        button.click()
        sheet = page.locator("#filter-sheet")
        expect(sheet).to_be_visible()
        sheet.locator("#filter-level .filter-option[data-value='intermediate']").click()
        page.wait_for_url(re.compile(r"level=beginner&level=intermediate"))
        expect(sheet).to_be_visible()  # still open: pick more
        expect(page.locator("#filter-count")).to_have_text("2")
        sheet.locator("#filter-duration .filter-option").first.scroll_into_view_if_needed()
        expect(sheet.locator("#filter-duration")).to_contain_text(re.compile(r"0-1 hour\s*\d+"))
        box = sheet.bounding_box()
        assert box is not None and box["width"] <= 390 and box["y"] + box["height"] >= 843
        page.screenshot(path=str(ARTIFACTS / "filters-sheet-390.png"))
        show = page.locator("#filter-show-results")
        expect(show).to_have_text(re.compile(r"^Show \d+ results?$"))
        show.click()
        expect(sheet).to_be_hidden()
        expect(page.locator("#results .course-card").first).to_be_visible()
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, f"the filtered results scroll sideways ({width}px)"
        page.screenshot(path=str(ARTIFACTS / "filters-results-390.png"))
    finally:
        context.close()


def test_badges_on_cards_and_the_course_page(page, live_app):
    courses = call(live_app, "GET", "/courses?page_size=100")["items"]
    bestsellers = [c for c in courses if "bestseller" in c["badges"]]
    top_rated = [c for c in courses if "highest_rated" in c["badges"]]
    # the demo catalogue, after its sales history and the badge rollup, has a few of each
    assert bestsellers and top_rated, [(c["title"], c["badges"]) for c in courses]
    assert len(bestsellers) + len(top_rated) < len(courses) / 2  # a badge means something

    page.goto("/courses?sort=best_selling")
    card = page.locator("#results .course-card").filter(has_text=bestsellers[0]["title"])
    expect(card.locator("[data-badge='bestseller']")).to_have_text("Bestseller")
    card.scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "badges-cards-1280.png"))
    page.set_viewport_size({"width": 390, "height": 844})
    expect(card.locator("[data-badge='bestseller']")).to_be_visible()
    card.scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "badges-cards-390.png"))
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"cards with badges scroll sideways on a phone ({width}px)"
    page.set_viewport_size({"width": 1280, "height": 900})

    rated = top_rated[0]
    page.goto(f"/course/{rated['slug']}")
    expect(page.locator("#course-title")).to_have_text(rated["title"])
    expect(page.locator(".course-badge[data-badge='highest_rated']")).to_have_text("Highest rated")
    page.screenshot(path=str(ARTIFACTS / "badges-course-page-1280.png"))

    page.goto("/")
    expect(page.locator(".home-row [data-badge]").first).to_be_visible()


def test_a_corrected_query_offers_the_words_as_typed(page):
    page.goto("/courses?q=javascrpt")
    corrected = page.locator("#corrected-query")
    expect(corrected).to_contain_text("Showing results for “javascript”")
    expect(corrected).to_contain_text("Search instead for “javascrpt”")
    expect(page.locator("#results .course-card").first).to_be_visible()
    page.locator("#search-instead").click()
    page.wait_for_url(re.compile(r"/courses\?q=javascrpt&spell=off$"))
    expect(page.locator("#empty-state")).to_be_visible()
    expect(page.locator("#result-heading")).to_contain_text("0 results for “javascrpt”")
    expect(corrected).to_be_hidden()
