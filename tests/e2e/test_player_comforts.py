"""Player comforts: playback speed (remembered), keyboard shortcuts and their "?" list, autoplay
of the next lecture with its countdown, ticking lectures complete by hand, theatre mode, the
Reviews tab, and the player at 390 px (nothing clipped, nothing covering the picture)."""

from __future__ import annotations

import re
import time

from playwright.sync_api import expect

from tests.e2e.conftest import ARTIFACTS
from tests.e2e.learning_support import buyer, course_with_videos
from tests.support.live_app import call, sign_in

VIDEO = "document.querySelector('#lecture-video')"


def _video(page, expression: str):
    return page.evaluate(f"() => {{ const v = {VIDEO}; return {expression}; }}")


def _ready(page) -> None:
    page.wait_for_function(f"() => {VIDEO} && {VIDEO}.readyState >= 1", timeout=30_000)


def _student_page(browser, live_app, name: str, *, width: int = 1366, skip: int = 0):
    course, lectures = course_with_videos(live_app, skip=skip)
    email, password, token, _ = buyer(live_app, course["id"], name)
    context = browser.new_context(viewport={"width": width, "height": 900}, base_url=live_app)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    sign_in(page, email, password)
    return course, lectures, token, context, page, errors


def test_speed_shortcuts_and_the_shortcut_list(browser, live_app):
    course, lectures, _, context, page, errors = _student_page(browser, live_app, "Sam Speed")
    first = lectures[0]
    page.goto(f"/learn/{course['slug']}/{first['id']}")
    _ready(page)

    # speed: 0.5x to 2x, applied to the video and remembered after a reload
    options = page.locator("#speed-menu option").all_inner_texts()
    assert options == ["0.5x", "0.75x", "1x", "1.25x", "1.5x", "1.75x", "2x"]
    page.select_option("#speed-menu", "1.5")
    assert _video(page, "v.playbackRate") == 1.5
    page.reload()
    _ready(page)
    expect(page.locator("#speed-menu")).to_have_value("1.5")
    page.wait_for_function(f"() => {VIDEO}.playbackRate === 1.5")
    page.select_option("#speed-menu", "0.75")
    assert _video(page, "v.playbackRate") == 0.75
    page.select_option("#speed-menu", "1")

    # keyboard: the page has the focus (not a text box)
    page.evaluate(f"() => {{ {VIDEO}.muted = true; }}")
    page.locator("#lecture-title").click()
    page.keyboard.press("Space")
    page.wait_for_function(f"() => !{VIDEO}.paused && {VIDEO}.currentTime > 0.5", timeout=20_000)
    page.keyboard.press("Space")
    page.wait_for_function(f"() => {VIDEO}.paused")

    page.evaluate(f"() => {{ {VIDEO}.currentTime = 10; }}")
    page.wait_for_function(f"() => !{VIDEO}.seeking && Math.abs({VIDEO}.currentTime - 10) < 0.5")
    page.keyboard.press("ArrowRight")
    page.wait_for_function(f"() => Math.abs({VIDEO}.currentTime - 15) < 0.5")
    page.keyboard.press("ArrowLeft")
    page.keyboard.press("ArrowLeft")
    page.wait_for_function(f"() => Math.abs({VIDEO}.currentTime - 5) < 0.5")

    page.evaluate(f"() => {{ {VIDEO}.volume = 1; }}")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    assert abs(_video(page, "v.volume") - 0.8) < 0.01
    page.keyboard.press("ArrowUp")
    assert abs(_video(page, "v.volume") - 0.9) < 0.01

    muted = _video(page, "v.muted")
    page.keyboard.press("m")
    assert _video(page, "v.muted") is (not muted)
    page.keyboard.press("m")
    assert _video(page, "v.muted") is muted

    # captions: "c" turns the video's text track on and off; the language is remembered
    if _video(page, "v.textTracks.length") == 0:  # the demo captions only some lectures
        page.keyboard.press("c")
        expect(page.locator("#player-flash")).to_have_text("No captions for this lecture")
        page.evaluate(f"() => {{ {VIDEO}.addTextTrack('subtitles', 'English', 'en'); }}")
    expect(page.locator("#captions-menu")).to_be_visible()
    page.evaluate(f"() => {{ for (const t of {VIDEO}.textTracks) t.mode = 'disabled'; }}")
    page.keyboard.press("c")
    assert _video(page, "v.textTracks[0].mode") == "showing"
    expect(page.locator("#captions-menu")).to_have_value("en")
    page.keyboard.press("c")
    assert _video(page, "v.textTracks[0].mode") == "disabled"
    expect(page.locator("#captions-menu")).to_have_value("")
    assert page.evaluate("() => localStorage.getItem('learnly.player.captionLang')") == "en"

    # f: full screen (the player with its controls), f again leaves it
    page.keyboard.press("f")
    page.wait_for_function(
        "() => document.fullscreenElement && "
        "document.fullscreenElement.classList.contains('lp-player')"
    )
    page.keyboard.press("f")
    page.wait_for_function("() => !document.fullscreenElement")

    # "?" lists the shortcuts, Esc closes the list
    page.keyboard.press("?")
    overlay = page.locator("#shortcuts-overlay")
    expect(overlay).to_be_visible()
    for words in (
        "Play / pause",
        "Back / forward 5 seconds",
        "Volume",
        "Full screen",
        "Mute",
        "Captions",
    ):
        expect(overlay).to_contain_text(words)
    page.screenshot(path=str(ARTIFACTS / "player-shortcuts-1366.png"))
    page.keyboard.press("Escape")
    expect(overlay).to_have_count(0)

    # typing a note is typing, not shortcuts
    page.locator("#tab-notes").click()
    page.locator("#note-draft").click()
    muted = _video(page, "v.muted")
    paused = _video(page, "v.paused")
    page.keyboard.type("m f ?")
    expect(page.locator("#note-draft")).to_have_value("m f ?")
    assert _video(page, "v.muted") is muted and _video(page, "v.paused") is paused
    expect(page.locator("#shortcuts-overlay")).to_have_count(0)
    context.close()
    assert not errors, errors


