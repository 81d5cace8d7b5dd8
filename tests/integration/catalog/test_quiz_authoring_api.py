"""Quiz authoring over REST: validation, ownership, order, the checklist and the course page."""

from __future__ import annotations

import copy

import pytest

from tests.support.factories import (
    login,
    make_course,
    make_published_course,
    make_user,
    user_headers,
)
from tests.support.http import API, assert_error
from tests.support.quiz_factories import CAPITAL, PRIMES, add_quiz

pytestmark = pytest.mark.timeout(120)


def _owner_course(api, **kwargs):
    owner = make_user(role="instructor")
    course = make_course(owner=owner, **kwargs)
    return course, login(api, owner.email)


def _new_quiz(api, headers, course_id: int) -> int:
    detail = api.get(f"{API}/courses/{course_id}", headers=headers).json()
    section_id = detail["sections"][0]["id"]
    created = api.post(
        f"{API}/sections/{section_id}/lectures",
        json={"title": "Quiz 1", "kind": "quiz"},
        headers=headers,
    )
    assert created.status_code == 201, created.text
    return int(created.json()["id"])


def test_an_instructor_builds_edits_reorders_and_deletes_quiz_questions(api):
    course, headers = _owner_course(api)
    quiz = _new_quiz(api, headers, int(course.id))

    first = api.post(f"{API}/lectures/{quiz}/quiz/questions", json=CAPITAL, headers=headers)
    assert first.status_code == 201, first.text
    assert first.json()["options"][0] == {
        "text": "Paris",
        "correct": True,
        "explanation": "Paris has been the capital since 987.",
    }
    second = api.post(f"{API}/lectures/{quiz}/quiz/questions", json=PRIMES, headers=headers)
    assert second.status_code == 201
    q1, q2 = first.json()["id"], second.json()["id"]

    order = api.put(
        f"{API}/lectures/{quiz}/quiz/order", json={"question_ids": [q2, q1]}, headers=headers
    )
    assert order.status_code == 200, order.text
    listed = api.get(f"{API}/lectures/{quiz}/quiz/questions", headers=headers).json()
    assert [(q["id"], q["position"]) for q in listed] == [(q2, 0), (q1, 1)]

    edited = copy.deepcopy(CAPITAL)
    edited["prompt"] = "  Which city is the capital of France?  "
    edited["options"].append({"text": "Marseille", "correct": False, "explanation": ""})
    replaced = api.put(f"{API}/quiz-questions/{q1}", json=edited, headers=headers)
    assert replaced.status_code == 200, replaced.text
    assert replaced.json()["prompt"] == "Which city is the capital of France?"
    assert len(replaced.json()["options"]) == 4

    assert api.delete(f"{API}/quiz-questions/{q2}", headers=headers).status_code == 204
    listed = api.get(f"{API}/lectures/{quiz}/quiz/questions", headers=headers).json()
    assert [(q["id"], q["position"]) for q in listed] == [(q1, 0)]
    assert_error(api.delete(f"{API}/quiz-questions/{q2}", headers=headers), 404)

    # the course page shows the quiz with its question count and no duration
    page = api.get(f"{API}/courses/{int(course.id)}", headers=headers).json()
    item = next(x for x in page["sections"][0]["lectures"] if x["id"] == quiz)
    assert item["kind"] == "quiz" and item["question_count"] == 1
    assert item["duration_seconds"] == 0
    assert page["duration_seconds"] == 300  # the video lecture's length only


@pytest.mark.parametrize(
    ("change", "needle"),
    [
        (
            lambda q: q["options"].__setitem__(1, {**q["options"][1], "correct": True}),
            "exactly one",
        ),
        (lambda q: [o.__setitem__("correct", False) for o in q["options"]], "exactly one"),
        (lambda q: q.__setitem__("options", q["options"][:1]), "at least 2"),
        (lambda q: q.__setitem__("options", q["options"] * 3), "at most 8"),
        (lambda q: q.__setitem__("prompt", ""), "at least 1"),
        (lambda q: q.__setitem__("prompt", "x" * 1001), "at most 1000"),
        (lambda q: q["options"][0].__setitem__("text", " "), "at least 1"),
        (lambda q: q["options"][1].__setitem__("text", "paris"), "different"),
        (lambda q: q["options"][0].__setitem__("explanation", "e" * 1001), "at most 1000"),
        (lambda q: q.__setitem__("kind", "essay"), "single"),
        (lambda q: q.__setitem__("answer", 1), "extra"),
    ],
)
def test_invalid_questions_are_refused_with_a_sentence(sqlite_db, change, needle):
    from fastapi.testclient import TestClient

    from udemy_clone.gateway.app import create_gateway

    with TestClient(create_gateway(), raise_server_exceptions=False) as api:
        course, headers = _owner_course(api)
        quiz = _new_quiz(api, headers, int(course.id))
        body = copy.deepcopy(CAPITAL)
        change(body)
        error = assert_error(
            api.post(f"{API}/lectures/{quiz}/quiz/questions", json=body, headers=headers),
            422,
            "validation_error",
        )
        assert needle.lower() in str(error).lower(), error
        assert api.get(f"{API}/lectures/{quiz}/quiz/questions", headers=headers).json() == []


