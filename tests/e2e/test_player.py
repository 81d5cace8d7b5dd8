"""A student watches a lecture, leaves, comes back and resumes where they stopped; visitors
see "Enroll to watch"; an instructor uploads a video and sees it become ready live."""

from __future__ import annotations

import re
import subprocess
import time
from pathlib import Path

from playwright.sync_api import expect

from tests.support.live_app import call, sign_in
from udemy_clone.demo_videos import DEMO_CLIPS
from udemy_clone.seed import DEMO_ACCOUNTS

DEMO_INSTRUCTOR = "Ivan Instructor"
DEMO_CLIP_SECONDS = max(clip.seconds for clip in DEMO_CLIPS)  # udemy_clone/demo_videos.py


def demo_course_with_videos(base: str) -> tuple[dict, list[dict]]:
    """A published demo course of the demo instructor and its lectures that have the video."""
    for course in call(base, "GET", "/courses?page_size=100&sort=newest")["items"]:
        if course["instructor"]["full_name"] != DEMO_INSTRUCTOR or not course["price_cents"]:
            continue
        detail = call(base, "GET", f"/courses/{course['slug']}")
        lectures = [
            lecture
            for lecture in detail["sections"][0]["lectures"]
            if lecture["duration_seconds"] in {clip.seconds for clip in DEMO_CLIPS}
        ]
        if len(lectures) >= 2:
            return course, lectures
    raise AssertionError("the demo data needs a paid course with demo videos")


def enrolled_student(base: str, course_id: int) -> tuple[str, str, str]:
    """A new student who bought the course in the sandbox: (email, password, token)."""
    email = f"learner{time.time_ns()}@example.com"
    password = "watch-Lectures-2026"
    token = call(
        base, "POST", "/auth/register", {"email": email, "password": password, "full_name": "Lea"}
    )["access_token"]
    order = call(base, "POST", "/checkout", {"course_ids": [course_id]}, token)
    if order["status"] != "paid":
        call(base, "POST", f"/payments/sandbox/{order['order_id']}/complete", {}, token)
    return email, password, token


def current_time(page) -> float:
    return float(page.evaluate("() => document.querySelector('#lecture-video').currentTime"))


def test_enrolled_student_plays_leaves_and_resumes(page, live_app):
    course, lectures = demo_course_with_videos(live_app)
    lecture = next(item for item in lectures if not item["is_preview"])
    email, password, token = enrolled_student(live_app, course["id"])
    sign_in(page, email, password)

    page.goto(f"/learn/{course['slug']}/{lecture['id']}")
    video = page.locator("#lecture-video")
    expect(video).to_be_visible()
    expect(page.locator("#lecture-title")).to_have_text(lecture["title"])
    expect(page.get_by_test_id("quality-menu")).to_be_visible()
    page.evaluate("() => { const v = document.querySelector('#lecture-video'); v.muted = true; }")
    page.evaluate("() => document.querySelector('#lecture-video').play()")
    page.wait_for_function(
        "() => document.querySelector('#lecture-video').currentTime > 5", timeout=20_000
    )
    page.evaluate("() => document.querySelector('#lecture-video').pause()")  # sends a beat
    stopped_at = current_time(page)

    # the heartbeat reached the server
    deadline = time.monotonic() + 10
    saved = None
    while time.monotonic() < deadline:
        saved = call(live_app, "GET", f"/me/courses/{course['id']}/progress", token=token)
        if saved["last_lecture_id"] == lecture["id"] and saved["last_position_seconds"] > 4:
            break
        time.sleep(0.3)
    assert saved is not None and saved["last_lecture_id"] == lecture["id"], saved
    assert abs(saved["last_position_seconds"] - stopped_at) < 1.5

    page.goto("/")
    page.goto(f"/learn/{course['slug']}/{lecture['id']}")
    expect(page.locator("#lecture-video")).to_be_visible()
    page.wait_for_function(
        "() => document.querySelector('#lecture-video').readyState >= 1", timeout=20_000
    )
    page.wait_for_function(
        "(at) => document.querySelector('#lecture-video').currentTime >= at - 1.5",
        arg=saved["last_position_seconds"],
        timeout=10_000,
    )
    resumed_at = current_time(page)
    assert resumed_at >= saved["last_position_seconds"] - 1.5

    # watching to the end completes the lecture: the sidebar ticks it off
    page.evaluate(
        "() => { const v = document.querySelector('#lecture-video'); v.muted = true; v.play(); }"
    )
    page.wait_for_function(
        "() => document.querySelector('#lecture-video').ended", timeout=DEMO_CLIP_SECONDS * 2000
    )
    done_row = page.locator(f".lecture-row[data-lecture-id='{lecture['id']}']")
    expect(done_row).to_have_class(re.compile("lecture-done"), timeout=10_000)
    expect(page.locator("#course-percent")).not_to_have_text("0% complete")


def test_visitor_sees_enroll_panel_but_can_watch_a_preview(page, live_app):
    course, lectures = demo_course_with_videos(live_app)
    preview = next(item for item in lectures if item["is_preview"])
    locked = next(item for item in lectures if not item["is_preview"])

    page.goto(f"/learn/{course['slug']}/{locked['id']}")
    expect(page.locator("#enroll-to-watch")).to_have_text("Enroll to watch")
    expect(page.locator("#lecture-video")).to_have_count(0)

    page.goto(f"/learn/{course['slug']}/{preview['id']}")
    expect(page.locator("#lecture-video")).to_be_visible()
    page.evaluate(
        "() => { const v = document.querySelector('#lecture-video'); v.muted = true; v.play(); }"
    )
    page.wait_for_function(
        "() => document.querySelector('#lecture-video').currentTime > 1", timeout=20_000
    )


def test_instructor_uploads_a_video_and_sees_it_ready(page, live_app, tmp_path: Path):
    instructor = next(a for a in DEMO_ACCOUNTS if a.role == "instructor")
    token = call(
        live_app,
        "POST",
        "/auth/login",
        {"email": instructor.email, "password": instructor.password},
    )["access_token"]
    own = call(live_app, "GET", "/instructor/courses?page_size=100", token=token)["items"]
    course = next(c for c in own if c["status"] == "draft")
    editor = call(live_app, "GET", f"/courses/{course['id']}/editor", token=token)
    lecture_id = editor["curriculum"][0]["lectures"][-1]["id"]
    clip = tmp_path / "my-lecture.mp4"
    subprocess.run(
        ["ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-f", "lavfi"]
        + ["-i", "testsrc=size=320x240:rate=25", "-t", "2", "-c:v", "libx264"]
        + ["-preset", "ultrafast", "-pix_fmt", "yuv420p", str(clip)],
        check=True,
        timeout=60,
    )
    notes = tmp_path / "notes.mp4"
    notes.write_text("not a video\n" * 50)
    sign_in(page, instructor.email, instructor.password)

    page.goto(f"/studio/lectures/{lecture_id}/video")
    upload = page.locator("#lecture-video-upload")
    expect(upload.get_by_role("button", name="Upload video")).to_be_visible()

    upload.get_by_test_id("video-file-input").set_input_files(str(notes))
    expect(upload.get_by_test_id("upload-error")).to_contain_text("video", timeout=15_000)

    upload.get_by_test_id("video-file-input").set_input_files(str(clip))
    expect(upload.get_by_text(re.compile(r"Video ready · 0:0[12]"))).to_be_visible(timeout=60_000)
    latest = call(live_app, "GET", f"/lectures/{lecture_id}/video", token=token)
    assert latest["status"] == "ready" and latest["renditions"] == ["240p"]
