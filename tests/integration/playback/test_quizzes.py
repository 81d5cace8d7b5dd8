"""Taking quizzes over REST: no answers before submitting, scoring, retakes, progress, access."""

from __future__ import annotations

import json

import pytest

from tests.support.factories import enroll, login, make_published_course, make_user, user_headers
from tests.support.http import API, assert_error
from tests.support.media_factories import first_lecture_ids, make_ready_video
from tests.support.quiz_factories import add_quiz

pytestmark = pytest.mark.timeout(120)

LECTURE_SECONDS = 20.0


def _course():
    owner = make_user(role="instructor")
    course = make_published_course(owner=owner, lectures_per_section=1)
    (video_lecture,) = first_lecture_ids(int(course.id))
    make_ready_video(
        lecture_id=video_lecture, owner_id=int(owner.id), duration_seconds=LECTURE_SECONDS
    )
    quiz = add_quiz(course=course)
    return owner, course, video_lecture, quiz


def _student(api, course):
    student, headers = user_headers(api)
    enroll(user=student, course_id=int(course.id))
    return student, headers


def _answers(view, picks):
    """picks: per question (in order), the texts of the options to choose."""
    answers = []
    for question, texts in zip(view["questions"], picks, strict=True):
        chosen = [o["index"] for o in question["options"] if o["text"] in texts]
        answers.append({"question_id": question["id"], "selected": chosen})
    return {"answers": answers}


def test_an_untaken_quiz_carries_no_answer_key_or_explanations(api):
    _, course, _, quiz = _course()
    _, headers = _student(api, course)
    response = api.get(f"{API}/lectures/{quiz}/quiz", headers=headers)
    assert response.status_code == 200, response.text
    view = response.json()
    assert [q["prompt"] for q in view["questions"]] == [
        "What is the capital of France?",
        "Which of these numbers are prime?",
    ]
    assert view["questions"][0]["options"] == [
        {"index": 0, "text": "Paris"},
        {"index": 1, "text": "Lyon"},
        {"index": 2, "text": "Nice"},
    ]
    assert view["attempt_count"] == 0 and view["last_result"] is None
    raw = response.text
    assert "correct" not in raw
    assert "explanation" not in raw and "since 987" not in raw and "only even prime" not in raw
    assert "correct" not in json.dumps(view)


def test_a_submission_is_scored_explained_completes_the_quiz_and_can_be_retaken(api):
    _, course, video_lecture, quiz = _course()
    _, headers = _student(api, course)
    cid = int(course.id)
    view = api.get(f"{API}/lectures/{quiz}/quiz", headers=headers).json()
    before = api.get(f"{API}/me/courses/{cid}/progress", headers=headers).json()
    assert before["percent"] == 0

    first = api.post(
        f"{API}/lectures/{quiz}/quiz/attempts",
        json=_answers(view, [{"Lyon"}, {"2", "7"}]),
        headers=headers,
    )
    assert first.status_code == 201, first.text
    result = first.json()
    assert (result["score"], result["total"], result["percent"], result["passed"]) == (
        1,
        2,
        50,
        True,
    )
    assert result["completed"] is True
    capital, primes = result["questions"]
    assert capital["is_correct"] is False and primes["is_correct"] is True
    paris, lyon, _nice = capital["options"]
    assert paris == {
        "index": 0,
        "text": "Paris",
        "selected": False,
        "correct": True,
        "explanation": "Paris has been the capital since 987.",
    }
    assert lyon["selected"] is True and lyon["correct"] is False
    assert lyon["explanation"] == "Lyon is the third largest city."

    progress = api.get(f"{API}/me/courses/{cid}/progress", headers=headers).json()
    assert progress["completed_lectures"] == [quiz]
    assert progress["percent"] == 50  # one of two items: the quiz counts like a lecture
    assert progress["last_lecture_id"] == quiz

    # a retake: a new attempt, the last one is what the quiz shows
    retake = api.post(
        f"{API}/lectures/{quiz}/quiz/attempts",
        json=_answers(view, [{"Paris"}, {"2", "7"}]),
        headers=headers,
    ).json()
    assert (retake["score"], retake["percent"]) == (2, 100)
    again = api.get(f"{API}/lectures/{quiz}/quiz", headers=headers).json()
    assert again["attempt_count"] == 2
    assert again["last_result"]["attempt_id"] == retake["attempt_id"]
    assert again["last_result"]["score"] == 2
    # a partial answer to a multiple-choice question is wrong (all or nothing)
    partial = api.post(
        f"{API}/lectures/{quiz}/quiz/attempts",
        json=_answers(view, [{"Paris"}, {"2"}]),
        headers=headers,
    ).json()
    assert (partial["score"], partial["passed"]) == (1, True)
    assert api.get(f"{API}/me/courses/{cid}/progress", headers=headers).json()["percent"] == 50

    # watching the video finishes the course: the certificate is issued at 100 %
    watched = api.post(
        f"{API}/lectures/{video_lecture}/progress",
        json={"position_seconds": LECTURE_SECONDS, "watched_seconds": LECTURE_SECONDS},
        headers=headers,
    )
    assert watched.json()["completed"] is True
    assert api.get(f"{API}/me/courses/{cid}/progress", headers=headers).json()["percent"] == 100
    certificates = api.get(f"{API}/me/certificates", headers=headers).json()
    assert [c["course_id"] for c in certificates] == [cid]


