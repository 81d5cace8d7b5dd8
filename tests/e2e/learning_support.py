"""Shared steps of the learning journeys (certificates, notes): a demo course, a buyer."""

from __future__ import annotations

import time

from tests.support.live_app import call

DEMO_INSTRUCTOR = "Ivan Instructor"
VIDEO_WAIT_SECONDS = 180  # demo videos may still be in the making (a background job)


def _courses_with_videos(base: str) -> list[tuple[dict, list[dict]]]:
    found = []
    for course in call(base, "GET", "/courses?page_size=100&sort=newest")["items"]:
        if course["instructor"]["full_name"] != DEMO_INSTRUCTOR or not course["price_cents"]:
            continue
        items = [
            lecture
            for section in call(base, "GET", f"/courses/{course['id']}/curriculum")
            for lecture in section["lectures"]
        ]
        lectures = [x for x in items if x["video_ready"] and x["duration_seconds"] > 0]
        # courses of videos only: a quiz (the demo's, or test_quizzes') also counts for progress
        if len(lectures) >= 2 and not any(x.get("kind") == "quiz" for x in items):
            found.append((course, lectures))
    return found


def course_with_videos(base: str, *, skip: int = 0) -> tuple[dict, list[dict]]:
    """A paid demo course and its lectures with a ready video (`skip`: a different one)."""
    deadline = time.monotonic() + VIDEO_WAIT_SECONDS
    while True:
        found = _courses_with_videos(base)
        if len(found) > skip:
            return found[skip]
        if time.monotonic() > deadline:
            raise AssertionError("the demo data needs paid courses with demo videos")
        time.sleep(3)


def buyer(base: str, course_id: int, full_name: str) -> tuple[str, str, str, int]:
    """A new student who bought the course in the sandbox: (email, password, token, order id)."""
    email = f"learner{time.time_ns()}@example.com"
    password = "watch-Lectures-2026"
    token = call(
        base,
        "POST",
        "/auth/register",
        {"email": email, "password": password, "full_name": full_name},
    )["access_token"]
    order = call(base, "POST", "/checkout", {"course_ids": [course_id]}, token)
    if order["status"] != "paid":
        call(base, "POST", f"/payments/sandbox/{order['order_id']}/complete", {}, token)
    return email, password, token, int(order["order_id"])
