"""An instructor attaches a PDF to a lecture in the studio and a student downloads it from the
player's Resources tab; the instructor posts an announcement (after a confirmation), and the
student sees it in the Announcements tab and in the notifications, then comments."""

from __future__ import annotations

import time
from pathlib import Path

from playwright.sync_api import expect

from tests.e2e.conftest import ARTIFACTS
from tests.e2e.learning_support import buyer, course_with_videos
from tests.support.live_app import call, sign_in

INSTRUCTOR = ("instructor@example.com", "teach-Demo-2026")
PDF = (
    b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
    b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
)


def _no_overflow(page, width: int) -> None:
    assert page.evaluate("() => document.documentElement.scrollWidth") <= width


def test_resources_and_announcements(browser, live_app, tmp_path):
    course, lectures = course_with_videos(live_app)
    first = lectures[0]
    email, password, token, _ = buyer(live_app, course["id"], "Rita Resourceful")
    stamp = time.strftime("%H%M%S")
    pdf_name = f"Week-1 slides {stamp}.pdf"
    pdf_path = tmp_path / pdf_name
    pdf_path.write_bytes(PDF)
    fake_pdf = tmp_path / "fake.pdf"
    fake_pdf.write_bytes(b"<!doctype html><html><body>not a pdf</body></html>")
    title = f"Live Q&A on Friday {stamp}"
    errors: list[str] = []

    # ---- the instructor attaches a PDF to the first lecture --------------------------------
    teacher_ctx = browser.new_context(viewport={"width": 1366, "height": 900}, base_url=live_app)
    studio = teacher_ctx.new_page()
    studio.on("pageerror", lambda exc: errors.append(str(exc)))
    sign_in(studio, *INSTRUCTOR)
    studio.goto(f"/studio/course/{course['id']}?tab=curriculum")
    row = studio.locator(".lecture-row").filter(has_text=first["title"]).first
    area = row.locator(".lecture-resources")
    expect(area).to_be_visible()
    # a web page named .pdf is refused with a sentence saying why
    area.locator("[data-testid=resource-file-input]").set_input_files(str(fake_pdf))
    expect(area.locator("[data-testid=resource-upload-error]")).to_contain_text(
        "its content is a web page"
    )
    area.locator("[data-testid=resource-file-input]").set_input_files(str(pdf_path))
    expect(area.locator(".studio-resource-name").filter(has_text=pdf_name)).to_be_visible()
    expect(area.locator("[data-testid=resource-upload-error]")).to_have_count(0)
    area.scroll_into_view_if_needed()
    studio.screenshot(path=str(ARTIFACTS / "resources-studio-1366.png"))

    # ---- ... and posts an announcement, after confirming --------------------------------------
    studio.locator("#tab-announcements").click()
    expect(studio.locator("#studio-announcements")).to_be_visible()
    studio.locator("#announcement-title").fill(title)
    studio.locator("#announcement-body").fill(
        "Join me **Friday at 17:00 UTC**.\n\n- bring questions\n- bring code"
    )
    studio.locator("#send-announcement").click()
    expect(studio.get_by_role("alertdialog")).to_contain_text("enrolled student")
    studio.locator("#confirm-announcement").click()
    expect(studio.locator("#announcement-notice")).to_contain_text("Announcement sent")
    posted = studio.locator(".announcement").filter(has_text=title)
    expect(posted).to_be_visible()
    expect(posted.locator("strong")).to_have_text("Friday at 17:00 UTC")  # Markdown rendered
    expect(studio.locator("#announcement-title")).to_have_value("")
    studio.evaluate("() => window.scrollTo(0, 0)")
    studio.screenshot(path=str(ARTIFACTS / "announcements-studio-1366.png"), full_page=True)
    teacher_state = teacher_ctx.storage_state()
    teacher_ctx.close()

    # ---- the student downloads the PDF from the player ------------------------------------
    student_ctx = browser.new_context(viewport={"width": 1366, "height": 900}, base_url=live_app)
    page = student_ctx.new_page()
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    sign_in(page, email, password)
    page.goto(f"/learn/{course['slug']}/{first['id']}")
    page.locator("#tab-resources").click()
    resource = page.locator(".resource-row").filter(has_text=pdf_name)
    expect(resource).to_be_visible()
    expect(resource).to_contain_text(f"PDF · {len(PDF)} bytes")
    with page.expect_download() as download_info:
        resource.locator(".resource-download").click()
    download = download_info.value
    assert download.suggested_filename == pdf_name
    assert Path(download.path()).read_bytes() == PDF
    page.screenshot(path=str(ARTIFACTS / "resources-player-1366.png"), full_page=True)

    # ---- the announcement: in the tab, newest first, and in the notifications ------------
    page.locator("#tab-announcements").click()
    card = page.locator(".announcement").first
    expect(card.locator(".announcement-title")).to_have_text(title)
    card.locator(".comment-input input").fill("See you there, thanks!")
    card.locator(".comment-send").click()
    comment = card.locator(".announcement-comment").filter(has_text="See you there, thanks!")
    expect(comment).to_be_visible()
    expect(comment).to_contain_text("Rita Resourceful")
    expect(card.locator(".comment-input input")).to_have_value("")
    page.screenshot(path=str(ARTIFACTS / "announcements-player-1366.png"), full_page=True)
    # the fan-out is a background job: the notification arrives within moments
    deadline = time.monotonic() + 60
    while not any(
        n["kind"] == "announcement" and title in n["title"]
        for n in call(live_app, "GET", "/notifications", token=token)["items"]
    ):
        assert time.monotonic() < deadline, "the announcement notification never arrived"
        time.sleep(1)
    page.goto("/notifications")
    expect(page.locator(".notification-row").filter(has_text=title)).to_be_visible()
    student_state = student_ctx.storage_state()
    student_ctx.close()

    # ---- phones: the player's tabs and the studio's resources area at 390 px ---------------
    phone = browser.new_context(
        viewport={"width": 390, "height": 844}, base_url=live_app, storage_state=student_state
    )
    mobile = phone.new_page()
    mobile.on("pageerror", lambda exc: errors.append(str(exc)))
    mobile.goto(f"/learn/{course['slug']}/{first['id']}")
    mobile.locator("#tab-announcements").click()
    expect(mobile.locator(".announcement-comment").filter(has_text="See you there")).to_be_visible()
    _no_overflow(mobile, 390)
    mobile.screenshot(path=str(ARTIFACTS / "announcements-player-390.png"), full_page=True)
    mobile.locator("#tab-resources").click()
    expect(mobile.locator(".resource-row").filter(has_text=pdf_name)).to_be_visible()
    _no_overflow(mobile, 390)
    mobile.screenshot(path=str(ARTIFACTS / "resources-player-390.png"), full_page=True)
    phone.close()

    teacher_phone = browser.new_context(
        viewport={"width": 390, "height": 844}, base_url=live_app, storage_state=teacher_state
    )
    tstudio = teacher_phone.new_page()
    tstudio.on("pageerror", lambda exc: errors.append(str(exc)))
    tstudio.goto(f"/studio/course/{course['id']}?tab=curriculum")
    area = (
        tstudio.locator(".lecture-row")
        .filter(has_text=first["title"])
        .first.locator(".lecture-resources")
    )
    expect(area.locator(".studio-resource-name").filter(has_text=pdf_name)).to_be_visible()
    area.scroll_into_view_if_needed()
    _no_overflow(tstudio, 390)
    tstudio.screenshot(path=str(ARTIFACTS / "resources-studio-390.png"))
    # deleting the resource removes it for the student too
    area.locator(".studio-resource").filter(has_text=pdf_name).locator(
        ".studio-resource-delete"
    ).click()
    expect(area.locator(".studio-resource-name").filter(has_text=pdf_name)).to_have_count(0)
    tstudio.goto(f"/studio/course/{course['id']}?tab=announcements")
    expect(tstudio.locator(".announcement").filter(has_text=title)).to_be_visible()
    _no_overflow(tstudio, 390)
    tstudio.screenshot(path=str(ARTIFACTS / "announcements-studio-390.png"), full_page=True)
    teacher_phone.close()
    remaining = call(live_app, "GET", f"/lectures/{first['id']}/resources", token=token)
    assert pdf_name not in [r["filename"] for r in remaining]
    assert not errors, errors
