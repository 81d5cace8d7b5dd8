"""An enrolled student rates a course; the page shows the new average and distribution; the
instructor replies; another user marks the review helpful; markup stays text.

Users and enrollments are made through the REST API of the running app (demo data: the demo
instructor's published courses).
"""

from __future__ import annotations

import re
import time
from typing import Any

from playwright.sync_api import expect

from tests.support.live_app import call
from udemy_clone.seed import DEMO_ACCOUNTS

COMMENT = "<script>window.__reviewXss = 1</script><b>Clear</b> and practical, loved the labs."


def register(base: str, name: str) -> tuple[str, str]:
    """A new student account; (email, access token)."""
    email = f"{name.split()[0].lower()}{time.time_ns()}@example.com"
    answer = call(base, "POST", "/auth/register",
                  {"email": email, "password": "review-Flow-2026", "full_name": name})
    return email, answer["access_token"]


def demo_login(base: str, role: str) -> tuple[Any, str]:
    account = next(a for a in DEMO_ACCOUNTS if a.role == role)
    answer = call(base, "POST", "/auth/login",
                  {"email": account.email, "password": account.password})
    return account, answer["access_token"]


def buy(base: str, token: str, course_id: int) -> None:
    """Check out the course and pay in the sandbox (free courses are paid at once)."""
    order = call(base, "POST", "/checkout", {"course_ids": [course_id]}, token)
    if order["status"] != "paid":
        call(base, "POST", f"/payments/sandbox/{order['order_id']}/complete", None, token)


def sign_in(page, email: str, password: str) -> None:
    page.goto("/login")
    page.fill("#email", email)
    page.fill("#password", password)
    page.click("#login-submit")
    page.wait_for_url(lambda url: "/login" not in url)
    expect(page.locator("#nav-login")).to_have_count(0)


def open_reviews(page, slug: str) -> None:
    page.goto(f"/course/{slug}/reviews")
    expect(page.locator("#reviews-average")).to_be_visible()


def test_rate_reply_and_mark_helpful(page, browser, live_app):
    base = live_app
    instructor, teacher_token = demo_login(base, "instructor")
    courses = call(base, "GET", "/instructor/courses?status=published&page_size=50",
                   None, teacher_token)["items"]
    course = next(c for c in courses if c["status"] == "published")
    before = call(base, "GET", f"/courses/{course['id']}/rating-summary")

    student_email, student_token = register(base, "Rita Reviewer")
    buy(base, student_token, course["id"])

    # the student rates the course 5 stars from the reviews page
    sign_in(page, student_email, "review-Flow-2026")
    open_reviews(page, course["slug"])
    page.click("#leave-rating")
    page.click("#star-pick-5")
    page.fill("#review-comment", COMMENT)
    page.click("#review-submit")
    expect(page.locator("#my-review")).to_be_visible()

    after = call(base, "GET", f"/courses/{course['id']}/rating-summary")
    assert after["count"] == before["count"] + 1
    assert after["distribution"]["5"] == before["distribution"]["5"] + 1
    expect(page.locator("#reviews-average")).to_have_text(f"{after['average']:.1f}")
    ratings = "1 rating" if after["count"] == 1 else f"{after['count']:,} ratings"
    expect(page.locator("#reviews-count")).to_have_text(ratings)
    expect(page.locator("#rating-bar-5")).to_have_text(f"({after['distribution']['5']})")

    review = call(base, "GET", f"/courses/{course['id']}/reviews/mine", None, student_token)
    card = page.locator(f"#review-{review['id']}")
    # markup someone wrote is shown as text and never runs
    expect(card.locator(".review-comment")).to_have_text(COMMENT)
    assert page.evaluate("window.__reviewXss") is None
    assert card.locator(".review-comment b").count() == 0
    expect(card).to_contain_text("Just started")

    # the course's instructor replies
    teacher_context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=base)
    teacher = teacher_context.new_page()
    sign_in(teacher, instructor.email, instructor.password)
    open_reviews(teacher, course["slug"])
    teacher.click(f"#reply-button-{review['id']}")
    teacher.fill("#reply-input", "Thank you Rita! The labs were fun to make.")
    teacher.click("#reply-submit")
    expect(teacher.locator(f"#reply-{review['id']}")).to_contain_text(
        "Thank you Rita! The labs were fun to make."
    )
    expect(teacher.locator(f"#reply-{review['id']}")).to_contain_text(instructor.full_name)
    teacher_context.close()

    # another signed-in user finds it helpful (once: the button then takes the vote back)
    reader_email, _ = register(base, "Hugo Helpful")
    reader_context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=base)
    reader = reader_context.new_page()
    sign_in(reader, reader_email, "review-Flow-2026")
    open_reviews(reader, course["slug"])
    expect(reader.locator(f"#reply-{review['id']}")).to_contain_text("Thank you Rita!")
    reader.click(f"#helpful-{review['id']}")
    expect(reader.locator(f"#helpful-count-{review['id']}")).to_have_text(
        "1 found this helpful"
    )
    expect(reader.locator(f"#helpful-{review['id']}")).to_have_attribute("aria-pressed", "true")
    reader_context.close()
    assert call(base, "GET", f"/reviews/{review['id']}")["helpful_count"] == 1

    # the author sees the vote too, and cannot vote on their own review
    page.reload()
    expect(page.locator(f"#helpful-count-{review['id']}")).to_have_text("1 found this helpful")
    assert page.locator(f"#helpful-{review['id']}").count() == 0


def test_course_landing_page_shows_the_reviews_section(page, live_app):
    _, teacher_token = demo_login(live_app, "instructor")
    course = call(live_app, "GET", "/instructor/courses?status=published&page_size=1",
                  None, teacher_token)["items"][0]
    page.goto(f"/course/{course['slug']}")
    expect(page.locator("#course-reviews #reviews-average")).to_have_text(
        re.compile(r"^\d\.\d$")
    )


def test_admin_moderation_page_hides_a_reported_review(page, browser, live_app):
    base = live_app
    _, teacher_token = demo_login(base, "instructor")
    course = call(base, "GET", "/instructor/courses?status=published&page_size=50",
                  None, teacher_token)["items"][-1]
    _, author_token = register(base, "Tom Troll")
    buy(base, author_token, course["id"])
    review = call(base, "POST", f"/courses/{course['id']}/reviews",
                  {"rating": 1, "comment": "Everyone here is an idiot"}, author_token)
    _, reporter_token = register(base, "Rose Reporter")
    call(base, "POST", f"/reviews/{review['id']}/report", {"reason": "Insults people"},
         reporter_token)

    admin = next(a for a in DEMO_ACCOUNTS if a.role == "admin")
    sign_in(page, admin.email, admin.password)
    page.goto("/admin/reviews")
    item = page.locator(f"#moderation-{review['id']}")
    expect(item).to_contain_text("Insults people")
    page.click(f"#hide-{review['id']}")
    page.fill("#hide-reason", "Insults break the community rules")
    page.click("#hide-submit")
    expect(item).to_have_count(0)
    mine = call(base, "GET", f"/courses/{course['id']}/reviews/mine", None, author_token)
    assert mine["is_hidden"] and mine["hidden_reason"] == "Insults break the community rules"
