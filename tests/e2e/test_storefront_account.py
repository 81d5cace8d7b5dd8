"""Storefront journeys of students, instructors and admins: My learning, the account page's
photo and data rights, the studio's save bar, admin sign-in, course approval and orders.

Each journey leaves screenshots at 1366 px and 390 px in test-artifacts/storefront/."""

from __future__ import annotations

import csv
import datetime
import io
import json
import re
import time
from pathlib import Path

from playwright.sync_api import expect

from tests.support.live_app import call, sign_in
from udemy_clone.seed import DEMO_ACCOUNTS

SHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "storefront"
WIDTHS = (1366, 390)


def _account(role: str):
    return next(a for a in DEMO_ACCOUNTS if a.role == role)


def _shoot(page, name: str) -> None:
    """The page at desktop and phone widths; it never scrolls sideways on the phone."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900 if width > 500 else 844})
        page.wait_for_timeout(1500)  # charts finish their entry animation
        page.screenshot(path=str(SHOTS / f"{name}-{width}.png"), full_page=True)
        if width < 500:
            scroll = page.evaluate("document.documentElement.scrollWidth")
            assert scroll <= width + 1, f"{name} scrolls sideways on a phone ({scroll}px)"
    page.set_viewport_size({"width": 1366, "height": 900})


def _png_file(folder: Path) -> Path:
    from PIL import Image

    path = folder / "me.png"
    Image.new("RGB", (300, 300), (30, 120, 200)).save(path)
    return path


def test_my_learning_continue_filters_lists_and_archive(page) -> None:
    student = _account("student")
    sign_in(page, student.email, student.password)
    # the footer offers my courses, not a second account
    expect(page.get_by_role("link", name="My learning", exact=True).last).to_be_visible()
    expect(page.get_by_role("link", name="Sign up")).to_have_count(0)
    page.goto("/my-courses")
    expect(page.locator("#resume-banner")).to_be_visible()
    expect(page.locator("#resume-lecture")).not_to_be_empty()
    # the demo student's own purchases, their finished course and the notes course
    count = page.locator("#learning-count")
    expect(count).to_have_text(re.compile(r"^\d+ courses$"))
    enrolled = int(count.inner_text().split()[0])
    assert enrolled >= 4, enrolled
    _shoot(page, "my-learning")

    # "Start course" only for the course never opened; the others say "Continue"
    page.locator("#filter-not_started").click()
    expect(page.locator(".my-course-continue").first).to_have_text("Start course")
    not_started = page.locator(".my-course-continue").all_inner_texts()
    assert not_started and set(not_started) == {"Start course"}, not_started
    page.locator("#filter-in_progress").click()
    expect(page.locator(".my-course-continue").first).to_have_text("Continue")
    page.locator("#filter-all").click()
    expect(page.locator(".my-course")).to_have_count(enrolled)

    # sort by title
    titles = page.locator(".my-course-title").all_inner_texts()
    page.locator("#learning-sort").click()
    page.get_by_role("option", name="Title: A to Z").click()
    expect(page.locator(".my-course-title")).to_have_text(sorted(titles, key=str.casefold))

    # a new list, a course in it, renamed, deleted
    page.locator("#new-list").click()
    page.locator("#list-name").fill("Evening study")
    page.locator("#save-list").click()
    expect(page.locator("#list-name")).to_have_count(0)
    first = page.locator(".my-course").first
    first_title = first.locator(".my-course-title").inner_text()
    first.locator(".course-menu").click()
    page.get_by_role("menuitem", name="Evening study").click()
    page.locator("#learning-list").click()
    page.get_by_role("option", name=re.compile(r"^Evening study \(1 course\)")).click()
    expect(page.locator("#list-heading")).to_have_text("Evening study")
    expect(page.locator(".my-course")).to_have_count(1)
    expect(page.locator(".my-course-title")).to_have_text(first_title)
    _shoot(page, "my-learning-list")
    page.locator("#rename-list").click()
    page.locator("#list-name").fill("Evenings")
    page.locator("#save-list").click()
    expect(page.locator("#list-heading")).to_have_text("Evenings")
    page.locator("#delete-list").click()
    page.locator("#confirm-delete-list").click()
    expect(page.locator("#list-heading")).to_have_count(0)
    expect(page.locator(".my-course")).to_have_count(enrolled)

    # archive and unarchive
    card = page.locator(".my-course", has_text=first_title)
    card.locator(".course-menu").click()
    page.get_by_role("menuitem", name="Archive").click()
    expect(page.locator(".my-course", has_text=first_title)).to_have_count(0)
    page.locator("#filter-archived").click()
    expect(page.locator(".my-course")).to_have_count(1)
    _shoot(page, "my-learning-archived")
    page.locator(".my-course .course-menu").click()
    page.get_by_role("menuitem", name="Unarchive").click()
    expect(page.locator(".my-course")).to_have_count(0)
    page.locator("#filter-all").click()
    expect(page.locator(".my-course")).to_have_count(enrolled)


def test_account_photo_preferences_data_download_and_closing(page, live_app, tmp_path) -> None:
    email = f"closer{time.time_ns()}@example.com"
    password = "close-Me-2026"
    call(
        live_app,
        "POST",
        "/auth/register",
        {"email": email, "password": password, "full_name": "Cora Closer"},
    )
    sign_in(page, email, password)
    page.goto("/account")
    # a student sees only the kinds a student receives
    prefs = page.locator("#notification-preferences")
    expect(prefs).to_contain_text("Receipts and refunds")
    expect(prefs).not_to_contain_text("Someone bought your course")
    expect(prefs).not_to_contain_text("Video processing")

    # a photo, checked and resized on the server
    page.locator("#profile-photo-upload input[type=file]").set_input_files(str(_png_file(tmp_path)))
    expect(page.locator("img[src*='/api/v1/photos/']").first).to_be_visible()
    bad = tmp_path / "fake.png"
    bad.write_bytes(b"this is not a picture at all")
    page.locator("#profile-photo-upload input[type=file]").set_input_files(str(bad))
    expect(page.locator("#photo-error")).to_contain_text("not an image")
    _shoot(page, "account")

    # download my data
    with page.expect_download() as download_info:
        page.locator("#download-data").click()
    archive = json.loads(Path(download_info.value.path()).read_text())
    assert archive["profile"]["email"] == email
    assert archive["profile"]["photo_url"].startswith("/api/v1/photos/")

    # closing asks for the password and the word CLOSE
    page.locator("#close-account").click()
    page.locator("#close-password").fill("not-my-password")
    page.locator("#close-confirm").fill("CLOSE")
    _shoot(page, "account-close-dialog")
    page.locator("#confirm-close").click()
    expect(page.locator("#close-error")).to_contain_text("not your password")
    page.locator("#close-password").fill(password)
    page.locator("#confirm-close").click()
    page.wait_for_url(re.compile(r"/$"))
    expect(page.locator("#nav-user-name")).to_have_count(0)
    # the account can no longer sign in
    page.goto("/login")
    page.fill("#email", email)
    page.fill("#password", password)
    page.click("#login-submit")
    expect(page.locator("#form-error")).to_contain_text("email or password is not right")
    expect(page.locator("#nav-user-name")).to_have_count(0)


SENT_BACK = "Testing Python Applications"  # a demo course sent back to its instructor


def _resubmit_sent_back_course(base: str) -> None:
    """Another browser test approves the demo course in review: the instructor sends the course
    that came back for changes again, so the queue has a course whatever ran before."""
    instructor = _account("instructor")
    tokens = call(
        base, "POST", "/auth/login", {"email": instructor.email, "password": instructor.password}
    )
    token = tokens["access_token"]
    mine = call(base, "GET", "/instructor/courses?page_size=100", token=token)
    course = next(c for c in mine["items"] if c["title"] == SENT_BACK)
    if course["status"] != "in_review":
        call(base, "POST", f"/courses/{course['id']}/submit", token=token)


def test_admin_lands_on_admin_confirms_approval_and_searches_orders(page, live_app) -> None:
    _resubmit_sent_back_course(live_app)
    admin = _account("admin")
    page.goto("/login")
    page.fill("#email", admin.email)
    page.fill("#password", admin.password)
    page.click("#login-submit")
    page.wait_for_url(re.compile(r"/admin/?$"))
    expect(page.locator("#admin-heading")).to_be_visible()

    # approving asks first; Cancel leaves the course in review
    card = page.locator(".queue-course").first
    expect(card).to_be_visible()
    card.locator(".approve-course").click()
    expect(page.get_by_role("alertdialog")).to_contain_text("Publish")
    _shoot(page, "admin-approve-confirm")
    page.locator("#cancel-approve").click()
    expect(page.get_by_role("alertdialog")).to_have_count(0)
    expect(page.locator(".queue-course").first).to_be_visible()

    # orders: the admin tabs, search, filters, paging, CSV
    page.goto("/admin/orders")
    expect(page.locator("#admin-nav-orders")).to_have_attribute("aria-current", "page")
    expect(page.locator(".admin-order").first).to_be_visible()
    total = int(page.locator("#orders-total").inner_text().split()[0])
    assert total > 20, total  # the demo history
    # the demo orders are spread over past weeks, not all today (the newest page holds the
    # orders other browser tests just made: look at the ones older than a week)
    week_ago = datetime.date.today() - datetime.timedelta(days=7)
    page.locator("#order-until").fill(week_ago.isoformat())
    expect(page.locator(".admin-order").first).to_be_visible()
    today = datetime.date.today()
    expect(
        page.locator(".admin-order").filter(has_text=f"{today:%b} {today.day}, {today.year}")
    ).to_have_count(0)
    dates = set(page.locator(".admin-order td:nth-child(2)").all_inner_texts())
    assert len(dates) > 3, dates
    page.locator("#order-clear").click()
    expect(page.locator("#orders-total")).to_contain_text(str(total))
    expect(page.locator("#orders-page")).to_contain_text("Page 1 of")
    page.locator("#orders-next").click()
    expect(page.locator("#orders-page")).to_contain_text("Page 2 of")
    _shoot(page, "admin-orders")
    page.locator("#order-search").fill("greta")
    # the search is debounced: wait for the whole list to be Greta's, not for one row that was
    # already hers on the unfiltered page
    expect(page.locator(".admin-order").first).to_contain_text("greta.novak@example.com")
    expect(
        page.locator(".admin-order").filter(has_not_text="greta.novak@example.com")
    ).to_have_count(0)
    page.locator("#order-status").click()
    page.get_by_role("option", name="refunded").click()
    expect(page.locator("#orders-page")).to_contain_text("Page 1 of")
    with page.expect_download() as download_info:
        page.locator("#orders-export").click()
    rows = list(csv.DictReader(io.StringIO(Path(download_info.value.path()).read_text())))
    assert all(r["status"] == "refunded" and "greta" in r["buyer_email"] for r in rows), rows
    page.locator("#order-clear").click()
    page.locator("#order-search").fill("#000001")
    expect(page.locator(".admin-order")).to_have_count(1)
    _shoot(page, "admin-orders-search")


def test_studio_save_bar_only_after_a_change_and_charts_never_curve(page) -> None:
    instructor = _account("instructor")
    sign_in(page, instructor.email, instructor.password)
    page.goto("/studio")
    page.locator("a[href^='/studio/course/']").first.click()
    page.wait_for_url(re.compile(r"/studio/course/\d+"))
    page.get_by_role("tab", name=re.compile("Details|Listing", re.I)).first.click()
    title = page.locator("input[name=title]")
    expect(title).to_be_visible()
    expect(page.locator("#save-course")).to_have_count(0)
    _shoot(page, "studio-untouched")
    title.fill(title.input_value() + " ")
    expect(page.locator("#save-course")).to_be_visible()
    _shoot(page, "studio-changed")

    # revenue per day: sales and refunds as bars from zero, never a curve below zero
    page.goto("/studio/analytics")
    revenue = page.locator("#chart-revenue")
    expect(revenue.locator(".recharts-bar-rectangle").first).to_be_visible()
    assert revenue.locator(".recharts-area, .recharts-line").count() == 0
    # every label drawn in the chart (axis ticks included): zero is there, nothing negative
    labels = revenue.locator("svg.recharts-surface text")
    expect(labels.first).to_be_attached()
    ticks = [t.strip() for t in labels.all_text_contents()]
    assert "0" in ticks and not any(t.startswith(("-", "−")) for t in ticks), ticks
    # the watch-time line runs straight from day to day (no cubic Bézier smoothing)
    curve = page.locator("#chart-watch path.recharts-curve").first
    expect(curve).to_be_visible()
    assert "C" not in (curve.get_attribute("d") or "")
    with page.expect_download() as download_info:
        page.locator("#sales-export").click()
    rows = list(csv.DictReader(io.StringIO(Path(download_info.value.path()).read_text())))
    assert rows and {"course_id", "title", "sales", "revenue"} <= set(rows[0])
    _shoot(page, "studio-analytics")
