"""Ticking lectures complete by hand: progress follows, 100 % issues the certificate, refusals."""

from __future__ import annotations

import pytest

from tests.support.factories import (
    enroll,
    login,
    make_published_course,
    make_user,
    user_headers,
)
from tests.support.http import API, assert_error
from tests.support.media_factories import first_lecture_ids

pytestmark = pytest.mark.timeout(120)


def _course(lectures: int = 2, **kwargs):
    owner = make_user(role="instructor")
    course = make_published_course(owner=owner, lectures_per_section=lectures, **kwargs)
    return owner, course, first_lecture_ids(int(course.id))


def _enrolled(api, course):
    student, headers = user_headers(api)
    enroll(user=student, course_id=int(course.id))
    return student, headers


def _tick(api, headers, course_id, lecture_id, body):
    return api.put(
        f"{API}/me/courses/{course_id}/lectures/{lecture_id}/completion",
        json=body,
        headers=headers,
    )


def _progress(api, headers, course_id):
    response = api.get(f"{API}/me/courses/{course_id}/progress", headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


def test_ticking_every_lecture_completes_the_course_and_issues_the_certificate(api):
    _, course, (first, second) = _course()
    _, headers = _enrolled(api, course)
    cid = int(course.id)

    response = _tick(api, headers, cid, first, {"completed": True})
    assert response.status_code == 200, response.text
    assert response.json()["completed_lectures"] == [first]
    assert response.json()["percent"] == 50
    assert _progress(api, headers, cid)["percent"] == 50
    assert api.get(f"{API}/me/certificates", headers=headers).json() == []

    # ticking twice changes nothing
    again = _tick(api, headers, cid, first, {"completed": True})
    assert again.status_code == 200 and again.json()["percent"] == 50

    done = _tick(api, headers, cid, second, {"completed": True})
    assert done.status_code == 200, done.text
    assert done.json()["percent"] == 100
    assert sorted(done.json()["completed_lectures"]) == sorted([first, second])
    certificates = api.get(f"{API}/me/certificates", headers=headers).json()
    assert [c["course_id"] for c in certificates] == [cid]
    assert certificates[0]["status"] == "valid"

    # unticking lowers the progress; the certificate already issued stays valid
    undone = _tick(api, headers, cid, second, {"completed": False})
    assert undone.status_code == 200, undone.text
    assert undone.json()["completed_lectures"] == [first]
    assert undone.json()["percent"] == 50
    assert _progress(api, headers, cid)["completed_lectures"] == [first]
    assert len(api.get(f"{API}/me/certificates", headers=headers).json()) == 1

    # and ticking again reaches 100 % without a second certificate
    assert _tick(api, headers, cid, second, {"completed": True}).json()["percent"] == 100
    assert len(api.get(f"{API}/me/certificates", headers=headers).json()) == 1


def test_a_learner_who_is_not_enrolled_cannot_tick(api):
    _, course, (first, _) = _course()
    _, headers = user_headers(api)
    assert_error(
        _tick(api, headers, int(course.id), first, {"completed": True}), 403, "not_enrolled"
    )
    assert _progress(api, headers, int(course.id))["completed_lectures"] == []


def test_the_instructor_cannot_tick_their_own_course(api):
    owner, course, (first, _) = _course()
    headers = login(api, owner.email)
    assert_error(_tick(api, headers, int(course.id), first, {"completed": True}), 403)


def test_a_lecture_of_another_course_or_unknown_is_not_found(api):
    _, course, (first, _) = _course()
    _, _other, (foreign, _) = _course()
    _, headers = _enrolled(api, course)
    cid = int(course.id)
    assert_error(_tick(api, headers, cid, foreign, {"completed": True}), 404, "lecture_not_found")
    assert_error(
        _tick(api, headers, cid, 2_000_000_000, {"completed": True}), 404, "lecture_not_found"
    )
    assert _progress(api, headers, cid)["completed_lectures"] == []


def test_a_lecture_without_a_video_cannot_be_ticked(api):
    owner, course, _ = _course()
    cid = int(course.id)
    section_id = api.get(f"{API}/courses/{cid}").json()["sections"][0]["id"]
    added = api.post(
        f"{API}/sections/{section_id}/lectures",
        json={"title": "Coming soon"},
        headers=login(api, owner.email),
    )
    assert added.status_code == 201, added.text
    _, headers = _enrolled(api, course)
    refused = _tick(api, headers, cid, added.json()["id"], {"completed": True})
    assert_error(refused, 409, "video_not_ready")
    assert _progress(api, headers, cid)["completed_lectures"] == []


@pytest.mark.parametrize(
    "body",
    [{}, {"completed": "yes"}, {"completed": 1}, {"completed": None}, {"completed": True, "x": 1}],
)
def test_bad_bodies_are_refused_with_422_and_nothing_is_stored(api, body):
    _, course, (first, _) = _course()
    _, headers = _enrolled(api, course)
    error = assert_error(_tick(api, headers, int(course.id), first, body), 422, "validation_error")
    assert error["message"]
    assert _progress(api, headers, int(course.id))["completed_lectures"] == []


def test_bad_ids_and_missing_sign_in(api):
    _, course, (first, _) = _course()
    _, headers = _enrolled(api, course)
    cid = int(course.id)
    assert_error(
        api.put(
            f"{API}/me/courses/{cid}/lectures/abc/completion",
            json={"completed": True},
            headers=headers,
        ),
        422,
    )
    assert_error(
        api.put(
            f"{API}/me/courses/0/lectures/{first}/completion",
            json={"completed": True},
            headers=headers,
        ),
        422,
    )
    assert_error(
        api.put(f"{API}/me/courses/{cid}/lectures/{first}/completion", json={"completed": True}),
        401,
    )


def test_the_route_is_in_openapi(api):
    schema = api.get(f"{API}/openapi.json").json()
    operation = schema["paths"]["/api/v1/me/courses/{course_id}/lectures/{lecture_id}/completion"]
    assert "put" in operation
