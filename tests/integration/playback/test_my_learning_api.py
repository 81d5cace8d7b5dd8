"""My learning over REST: continue where you left off, filters, sort, archive, lists."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tests.support.factories import (
    enroll,
    login,
    make_published_course,
    make_user,
    user_headers,
)
from tests.support.media_factories import first_lecture_ids, make_ready_video
from udemy_clone.core import db as core_db
from udemy_clone.core.errors import NotFound
from udemy_clone.playback import service as playback_service

pytestmark = pytest.mark.timeout(120)


def _playable_course(title: str, *, lectures: int = 2):
    owner = make_user(role="instructor")
    course = make_published_course(owner=owner, title=title, lectures_per_section=lectures)
    ids = first_lecture_ids(int(course.id))
    for lecture_id in ids:
        make_ready_video(lecture_id=lecture_id, owner_id=int(owner.id), duration_seconds=20.0)
    return course, ids


def _watch(user_id: int, lecture_id: int, seconds: float, at: datetime) -> None:
    with core_db.clock_at(at), core_db.transaction() as session:
        playback_service.record_heartbeat(
            session=session,
            user_id=user_id,
            lecture_id=lecture_id,
            position_seconds=seconds,
            watched_seconds=seconds,
        )


@pytest.fixture
def library(api):
    """A student with three courses: one finished, one half-way, one not started."""
    student = make_user()
    headers = login(api, student.email)
    done, done_lectures = _playable_course("Alpha Finished")
    half, half_lectures = _playable_course("Beta Halfway")
    fresh, _ = _playable_course("Gamma Fresh")
    for course in (done, half, fresh):
        enroll(user=student, course_id=int(course.id))
    now = datetime.now(UTC)
    for lecture_id in done_lectures:
        _watch(int(student.id), lecture_id, 20.0, now - timedelta(days=3))
    _watch(int(student.id), half_lectures[0], 20.0, now - timedelta(days=1, hours=1))
    _watch(int(student.id), half_lectures[1], 6.0, now - timedelta(days=1))
    return student, headers, {"done": done, "half": half, "fresh": fresh}, half_lectures


def _titles(response) -> list[str]:
    assert response.status_code == 200, response.text
    return [c["title"] for c in response.json()["courses"]]


def test_continue_where_you_left_off_names_the_lecture(api, db, library) -> None:
    _student, headers, courses, half_lectures = library
    body = api.get("/api/v1/me/learning", headers=headers).json()
    resume = body["resume"]
    assert resume["course_id"] == courses["half"].id
    assert resume["lecture_id"] == half_lectures[1]
    assert resume["lecture_title"]  # the lecture's own name, not just the course's
    assert resume["position_seconds"] == pytest.approx(6.0)
    by_title = {c["title"]: c for c in body["courses"]}
    assert by_title["Gamma Fresh"]["started"] is False
    assert by_title["Beta Halfway"]["started"] is True
    assert by_title["Alpha Finished"]["progress_percent"] == 100
    assert body["total_enrolled"] == 3


def test_filters_and_sorts(api, db, library) -> None:
    _student, headers, _courses, _ = library
    url = "/api/v1/me/learning"
    assert _titles(api.get(url, headers=headers)) == [
        "Gamma Fresh",  # enrolled just now, never opened: its enrolment is the latest access
        "Beta Halfway",
        "Alpha Finished",
    ]
    assert _titles(api.get(url, params={"sort": "title"}, headers=headers)) == [
        "Alpha Finished",
        "Beta Halfway",
        "Gamma Fresh",
    ]
    assert _titles(api.get(url, params={"sort": "progress"}, headers=headers))[0] == (
        "Alpha Finished"
    )
    assert _titles(api.get(url, params={"filter": "in_progress"}, headers=headers)) == [
        "Beta Halfway"
    ]
    assert _titles(api.get(url, params={"filter": "not_started"}, headers=headers)) == [
        "Gamma Fresh"
    ]
    assert _titles(api.get(url, params={"filter": "completed"}, headers=headers)) == [
        "Alpha Finished"
    ]
    assert _titles(api.get(url, params={"q": "beta"}, headers=headers)) == ["Beta Halfway"]


def test_archive_and_unarchive(api, db, library) -> None:
    _student, headers, courses, _ = library
    half = courses["half"].id
    assert api.post(f"/api/v1/me/learning/{half}/archive", headers=headers).status_code == 204
    # twice is once
    assert api.post(f"/api/v1/me/learning/{half}/archive", headers=headers).status_code == 204
    body = api.get("/api/v1/me/learning", headers=headers).json()
    assert "Beta Halfway" not in [c["title"] for c in body["courses"]]
    assert body["archived_count"] == 1
    assert body["resume"] is None  # an archived course is not offered to continue
    archived = api.get("/api/v1/me/learning", params={"filter": "archived"}, headers=headers)
    assert _titles(archived) == ["Beta Halfway"]
    assert api.delete(f"/api/v1/me/learning/{half}/archive", headers=headers).status_code == 204
    assert "Beta Halfway" in _titles(api.get("/api/v1/me/learning", headers=headers))


def test_lists_create_add_remove_rename_delete(api, db, library) -> None:
    _student, headers, courses, _ = library
    created = api.post("/api/v1/me/lists", json={"name": "  Weekend   projects "}, headers=headers)
    assert created.status_code == 201, created.text
    list_id = created.json()["id"]
    assert created.json()["name"] == "Weekend projects"
    added = api.post(
        f"/api/v1/me/lists/{list_id}/courses",
        json={"course_id": courses["fresh"].id},
        headers=headers,
    )
    assert added.status_code == 200 and added.json()["course_ids"] == [courses["fresh"].id]
    shown = api.get("/api/v1/me/learning", params={"list_id": list_id}, headers=headers)
    assert _titles(shown) == ["Gamma Fresh"]
    renamed = api.patch(f"/api/v1/me/lists/{list_id}", json={"name": "Later"}, headers=headers)
    assert renamed.status_code == 200 and renamed.json()["name"] == "Later"
    removed = api.delete(
        f"/api/v1/me/lists/{list_id}/courses/{courses['fresh'].id}", headers=headers
    )
    assert removed.status_code == 200 and removed.json()["course_ids"] == []
    assert api.delete(f"/api/v1/me/lists/{list_id}", headers=headers).status_code == 204
    assert api.get("/api/v1/me/lists", headers=headers).json() == []
    # the course is still the student's
    assert "Gamma Fresh" in _titles(api.get("/api/v1/me/learning", headers=headers))


def test_bad_input_is_refused_and_nothing_is_stored(api, db, library) -> None:
    _student, headers, courses, _ = library
    assert api.get("/api/v1/me/learning").status_code == 401
    for params in ({"filter": "everything"}, {"sort": "price"}, {"list_id": 0}):
        response = api.get("/api/v1/me/learning", params=params, headers=headers)
        assert response.status_code == 422, params
        assert response.json()["error"]["code"] == "validation_error"
    for body in ({}, {"name": ""}, {"name": "x" * 61}, {"name": "a\nb"}, {"name": "ok", "x": 1}):
        assert api.post("/api/v1/me/lists", json=body, headers=headers).status_code == 422, body
    assert api.get("/api/v1/me/lists", headers=headers).json() == []
    first = api.post("/api/v1/me/lists", json={"name": "Later"}, headers=headers).json()
    duplicate = api.post("/api/v1/me/lists", json={"name": "later"}, headers=headers)
    assert duplicate.status_code == 409
    # a course the student does not own cannot be listed or archived
    other, _ = _playable_course("Not Mine")
    not_mine = api.post(
        f"/api/v1/me/lists/{first['id']}/courses", json={"course_id": other.id}, headers=headers
    )
    assert not_mine.status_code == 404
    assert api.post(f"/api/v1/me/learning/{other.id}/archive", headers=headers).status_code == 404
    assert api.post("/api/v1/me/learning/0/archive", headers=headers).status_code == 422
    # creating a list with a course that is not yours stores no list either
    with pytest.raises(NotFound), core_db.transaction() as session:
        playback_service.create_list(
            session=session, user_id=int(_student.id), name="Ghost", course_id=int(other.id)
        )
    names = [row["name"] for row in api.get("/api/v1/me/lists", headers=headers).json()]
    assert names == ["Later"]
    assert courses  # fixture used


def test_someone_elses_list_looks_missing(api, db, library) -> None:
    _student, headers, courses, _ = library
    own = api.post("/api/v1/me/lists", json={"name": "Mine"}, headers=headers).json()
    _intruder, intruder_headers = user_headers(api)
    for method, path, kwargs in (
        ("get", "/api/v1/me/learning", {"params": {"list_id": own["id"]}}),
        ("patch", f"/api/v1/me/lists/{own['id']}", {"json": {"name": "Taken"}}),
        ("delete", f"/api/v1/me/lists/{own['id']}", {}),
        ("post", f"/api/v1/me/lists/{own['id']}/courses", {"json": {"course_id": 1}}),
    ):
        response = getattr(api, method)(path, headers=intruder_headers, **kwargs)
        assert response.status_code == 404, (method, path, response.text)
    assert api.get("/api/v1/me/lists", headers=headers).json()[0]["name"] == "Mine"
    assert courses