def test_multiple_choice_needs_a_correct_answer(api):
    course, headers = _owner_course(api)
    quiz = _new_quiz(api, headers, int(course.id))
    body = copy.deepcopy(PRIMES)
    for option in body["options"]:
        option["correct"] = False
    error = assert_error(
        api.post(f"{API}/lectures/{quiz}/quiz/questions", json=body, headers=headers), 422
    )
    assert "at least one answer as correct" in str(error)


def test_only_the_owner_authors_and_only_quizzes_take_questions(api):
    course, headers = _owner_course(api)
    quiz = _new_quiz(api, headers, int(course.id))
    _, stranger = user_headers(api, role="instructor")
    url = f"{API}/lectures/{quiz}/quiz/questions"
    assert_error(api.post(url, json=CAPITAL, headers=stranger), 403)
    assert_error(api.get(url, headers=stranger), 403)
    assert_error(api.post(url, json=CAPITAL), 401)
    question = api.post(url, json=CAPITAL, headers=headers).json()
    assert_error(
        api.put(f"{API}/quiz-questions/{question['id']}", json=CAPITAL, headers=stranger), 403
    )
    assert_error(api.delete(f"{API}/quiz-questions/{question['id']}", headers=stranger), 403)
    assert_error(
        api.post(f"{API}/lectures/999999/quiz/questions", json=CAPITAL, headers=headers), 404
    )

    video_lecture = api.get(f"{API}/courses/{int(course.id)}", headers=headers).json()["sections"][
        0
    ]["lectures"][0]["id"]
    assert_error(
        api.post(f"{API}/lectures/{video_lecture}/quiz/questions", json=CAPITAL, headers=headers),
        409,
        "not_a_quiz",
    )
    assert_error(
        api.put(
            f"{API}/lectures/{quiz}/quiz/order", json={"question_ids": [1, 2]}, headers=headers
        ),
        422,
    )


def test_a_quiz_is_never_a_free_preview(api):
    course, headers = _owner_course(api)
    section_id = api.get(f"{API}/courses/{int(course.id)}", headers=headers).json()["sections"][0][
        "id"
    ]
    assert_error(
        api.post(
            f"{API}/sections/{section_id}/lectures",
            json={"title": "Quiz", "kind": "quiz", "is_preview": True},
            headers=headers,
        ),
        422,
    )
    quiz = _new_quiz(api, headers, int(course.id))
    assert_error(
        api.patch(f"{API}/lectures/{quiz}", json={"is_preview": True}, headers=headers), 422
    )
    assert_error(
        api.post(
            f"{API}/sections/{section_id}/lectures",
            json={"title": "Quiz", "kind": "essay"},
            headers=headers,
        ),
        422,
    )


def test_the_checklist_wants_a_question_per_quiz_and_ignores_quizzes_in_minutes(api):
    course, headers = _owner_course(api)
    quiz = _new_quiz(api, headers, int(course.id))
    blocked = assert_error(api.post(f"{API}/courses/{int(course.id)}/submit", headers=headers), 409)
    assert '1 quiz without questions: "Quiz 1"' in blocked["message"]
    api.post(f"{API}/lectures/{quiz}/quiz/questions", json=CAPITAL, headers=headers)
    submitted = api.post(f"{API}/courses/{int(course.id)}/submit", headers=headers)
    assert submitted.status_code == 200, submitted.text


def test_a_course_of_quizzes_alone_lacks_video_minutes(api):
    course, headers = _owner_course(api, ready_videos=False)
    lecture = api.get(f"{API}/courses/{int(course.id)}", headers=headers).json()["sections"][0][
        "lectures"
    ][0]["id"]
    assert api.delete(f"{API}/lectures/{lecture}", headers=headers).status_code == 204
    quiz = _new_quiz(api, headers, int(course.id))
    api.post(f"{API}/lectures/{quiz}/quiz/questions", json=CAPITAL, headers=headers)
    error = assert_error(api.post(f"{API}/courses/{int(course.id)}/submit", headers=headers), 409)
    assert "of video" in error["message"] and "quiz" not in error["message"], error


def test_a_quiz_takes_no_video_upload(api):
    owner = make_user(role="instructor")
    course = make_published_course(owner=owner)
    quiz = add_quiz(course=course)
    headers = login(api, owner.email)
    response = api.post(
        f"{API}/lectures/{quiz}/video",
        files={"file": ("clip.mp4", b"\x00\x00\x00\x18ftypmp42", "video/mp4")},
        headers=headers,
    )
    assert_error(response, 409, "not_a_video")


def test_deleting_a_quiz_deletes_its_questions_and_quizzes_count_in_completion_figures(api):
    from udemy_clone.catalog import service as catalog_service
    from udemy_clone.core import db

    course, headers = _owner_course(api)
    quiz = _new_quiz(api, headers, int(course.id))
    question = api.post(f"{API}/lectures/{quiz}/quiz/questions", json=CAPITAL, headers=headers)
    with db.read_session() as session:
        brief = catalog_service.course_briefs(session=session, course_ids=[int(course.id)])
    assert brief[int(course.id)].playable_lectures == 2  # the video lecture and the quiz
    assert api.delete(f"{API}/lectures/{quiz}", headers=headers).status_code == 204
    assert_error(
        api.put(f"{API}/quiz-questions/{question.json()['id']}", json=CAPITAL, headers=headers),
        404,
        "question_not_found",
    )