def _play_to_the_end(page) -> None:
    page.evaluate(
        f"() => {{ const v = {VIDEO}; v.muted = true;"
        " v.currentTime = Math.max(0, v.duration - 1.5); v.play(); }"
    )
    page.wait_for_function(f"() => {VIDEO}.ended", timeout=30_000)


def test_autoplay_countdown_cancel_and_next_lecture(browser, live_app):
    course, lectures, _, context, page, errors = _student_page(browser, live_app, "Ada Autoplay")
    first, second = lectures[0], lectures[1]
    page.goto(f"/learn/{course['slug']}/{first['id']}")
    _ready(page)
    expect(page.locator("#autoplay-toggle")).to_be_checked()

    # the lecture ends: "Up next" with a countdown; Cancel stays on this lecture
    _play_to_the_end(page)
    countdown = page.locator("#autoplay-countdown")
    expect(countdown).to_be_visible()
    expect(page.locator("#autoplay-next-title")).to_have_text(second["title"])
    expect(page.locator("#autoplay-seconds")).to_have_text(re.compile("^[1-5]$"))
    page.screenshot(path=str(ARTIFACTS / "player-autoplay-1366.png"))
    page.locator("#autoplay-cancel").click()
    expect(countdown).to_have_count(0)
    time.sleep(6)  # longer than the countdown: nothing happens
    assert page.url.endswith(f"/learn/{course['slug']}/{first['id']}")

    # left alone, the countdown opens the next lecture, which starts playing
    _play_to_the_end(page)
    expect(countdown).to_be_visible()
    page.wait_for_url(re.compile(f"/learn/{course['slug']}/{second['id']}$"), timeout=15_000)
    expect(page.locator("#lecture-title")).to_have_text(second["title"])
    page.wait_for_function(
        f"() => {VIDEO} && !{VIDEO}.paused && {VIDEO}.currentTime > 0.5", timeout=30_000
    )

    # autoplay off is remembered: the end of a lecture then shows no countdown
    page.evaluate(f"() => {VIDEO}.pause()")
    page.locator("#autoplay-toggle").uncheck()
    page.goto(f"/learn/{course['slug']}/{first['id']}")
    _ready(page)
    expect(page.locator("#autoplay-toggle")).not_to_be_checked()
    _play_to_the_end(page)
    time.sleep(1.5)
    expect(countdown).to_have_count(0)
    context.close()
    assert not errors, errors


