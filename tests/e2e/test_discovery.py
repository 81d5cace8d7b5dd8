"""Finding courses from the header: the category menu on desktop and phones, and the search box
that keeps the query on the results page."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.e2e.conftest import ARTIFACTS


def test_category_menu_leads_to_a_sub_category_on_desktop(page):
    page.goto("/")
    page.locator("#nav-categories").click()
    menu = page.locator("#category-menu")
    expect(menu).to_contain_text("Development")
    menu.get_by_text("Development", exact=True).hover()
    sub_item = page.locator(".category-menu-item").filter(has_text="Web Development")
    expect(sub_item.first).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / "discovery-category-menu-1366.png"))
    sub_item.first.click()
    page.wait_for_url(re.compile(r"/courses\?category=web-development$"))
    expect(page.locator("#result-heading")).to_contain_text("in Web Development")


def test_category_menu_on_a_phone(browser, live_app):
    context = browser.new_context(viewport={"width": 390, "height": 844}, base_url=live_app)
    page = context.new_page()
    try:
        page.goto("/")
        page.locator("#nav-categories-phone").click()
        menu = page.locator("#category-menu-phone")
        expect(menu).to_contain_text("Web Development")
        page.screenshot(path=str(ARTIFACTS / "discovery-category-menu-390.png"))
        menu.locator(".category-menu-item").filter(has_text="Web Development").first.click()
        page.wait_for_url(re.compile(r"/courses\?category=web-development$"))
        expect(page.locator("#result-heading")).to_contain_text("in Web Development")
    finally:
        context.close()


def test_header_search_keeps_the_query_on_the_results_page(page):
    page.goto("/")
    box = page.locator("#header-search input")
    box.fill("python pandas")
    box.press("Enter")
    page.wait_for_url(re.compile(r"/courses\?q=python\+pandas$"))
    expect(page.locator("#result-heading")).to_contain_text("for “python pandas”")
    expect(page.locator("#header-search input")).to_have_value("python pandas")
    page.reload()
    expect(page.locator("#header-search input")).to_have_value("python pandas")
    page.locator('a[href="/"]').first.click()  # the logo
    page.wait_for_url(re.compile(r"/$"))
    expect(page.locator("#header-search input")).to_have_value("")


def test_typeahead_suggests_courses_and_categories_and_follows_the_keyboard(page):
    page.goto("/courses")
    box = page.locator("#header-search input")
    box.click()
    box.press_sequentially("djang", delay=40)
    panel = page.locator("#header-search-suggestions")
    expect(panel).to_be_visible()
    expect(panel.locator(".suggest-item").first).to_contain_text("Django")
    expect(panel).to_contain_text("Search for “djang”")
    page.screenshot(path=str(ARTIFACTS / "discovery-typeahead-1366.png"))
    box.press("ArrowDown")
    focused = page.locator(".suggest-item:focus")
    expect(focused).to_contain_text("Django")
    page.keyboard.press("Escape")
    expect(panel).to_be_hidden()

    box.click()
    box.fill("")
    box.press_sequentially("web dev", delay=40)
    category = panel.locator('.suggest-item[data-kind="category"]').first
    expect(category).to_have_text("Web Development")
    expect(panel.locator(".suggest-item").first).to_have_attribute("data-kind", "category")
    box.press("ArrowDown")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/courses\?category=web-development$"))
