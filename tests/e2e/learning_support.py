"""Shared steps of the learning journeys (certificates, notes): a demo course, a buyer."""

from __future__ import annotations

import time

from tests.support.live_app import call

DEMO_INSTRUCTOR = "Ivan Instructor"
DEMO_CLIP_SECONDS = 16  # udemy_clone/media/seed.py


def course_with_videos(base: str, *, skip: int = 0) -> tuple[dict, list[dict]]:
    """A paid demo course whose first section's lectures all play the demo clip."""
    found = 0
    for course in call(base, "GET", "/courses?page_size=100&sort=newest")["items"]:
        if course["instructor"]["full_name"] != DEMO_INSTRUCTOR or not course["price_cents"]:
            continue
        detail = call(base, "GET", f"/courses/{course['slug']}")
        lectures = [
            lecture
            for section in detail["sections"]
            for lecture in section["lectures"]
            if lecture["duration_seconds"] == DEMO_CLIP_SECONDS
        ]
        if len(lectures) >= 2:
            if found == skip:
                return course, lectures
            found += 1
    raise AssertionError("the demo data needs a paid course with demo videos")


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
