"""Captions end to end: an instructor uploads a WebVTT file in the studio's curriculum editor; a
student who bought the course gets it as a subtitles track of the video, and the Transcript tab
follows the video, seeks on a click and finds lines by search."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import expect

from tests.e2e.conftest import ARTIFACTS
from tests.e2e.learning_support import buyer, course_with_videos
from tests.support.live_app import sign_in

INSTRUCTOR = ("instructor@example.com", "teach-Demo-2026")
CUES = (
    ("00:00:00.000", "00:00:02.500", "Welcome to the captions test."),
    ("00:00:02.500", "00:00:05.000", "We learn about closures today."),
    ("00:00:05.000", "00:00:08.000", "A closure remembers its scope."),
    ("00:00:08.000", "00:00:11.000", "Search finds this closure line."),
    ("00:00:11.000", "00:00:14.000", "Thanks for watching."),
)
VIDEO = "document.querySelector('#lecture-video')"


def _vtt(folder: Path) -> Path:
    path = folder / "lecture-captions.vtt"
    body = "\n".join(f"{start} --> {end}\n{text}\n" for start, end, text in CUES)
    path.write_text("WEBVTT\n\n" + body, encoding="utf-8")
    return path


def _active_line(page) -> str:
    return str(
        page.evaluate(
            "() => (document.querySelector('.transcript-line-active') || {}).textContent || ''"
        )
    )


def test_captions_upload_track_and_transcript(browser, live_app, tmp_path):
    course, lectures = course_with_videos(live_app, skip=1)
    target = lectures[-1]
    errors: list[str] = []

    # ---- the instructor uploads captions in the curriculum editor ----
    studio = browser.new_context(viewport={"width": 1366, "height": 900}, base_url=live_app)
    page = studio.new_page()
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    sign_in(page, *INSTRUCTOR)
    page.goto(f"/studio/course/{course['id']}?tab=curriculum")
    row = page.locator(".lecture-row").filter(has_text=target["title"]).first
    captions = row.locator(".lecture-captions")
    expect(captions).to_be_visible()

    bad = tmp_path / "notes.srt"
    bad.write_text("These are my notes, not captions.", encoding="utf-8")
    captions.locator("[data-testid=caption-file-input]").set_input_files(str(bad))
    expect(captions.locator(".caption-error")).to_contain_text("not a caption file")

    captions.locator(".caption-language").select_option("en")
    captions.locator("[data-testid=caption-file-input]").set_input_files(str(_vtt(tmp_path)))
    track_badge = captions.locator(".caption-track[data-language='en']")
    expect(track_badge).to_contain_text("English")
    expect(track_badge).to_contain_text("5 cues")
    expect(captions.locator(".caption-notice")).to_contain_text("Captions saved")
    expect(captions.locator(".caption-error")).to_have_count(0)
    row.scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "captions-studio-1366.png"))
    studio.close()

    # ---- a student sees the track on the video element ----
    email, password, _, _ = buyer(live_app, course["id"], "Cora Captions")
    context = browser.new_context(viewport={"width": 1366, "height": 900}, base_url=live_app)
    page = context.new_page()
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    sign_in(page, email, password)
    page.goto(f"/learn/{course['slug']}/{target['id']}")
    track = page.locator("#lecture-video track")
    expect(track).to_have_count(1)
    expect(track).to_have_attribute("kind", "subtitles")
    expect(track).to_have_attribute("srclang", "en")
    expect(track).to_have_attribute("label", "English")
    page.wait_for_function(f"() => {VIDEO}.textTracks.length === 1")
    status, content_type, text = page.evaluate(
        """async () => {
            const t = document.querySelector('#lecture-video track');
            const r = await fetch(t.src);
            return [r.status, r.headers.get('content-type'), await r.text()];
        }"""
    )
    assert status == 200 and content_type.startswith("text/vtt"), (status, content_type)
    assert text.startswith("WEBVTT") and "A closure remembers its scope." in text
    # the browser parsed the cues of the track
    page.evaluate(f"() => {{ {VIDEO}.textTracks[0].mode = 'hidden'; }}")
    page.wait_for_function(f"() => ({VIDEO}.textTracks[0].cues || []).length === 5")

    # ---- the Transcript tab: lines, highlight while playing, seek on click ----
    page.locator("#tab-transcript").click()
    lines = page.locator("#transcript-lines .transcript-line")
    expect(lines).to_have_count(5)
    expect(lines.nth(0)).to_contain_text("0:00")
    expect(lines.nth(2)).to_contain_text("0:05")

    # the video plays (muted, as a browser test must), then a click on a line seeks there
    page.evaluate(f"() => {{ {VIDEO}.muted = true; {VIDEO}.play(); }}")
    page.wait_for_function(f"() => {VIDEO}.currentTime > 0.5", timeout=20_000)
    lines.nth(2).click()  # "A closure remembers its scope." at 0:05
    page.wait_for_function(f"() => {VIDEO}.currentTime >= 5 && {VIDEO}.currentTime < 8")
    page.evaluate(f"() => {VIDEO}.pause()")
    expect(lines.nth(2)).to_have_class(re.compile(r"\btranscript-line-active\b"))
    expect(page.locator(".transcript-line-active")).to_have_count(1)
    # playing on, the highlight moves to the line being said
    page.evaluate(f"() => {{ {VIDEO}.currentTime = 7.6; {VIDEO}.play(); }}")
    page.wait_for_function(f"() => {VIDEO}.currentTime >= 8.3", timeout=20_000)
    page.evaluate(f"() => {VIDEO}.pause()")
    expect(page.locator(".transcript-line-active")).to_contain_text("Search finds this closure")
    assert "Search finds" in _active_line(page)
    page.evaluate("() => window.scrollTo(0, 0)")
    page.screenshot(path=str(ARTIFACTS / "captions-transcript-1366.png"), full_page=True)

    # ---- search filters and highlights the lines ----
    page.locator("#transcript-search").fill("closure")
    expect(lines).to_have_count(3)
    expect(page.locator("mark.transcript-hit")).to_have_count(3)
    expect(page.locator("#transcript-matches")).to_have_text("3 matching lines")
    lines.nth(0).click()  # "We learn about closures today." at 0:02.5
    page.wait_for_function(f"() => {VIDEO}.currentTime >= 2.5 && {VIDEO}.currentTime < 5")
    page.evaluate(f"() => {VIDEO}.pause()")
    page.locator("#transcript-search").fill("no such words")
    expect(lines).to_have_count(0)
    expect(page.locator("#transcript-matches")).to_have_text("No matching lines")
    page.locator("#transcript-search").fill("")
    expect(lines).to_have_count(5)
    signed_in = context.storage_state()
    context.close()

    # ---- the phone layout ----
    phone = browser.new_context(
        viewport={"width": 390, "height": 844}, base_url=live_app, storage_state=signed_in
    )
    mobile = phone.new_page()
    mobile.on("pageerror", lambda exc: errors.append(str(exc)))
    mobile.goto(f"/learn/{course['slug']}/{target['id']}")
    mobile.locator("#tab-transcript").click()
    expect(mobile.locator("#transcript-lines .transcript-line")).to_have_count(5)
    mobile.locator("#transcript-search").fill("closure")
    expect(mobile.locator("#transcript-lines .transcript-line")).to_have_count(3)
    assert mobile.evaluate("() => document.documentElement.scrollWidth") <= 390
    mobile.screenshot(path=str(ARTIFACTS / "captions-transcript-390.png"), full_page=True)
    phone.close()

    assert not errors, errors
