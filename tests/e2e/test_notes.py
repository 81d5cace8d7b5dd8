"""A student writes notes in the player at the video's moment, jumps back to them, edits,
filters this lecture / the whole course, exports them as Markdown and deletes one."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import expect

from tests.e2e.conftest import ARTIFACTS
from tests.e2e.learning_support import buyer, course_with_videos
from tests.support.live_app import call, sign_in


def _time(page) -> float:
    return float(page.evaluate("() => document.querySelector('#lecture-video').currentTime"))


def test_notes_in_the_player(browser, live_app):
    course, lectures = course_with_videos(live_app)
    first, second = lectures[0], lectures[1]
    email, password, token, _ = buyer(live_app, course["id"], "Noah Notetaker")
    # a note already written in the other lecture, through the API
    call(
        live_app,
        "POST",
        f"/courses/{course['id']}/notes",
        {"lecture_id": second["id"], "position_seconds": 9, "body": "Second lecture: recap"},
        token,
    )

    context = browser.new_context(viewport={"width": 1366, "height": 900}, base_url=live_app)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    sign_in(page, email, password)
    page.goto(f"/learn/{course['slug']}/{first['id']}")
    page.locator("#tab-notes").click()  # the tabs below the video open on Overview
    expect(page.locator("#notes-panel")).to_be_visible()
    expect(page.locator("#notes-empty")).to_have_text("No notes in this lecture yet.")

    # play to a moment past 3 s, pause, write a note there
    page.evaluate("() => { const v = document.querySelector('#lecture-video'); v.muted = true; }")
    page.evaluate("() => document.querySelector('#lecture-video').play()")
    page.wait_for_function(
        "() => document.querySelector('#lecture-video').currentTime > 3", timeout=20_000
    )
    page.evaluate("() => document.querySelector('#lecture-video').pause()")
    moment = _time(page)
    stamp = f"0:{int(moment):02d}"
    page.locator("#note-draft").click()
    page.locator("#note-draft").fill("Ownership: every value has one owner.\nRe-read the book.")
    expect(page.locator("#add-note")).to_have_text(f"Add note at {stamp}")
    page.locator("#add-note").click()
    note = page.locator(".note").filter(has_text="every value has one owner")
    expect(note).to_be_visible()
    expect(note.locator(".note-seek")).to_have_text(stamp)
    expect(page.locator("#note-draft")).to_have_value("")
    saved = call(
        live_app, "GET", f"/courses/{course['id']}/notes?lecture_id={first['id']}", token=token
    )
    assert len(saved) == 1 and abs(saved[0]["position_seconds"] - moment) < 1.0, saved

    # clicking the note seeks the video back to it
    page.evaluate("() => { document.querySelector('#lecture-video').currentTime = 14; }")
    note.locator(".note-seek").click()
    page.wait_for_function(
        f"() => Math.abs(document.querySelector('#lecture-video').currentTime - {moment}) < 1.5",
        timeout=10_000,
    )
    page.evaluate("() => document.querySelector('#lecture-video').pause()")

    # edit it
    note.locator(".note-edit").click()
    page.locator("#note-edit-text").fill("Ownership moves the value (edited)")
    page.locator(".note-save").click()
    expect(page.locator(".note-body").first).to_have_text("Ownership moves the value (edited)")

    # this lecture vs the whole course
    expect(page.locator(".note")).to_have_count(1)
    page.get_by_role("radio", name="Whole course").click()
    expect(page.locator(".note")).to_have_count(2)
    expect(page.locator("#notes-panel")).to_contain_text(second["title"])
    page.evaluate("() => window.scrollTo(0, 0)")
    page.screenshot(path=str(ARTIFACTS / "notes-player-1366.png"), full_page=True)

    # export as Markdown
    with page.expect_download() as download_info:
        page.locator("#notes-export").click()
    download = download_info.value
    text = Path(download.path()).read_text(encoding="utf-8")
    assert download.suggested_filename == f"notes-{course['slug']}.md"
    assert text.startswith(f"# Notes: {course['title']}")
    assert "Ownership moves the value (edited)" in text and "Second lecture: recap" in text

    # a note of the other lecture opens that lecture at its moment
    page.locator(".note").filter(has_text="Second lecture").locator(".note-seek").click()
    page.wait_for_url(f"**/learn/{course['slug']}/{second['id']}?t=9")
    expect(page.locator("#lecture-title")).to_have_text(second["title"])

    # delete
    page.get_by_role("radio", name="Whole course").click()
    page.locator(".note").filter(has_text="(edited)").locator(".note-delete").click()
    expect(page.locator(".note")).to_have_count(1)
    assert len(call(live_app, "GET", f"/courses/{course['id']}/notes", token=token)) == 1
    signed_in = context.storage_state()
    context.close()

    # the phone layout: the panel sits below the video
    phone = browser.new_context(
        viewport={"width": 390, "height": 844}, base_url=live_app, storage_state=signed_in
    )
    mobile = phone.new_page()
    mobile.on("pageerror", lambda exc: errors.append(str(exc)))
    mobile.goto(f"/learn/{course['slug']}/{second['id']}")
    mobile.locator("#tab-notes").click()
    expect(mobile.locator(".note")).to_have_count(1)
    assert mobile.evaluate("() => document.documentElement.scrollWidth") <= 390
    mobile.screenshot(path=str(ARTIFACTS / "notes-player-390.png"), full_page=True)
    phone.close()
    assert not errors, errors
