"""A student finishes a course, finds the certificate in My courses, anyone verifies it
(QR code, PDF); after a refund the verification page says it is revoked."""

from __future__ import annotations

import time
import urllib.request

from playwright.sync_api import expect

from tests.e2e.conftest import ARTIFACTS
from tests.e2e.learning_support import buyer, course_with_videos
from tests.support.live_app import call, sign_in
from udemy_clone.seed import DEMO_ACCOUNTS

STUDENT_NAME = "Zoë Müller"


def test_a_finished_course_gives_a_verifiable_certificate_revoked_by_a_refund(browser, live_app):
    course, playable = course_with_videos(live_app, skip=1)
    email, password, token, order_id = buyer(live_app, course["id"], STUDENT_NAME)
    # the player's heartbeats for every lecture, watched to the end: a beat credits at most
    # 25 s and no more than the wall clock allows, so long lectures take a few rounds
    left = {lecture["id"]: lecture["duration_seconds"] for lecture in playable}
    for _round in range(8):
        for lecture_id, seconds in list(left.items()):
            beat = {"position_seconds": seconds, "watched_seconds": min(seconds, 25)}
            if call(live_app, "POST", f"/lectures/{lecture_id}/progress", beat, token)["completed"]:
                del left[lecture_id]
        if not left:
            break
        time.sleep(12)
    assert not left, left

    wide = browser.new_context(viewport={"width": 1366, "height": 900}, base_url=live_app)
    page = wide.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    sign_in(page, email, password)
    page.goto("/my-courses")
    card = page.locator(".certificate-card").filter(has_text=course["title"])
    expect(card).to_be_visible()
    expect(card).to_contain_text("Valid")
    page.screenshot(path=str(ARTIFACTS / "certificates-my-courses-1366.png"), full_page=True)
    card.locator(".certificate-view").click()
    page.wait_for_url("**/certificate/*")
    expect(page.locator("#certificate-student")).to_have_text(STUDENT_NAME)
    expect(page.locator("#certificate-course")).to_have_text(course["title"])
    expect(page.locator("#certificate-instructor")).to_have_text("Ivan Instructor")
    expect(page.locator("#certificate-status")).to_contain_text("Valid certificate")
    expect(page.locator("#certificate-qr")).to_be_visible()
    qr_width = page.evaluate("() => document.querySelector('#certificate-qr').naturalWidth")
    assert qr_width > 0  # the SVG QR code really decoded
    page.screenshot(path=str(ARTIFACTS / "certificate-page-1366.png"), full_page=True)
    certificate_url = page.url
    pdf_url = page.locator("#certificate-pdf").get_attribute("href")
    assert pdf_url
    with urllib.request.urlopen(pdf_url, timeout=30) as response:
        assert response.headers["Content-Type"] == "application/pdf"
        assert response.read().startswith(b"%PDF-")
    wide.close()

    # anyone with the link (a phone, not signed in) can check it
    phone = browser.new_context(viewport={"width": 390, "height": 844}, base_url=live_app)
    mobile = phone.new_page()
    mobile.on("pageerror", lambda exc: errors.append(str(exc)))
    mobile.goto(certificate_url)
    expect(mobile.locator("#certificate-status")).to_contain_text("Valid certificate")
    assert mobile.evaluate("() => document.documentElement.scrollWidth") <= 390
    mobile.screenshot(path=str(ARTIFACTS / "certificate-page-390.png"), full_page=True)

    # the refund revokes it (an outbox job): the page says so
    call(live_app, "POST", f"/orders/{order_id}/refund", {}, token)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        mobile.goto(certificate_url)
        expect(mobile.locator("#certificate-status")).to_be_visible()
        if mobile.locator("#certificate-revoked").count():
            break
        time.sleep(1)
    expect(mobile.locator("#certificate-status")).to_contain_text("Revoked")
    expect(mobile.locator("#certificate-revoked")).to_contain_text("refunded")
    mobile.screenshot(path=str(ARTIFACTS / "certificate-revoked-390.png"), full_page=True)
    phone.close()
    assert not errors, errors


def test_the_demo_student_has_a_certificate_and_notes(live_app):
    student = next(account for account in DEMO_ACCOUNTS if account.role == "student")
    token = call(
        live_app, "POST", "/auth/login", {"email": student.email, "password": student.password}
    )["access_token"]
    certificates = call(live_app, "GET", "/me/certificates", token=token)
    assert [c["status"] for c in certificates] == ["valid"]
    assert certificates[0]["student_name"] == student.full_name
    notes = [
        note
        for course in call(live_app, "GET", "/me/courses", token=token)
        for note in call(live_app, "GET", f"/courses/{course['course_id']}/notes", token=token)
    ]
    assert len(notes) >= 3
