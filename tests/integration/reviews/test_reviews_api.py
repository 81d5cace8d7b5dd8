"""The reviews endpoints of API.md on SQLite and PostgreSQL: rules, refusals and shapes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.integration.reviews.conftest import (
    course_figures,
    enrolled_student,
    figures_from_reviews,
    write_review,
)
from tests.support.factories import (
    enroll,
    login,
    make_course,
    make_published_course,
    make_user,
    user_headers,
)
from tests.support.http import API, assert_error
from tests.support.http import outbox_events as events
from udemy_clone.core import db


def student_with_headers(api, course_id: int) -> tuple[object, dict[str, str]]:
    student = enrolled_student(course_id)
    return student, login(api, student.email)


@pytest.fixture
def sqlite_api(sqlite_db) -> Iterator[object]:
    """The gateway on SQLite only, for input checks that never reach the database."""
    from fastapi.testclient import TestClient

    from udemy_clone.gateway.app import create_gateway

    with TestClient(create_gateway(), raise_server_exceptions=False) as client:
        yield client


# ---- sign-in and ids ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("post", "/courses/1/reviews"),
        ("get", "/courses/1/reviews/mine"),
        ("patch", "/reviews/1"),
        ("delete", "/reviews/1"),
        ("post", "/reviews/1/reply"),
        ("delete", "/reviews/1/reply"),
        ("post", "/reviews/1/helpful"),
        ("delete", "/reviews/1/helpful"),
        ("post", "/reviews/1/report"),
        ("get", "/admin/reviews/reported"),
        ("post", "/admin/reviews/1/hide"),
        ("post", "/admin/reviews/1/restore"),
    ],
)
def test_writes_and_private_reads_need_sign_in(sqlite_api, method, path):
    response = getattr(sqlite_api, method)(f"{API}{path}", headers={"Authorization": "Bearer x"})
    assert_error(response, 401)
    assert_error(getattr(sqlite_api, method)(f"{API}{path}"), 401)


@pytest.mark.parametrize("path", ["/courses/0/reviews", "/courses/99999999999/reviews",
                                  "/courses/abc/rating-summary", "/reviews/-1"])
def test_bad_ids_are_422(sqlite_api, path):
    assert_error(sqlite_api.get(f"{API}{path}"), 422, "validation_error")


def test_unknown_course_and_review_are_404(api):
    _, headers = user_headers(api)
    assert_error(api.get(f"{API}/courses/424242/reviews"), 404)
    assert_error(api.get(f"{API}/courses/424242/rating-summary"), 404)
    assert_error(
        api.post(f"{API}/courses/424242/reviews", json={"rating": 5, "comment": "Hi"},
                 headers=headers),
        404,
    )
    for method, path, body in [
        ("get", "/reviews/424242", None),
        ("patch", "/reviews/424242", {"rating": 3}),
        ("delete", "/reviews/424242", None),
        ("post", "/reviews/424242/helpful", None),
        ("post", "/reviews/424242/reply", {"body": "Thanks"}),
        ("post", "/reviews/424242/report", {"reason": "spam spam"}),
    ]:
        kwargs = {"json": body} if body is not None else {}
        assert_error(getattr(api, method)(f"{API}{path}", headers=headers, **kwargs), 404)


# ---- writing a review -----------------------------------------------------------------------


def test_enrolled_student_rates_the_course_and_the_page_shows_it(api, course):
    student, headers = student_with_headers(api, course.id)
    response = api.post(f"{API}/courses/{course.id}/reviews",
                        json={"rating": 4, "comment": "  Clear and practical.  "}, headers=headers)
    assert response.status_code == 201, response.text
    review = response.json()
    assert review["rating"] == 4 and review["comment"] == "Clear and practical."
    assert review["author"] == {"id": student.id, "full_name": student.full_name}
    assert review["progress_percent"] == 0 and review["helpful_count"] == 0
    assert review["is_mine"] is True and review["reply"] is None and review["edited"] is False

    summary = api.get(f"{API}/courses/{course.id}/rating-summary").json()
    assert summary == {"course_id": course.id, "average": 4.0, "count": 1,
                       "distribution": {"1": 0, "2": 0, "3": 0, "4": 1, "5": 0}}
    detail = api.get(f"{API}/courses/{course.id}").json()
    assert detail["rating"]["average"] == 4.0 and detail["rating"]["count"] == 1
    listing = api.get(f"{API}/courses/{course.id}/reviews").json()
    assert listing["total"] == 1 and listing["items"][0]["id"] == review["id"]
    assert listing["items"][0]["is_mine"] is False  # anonymous reader
    mine = api.get(f"{API}/courses/{course.id}/reviews/mine", headers=headers)
    assert mine.status_code == 200 and mine.json()["id"] == review["id"]
    assert events("reviews.review_created") == [
        {"review_id": review["id"], "course_id": course.id, "author_id": student.id}
    ]


def test_review_records_progress_at_writing(api, course, monkeypatch):
    from udemy_clone.playback import service as playback_service

    monkeypatch.setattr(playback_service, "course_progress_percent", lambda **_: 40)
    _, headers = student_with_headers(api, course.id)
    response = api.post(f"{API}/courses/{course.id}/reviews",
                        json={"rating": 5, "comment": "Halfway and loving it."}, headers=headers)
    assert response.status_code == 201 and response.json()["progress_percent"] == 40


def test_not_enrolled_is_403_and_second_review_is_409(api, course):
    _, outsider = user_headers(api)
    body = {"rating": 5, "comment": "Never took it."}
    assert_error(api.post(f"{API}/courses/{course.id}/reviews", json=body, headers=outsider),
                 403, "not_enrolled")
    _, headers = student_with_headers(api, course.id)
    assert api.post(f"{API}/courses/{course.id}/reviews", json=body, headers=headers) \
        .status_code == 201
    assert_error(api.post(f"{API}/courses/{course.id}/reviews", json=body, headers=headers),
                 409, "already_reviewed")
    assert course_figures(course.id)[0] == 1
    assert_error(api.get(f"{API}/courses/{course.id}/reviews/mine", headers=outsider), 404)


def test_instructor_cannot_review_own_course(api):
    instructor = make_user(role="instructor")
    course = make_published_course(owner=instructor)
    enroll(user=instructor, course_id=course.id)
    headers = login(api, instructor.email)
    assert_error(api.post(f"{API}/courses/{course.id}/reviews",
                          json={"rating": 5, "comment": "Mine is great"}, headers=headers), 403)


def test_refunded_enrollment_cannot_review(api):
    course = make_published_course(price_cents=2500)
    _, headers = user_headers(api)
    order_id = api.post(f"{API}/checkout", json={"course_ids": [course.id]},
                        headers=headers).json()["order_id"]
    assert api.post(f"{API}/payments/sandbox/{order_id}/complete", headers=headers) \
        .status_code == 200
    refunded = api.post(f"{API}/orders/{order_id}/refund", headers=headers)
    assert refunded.status_code == 200, refunded.text
    assert_error(api.post(f"{API}/courses/{course.id}/reviews",
                          json={"rating": 1, "comment": "Refunded."}, headers=headers),
                 403, "not_enrolled")


@pytest.mark.parametrize(
    "body",
    [
        {"rating": 0, "comment": "Zero"},
        {"rating": 6, "comment": "Six"},
        {"rating": 3.5, "comment": "Half"},
        {"rating": "4", "comment": "String"},
        {"rating": "four", "comment": "Word"},
        {"rating": True, "comment": "Bool"},
        {"rating": None, "comment": "Null"},
        {"comment": "No rating"},
        {"rating": 4},
        {"rating": 4, "comment": ""},
        {"rating": 4, "comment": "   \n\t "},
        {"rating": 4, "comment": "x" * 20_480},
        {"rating": 4, "comment": "x" * 5001},
        {"rating": 4, "comment": 12345},
        {"rating": 4, "comment": "ok", "helpful_count": 99},
    ],
)
def test_bad_review_input_is_422(sqlite_api, body):
    _, headers = user_headers(sqlite_api)
    response = sqlite_api.post(f"{API}/courses/1/reviews", json=body, headers=headers)
    error = assert_error(response, 422, "validation_error")
    assert error["fields"]


def test_control_characters_are_dropped_and_markup_kept_as_text(api, course):
    _, headers = student_with_headers(api, course.id)
    comment = "<script>alert('x')</script>\x00 <b>bold</b>\r\nline two"
    response = api.post(f"{API}/courses/{course.id}/reviews",
                        json={"rating": 2, "comment": comment}, headers=headers)
    assert response.status_code == 201, response.text
    assert response.json()["comment"] == "<script>alert('x')</script> <b>bold</b>\nline two"


# ---- editing and deleting -------------------------------------------------------------------


def test_author_edits_rating_and_comment_and_aggregates_follow(api, course):
    author, headers = student_with_headers(api, course.id)
    review_id = api.post(f"{API}/courses/{course.id}/reviews",
                         json={"rating": 2, "comment": "Meh"}, headers=headers).json()["id"]
    other = enrolled_student(course.id)
    write_review(course.id, other.id, 4)
    assert course_figures(course.id) == (2, 6, [0, 1, 0, 1, 0])

    response = api.patch(f"{API}/reviews/{review_id}", json={"rating": 5}, headers=headers)
    assert response.status_code == 200, response.text
    assert response.json()["rating"] == 5 and response.json()["comment"] == "Meh"
    assert course_figures(course.id) == (2, 9, [0, 0, 0, 1, 1])
    response = api.patch(f"{API}/reviews/{review_id}", json={"comment": "Grew on me"},
                         headers=headers)
    assert response.json()["comment"] == "Grew on me" and response.json()["rating"] == 5
    summary = api.get(f"{API}/courses/{course.id}/rating-summary").json()
    assert summary["average"] == 4.5 and summary["count"] == 2
    assert course_figures(course.id) == figures_from_reviews(course.id)

    _, stranger = user_headers(api)
    assert_error(api.patch(f"{API}/reviews/{review_id}", json={"rating": 1}, headers=stranger),
                 403)
    for bad in ({}, {"rating": 0}, {"rating": 2.5}, {"comment": ""}, {"comment": "y" * 20_480},
                {"rating": None, "comment": None}):
        assert_error(api.patch(f"{API}/reviews/{review_id}", json=bad, headers=headers), 422)
    assert course_figures(course.id) == (2, 9, [0, 0, 0, 1, 1])


def test_author_or_admin_deletes_and_the_rating_leaves(api, course):
    author, headers = student_with_headers(api, course.id)
    review_id = api.post(f"{API}/courses/{course.id}/reviews",
                         json={"rating": 3, "comment": "Fine"}, headers=headers).json()["id"]
    other = enrolled_student(course.id)
    other_review = write_review(course.id, other.id, 5)
    _, stranger = user_headers(api)
    assert_error(api.delete(f"{API}/reviews/{review_id}", headers=stranger), 403)
    assert api.delete(f"{API}/reviews/{review_id}", headers=headers).status_code == 204
    assert_error(api.delete(f"{API}/reviews/{review_id}", headers=headers), 404)
    assert course_figures(course.id) == (1, 5, [0, 0, 0, 0, 1])

    _, admin = user_headers(api, role="admin")
    assert api.delete(f"{API}/reviews/{other_review.id}", headers=admin).status_code == 204
    assert course_figures(course.id) == (0, 0, [0, 0, 0, 0, 0])
    # after deleting, the student may write a new review
    assert api.post(f"{API}/courses/{course.id}/reviews", json={"rating": 4, "comment": "Again"},
                    headers=headers).status_code == 201


# ---- instructor replies ---------------------------------------------------------------------


def test_instructor_replies_once_and_edits_the_reply(api):
    instructor = make_user(role="instructor")
    course = make_published_course(owner=instructor)
    student = enrolled_student(course.id)
    review = write_review(course.id, student.id, 4)
    teacher = login(api, instructor.email)
    path = f"{API}/reviews/{review.id}/reply"

    first = api.post(path, json={"body": "Thank you!"}, headers=teacher)
    assert first.status_code == 201, first.text
    reply = first.json()["reply"]
    assert reply["body"] == "Thank you!"
    assert reply["instructor"] == {"id": instructor.id, "full_name": instructor.full_name}
    second = api.post(path, json={"body": "Thank you, updated."}, headers=teacher)
    assert second.status_code == 200 and second.json()["reply"]["body"] == "Thank you, updated."
    listing = api.get(f"{API}/courses/{course.id}/reviews").json()
    assert listing["items"][0]["reply"]["body"] == "Thank you, updated."
    assert events("reviews.reply_created") == [
        {"review_id": review.id, "author_id": student.id, "instructor_id": instructor.id,
         "course_id": course.id}
    ]
    assert_error(api.post(path, json={"body": ""}, headers=teacher), 422)
    assert_error(api.post(path, json={"body": "z" * 20_480}, headers=teacher), 422)

    assert api.delete(path, headers=teacher).status_code == 204
    assert api.get(f"{API}/reviews/{review.id}").json()["reply"] is None
    assert_error(api.delete(path, headers=teacher), 404)


@pytest.mark.parametrize("who", ["other_instructor", "author", "student", "admin"])
def test_reply_by_anyone_but_the_course_instructor_is_403(api, course, who):
    author = enrolled_student(course.id)
    review = write_review(course.id, author.id, 3)
    user = author if who == "author" else make_user(
        role={"other_instructor": "instructor", "student": "student", "admin": "admin"}[who]
    )
    response = api.post(f"{API}/reviews/{review.id}/reply", json={"body": "Not mine to answer"},
                        headers=login(api, user.email))
    assert_error(response, 403, "not_instructor")


# ---- helpful votes and reports ----------------------------------------------------------------


def test_helpful_once_and_not_on_own_review(api, course):
    author, author_headers = student_with_headers(api, course.id)
    review = write_review(course.id, author.id, 5)
    _, reader = user_headers(api)
    path = f"{API}/reviews/{review.id}/helpful"

    response = api.post(path, headers=reader)
    assert response.status_code == 200, response.text
    assert response.json()["helpful_count"] == 1 and response.json()["voted_helpful"] is True
    assert_error(api.post(path, headers=reader), 409, "already_voted")
    assert_error(api.post(path, headers=author_headers), 409, "own_review")
    listing = api.get(f"{API}/courses/{course.id}/reviews", headers=reader).json()
    assert listing["items"][0]["helpful_count"] == 1 and listing["items"][0]["voted_helpful"]
    undone = api.delete(path, headers=reader)
    assert undone.status_code == 200 and undone.json()["helpful_count"] == 0
    assert api.post(path, headers=reader).json()["helpful_count"] == 1


def test_report_hide_and_restore(api, course):
    author, author_headers = student_with_headers(api, course.id)
    review = write_review(course.id, author.id, 1, "You are all idiots")
    other = enrolled_student(course.id)
    write_review(course.id, other.id, 5)
    _, reporter = user_headers(api)
    _, admin = user_headers(api, role="admin")
    report = f"{API}/reviews/{review.id}/report"

    assert_error(api.post(report, json={"reason": ""}, headers=reporter), 422)
    assert api.post(report, json={"reason": "Insults other students"}, headers=reporter) \
        .status_code == 202
    assert_error(api.post(report, json={"reason": "Again"}, headers=reporter), 409,
                 "already_reported")
    assert_error(api.post(report, json={"reason": "Mine"}, headers=author_headers), 409)

    assert_error(api.get(f"{API}/admin/reviews/reported", headers=reporter), 403)
    queue = api.get(f"{API}/admin/reviews/reported", headers=admin).json()
    assert queue["total"] == 1
    item = queue["items"][0]
    assert item["review"]["id"] == review.id and item["open_report_count"] == 1
    assert item["reports"][0]["reason"] == "Insults other students"
    assert item["course"]["id"] == course.id

    hide = f"{API}/admin/reviews/{review.id}/hide"
    assert_error(api.post(hide, json={"reason": "Abusive"}, headers=reporter), 403)
    assert_error(api.post(hide, json={}, headers=admin), 422)
    hidden = api.post(hide, json={"reason": "Insults break our rules"}, headers=admin)
    assert hidden.status_code == 200 and hidden.json()["is_hidden"] is True
    assert course_figures(course.id) == (1, 5, [0, 0, 0, 0, 1])
    assert api.get(f"{API}/courses/{course.id}/reviews").json()["total"] == 1
    assert_error(api.get(f"{API}/reviews/{review.id}"), 404)
    assert_error(api.post(f"{API}/reviews/{review.id}/helpful", headers=reporter), 404)
    mine = api.get(f"{API}/courses/{course.id}/reviews/mine", headers=author_headers).json()
    assert mine["is_hidden"] is True and mine["hidden_reason"] == "Insults break our rules"
    assert api.get(f"{API}/admin/reviews/reported", headers=admin).json()["total"] == 0
    assert api.get(f"{API}/admin/reviews/reported?status=hidden", headers=admin) \
        .json()["total"] == 1
    # editing a hidden review changes no figures
    api.patch(f"{API}/reviews/{review.id}", json={"rating": 2}, headers=author_headers)
    assert course_figures(course.id) == (1, 5, [0, 0, 0, 0, 1])

    restored = api.post(f"{API}/admin/reviews/{review.id}/restore", headers=admin)
    assert restored.status_code == 200 and restored.json()["is_hidden"] is False
    assert restored.json()["hidden_reason"] is None
    assert course_figures(course.id) == (2, 7, [0, 1, 0, 0, 1])
    assert course_figures(course.id) == figures_from_reviews(course.id)
    assert_error(api.post(f"{API}/admin/reviews/424242/restore", headers=admin), 404)
    assert len(events("reviews.review_hidden")) == 1


def test_hidden_review_deleted_by_author_leaves_figures_alone(api, course):
    author, headers = student_with_headers(api, course.id)
    review = write_review(course.id, author.id, 2)
    _, admin = user_headers(api, role="admin")
    api.post(f"{API}/admin/reviews/{review.id}/hide", json={"reason": "Off topic"}, headers=admin)
    assert course_figures(course.id) == (0, 0, [0, 0, 0, 0, 0])
    assert api.delete(f"{API}/reviews/{review.id}", headers=headers).status_code == 204
    assert course_figures(course.id) == (0, 0, [0, 0, 0, 0, 0])


# ---- listing -------------------------------------------------------------------------------


def test_sort_filter_and_pages(api, course):
    ratings = [5, 1, 3, 5]
    reviews = []
    for rating in ratings:
        student = enrolled_student(course.id)
        reviews.append(write_review(course.id, student.id, rating, f"{rating} stars"))
    _, reader = user_headers(api)
    api.post(f"{API}/reviews/{reviews[2].id}/helpful", headers=reader)
    base = f"{API}/courses/{course.id}/reviews"

    def ids(query: str) -> list[int]:
        response = api.get(f"{base}?{query}")
        assert response.status_code == 200, response.text
        return [item["id"] for item in response.json()["items"]]

    assert ids("sort=newest") == [r.id for r in reversed(reviews)]
    assert [api.get(f"{base}?sort=highest").json()["items"][i]["rating"] for i in range(4)] == \
        [5, 5, 3, 1]
    assert ids("sort=lowest")[0] == reviews[1].id
    assert ids("sort=helpful")[0] == reviews[2].id
    assert set(ids("rating=5")) == {reviews[0].id, reviews[3].id}
    assert ids("rating=2") == []
    first = api.get(f"{base}?page=1&page_size=3").json()
    second = api.get(f"{base}?page=2&page_size=3").json()
    assert first["total"] == second["total"] == 4
    assert len(first["items"]) == 3 and len(second["items"]) == 1
    for query in ("rating=0", "rating=6", "rating=x", "sort=random", "page=0", "page_size=101"):
        assert_error(api.get(f"{base}?{query}"), 422)


def test_reviews_of_a_draft_are_hidden_from_the_public(api):
    draft = make_course()
    assert_error(api.get(f"{API}/courses/{draft.id}/reviews"), 404)
    owner_headers = login(api, make_user_email(draft.owner_id))
    assert api.get(f"{API}/courses/{draft.id}/reviews", headers=owner_headers).status_code == 200


def make_user_email(user_id: int) -> str:
    from udemy_clone.auth import service as auth_service

    with db.read_session() as session:
        return auth_service.get_user(session=session, user_id=user_id).email


def test_openapi_lists_the_review_endpoints(sqlite_api):
    paths = sqlite_api.get(f"{API}/openapi.json").json()["paths"]
    for path in ["/api/v1/courses/{course_id}/reviews", "/api/v1/reviews/{review_id}",
                 "/api/v1/reviews/{review_id}/reply", "/api/v1/reviews/{review_id}/helpful",
                 "/api/v1/reviews/{review_id}/report", "/api/v1/admin/reviews/reported",
                 "/api/v1/admin/reviews/{review_id}/hide",
                 "/api/v1/admin/reviews/{review_id}/restore",
                 "/api/v1/courses/{course_id}/rating-summary"]:
        assert path in paths


def test_search_in_reviews_matches_every_word_case_insensitively(api, course):
    for rating, comment in (
        (5, "The Pandas chapters are superb."),
        (3, "Too fast for beginners; pandas needs more time."),
        (4, "Loved the projects."),
        (2, "100% of the quizzes had typos_here."),
    ):
        student = enrolled_student(course.id)
        write_review(course.id, student.id, rating=rating, comment=comment)

    def found(**params) -> list[str]:
        answer = api.get(f"{API}/courses/{course.id}/reviews", params=params)
        assert answer.status_code == 200, answer.text
        return sorted(item["comment"] for item in answer.json()["items"])

    assert len(found(q="PANDAS")) == 2
    assert found(q="pandas beginners") == ["Too fast for beginners; pandas needs more time."]
    assert found(q="pandas", rating=5) == ["The Pandas chapters are superb."]
    assert found(q="  ") == found()
    # LIKE's wildcards are plain characters in a search
    assert found(q="100%") == ["100% of the quizzes had typos_here."]
    assert found(q="s_h") == ["100% of the quizzes had typos_here."]
    assert found(q="%") == ["100% of the quizzes had typos_here."]
    assert found(q="nothing-like-this") == []
    too_long = api.get(f"{API}/courses/{course.id}/reviews", params={"q": "x" * 101})
    assert too_long.status_code == 422