def test_a_quiz_completed_last_issues_the_certificate(api):
    _, course, video_lecture, quiz = _course()
    _, headers = _student(api, course)
    api.post(
        f"{API}/lectures/{video_lecture}/progress",
        json={"position_seconds": LECTURE_SECONDS, "watched_seconds": LECTURE_SECONDS},
        headers=headers,
    )
    assert api.get(f"{API}/me/certificates", headers=headers).json() == []
    view = api.get(f"{API}/lectures/{quiz}/quiz", headers=headers).json()
    api.post(
        f"{API}/lectures/{quiz}/quiz/attempts",
        json=_answers(view, [{"Nice"}, {"4"}]),  # a failing score still completes the quiz
        headers=headers,
    )
    assert len(api.get(f"{API}/me/certificates", headers=headers).json()) == 1


def test_invalid_submissions_are_refused_and_nothing_is_stored(api):
    _, course, _, quiz = _course()
    _, headers = _student(api, course)
    view = api.get(f"{API}/lectures/{quiz}/quiz", headers=headers).json()
    q1, q2 = (q["id"] for q in view["questions"])
    url = f"{API}/lectures/{quiz}/quiz/attempts"
    cases = [
        ({"answers": [{"question_id": q1, "selected": [0]}]}, "Answer every question"),
        (
            {
                "answers": [
                    {"question_id": q1, "selected": [0, 1]},
                    {"question_id": q2, "selected": [0]},
                ]
            },
            "exactly one answer",
        ),
        (
            {
                "answers": [
                    {"question_id": q1, "selected": [9]},
                    {"question_id": q2, "selected": [0]},
                ]
            },
            "no such answer",
        ),
        (
            {
                "answers": [
                    {"question_id": q1, "selected": [0]},
                    {"question_id": q2, "selected": [0]},
                    {"question_id": 999999, "selected": [0]},
                ]
            },
            "does not have",
        ),
        (
            {
                "answers": [
                    {"question_id": q1, "selected": [0]},
                    {"question_id": q1, "selected": [0]},
                ]
            },
            "once",
        ),
        ({"answers": "all of them"}, ""),
    ]
    for body, needle in cases:
        error = assert_error(api.post(url, json=body, headers=headers), 422, "validation_error")
        assert needle in error["message"] or needle in str(error), (body, error)
    assert api.get(f"{API}/lectures/{quiz}/quiz", headers=headers).json()["attempt_count"] == 0
    progress = api.get(f"{API}/me/courses/{int(course.id)}/progress", headers=headers).json()
    assert progress["completed_lectures"] == []


def test_only_enrolled_students_the_instructor_and_admins_take_a_quiz(api):
    owner, course, video_lecture, quiz = _course()
    _, stranger = user_headers(api)
    assert_error(api.get(f"{API}/lectures/{quiz}/quiz", headers=stranger), 403, "not_enrolled")
    assert_error(
        api.post(f"{API}/lectures/{quiz}/quiz/attempts", json={"answers": []}, headers=stranger),
        403,
    )
    assert_error(api.get(f"{API}/lectures/{quiz}/quiz"), 401)
    # the video lecture is a free preview, but it is not a quiz
    assert_error(
        api.get(f"{API}/lectures/{video_lecture}/quiz", headers=stranger), 404, "quiz_not_found"
    )
    assert_error(api.get(f"{API}/lectures/999999/quiz", headers=stranger), 404)
    owner_view = api.get(f"{API}/lectures/{quiz}/quiz", headers=login(api, owner.email))
    assert owner_view.status_code == 200
    _, admin = user_headers(api, role="admin")
    assert api.get(f"{API}/lectures/{quiz}/quiz", headers=admin).status_code == 200
    # a quiz has no video to play
    student, headers = _student(api, course)
    assert_error(api.get(f"{API}/lectures/{quiz}/playback", headers=headers), 409)


def test_the_player_shows_a_quiz_item_without_a_video(db):
    from udemy_clone.core import db as core_db
    from udemy_clone.playback import service as playback_service

    _, course, video_lecture, quiz = _course()
    student = make_user()
    enroll(user=student, course_id=int(course.id))
    with core_db.read_session() as session:
        view = playback_service.player_view(
            session=session, course_slug=course.slug, lecture_id=quiz, user_id=int(student.id)
        )
        visitor = playback_service.player_view(
            session=session, course_slug=course.slug, lecture_id=quiz, user_id=None
        )
    assert view.lecture_kind == "quiz" and view.blocked == "" and view.playback_url is None
    assert view.previous_lecture_id == video_lecture
    item = view.sections[0].lectures[1]
    assert (item.kind, item.question_count, item.playable) == ("quiz", 2, True)
    assert visitor.blocked == "enroll"
