"""Security seen from the browser: no CSP violation on the main journeys, user-written text
shown literally (no script runs), two tabs refreshing one session both stay signed in."""

from __future__ import annotations

import time

from playwright.sync_api import expect

from tests.e2e.test_player import call, demo_course_with_videos, enrolled_student, sign_in

XSS = '<img src=x onerror="window.__xss=1;alert(1)">'
CSP_WATCH = """
window.__csp = [];
document.addEventListener('securitypolicyviolation',
  (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));
"""


def _watch(page) -> tuple[list[str], list[str]]:
    console: list[str] = []
    dialogs: list[str] = []
    page.add_init_script(CSP_WATCH)
    page.on("console", lambda msg: console.append(msg.text)
            if "Content Security Policy" in msg.text or "Content-Security-Policy" in msg.text
            else None)

    def on_dialog(dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    return console, dialogs


def _violations(page) -> list[str]:
    return list(page.evaluate("() => window.__csp || []"))


def test_main_journeys_raise_no_csp_violation(page, live_app):
    console, _ = _watch(page)
    course, lectures = demo_course_with_videos(live_app)
    email, password, _ = enrolled_student(live_app, course["id"])
    response = page.goto("/")
    headers = response.headers
    assert "frame-ancestors 'self'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
    expect(page.locator(".course-card").first).to_be_visible()
    seen: list[str] = _violations(page)
    page.goto("/courses")
    expect(page.locator("#results .course-card").first).to_be_visible()
    seen += _violations(page)
    page.goto(f"/course/{course['slug']}")
    expect(page.get_by_text(course["title"]).first).to_be_visible()
    seen += _violations(page)
    sign_in(page, email, password)
    seen += _violations(page)
    page.goto(f"/learn/{course['slug']}/{lectures[0]['id']}")
    expect(page.locator("#lecture-video")).to_be_visible()
    page.evaluate("() => { const v = document.querySelector('#lecture-video'); v.muted = true;"
                  " v.play(); }")
    page.wait_for_function(
        "() => document.querySelector('#lecture-video').currentTime > 1", timeout=30_000
    )
    seen += _violations(page)
    assert seen == [] and console == [], (seen, console)


def test_user_written_text_is_shown_literally(page, live_app):
    _, dialogs = _watch(page)
    # a person whose name is markup
    email = f"xss{time.time_ns()}@example.com"
    password = "no-Script-2026"
    token = call(live_app, "POST", "/auth/register",
                 {"email": email, "password": password, "full_name": XSS,
                  "role": "instructor"})["access_token"]
    categories = call(live_app, "GET", "/categories")
    created = call(live_app, "POST", "/courses", {
        "title": f"Course {XSS}", "subtitle": XSS,
        "description": f"Description {XSS} with enough words to be a description.",
        "category_id": categories[0]["id"], "price_cents": 0, "language": "en",
    }, token)
    # a review on a published course, by an enrolled student
    course, _ = demo_course_with_videos(live_app)
    _, _, student_token = enrolled_student(live_app, course["id"])
    call(live_app, "PATCH", "/me", {"full_name": XSS}, student_token)
    call(live_app, "POST", f"/courses/{course['id']}/reviews",
         {"rating": 4, "comment": f"Review {XSS}"}, student_token)

    sign_in(page, email, password)
    expect(page.locator("#nav-user-name")).to_have_text(XSS)
    page.goto(f"/studio/course/{created['id']}")
    page.wait_for_load_state("networkidle")
    page.goto(f"/course/{course['slug']}/reviews")
    expect(page.get_by_text(f"Review {XSS}").first).to_be_visible()
    expect(page.get_by_text(XSS, exact=True).first).to_be_visible()  # the author's name
    page.goto("/studio")
    expect(page.get_by_text(f"Course {XSS}").first).to_be_visible()
    assert page.locator("img[src='x']").count() == 0
    assert page.evaluate("() => window.__xss") is None
    assert dialogs == []


def test_two_tabs_refreshing_at_once_stay_signed_in(browser, live_app):
    context = browser.new_context(base_url=live_app)
    context.set_default_timeout(20_000)
    try:
        first = context.new_page()
        email = f"tabs{time.time_ns()}@example.com"
        call(live_app, "POST", "/auth/register",
             {"email": email, "password": "two-Tabs-2026", "full_name": "Tab Person"})
        sign_in(first, email, "two-Tabs-2026")
        second = context.new_page()
        second.goto("/")
        expect(second.locator("#nav-user-name")).to_have_text("Tab Person")
        for _ in range(2):
            # the access token has expired in both tabs: each page load must refresh
            for tab in (first, second):
                tab.evaluate("() => localStorage.setItem('uc_access_token', '')")
            # both reloads start at the same wall-clock instant (one browser, one clock)
            at = int(time.time() * 1000) + 400
            for tab in (first, second):
                tab.evaluate("(at) => setTimeout(() => location.reload(), at - Date.now())", at)
            time.sleep(1.5)
            for tab in (first, second):
                tab.wait_for_load_state("load")
                expect(tab.locator("#nav-user-name")).to_have_text("Tab Person")
        # the session survives a later, ordinary reload too (the family was not revoked)
        first.reload()
        expect(first.locator("#nav-user-name")).to_have_text("Tab Person")
    finally:
        context.close()
