"""Courses through the REST API: create, edit, visibility, slugs, lists (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest

from tests.integration.catalog.helpers import course_body
from tests.support.factories import (
    login,
    make_category,
    make_course,
    make_published_course,
    make_user,
    user_headers,
)
from tests.support.http import API, assert_error


@pytest.fixture
def instructor(api):
    return user_headers(api, role="instructor")


def test_instructor_creates_a_draft_course(api, instructor):
    user, headers = instructor
    category = make_category(name="Development")
    response = api.post(f"{API}/courses", json=course_body(category.id), headers=headers)
    assert response.status_code == 201, response.text
    course = response.json()
    assert course["status"] == "draft"
    assert course["slug"] == "practical-python-testing"
    assert course["instructor"] == {"id": user.id, "full_name": user.full_name}
    assert course["tags"] == ["Python", "Testing"]
    assert course["category"]["slug"] == "development"
    assert course["rating"]["distribution"] == {"1": 0, "2": 0, "3": 0, "4": 0, "5": 0}
    assert course["price_cents"] == 1999 and course["currency"] == "USD"


def test_same_title_gets_a_numbered_slug(api, instructor):
    _, headers = instructor
    category = make_category()
    slugs = [
        api.post(f"{API}/courses", json=course_body(category.id), headers=headers).json()["slug"]
        for _ in range(3)
    ]
    assert slugs == [
        "practical-python-testing",
        "practical-python-testing-2",
        "practical-python-testing-3",
    ]


def test_create_needs_sign_in_and_the_instructor_role(api):
    category = make_category()
    assert_error(api.post(f"{API}/courses", json=course_body(category.id)), 401)
    _, student = user_headers(api, role="student")
    assert_error(api.post(f"{API}/courses", json=course_body(category.id), headers=student), 403)


@pytest.mark.parametrize(
    "overrides",
    [
        {"price_cents": -1},
        {"price_cents": 1.5},
        {"currency": "XYZ"},
        {"level": "expert"},
        {"language": "klingon"},
        {"title": ""},
        {"title": "x" * 121},
        {"category_id": 999999},
        {"category_id": 99999999999999},
        {"tags": ["x" * 41]},
        {"tags": [f"t{n}" for n in range(11)]},
        {"status": "published"},
        {"owner_id": 1},
    ],
)
def test_create_refuses_bad_input(api, instructor, overrides):
    _, headers = instructor
    category = make_category()
    body = course_body(category.id)
    body.update(overrides)
    response = api.post(f"{API}/courses", json=body, headers=headers)
    error = assert_error(response, 422, "validation_error")
    assert error["fields"]


def test_owner_edits_and_slug_stays_until_asked(api, instructor):
    _, headers = instructor
    course = api.post(
        f"{API}/courses", json=course_body(make_category().id), headers=headers
    ).json()
    response = api.patch(
        f"{API}/courses/{course['id']}",
        json={"title": "Python Testing in Depth", "price_cents": 0, "tags": ["pytest"]},
        headers=headers,
    )
    assert response.status_code == 200, response.text
    edited = response.json()
    assert edited["title"] == "Python Testing in Depth"
    assert edited["slug"] == course["slug"]
    assert edited["price_cents"] == 0 and edited["tags"] == ["pytest"]
    renamed = api.patch(
        f"{API}/courses/{course['id']}", json={"regenerate_slug": True}, headers=headers
    ).json()
    assert renamed["slug"] == "python-testing-in-depth"


def test_published_course_keeps_its_address(api):
    owner = make_user(role="instructor")
    headers = login(api, owner.email)
    course = make_published_course(owner=owner, title="Kubernetes for Humans")
    url = f"{API}/courses/{course.id}"
    error = assert_error(
        api.patch(
            url, json={"title": "Kubernetes in Practice", "regenerate_slug": True}, headers=headers
        ),
        409,
        "slug_locked",
    )
    assert "address" in error["message"]
    # refused as a whole: neither the title nor the address changed
    unchanged = api.get(url).json()
    assert (unchanged["title"], unchanged["slug"]) == ("Kubernetes for Humans", course.slug)
    # a title change alone keeps the address, and the old link still works
    edited = api.patch(url, json={"title": "Kubernetes in Practice"}, headers=headers)
    assert edited.status_code == 200, edited.text
    assert edited.json()["slug"] == course.slug
    assert api.get(f"{API}/courses/{course.slug}").json()["title"] == "Kubernetes in Practice"
    # unpublishing does not free the address either (links were shared while it was live)
    assert api.post(f"{url}/unpublish", headers=headers).status_code == 200
    _, admin = user_headers(api, role="admin")
    assert_error(api.patch(url, json={"regenerate_slug": True}, headers=admin), 409, "slug_locked")
    view = api.get(f"{url}/editor", headers=headers).json()
    assert view["slug_locked"] is True


def test_editor_view_says_a_draft_follows_its_title(api, instructor):
    _, headers = instructor
    course = api.post(
        f"{API}/courses", json=course_body(make_category().id), headers=headers
    ).json()
    view = api.get(f"{API}/courses/{course['id']}/editor", headers=headers).json()
    assert view["slug_locked"] is False


def test_only_owner_or_admin_edit(api):
    course = make_course()
    patch = {"title": "Taken Over"}
    assert_error(api.patch(f"{API}/courses/{course.id}", json=patch), 401)
    _, other = user_headers(api, role="instructor")
    assert_error(api.patch(f"{API}/courses/{course.id}", json=patch, headers=other), 403)
    _, admin = user_headers(api, role="admin")
    assert api.patch(f"{API}/courses/{course.id}", json=patch, headers=admin).status_code == 200
    assert_error(api.patch(f"{API}/courses/999999", json=patch, headers=admin), 404)
    assert_error(
        api.patch(f"{API}/courses/{course.id}", json={"price_cents": -5}, headers=admin), 422
    )


def test_drafts_are_visible_only_to_owner_and_admins(api):
    owner = make_user(role="instructor")
    course = make_course(owner=owner)
    for key in (course.id, course.slug):
        assert_error(api.get(f"{API}/courses/{key}"), 404, "course_not_found")
    _, stranger = user_headers(api, role="student")
    assert_error(api.get(f"{API}/courses/{course.slug}", headers=stranger), 404)
    assert (
        api.get(f"{API}/courses/{course.slug}", headers=login(api, owner.email)).status_code == 200
    )
    _, admin = user_headers(api, role="admin")
    assert api.get(f"{API}/courses/{course.id}", headers=admin).json()["status"] == "draft"


def test_published_course_detail_by_id_and_slug(api):
    course = make_published_course(sections=2, lectures_per_section=2, lecture_seconds=120)
    by_id = api.get(f"{API}/courses/{course.id}").json()
    by_slug = api.get(f"{API}/courses/{course.slug}").json()
    assert by_id == by_slug
    assert by_id["duration_seconds"] == 4 * 120
    assert [len(s["lectures"]) for s in by_id["sections"]] == [2, 2]
    lecture = by_id["sections"][0]["lectures"][0]
    assert set(lecture) >= {"id", "title", "duration_seconds", "is_preview"}
    assert by_id["rating"] == {
        "average": 0.0,
        "count": 0,
        "distribution": {"1": 0, "2": 0, "3": 0, "4": 0, "5": 0},
    }
    assert_error(api.get(f"{API}/courses/no-such-course"), 404)
    assert_error(api.get(f"{API}/courses/99999999999999999999"), 404)


def test_instructor_lists_own_courses_in_every_status(api):
    owner = make_user(role="instructor")
    draft = make_course(owner=owner)
    published = make_published_course(owner=owner)
    make_course()  # someone else's
    headers = login(api, owner.email)
    page = api.get(f"{API}/instructor/courses", headers=headers).json()
    assert page["total"] == 2
    assert {c["id"]: c["status"] for c in page["items"]} == {
        draft.id: "draft",
        published.id: "published",
    }
    only = api.get(f"{API}/instructor/courses?status=published", headers=headers).json()
    assert [c["id"] for c in only["items"]] == [published.id]
    assert_error(api.get(f"{API}/instructor/courses"), 401)
    _, student = user_headers(api, role="student")
    assert_error(api.get(f"{API}/instructor/courses", headers=student), 403)
    assert_error(api.get(f"{API}/instructor/courses?status=gone", headers=headers), 422)


def test_delete_course_rules(api):
    owner = make_user(role="instructor")
    headers = login(api, owner.email)
    draft = make_course(owner=owner)
    published = make_published_course(owner=owner)
    _, other = user_headers(api, role="instructor")
    assert_error(api.delete(f"{API}/courses/{draft.id}", headers=other), 403)
    assert_error(api.delete(f"{API}/courses/{published.id}", headers=headers), 409)
    assert api.delete(f"{API}/courses/{draft.id}", headers=headers).status_code == 204
    assert_error(api.get(f"{API}/courses/{draft.id}", headers=headers), 404)
    assert_error(api.delete(f"{API}/courses/{draft.id}", headers=headers), 404)


def test_editor_view_explains_what_blocks_submission(api):
    owner = make_user(role="instructor")
    course = make_course(owner=owner, ready_videos=False)
    view = api.get(f"{API}/courses/{course.id}/editor", headers=login(api, owner.email)).json()
    assert view["can_submit"] is False
    assert "video" in view["submit_blocker"]
    assert view["curriculum"][0]["lectures"][0]["video_ready"] is False
    _, other = user_headers(api, role="instructor")
    assert_error(api.get(f"{API}/courses/{course.id}/editor", headers=other), 403)