def test_ticks_theatre_mode_and_reviews_tab(browser, live_app):
    course, lectures, token, context, page, errors = _student_page(
        browser, live_app, "Tia Ticker", skip=1
    )
    first = lectures[0]
    total = len(lectures)
    page.goto(f"/learn/{course['slug']}/{first['id']}")
    _ready(page)
    percent = page.locator("#course-percent")
    expect(percent).to_have_text("0% complete")

    # tick a lecture by hand: the percent follows at once and after a reload
    tick = page.locator(f"#complete-{first['id']}")
    tick.click()
    expected = f"{100 // total}% complete"
    expect(percent).to_have_text(expected)
    expect(tick).to_have_attribute("aria-checked", "true")
    row = page.locator(f".lecture-row[data-lecture-id='{first['id']}']")
    expect(row).to_have_class(re.compile("lecture-done"))
    page.reload()
    expect(page.locator("#course-percent")).to_have_text(expected)
    expect(page.locator(f"#complete-{first['id']}")).to_have_attribute("aria-checked", "true")
    saved = call(live_app, "GET", f"/me/courses/{course['id']}/progress", token=token)
    assert saved["completed_lectures"] == [first["id"]]
    # unticking lowers it again
    page.locator(f"#complete-{first['id']}").click()
    expect(page.locator("#course-percent")).to_have_text("0% complete")
    expect(page.locator(f"#complete-{first['id']}")).to_have_attribute("aria-checked", "false")

    # theatre mode: the video spans the page, the curriculum moves below; remembered
    video_box = page.locator("#lecture-video").bounding_box()
    sidebar = page.locator("#curriculum").bounding_box()
    assert sidebar["x"] > video_box["x"] + video_box["width"] - 1  # beside the video
    page.locator("#theatre-toggle").click()
    expect(page.locator("#theatre-toggle")).to_have_attribute("aria-pressed", "true")
    page.wait_for_function(
        "() => document.querySelector('#curriculum').getBoundingClientRect().top >"
        f" {VIDEO}.getBoundingClientRect().bottom"
    )
    wide = page.locator("#lecture-video").bounding_box()
    assert wide["width"] > video_box["width"] + 250
    page.screenshot(path=str(ARTIFACTS / "player-theatre-1366.png"))
    page.reload()
    _ready(page)
    expect(page.locator("#theatre-toggle")).to_have_attribute("aria-pressed", "true")
    assert page.locator("#lecture-video").bounding_box()["width"] > video_box["width"] + 250
    page.locator("#theatre-toggle").click()
    expect(page.locator("#theatre-toggle")).to_have_attribute("aria-pressed", "false")
    page.wait_for_function(
        "() => document.querySelector('#curriculum').getBoundingClientRect().left >"
        f" {VIDEO}.getBoundingClientRect().right"
    )

    # the Reviews tab: the course's reviews and the student's own review form
    page.locator("#tab-reviews").click()
    panel = page.locator("#reviews-panel")
    expect(panel).to_be_visible()
    expect(panel.locator("#reviews-average")).to_be_visible()
    page.locator("#leave-rating").click()
    page.locator("#star-pick-4").click()
    page.locator("#review-comment").fill("Clear lectures, and the speed control helps.")
    page.locator("#review-submit").click()
    expect(page.locator("#my-review")).to_contain_text("the speed control helps")
    expect(page.locator("#leave-rating")).to_have_count(0)
    page.screenshot(path=str(ARTIFACTS / "player-comforts-1366.png"), full_page=True)
    mine = call(live_app, "GET", f"/courses/{course['id']}/reviews/mine", token=token)
    assert mine["rating"] == 4
    context.close()
    assert not errors, errors


def _no_horizontal_scroll(page) -> None:
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= 390, f"the page scrolls sideways: {width} px wide"


def test_the_player_at_390_px(browser, live_app):
    course, lectures = course_with_videos(live_app)
    locked = next(lecture for lecture in lectures if not lecture["is_preview"])
    context = browser.new_context(viewport={"width": 390, "height": 844}, base_url=live_app)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))

    # a visitor: "Enroll to watch" fits whole in the player, its buttons visible
    page.goto(f"/learn/{course['slug']}/{locked['id']}")
    expect(page.locator("#enroll-to-watch")).to_be_visible()
    panel = page.locator("#blocked-panel").bounding_box()
    outer = page.locator("#blocked-panel").evaluate(
        "(el) => { const box = el.closest('.player-box').getBoundingClientRect();"
        " return {top: box.top, bottom: box.bottom, left: box.left, right: box.right}; }"
    )
    assert (
        panel["y"] >= outer["top"] - 0.5 and panel["y"] + panel["height"] <= outer["bottom"] + 0.5
    )
    for name in ("View course", "Log in"):
        button = page.locator("#blocked-panel").get_by_role("button", name=name)
        expect(button).to_be_visible()
        box = button.bounding_box()
        assert box["y"] + box["height"] <= outer["bottom"] and box["x"] + box["width"] <= 390
    _no_horizontal_scroll(page)
    page.screenshot(path=str(ARTIFACTS / "player-enroll-390.png"), full_page=True)

    # an enrolled student: the quality menu sits in the controls row, below the picture
    email, password, _, _ = buyer(live_app, course["id"], "Mo Mobile")
    page.goto("/login")  # at 390 px the name is in the menu: wait for the account button
    page.fill("#email", email)
    page.fill("#password", password)
    page.click("#login-submit")
    expect(page.get_by_role("button", name="Account menu")).to_be_visible()
    page.goto(f"/learn/{course['slug']}/{locked['id']}")
    _ready(page)
    quality = page.get_by_test_id("quality-menu")
    expect(quality).to_be_visible()
    video = page.locator("#lecture-video").bounding_box()
    pill = quality.bounding_box()
    assert pill["y"] >= video["y"] + video["height"] - 0.5, (pill, video)
    expect(page.locator("#speed-menu")).to_be_visible()
    # one row of controls; theatre mode is for wide screens (here the curriculum is below)
    expect(page.locator("#theatre-toggle")).to_be_hidden()
    controls = page.locator("#player-controls").bounding_box()
    assert controls["height"] < 50, controls
    _no_horizontal_scroll(page)
    page.screenshot(path=str(ARTIFACTS / "player-comforts-390.png"), full_page=True)
    page.locator("#tab-reviews").click()
    expect(page.locator("#reviews-panel")).to_be_visible()
    _no_horizontal_scroll(page)
    page.screenshot(path=str(ARTIFACTS / "player-reviews-390.png"), full_page=True)
    context.close()
    assert not errors, errors
