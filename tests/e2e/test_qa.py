"""Lecture Q&A in the browser: a student asks at the video's current moment, the moment seeks
the video; the instructor answers from the studio inbox; the "Instructor answer" and "Top
answer" badges; upvotes, sorting and search; a report that an admin hides. Screenshots at
1366 and 390 px."""

from __future__ import annotations

import time

from playwright.sync_api import expect

from tests.e2e.conftest import ARTIFACTS
from tests.e2e.learning_support import buyer, course_with_videos
from tests.support.live_app import call, sign_in

INSTRUCTOR = ("instructor@example.com", "teach-Demo-2026")
ADMIN = ("admin@example.com", "admin-Demo-2026")


def _video(page, script: str):
    return page.evaluate(
        f"() => {{ const v = document.querySelector('#lecture-video'); {script} }}"
    )


def _open_qa(page, path: str) -> None:
    page.goto(path)
    page.locator("#tab-qa").click()  # the tabs below the video open on Overview
    expect(page.locator("#qa-panel")).to_be_visible()
    expect(page.locator("#lecture-video")).to_be_attached(timeout=20_000)


def _no_sideways_scroll(page, width: int) -> None:
    assert page.evaluate("() => document.documentElement.scrollWidth") <= width


def test_questions_and_answers_in_the_player(browser, live_app):
    course, lectures = course_with_videos(live_app)
    first = lectures[0]
    tag = str(time.time_ns())[-7:]  # words of this run's posts (the demo has questions too)
    email, password, token, _ = buyer(live_app, course["id"], "Quinn Questioner")
    _, _, helper_token, _ = buyer(live_app, course["id"], "Bea Booster")
    errors: list[str] = []

    # ---- the student asks at the current moment of the video ----------------------------
    context = browser.new_context(viewport={"width": 1366, "height": 900}, base_url=live_app)
    page = context.new_page()
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    sign_in(page, email, password)
    lecture_path = f"/learn/{course['slug']}/{first['id']}"
    _open_qa(page, lecture_path)
    _video(page, "v.muted = true; v.play();")
    page.wait_for_function(
        "() => document.querySelector('#lecture-video').currentTime > 3", timeout=20_000
    )
    _video(page, "v.pause();")
    moment = float(_video(page, "return v.currentTime;"))
    stamp = f"0:{int(moment):02d}"
    page.locator("#qa-ask").click()
    expect(page.locator("#qa-draft-stamp")).to_have_text(stamp)
    title = f"Why does cargo build fail with error E{tag}?"
    page.locator("#qa-title").fill(title)
    page.locator("#qa-body").fill("I followed the lecture step by step.\nWhat did I miss?")
    page.locator("#qa-submit").click()
    expect(page.locator("#qa-notice")).to_contain_text("Your question is posted")
    mine = page.locator(".qa-question").filter(has_text=title)
    expect(mine).to_be_visible()
    expect(mine.locator(".qa-seek")).to_have_text(f"at {stamp}")
    expect(mine.locator(".qa-answer-count")).to_have_text("0 answers")

    # "at 0:0x" seeks the video back to that moment
    _video(page, "v.currentTime = 14;")
    mine.locator(".qa-seek").click()
    page.wait_for_function(
        f"() => Math.abs(document.querySelector('#lecture-video').currentTime - {moment}) < 1.5",
        timeout=10_000,
    )
    _video(page, "v.pause();")

    # a second question (through the API) that another student upvotes: sorting and search
    second = call(
        live_app,
        "POST",
        f"/lectures/{first['id']}/questions",
        {"title": f"Is there a cheat sheet for zebra{tag}?", "body": ""},
        token,
    )
    question_id = mine_id(live_app, course["id"], title, token)
    call(live_app, "POST", f"/questions/{question_id}/upvote", {}, helper_token)
    page.reload()
    page.locator("#tab-qa").click()
    titles = page.locator(".qa-question-title")
    expect(titles.filter(has_text=second["title"])).to_be_visible()
    shown = titles.all_inner_texts()
    assert shown.index(second["title"]) < shown.index(title)  # most recent first
    page.locator("#qa-sort").click()
    page.get_by_role("option", name="Most upvoted").click()
    page.wait_for_function(
        "([a, b]) => { const t = [...document.querySelectorAll('.qa-question-title')]"
        ".map(e => e.innerText); return t.indexOf(a) >= 0 && t.indexOf(a) < t.indexOf(b); }",
        arg=[title, second["title"]],
    )
    mine = page.locator(".qa-question").filter(has_text=title)
    expect(mine.locator(".qa-upvote-question")).to_have_text("1")
    page.locator("#qa-search").fill(f"E{tag}")
    expect(page.locator(".qa-question")).to_have_count(1)
    expect(page.locator(".qa-question")).to_contain_text(title)
    page.locator("#qa-search").fill(f"nothing-like-{tag}")
    expect(page.locator("#qa-empty")).to_contain_text("No question matches your search.")
    page.locator("#qa-search").fill("")
    expect(titles.filter(has_text=title)).to_be_visible()

    # ---- the instructor answers from the studio inbox -------------------------------------
    teacher = browser.new_context(viewport={"width": 1366, "height": 900}, base_url=live_app)
    studio = teacher.new_page()
    studio.on("pageerror", lambda exc: errors.append(str(exc)))
    sign_in(studio, *INSTRUCTOR)
    studio.goto("/studio")
    studio.locator("#studio-qa-link").click()
    expect(studio.locator("#inbox-heading")).to_be_visible()
    waiting = studio.locator(".inbox-item").filter(has_text=title)
    expect(waiting).to_be_visible()
    expect(waiting).to_contain_text(course["title"])
    expect(waiting).to_contain_text(f"0:{int(moment):02d}")
    studio.screenshot(path=str(ARTIFACTS / "qa-inbox-1366.png"), full_page=True)
    waiting.locator(".inbox-answer").click()
    studio.locator("#inbox-answer-draft").fill(
        "Run `cargo clean` first: the build cache still has the old toolchain."
    )
    studio.locator("#inbox-answer-submit").click()
    expect(studio.locator("#inbox-notice")).to_contain_text("Answer posted")
    expect(studio.locator(".inbox-item").filter(has_text=title)).to_have_count(0)

    # ---- the student reads it: badges, upvote, a spam answer reported --------------------
    call(
        live_app,
        "POST",
        f"/questions/{question_id}/answers",
        {"body": f"Buy cheap followers at spam{tag}.example"},
        helper_token,
    )
    page.goto(lecture_path)
    page.locator("#tab-qa").click()
    page.locator(".qa-question-title").filter(has_text=title).click()
    expect(page.locator("#qa-open-title")).to_have_text(title)
    teacher_answer = page.locator(".qa-answer").filter(has_text="cargo clean")
    expect(teacher_answer.locator(".qa-badge-instructor")).to_have_text("Instructor answer")
    expect(teacher_answer.locator(".qa-badge-top")).to_have_count(0)
    teacher_answer.locator(".qa-upvote-answer").click()
    expect(teacher_answer.locator(".qa-upvote-answer")).to_have_text("1")
    expect(teacher_answer.locator(".qa-badge-top")).to_have_text("Top answer")
    spam = page.locator(".qa-answer").filter(has_text=f"spam{tag}")
    spam.locator(".qa-report-answer").click()
    page.locator("#qa-report-reason").fill("Advertising, not an answer")
    page.locator("#qa-report-submit").click()
    expect(page.locator("#qa-notice")).to_contain_text("a moderator will look at it")
    expect(spam).to_contain_text("Reported")
    page.evaluate("() => window.scrollTo(0, 0)")
    page.screenshot(path=str(ARTIFACTS / "qa-player-1366.png"), full_page=True)

    # ---- an admin hides the reported answer ----------------------------------------------
    admin = browser.new_context(viewport={"width": 1366, "height": 900}, base_url=live_app)
    moderation = admin.new_page()
    moderation.on("pageerror", lambda exc: errors.append(str(exc)))
    sign_in(moderation, *ADMIN)
    moderation.goto("/admin/qa")
    reported = moderation.locator(".qa-moderation-item").filter(has_text=f"spam{tag}")
    expect(reported).to_contain_text("Advertising, not an answer")
    expect(reported).to_contain_text("1 report")
    moderation.screenshot(path=str(ARTIFACTS / "qa-admin-1366.png"), full_page=True)
    reported.locator(".qa-mod-hide").click()
    expect(moderation.locator(".qa-moderation-item").filter(has_text=f"spam{tag}")).to_have_count(0)
    moderation.get_by_role("radio", name="Hidden").click()
    expect(moderation.locator(".qa-moderation-item").filter(has_text=f"spam{tag}")).to_be_visible()
    admin.close()
    teacher_signed_in = teacher.storage_state()
    teacher.close()

    page.goto(f"{lecture_path}?question={question_id}")  # as a notification's link opens it
    page.locator("#tab-qa").click()
    expect(page.locator("#qa-open-title")).to_have_text(title)
    expect(page.locator(".qa-answer")).to_have_count(1)
    expect(page.locator(".qa-answer").filter(has_text=f"spam{tag}")).to_have_count(0)
    signed_in = context.storage_state()
    context.close()

    # ---- the phone layout -----------------------------------------------------------------
    phone = browser.new_context(
        viewport={"width": 390, "height": 844}, base_url=live_app, storage_state=signed_in
    )
    mobile = phone.new_page()
    mobile.on("pageerror", lambda exc: errors.append(str(exc)))
    mobile.goto(lecture_path)
    mobile.locator("#tab-qa").click()
    expect(mobile.locator(".qa-question").filter(has_text=title)).to_be_visible()
    _no_sideways_scroll(mobile, 390)
    mobile.screenshot(path=str(ARTIFACTS / "qa-player-list-390.png"), full_page=True)
    mobile.locator(".qa-question-title").filter(has_text=title).click()
    expect(mobile.locator(".qa-badge-top")).to_be_visible()
    _no_sideways_scroll(mobile, 390)
    mobile.screenshot(path=str(ARTIFACTS / "qa-player-question-390.png"), full_page=True)
    phone.close()

    teacher_phone = browser.new_context(
        viewport={"width": 390, "height": 844}, base_url=live_app, storage_state=teacher_signed_in
    )
    inbox = teacher_phone.new_page()
    inbox.on("pageerror", lambda exc: errors.append(str(exc)))
    inbox.goto("/studio/qa")
    expect(inbox.locator(".inbox-item").first).to_be_visible()
    expect(inbox.locator("#inbox-heading")).to_be_visible()
    _no_sideways_scroll(inbox, 390)
    inbox.screenshot(path=str(ARTIFACTS / "qa-inbox-390.png"), full_page=True)
    teacher_phone.close()
    assert not errors, errors


def mine_id(base: str, course_id: int, title: str, token: str) -> int:
    """The id of the student's question with this title (found through the API's search)."""
    word = title.split()[-1].rstrip("?")
    found = call(base, "GET", f"/courses/{course_id}/questions?q={word}", token=token)
    return int(next(q["id"] for q in found["items"] if q["title"] == title))
