"""Lecture notes over REST: owner-only, enrolled (or instructor) writers, Markdown export."""

from __future__ import annotations

import pytest

from tests.support.factories import enroll, login, make_published_course, make_user, user_headers
from tests.support.http import API, assert_error
from tests.support.media_factories import first_lecture_ids

pytestmark = pytest.mark.timeout(120)


def _course(lectures: int = 2):
    owner = make_user(role="instructor")
    course = make_published_course(owner=owner, lectures_per_section=lectures, lecture_seconds=300)
    return owner, course, first_lecture_ids(int(course.id))


def _enrolled(api, course):
    student, headers = user_headers(api)
    enroll(user=student, course_id=int(course.id))
    return student, headers


def _add(api, headers, course_id, lecture_id, position, body):
    return api.post(
        f"{API}/courses/{course_id}/notes",
        json={"lecture_id": lecture_id, "position_seconds": position, "body": body},
        headers=headers,
    )


def test_an_enrolled_student_writes_edits_filters_and_deletes_notes(api):
    _, course, (first, second) = _course()
    _, headers = _enrolled(api, course)
    cid = int(course.id)

    created = _add(api, headers, cid, second, 83.4, "  Ownership moves the value  ")
    assert created.status_code == 201, created.text
    note = created.json()
    assert note["body"] == "Ownership moves the value"  # trimmed
    assert note["lecture_title"] == "Lecture 1.2"
    assert _add(api, headers, cid, first, 12, "Intro: install rustup").status_code == 201
    assert _add(api, headers, cid, second, 5, "Borrowing\n- &T shared").status_code == 201

    whole = api.get(f"{API}/courses/{cid}/notes", headers=headers).json()
    # curriculum order, then time in the lecture
    assert [(n["lecture_id"], n["position_seconds"]) for n in whole] == [
        (first, 12),
        (second, 5),
        (second, 83.4),
    ]
    one = api.get(f"{API}/courses/{cid}/notes?lecture_id={second}", headers=headers).json()
    assert {n["lecture_id"] for n in one} == {second} and len(one) == 2

    edited = api.patch(
        f"{API}/notes/{note['id']}", json={"body": "Moves, unless Copy"}, headers=headers
    )
    assert edited.status_code == 200, edited.text
    assert edited.json()["body"] == "Moves, unless Copy"
    assert edited.json()["position_seconds"] == 83.4

    assert api.delete(f"{API}/notes/{note['id']}", headers=headers).status_code == 204
    assert len(api.get(f"{API}/courses/{cid}/notes", headers=headers).json()) == 2
    assert_error(api.delete(f"{API}/notes/{note['id']}", headers=headers), 404, "note_not_found")


def test_markdown_export_groups_notes_by_lecture(api):
    _, course, (first, second) = _course()
    _, headers = _enrolled(api, course)
    cid = int(course.id)
    _add(api, headers, cid, second, 3725, "Lifetimes *matter*")
    _add(api, headers, cid, first, 83, "Line one\nLine two")
    # the lectures are 300 s long: the note at 3725 s was refused
    response = api.get(f"{API}/courses/{cid}/notes.md", headers=headers)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/markdown")
    assert "attachment" in response.headers["content-disposition"]
    text = response.text
    assert text.startswith(f"# Notes: {course.title}\n")
    assert "## Lecture 1.1\n\n**1:23**\n\nLine one\nLine two\n" in text
    assert "Lifetimes" not in text


def test_only_the_owner_sees_and_changes_a_note(api):
    _, course, (first, _) = _course()
    _, mine = _enrolled(api, course)
    _, other = _enrolled(api, course)
    cid = int(course.id)
    note = _add(api, mine, cid, first, 10, "private thought").json()

    assert api.get(f"{API}/courses/{cid}/notes", headers=other).json() == []
    assert "private" not in api.get(f"{API}/courses/{cid}/notes.md", headers=other).text
    assert_error(api.patch(f"{API}/notes/{note['id']}", json={"body": "x"}, headers=other), 403)
    assert_error(api.delete(f"{API}/notes/{note['id']}", headers=other), 403)
    assert api.get(f"{API}/courses/{cid}/notes", headers=mine).json()[0]["body"] == (
        "private thought"
    )


def test_who_may_write_notes(api):
    owner, course, (first, _) = _course()
    cid = int(course.id)
    _, stranger = user_headers(api)
    assert_error(_add(api, stranger, cid, first, 1, "hi"), 403, "not_enrolled")
    assert _add(api, login(api, owner.email), cid, first, 1, "instructor's own").status_code == 201
    assert_error(_add(api, {}, cid, first, 1, "hi"), 401)
    assert_error(api.get(f"{API}/courses/{cid}/notes"), 401)


def test_bad_notes_get_a_clear_4xx_and_nothing_is_stored(api):
    _, course, (first, _) = _course()
    _, other_course, (foreign, _) = _course()
    _, headers = _enrolled(api, course)
    cid = int(course.id)
    cases = [
        ({"lecture_id": first, "position_seconds": 1, "body": "   "}, 422),
        ({"lecture_id": first, "position_seconds": 1, "body": ""}, 422),
        ({"lecture_id": first, "position_seconds": -1, "body": "x"}, 422),
        ({"lecture_id": first, "position_seconds": 301.6, "body": "past the end"}, 422),
        ({"lecture_id": first, "position_seconds": 1, "body": "x" * 5001}, 422),
        ({"lecture_id": first, "position_seconds": 1, "body": "bell\x07"}, 422),
        ({"lecture_id": foreign, "position_seconds": 1, "body": "other course"}, 422),
        ({"lecture_id": 999_999, "position_seconds": 1, "body": "x"}, 404),
        ({"lecture_id": first, "position_seconds": 1, "body": "x", "extra": 1}, 422),
        ({"position_seconds": 1, "body": "x"}, 422),
    ]
    for body, status in cases:
        response = api.post(f"{API}/courses/{cid}/notes", json=body, headers=headers)
        assert_error(response, status)
    assert api.get(f"{API}/courses/{cid}/notes", headers=headers).json() == []
    assert_error(_add(api, headers, 999_999, first, 1, "x"), 404)
    assert_error(api.get(f"{API}/courses/999999/notes", headers=headers), 404)
    assert_error(api.get(f"{API}/courses/{cid}/notes?lecture_id=0", headers=headers), 422)
    note = _add(api, headers, cid, first, 1, "keep me").json()
    assert_error(api.patch(f"{API}/notes/{note['id']}", json={"body": ""}, headers=headers), 422)
    assert_error(
        api.patch(f"{API}/notes/{note['id']}", json={"position_seconds": 9999}, headers=headers),
        422,
    )
    assert_error(api.patch(f"{API}/notes/0", json={"body": "x"}, headers=headers), 422)
    assert api.get(f"{API}/courses/{cid}/notes", headers=headers).json()[0]["body"] == "keep me"
