"""Quizzes: an instructor builds one in the studio; a student takes it in the player, sees the
score and the explanations, retakes it, and the course progress moves. The answer key never
reaches the browser before a submission (page source and every websocket frame are checked)."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.e2e.conftest import ARTIFACTS
from tests.e2e.learning_support import buyer, course_with_videos
from tests.support.live_app import call, sign_in

QUIZ_TITLE = "Quiz: ownership basics"
EXPLANATIONS = (
    "Each value has exactly one owner at a time.",
    "Two owners would free the value twice.",
    "Borrowing lends access without moving ownership.",
    "Cloning makes a second, independent value.",
    "Moving a value out of the variable does not copy it.",
)


def _shot(page, name: str) -> None:
    page.evaluate("() => window.scrollTo(0, 0)")
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)


def _build_quiz(page, course_id: int) -> int:
    page.goto(f"/studio/course/{course_id}?tab=curriculum")
    section = page.locator(".curriculum-section").first
    expect(section).to_be_visible()
    section.locator(".new-item-kind").click()
    page.get_by_role("option", name="Quiz").click()
    section.locator(".new-lecture-title input").fill(QUIZ_TITLE)
    section.locator(".add-lecture").click()
    quiz_row = section.locator(".lecture-row").filter(has_text=QUIZ_TITLE)
    expect(quiz_row).to_be_visible()
    expect(quiz_row.locator(".quiz-count")).to_have_text("0 questions")
    expect(quiz_row.locator(".preview-switch")).to_be_hidden()  # quizzes are never previews
    quiz_row.locator(".edit-quiz").click()
    page.wait_for_url(re.compile(r"/studio/quizzes/\d+$"))
    quiz_id = int(page.url.rsplit("/", 1)[-1])
    expect(page.locator("#quiz-title")).to_have_text(QUIZ_TITLE)

    # question 1: single choice; a first save without a correct answer is refused
    page.click("#add-question")
    page.fill("#question-prompt", "How many owners does a value have at a time?")
    options = page.locator(".draft-option")
    for index, (text, why) in enumerate(
        (("Exactly one", EXPLANATIONS[0]), ("Two", EXPLANATIONS[1]), ("Any number", ""))
    ):
        options.nth(index).locator(".option-text input").fill(text)
        if why:
            options.nth(index).locator(".option-explanation input").fill(why)
    page.click("#save-question")
    expect(page.locator("#question-error")).to_contain_text("exactly one answer as correct")
    options.nth(0).locator(".mark-correct").click()
    page.click("#save-question")
    expect(page.locator(".quiz-question-card")).to_have_count(1)

    # question 2: multiple choice with four answers
    page.click("#add-question")
    page.fill("#question-prompt", "Which of these keep the original variable usable?")
    page.locator("label").filter(has_text="Several correct answers").click()
    expect(page.locator("#kind-multiple")).to_have_attribute("aria-checked", "true")
    page.click("#add-option")
    answers = (
        ("Borrowing it", True, EXPLANATIONS[2]),
        ("Cloning it", True, EXPLANATIONS[3]),
        ("Moving it", False, EXPLANATIONS[4]),
        ("Dropping it", False, ""),
    )
    options = page.locator(".draft-option")
    expect(options).to_have_count(4)
    for index, (text, correct, why) in enumerate(answers):
        options.nth(index).locator(".option-text input").fill(text)
        if why:
            options.nth(index).locator(".option-explanation input").fill(why)
        if correct:
            options.nth(index).locator(".mark-correct").click()
    page.set_viewport_size({"width": 390, "height": 844})
    _shot(page, "quiz-studio-editor-390.png")
    page.set_viewport_size({"width": 1366, "height": 900})
    page.click("#save-question")
    cards = page.locator(".quiz-question-card")
    expect(cards).to_have_count(2)

    # reorder, then edit the first question's wording
    cards.nth(1).get_by_role("button", name="Move up").click()
    expect(cards.nth(0)).to_contain_text("Which of these keep")
    cards.nth(1).get_by_role("button", name="Move up").click()
    expect(cards.nth(0)).to_contain_text("How many owners")
    cards.nth(0).get_by_role("button", name="Edit question").click()
    page.fill("#question-prompt", "How many owners does a Rust value have at a time?")
    page.click("#save-question")
    expect(cards.nth(0)).to_contain_text("a Rust value")
    _shot(page, "quiz-studio-editor-1366.png")

    page.click("#back-to-curriculum")
    quiz_row = page.locator(".lecture-row").filter(has_text=QUIZ_TITLE)
    expect(quiz_row.locator(".quiz-count")).to_have_text("2 questions")
    quiz_row.scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "quiz-studio-curriculum-1366.png"))
    return quiz_id


def _answer(page, question: int, *texts: str) -> None:
    block = page.locator(".quiz-question").nth(question)
    for text in texts:
        block.locator(".quiz-option").filter(has_text=re.compile(f"^{re.escape(text)}$")).click()


def test_build_take_and_retake_a_quiz(browser, live_app):
    course, _lectures = course_with_videos(live_app)
    errors: list[str] = []

    teacher_context = browser.new_context(
        viewport={"width": 1366, "height": 900}, base_url=live_app
    )
    teacher = teacher_context.new_page()
    teacher.on("pageerror", lambda exc: errors.append(str(exc)))
    sign_in(teacher, "instructor@example.com", "teach-Demo-2026")
    quiz_id = _build_quiz(teacher, int(course["id"]))
    teacher_context.close()

    # the course page lists the quiz with its questions and no duration
    page_json = call(live_app, "GET", f"/courses/{course['id']}")
    listed = next(x for s in page_json["sections"] for x in s["lectures"] if x["id"] == quiz_id)
    assert (listed["kind"], listed["question_count"], listed["duration_seconds"]) == ("quiz", 2, 0)

    email, password, token, _ = buyer(live_app, course["id"], "Quinn Quizzer")
    context = browser.new_context(viewport={"width": 1366, "height": 900}, base_url=live_app)
    page = context.new_page()
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    frames: list[str] = []
    page.on(
        "websocket",
        lambda ws: ws.on("framereceived", lambda payload: frames.append(str(payload))),
    )
    sign_in(page, email, password)
    page.goto(f"/learn/{course['slug']}/{quiz_id}")
    expect(page.locator("#quiz-panel")).to_be_visible()
    expect(page.locator(".quiz-question")).to_have_count(2)
    expect(page.locator("#lecture-video")).to_have_count(0)
    expect(page.locator(f".lecture-row[data-lecture-id='{quiz_id}']")).to_contain_text(
        "Quiz · 2 questions"
    )
    expect(page.locator("#course-percent")).to_have_text("0% complete")
    expect(page.locator("#quiz-submit")).to_be_disabled()

    # nothing of the answer key is in the browser before submitting
    untaken = call(live_app, "GET", f"/lectures/{quiz_id}/quiz", token=token)
    assert untaken["last_result"] is None
    seen = page.content() + "".join(frames)
    assert frames, "the page's state arrives over the websocket"
    for secret in EXPLANATIONS:
        assert secret not in seen
    assert '"correct"' not in seen and "is_correct" not in seen

    # first attempt: question 1 wrong, question 2 right
    _answer(page, 0, "Two")
    _answer(page, 1, "Borrowing it", "Cloning it")
    expect(page.locator("#quiz-answered")).to_have_text("2 of 2 answered")
    _shot(page, "quiz-player-taking-1366.png")
    page.click("#quiz-submit")
    expect(page.locator("#quiz-score")).to_have_text("You got 1 of 2 questions right.")
    result = page.locator("#quiz-result")
    expect(result.locator(".result-question.wrong")).to_have_count(1)
    expect(result.locator(".result-question.right")).to_have_count(1)
    expect(result).to_contain_text(EXPLANATIONS[0])  # why the right answer is right
    expect(result).to_contain_text(EXPLANATIONS[1])  # why the chosen one was wrong
    expect(result.locator(".result-option.wrong")).to_contain_text("Two")
    # the quiz counts as a completed item: the progress moved
    expect(page.locator("#course-percent")).not_to_have_text("0% complete")
    done_row = page.locator(f".lecture-row[data-lecture-id='{quiz_id}']")
    expect(done_row).to_have_class(re.compile("lecture-done"))
    percent_after_quiz = page.locator("#course-percent").inner_text()
    progress = call(live_app, "GET", f"/me/courses/{course['id']}/progress", token=token)
    assert quiz_id in progress["completed_lectures"]
    assert f"{progress['percent']}% complete" == percent_after_quiz
    _shot(page, "quiz-player-result-1366.png")

    # retake: everything right this time
    page.click("#quiz-retake")
    expect(page.locator("#quiz-answered")).to_have_text("0 of 2 answered")
    _answer(page, 0, "Exactly one")
    _answer(page, 1, "Borrowing it", "Cloning it")
    page.click("#quiz-submit")
    expect(page.locator("#quiz-score")).to_have_text("You got 2 of 2 questions right.")
    expect(page.locator(".result-question.wrong")).to_have_count(0)
    page.set_viewport_size({"width": 390, "height": 844})
    _shot(page, "quiz-player-result-390.png")

    # a reload shows the last result; the attempts are counted
    page.reload()
    expect(page.locator("#quiz-score")).to_have_text("You got 2 of 2 questions right.")
    expect(page.locator("#quiz-panel")).to_contain_text("Attempts: 2")
    page.click("#quiz-retake")
    _answer(page, 0, "Exactly one")
    _shot(page, "quiz-player-taking-390.png")
    assert errors == []
    context.close()
