"""A storefront people trust: the instructor path (sign up as an instructor; a student upgrades
from the header and from the studio's "not allowed" page), an honest demo catalogue (real
lecture lengths, written reviews with replies, "New" instead of 0.0, accented thumbnails) and
the studio's publishing checklist. Screenshots at 1366 and 390 px go to test-artifacts/."""

from __future__ import annotations

import io
import re
import time

from PIL import Image
from playwright.sync_api import expect

from tests.e2e.conftest import ARTIFACTS
from tests.support.live_app import call
from udemy_clone.demo_videos import DEMO_CLIPS
from udemy_clone.seed import DEMO_ACCOUNTS

WIDTHS = {"desktop": (1366, 900), "mobile": (390, 844)}
BIO = "Ten years of teaching data analysis to colleagues and at evening classes."


def shoot(page, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"trust-{name}.png"), full_page=True)


def new_page(browser, live_app, width: str):
    w, h = WIDTHS[width]
    context = browser.new_context(viewport={"width": w, "height": h}, base_url=live_app)
    context.set_default_timeout(20_000)
    return context, context.new_page()


def student(live_app) -> tuple[str, str]:
    email = f"upgrade{time.time_ns()}@example.com"
    password = "teach-Later-2026"
    call(live_app, "POST", "/auth/register", {"email": email, "password": password,
                                              "full_name": "Sam Student"})  # fmt: skip
    return email, password


def sign_in_any_width(page, email: str, password: str) -> None:
    """Sign in on /login and wait for the redirect (the name in the header is hidden at 390 px)."""
    page.goto("/login")
    page.fill("#email", email)
    page.fill("#password", password)
    page.click("#login-submit")
    page.wait_for_url(lambda url: "/login" not in url)
    expect(page.locator("#nav-login")).to_have_count(0)


def roles_in_tab(page, live_app) -> list[str]:
    token = page.evaluate("() => localStorage.getItem('uc_access_token')")
    return call(live_app, "GET", "/me", token=token)["roles"]


def photo_file(tmp_path) -> str:
    path = tmp_path / "me.png"
    out = io.BytesIO()
    Image.new("RGB", (600, 600), (40, 120, 200)).save(out, format="PNG")
    path.write_bytes(out.getvalue())
    return str(path)


def fill_onboarding(page, tmp_path) -> None:
    expect(page.locator("#become-instructor-heading")).to_be_visible()
    page.fill("#instructor-headline", "Data analyst and trainer")
    page.fill("#instructor-bio", BIO)
    page.locator("#instructor-photo-upload input[type=file]").set_input_files(photo_file(tmp_path))
    expect(page.locator("#photo-name")).to_have_text("me.png")
    page.click("#accept-terms")


def test_teach_link_signs_up_an_instructor(browser, live_app):
    for width in WIDTHS:
        context, page = new_page(browser, live_app, width)
        page.goto("/teach")
        expect(page.locator("#teach-heading")).to_be_visible()
        shoot(page, f"teach-pitch-{width}")
        page.click("#teach-register")
        page.wait_for_url(re.compile(r"/register\?role=instructor$"))
        expect(page.locator("#role-instructor")).to_have_attribute("data-state", "checked")
        expect(page.locator("#register-heading")).to_have_text("Sign up and start teaching")
        shoot(page, f"register-instructor-{width}")
        page.fill("#full_name", "Iris Instructor")
        page.fill("#email", f"iris{time.time_ns()}@example.com")
        page.fill("#password", "teach-Iris-2026")
        page.click("#register-submit")
        page.wait_for_url(re.compile(r"/studio$"))
        expect(page.locator("#studio-heading")).to_be_visible()
        expect(page.locator("#not-allowed")).to_have_count(0)
        context.close()


def test_student_upgrades_from_the_header(page, live_app, tmp_path):
    email, password = student(live_app)
    sign_in_any_width(page, email, password)
    page.click("#nav-teach")
    page.wait_for_url(re.compile(r"/teach$"))
    # bad input first: nothing changes and the form says why
    page.fill("#instructor-headline", "Data analyst")
    page.fill("#instructor-bio", "Too short")
    page.click("#accept-terms")
    page.click("#become-instructor-submit")
    expect(page.get_by_text("Write a bio of at least 30 characters")).to_be_visible()
    assert roles_in_tab(page, live_app) == ["student"]
    page.reload()
    fill_onboarding(page, tmp_path)
    page.click("#become-instructor-submit")
    page.wait_for_url(re.compile(r"/studio$"))
    expect(page.locator("#studio-heading")).to_be_visible()
    # the session carries the role at once: header and token
    expect(page.locator("#nav-teach")).to_have_count(0)
    assert "instructor" in roles_in_tab(page, live_app)


