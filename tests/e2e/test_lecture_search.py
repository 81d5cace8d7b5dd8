"""Search inside lectures: a phrase that is only spoken in a lecture finds its course, the result
says "Mentioned at 0:07 in Lecture N", and an enrolled student's link opens the player there."""

from __future__ import annotations

import time

import httpx
from playwright.sync_api import expect

from tests.e2e.conftest import ARTIFACTS
from tests.e2e.learning_support import buyer, course_with_videos
from tests.support.live_app import call, sign_in
from udemy_clone.seed import DEMO_ACCOUNTS

PHRASE = "flux capacitor"
CUE_TEXT = "Then the flux capacitor needs one point twenty one gigawatts to work."


def _ms(ms: int) -> str:
    return f"00:{ms // 60_000:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"


def _add_captions(base: str, lecture_id: int, start_ms: int) -> None:
    """English captions uploaded for the lecture through the REST API, as an admin (a demo
    lecture may have captions already: the upload replaces them)."""
    admin = next(a for a in DEMO_ACCOUNTS if a.role == "admin")
    token = call(base, "POST", "/auth/login", {"email": admin.email, "password": admin.password})[
        "access_token"
    ]
    vtt = (
        "WEBVTT\n\n"
        f"{_ms(0)} --> {_ms(3_000)}\nWelcome back.\n\n"
        f"{_ms(start_ms)} --> {_ms(start_ms + 4_000)}\n{CUE_TEXT}\n"
    )
    response = httpx.post(
        f"{base}/api/v1/lectures/{lecture_id}/captions",
        data={"language": "en"},
        files={"file": ("captions.vtt", vtt.encode(), "text/vtt")},
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    )
    assert response.status_code in (200, 201), response.text


def _wait_until_indexed(base: str, course_id: int) -> dict:
    deadline = time.monotonic() + 60
    while True:
        body = call(base, "GET", f"/courses?q={PHRASE.replace(' ', '+')}")
        found = [i for i in body["items"] if i["id"] == course_id and i["lecture_matches"]]
        if found:
            return found[0]
        assert time.monotonic() < deadline, "the cue was not indexed within 60 s"
        time.sleep(1)


def test_a_spoken_phrase_leads_to_the_second_it_is_said(browser, live_app):
    course, lectures = course_with_videos(live_app, skip=1)
    lecture = next((lec for lec in lectures if not lec["is_preview"]), lectures[-1])
    second = max(1, min(7, int(lecture["duration_seconds"]) - 3))
    _add_captions(live_app, lecture["id"], second * 1000 + 200)
    result = _wait_until_indexed(live_app, course["id"])
    match = result["lecture_matches"][0]
    assert match["timestamp"] == f"0:{second:02d}" and match["url"] == f"/course/{course['slug']}"

    # Anyone: the line is there, the link leads to the course page.
    context = browser.new_context(viewport={"width": 1366, "height": 900}, base_url=live_app)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(f"/courses?q={PHRASE.replace(' ', '+')}")
    card = page.locator("#results > div").filter(has_text=course["title"])
    mention = card.locator(".lecture-mention").first
    expect(mention).to_contain_text(
        f"Mentioned at 0:{second:02d} in Lecture {match['lecture_number']}"
    )
    expect(mention.locator("mark")).to_have_text(["flux capacitor"])
    expect(mention).to_contain_text(lecture["title"])
    expect(mention).to_have_attribute("href", f"/course/{course['slug']}")
    context.close()

    # An enrolled student: the same line opens the player at that second.
    email, password, _token, _ = buyer(live_app, course["id"], "Sam Searcher")
    context = browser.new_context(viewport={"width": 1366, "height": 900}, base_url=live_app)
    page = context.new_page()
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    sign_in(page, email, password)
    page.goto(f"/courses?q={PHRASE.replace(' ', '+')}")
    card = page.locator("#results > div").filter(has_text=course["title"])
    mention = card.locator(".lecture-mention").first
    expect(mention).to_have_attribute("href", f"/learn/{course['slug']}/{lecture['id']}?t={second}")
    expect(page.locator("#result-heading")).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / "lecture-search-1366.png"), full_page=False)
    # the line stays inside the card (a long lecture title ends in an ellipsis)
    fits = "(el) => el.scrollWidth <= el.clientWidth + 1"
    assert mention.evaluate(fits)
    assert mention.locator("p").first.evaluate("(el) => el.clientWidth > 0")
    page.set_viewport_size({"width": 390, "height": 844})
    mention.scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "lecture-search-390.png"), full_page=False)
    page.set_viewport_size({"width": 1366, "height": 900})
    mention.click()
    expect(page).to_have_url(f"{live_app}/learn/{course['slug']}/{lecture['id']}?t={second}")
    page.wait_for_function(
        "() => { const v = document.querySelector('#lecture-video');"
        " return v && v.readyState > 0; }",
        timeout=30_000,
    )
    page.evaluate("() => document.querySelector('#lecture-video').pause()")
    page.wait_for_function(
        f"() => Math.abs(document.querySelector('#lecture-video').currentTime - {second}) < 1.5",
        timeout=15_000,
    )
    context.close()
    assert not errors, f"JavaScript errors on the page: {errors}"
