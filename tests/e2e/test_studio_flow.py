"""An instructor builds a course in the studio, uploads a lecture video and submits it; an admin
approves it in the review queue and it goes live. An admin grows the category tree."""

from __future__ import annotations

import re
import shutil
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import expect

from udemy_clone.seed import DEMO_ACCOUNTS

VIDEO_READY_TIMEOUT_MS = 180_000


def _account(role: str):
    return next(a for a in DEMO_ACCOUNTS if a.role == role)


def _sign_in(page, role: str) -> None:
    account = _account(role)
    page.goto("/login")
    page.fill("#email", account.email)
    page.fill("#password", account.password)
    page.click("#login-submit")
    expect(page.locator("#nav-user-name")).to_have_text(account.full_name)


def _tiny_video(folder: Path) -> Path:
    """Two seconds of test picture and tone, made with ffmpeg."""
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        pytest.fail("ffmpeg is missing: `apt-get install ffmpeg`")
    path = folder / "welcome.mp4"
    subprocess.run(
        [ffmpeg, "-v", "error", "-y",
         "-f", "lavfi", "-i", "testsrc=size=320x180:rate=24:duration=2",
         "-f", "lavfi", "-i", "sine=frequency=440:duration=2",
         "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", str(path)],
        check=True,
    )  # fmt: skip
    return path


def _status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return exc.code


def test_instructor_builds_submits_and_admin_approves(page, browser, live_app, tmp_path):
    title = f"Studio Flow {time.time_ns() % 10**9}"
    _sign_in(page, "instructor")

    # a new course from the studio
    page.goto("/studio")
    page.click("#new-course")
    page.wait_for_url(re.compile(r"/studio/new$"))
    page.fill("#course-title", title)
    page.fill("#course-subtitle", "Made in a browser test")
    page.fill(
        "#course-description",
        "Learn **testing**.\n\n## What you will learn\n- one\n- two\n- three",
    )
    page.click("#course-category")
    page.get_by_role("option", name=re.compile("Programming Languages")).click()
    page.fill("#course-price", "12.50")
    page.fill("#course-tag-input", "Browser testing")
    page.keyboard.press("Enter")
    expect(page.locator(".tag-chip")).to_contain_text("Browser testing")
    page.click("#save-course")
    page.wait_for_url(re.compile(r"/studio/course/\d+\?tab=curriculum"))
    expect(page.locator("#editor-heading")).to_have_text(title)
    expect(page.locator("#course-status")).to_contain_text("Draft")

    # curriculum: a section, two lectures, a rename and a free preview
    page.fill("#new-section-title", "Getting started")
    page.click("#add-section")
    section = page.locator(".curriculum-section").first
    expect(section.locator(".section-title")).to_have_text("Getting started")
    for lecture_title in ("Welcome", "Installing tools"):
        section.locator(".new-lecture-title input").fill(lecture_title)
        section.locator(".add-lecture").click()
        expect(section.locator(".lecture-title").last).to_have_text(lecture_title)
    lectures = section.locator(".lecture-row")
    expect(lectures).to_have_count(2)
    lectures.nth(1).get_by_role("button", name="Rename lecture").click()
    lectures.nth(1).locator(".rename-input input").fill("Install the tools")
    lectures.nth(1).locator(".rename-save").click()
    expect(lectures.nth(1).locator(".lecture-title")).to_have_text("Install the tools")
    lectures.nth(0).locator(".preview-switch").click()
    expect(lectures.nth(0).locator(".preview-switch")).to_have_attribute("aria-checked", "true")

    # no processed video yet: submitting is blocked, with the reason
    expect(page.locator("#submit-blocker")).to_contain_text("publishing checklist")
    checklist = page.locator("#publishing-checklist")
    expect(checklist).to_contain_text("2 of 2 lectures have no processed video yet")
    expect(checklist.locator(".checklist-item[data-done='no']")).to_have_count(2)
    expect(checklist).to_contain_text("3 learning goals")
    expect(page.locator("#submit-review")).to_be_disabled()

    # the media widget of each lecture uploads a real clip; the pipeline processes it
    for index in range(2):
        lectures.nth(index).locator("[data-testid=video-file-input]").set_input_files(
            str(_tiny_video(tmp_path))
        )
        expect(lectures.nth(index).get_by_text("Video ready")).to_be_visible(
            timeout=VIDEO_READY_TIMEOUT_MS
        )
    expect(page.locator("#submit-review")).to_be_enabled()
    page.click("#submit-review")
    expect(page.locator("#in-review-notice")).to_be_visible()
    expect(page.locator("#course-status")).to_contain_text("In review")
    slug = page.locator("a[href^='/course/']").first.get_attribute("href").rsplit("/", 1)[-1]
    assert _status(f"{live_app}/api/v1/courses/{slug}") == 404, "a course in review is not public"

    # an admin approves it in the review queue
    admin_context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=live_app)
    admin_context.set_default_timeout(15_000)
    admin = admin_context.new_page()
    _sign_in(admin, "admin")
    admin.goto("/admin")
    card = admin.locator(".queue-course", has_text=title)
    expect(card).to_contain_text("Ivan Instructor")
    expect(card).to_contain_text("1 section")
    expect(card.get_by_role("link", name="Preview")).to_have_attribute("href", f"/course/{slug}")
    card.locator(".approve-course").click()
    admin.locator("#confirm-approve").click()
    expect(admin.locator(".queue-course", has_text=title)).to_have_count(0)
    admin_context.close()

    # published: public for a visitor, through the API and on the landing page
    assert _status(f"{live_app}/api/v1/courses/{slug}") == 200
    visitor_context = browser.new_context(base_url=live_app)
    visitor = visitor_context.new_page()
    visitor.goto(f"/course/{slug}")
    expect(visitor.get_by_text(title).first).to_be_visible()
    visitor_context.close()

    page.reload()
    expect(page.locator("#course-status")).to_contain_text("Published")


def test_admin_adds_and_renames_a_sub_category(page):
    name = f"Testing {time.time_ns() % 10**6}"
    _sign_in(page, "admin")
    page.goto("/admin/categories")
    row = page.locator(".category-row", has_text="Development").first
    row.get_by_role("button", name="Add sub-category").click()
    expect(page.locator("#category-parent")).to_have_text("Development")
    page.fill("#category-name", name)
    page.click("#add-category")
    added = page.locator(".category-row", has_text=name)
    expect(added).to_be_visible()
    expect(added.locator(".category-name")).to_have_text(name)

    added.get_by_role("button", name="Rename").click()
    page.locator(".category-row .rename-input input").fill(f"{name} renamed")
    page.locator(".category-row .rename-save").click()
    expect(page.locator(".category-row .category-name", has_text=f"{name} renamed")).to_be_visible()

    # moving a category under its own sub-category is refused with the service's sentence
    page.locator(".category-row", has_text="Development").first.get_by_role(
        "button", name="Move"
    ).click()
    page.click("#move-parent")
    page.get_by_role("option", name=re.compile(f"{name} renamed")).click()
    page.click("#confirm-move")
    expect(page.locator("#move-error")).to_contain_text("cannot be moved under itself")