def test_student_upgrades_from_the_studio_not_allowed_page(browser, live_app, tmp_path):
    for width in WIDTHS:
        email, password = student(live_app)
        context, page = new_page(browser, live_app, width)
        sign_in_any_width(page, email, password)
        page.goto("/studio")
        expect(page.locator("#not-allowed")).to_be_visible()
        shoot(page, f"studio-not-allowed-{width}")
        page.click("#not-allowed-become-instructor")
        page.wait_for_url(re.compile(r"/teach$"))
        fill_onboarding(page, tmp_path)
        shoot(page, f"become-instructor-form-{width}")
        page.click("#become-instructor-submit")
        page.wait_for_url(re.compile(r"/studio$"))
        expect(page.locator("#studio-heading")).to_be_visible()
        shoot(page, f"studio-after-upgrade-{width}")
        context.close()


def _demo_course_with_replies(live_app) -> dict:
    for course in call(live_app, "GET", "/courses?page_size=100&sort=rating")["items"]:
        if course["rating"]["count"] < 3:
            continue
        reviews = call(live_app, "GET", f"/courses/{course['id']}/reviews?page_size=50")
        if any(item.get("reply") for item in reviews["items"]):
            return course
    raise AssertionError("the demo needs a reviewed course with an instructor reply")


def test_demo_course_page_is_honest(browser, live_app):
    course = _demo_course_with_replies(live_app)
    detail = call(live_app, "GET", f"/courses/{course['slug']}")
    clip_lengths = {clip.seconds for clip in DEMO_CLIPS}
    lengths = [lec["duration_seconds"] for s in detail["sections"] for lec in s["lectures"]]
    assert lengths and set(lengths) <= clip_lengths
    assert detail["duration_seconds"] == sum(lengths)
    reviews = call(live_app, "GET", f"/courses/{course['id']}/reviews?page_size=100")
    assert reviews["total"] == detail["rating"]["count"]
    for width in WIDTHS:
        context, page = new_page(browser, live_app, width)
        page.goto(f"/course/{course['slug']}")
        expect(page.locator("#course-title")).to_have_text(course["title"])
        first_length = page.locator(".lecture-duration").first
        expect(first_length).to_have_text(re.compile(r"^0:(24|36|48)$|^1:00$"))
        expect(page.locator(".review-card").first).to_be_visible()
        expect(page.locator("[id^=reply-text-]").first).to_be_visible()
        shoot(page, f"course-page-{width}")
        context.close()


def test_unrated_course_says_new_and_thumbnails_draw_accents(browser, live_app):
    courses = call(live_app, "GET", "/courses?page_size=100")["items"]
    unrated = next(c for c in courses if c["rating"]["count"] == 0)
    context, page = new_page(browser, live_app, "desktop")
    page.goto(f"/course/{unrated['slug']}")
    expect(page.locator("#course-rating-new")).to_have_text("New")
    expect(page.locator("#reviews-average")).to_have_text("New")
    expect(page.get_by_text("0.0")).to_have_count(0)
    shoot(page, "course-page-new-desktop")
    page.goto("/courses?q=Programaci%C3%B3n")
    expect(page.get_by_text("Programación en Python desde cero").first).to_be_visible()
    shoot(page, "browse-accented-thumbnail-desktop")
    context.close()


def test_studio_shows_the_publishing_checklist(browser, live_app):
    instructor = next(a for a in DEMO_ACCOUNTS if a.role == "instructor")
    for width in WIDTHS:
        context, page = new_page(browser, live_app, width)
        sign_in_any_width(page, instructor.email, instructor.password)
        page.goto("/studio")
        page.get_by_text("Kubernetes for Busy Developers").first.click()
        page.wait_for_url(re.compile(r"/studio/course/\d+"))
        checklist = page.locator("#publishing-checklist")
        expect(checklist).to_be_visible()
        expect(checklist.locator(".checklist-item[data-done='no']")).to_have_count(1)
        expect(checklist).to_contain_text("have no processed video yet")
        expect(page.locator("#submit-review")).to_be_disabled()
        shoot(page, f"studio-checklist-{width}")
        context.close()
