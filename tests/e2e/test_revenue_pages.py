"""The instructor's Revenue page and the admin's Revenue, Payouts and Ledger pages, on the demo
ledger history; screenshots at 1366 and 390 px go to test-artifacts/ledger/."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.e2e.conftest import ARTIFACTS
from tests.support.live_app import sign_in
from udemy_clone.seed import DEMO_ACCOUNTS

SHOTS = ARTIFACTS / "ledger"


def sign_in_as(page, role: str) -> None:
    account = next(a for a in DEMO_ACCOUNTS if a.role == role)
    sign_in(page, account.email, account.password)


def shoot(page, name: str) -> None:
    """Full-page screenshots on a laptop and on a phone."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    for width, height in ((1366, 900), (390, 844)):
        page.set_viewport_size({"width": width, "height": height})
        page.wait_for_timeout(300)
        page.screenshot(path=str(SHOTS / f"{name}-{width}.png"), full_page=True)
    page.set_viewport_size({"width": 1366, "height": 900})


def test_instructor_revenue_page_balances_statement_downloads_and_payouts(page):
    sign_in_as(page, "instructor")
    page.goto("/studio")
    page.locator("#studio-revenue-link").click()
    expect(page.locator("#revenue-heading")).to_have_text("Revenue")
    expect(page.locator(".balance-card").first).to_be_visible()
    expect(page.locator(".balance-paid-out").first).not_to_have_text("$0.00")
    expect(page.locator("#payouts-table")).to_contain_text("paid")
    expect(page.locator("#payouts-table")).to_contain_text("DEMO-SEPA-")
    expect(page.locator("#referral-code")).to_have_text(re.compile(r"^[0-9a-z]{5,12}$"))

    # last month has sales of the demo instructor's courses
    months = page.locator("#statement-month option")
    expect(months.nth(1)).to_be_attached()
    page.select_option("#statement-month", index=1)
    expect(page.locator("#statement-table")).to_contain_text("Total (USD)")
    expect(page.locator("#statement-table")).to_contain_text("$")
    shoot(page, "studio-revenue")

    with page.expect_download() as csv_download:
        page.locator("#download-csv").click()
    assert csv_download.value.suggested_filename.endswith(".csv")
    text = open(csv_download.value.path(), encoding="utf-8").read()
    assert text.startswith("month,course_id,course,currency,sales")
    with page.expect_download() as pdf_download:
        page.locator("#download-pdf").click()
    assert pdf_download.value.suggested_filename.endswith(".pdf")
    assert open(pdf_download.value.path(), "rb").read(4) == b"%PDF"


def test_a_referral_link_sets_a_seven_day_cookie(page):
    sign_in_as(page, "instructor")
    page.goto("/studio/revenue")
    code = page.locator("#referral-code").inner_text()
    assert code
    slug = page.request.get("/api/v1/courses?page_size=1").json()["items"][0]["slug"]
    page.goto(f"/course/{slug}?ref={code}")
    expect(page.locator("h1").first).to_be_visible()
    page.wait_for_function("document.cookie.includes('learnly_ref=')")
    cookie = next(c for c in page.context.cookies() if c["name"] == "learnly_ref")
    assert cookie["value"] == code
    days = (cookie["expires"] - page.evaluate("Date.now() / 1000")) / 86400
    assert 6.9 < days <= 7.01
    # a made-up code is not remembered over the real one
    page.goto(f"/course/{slug}?ref=zzzzzzzz")
    expect(page.locator("h1").first).to_be_visible()
    page.wait_for_timeout(500)
    assert next(c for c in page.context.cookies() if c["name"] == "learnly_ref")["value"] == code


def test_admin_revenue_share_rules_payout_queue_and_ledger_check(page):
    sign_in_as(page, "admin")
    page.goto("/admin/revenue")
    expect(page.locator("#admin-revenue-heading")).to_have_text("Revenue")
    expect(page.locator("#platform-months tbody tr").first).to_be_visible()
    expect(page.locator("#instructor-balances")).to_contain_text("Ivan Instructor")
    page.select_option("#rule-channel", "referral")
    page.fill("#rule-percent", "95")
    page.locator("#rule-save").click()
    expect(page.get_by_text("From now on, referral sales pay instructors 95 %.")).to_be_visible()
    expect(page.locator("#share-rules")).to_contain_text("in force")
    with page.expect_download() as csv_download:
        page.locator("#platform-csv").click()
    assert csv_download.value.suggested_filename == "platform-revenue.csv"
    shoot(page, "admin-revenue")

    page.locator("#admin-nav-payouts").click()
    expect(page.locator("#admin-payouts-heading")).to_have_text("Payouts")
    expect(page.locator("#payout-queue")).to_contain_text("Ivan Instructor")
    shoot(page, "admin-payouts")
    page.locator(".payout-reference input").first.fill("SEPA-E2E-0001")
    page.locator(".payout-pay").first.click()
    expect(page.get_by_text(re.compile(r"marked paid \(SEPA-E2E-0001\)"))).to_be_visible()
    page.select_option("#payout-filter", "paid")
    expect(page.locator("#payout-queue")).to_contain_text("SEPA-E2E-0001")

    page.locator("#admin-nav-ledger").click()
    expect(page.locator("#admin-ledger-heading")).to_have_text("Ledger check")
    expect(page.locator("#ledger-ok")).to_be_visible()
    expect(page.locator("#reconciliation tbody tr").first).to_be_visible()
    shoot(page, "admin-ledger")


def test_students_cannot_open_the_revenue_pages(page):
    sign_in_as(page, "student")
    for path in ("/studio/revenue", "/admin/revenue", "/admin/payouts", "/admin/ledger"):
        page.goto(path)
        expect(page.locator("#not-allowed")).to_be_visible()
