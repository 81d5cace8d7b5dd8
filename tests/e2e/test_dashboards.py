"""The instructor analytics and the admin statistics render charts from the demo history."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.support.live_app import sign_in
from udemy_clone.seed import DEMO_ACCOUNTS


def sign_in_as(page, role: str) -> None:
    account = next(a for a in DEMO_ACCOUNTS if a.role == role)
    sign_in(page, account.email, account.password)


def test_instructor_analytics_show_charts_of_their_courses(page):
    sign_in_as(page, "instructor")
    page.goto("/studio/analytics")
    expect(page.locator("#stats-heading")).to_have_text("Analytics of your courses")
    expect(page.locator("#chart-revenue svg.recharts-surface").first).to_be_visible()
    expect(page.locator("#chart-watch svg.recharts-surface").first).to_be_visible()
    expect(page.locator("#kpi-revenue")).not_to_have_text("$0.00")
    page.locator("#course-table a").first.click()
    expect(page.locator("#chart-dropoff svg.recharts-surface").first).to_be_visible()
    page.get_by_role("radio", name="7 days").click()
    expect(page.locator("#chart-sales svg.recharts-surface").first).to_be_visible()


def test_admin_dashboard_shows_platform_charts_and_job_queues(page):
    sign_in_as(page, "admin")
    page.goto("/admin/stats")
    expect(page.locator("#stats-heading")).to_have_text("Platform statistics")
    for chart in ("revenue", "orders", "signups", "watch"):
        expect(page.locator(f"#chart-{chart} svg.recharts-surface").first).to_be_visible()
    expect(page.locator("#kpi-orders")).not_to_have_text("0")
    expect(page.locator("#top-courses")).to_be_visible()
    expect(page.locator("#job-queues")).to_contain_text("waiting")


def test_home_page_lists_the_best_sellers(page):
    page.goto("/")
    expect(page.locator("#top-selling .top-selling-row").first).to_be_visible()
    page.get_by_role("radio", name="All time").click()
    expect(page.locator("#top-selling .top-selling-row").first).to_be_visible()
