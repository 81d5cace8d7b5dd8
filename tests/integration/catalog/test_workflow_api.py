"""The review workflow through the API: submit, publish, reject, unpublish, and the index."""

from __future__ import annotations

from tests.support.factories import login, make_course, make_user, user_headers
from tests.support.http import API, assert_error


def search_ids(api, **params):
    response = api.get(f"{API}/courses", params=params)
    assert response.status_code == 200, response.text
    return [c["id"] for c in response.json()["items"]]


def test_submit_needs_a_ready_video(api):
    owner = make_user(role="instructor")
    headers = login(api, owner.email)
    course = make_course(owner=owner, ready_videos=False)
    error = assert_error(api.post(f"{API}/courses/{course.id}/submit", headers=headers), 409)
    assert "video" in error["message"]


def test_full_review_cycle_and_search_index(api, drain_outbox):
    owner = make_user(role="instructor")
    headers = login(api, owner.email)
    _, admin = user_headers(api, role="admin")
    course = make_course(owner=owner, title="Kubernetes Operators in Practice")

    _, other = user_headers(api, role="instructor")
    assert_error(api.post(f"{API}/courses/{course.id}/submit", headers=other), 403)
    assert_error(api.post(f"{API}/courses/{course.id}/submit"), 401)
    assert_error(api.post(f"{API}/courses/{course.id}/publish", headers=admin), 409)

    submitted = api.post(f"{API}/courses/{course.id}/submit", headers=headers)
    assert submitted.json()["status"] == "in_review"
    assert_error(api.post(f"{API}/courses/{course.id}/submit", headers=headers), 409)
    assert_error(api.post(f"{API}/courses/{course.id}/publish", headers=headers), 403)
    queue = api.get(f"{API}/admin/courses", headers=admin).json()
    assert [c["id"] for c in queue["items"]] == [course.id]

    reason = "The audio of lecture 2 is missing; please re-upload it."
    assert_error(api.post(f"{API}/courses/{course.id}/reject", json={}, headers=admin), 422)
    rejected = api.post(f"{API}/courses/{course.id}/reject", json={"reason": reason}, headers=admin)
    assert rejected.json()["status"] == "draft"
    mine = api.get(f"{API}/instructor/courses", headers=headers).json()["items"]
    assert mine[0]["rejection_reason"] == reason

    api.post(f"{API}/courses/{course.id}/submit", headers=headers)
    published = api.post(f"{API}/courses/{course.id}/publish", headers=admin).json()
    assert published["status"] == "published" and published["published_at"]
    assert published["rejection_reason"] is None
    drain_outbox()
    assert search_ids(api, q="kubernetes") == [course.id]
    assert api.get(f"{API}/courses/{course.slug}").status_code == 200

    # editing keeps it published and reindexes it
    api.patch(f"{API}/courses/{course.id}", json={"title": "Terraform Modules"}, headers=headers)
    drain_outbox()
    assert api.get(f"{API}/courses/{course.id}").json()["status"] == "published"
    assert search_ids(api, q="terraform") == [course.id]
    assert search_ids(api, q="kubernetes") == []

    unpublished = api.post(f"{API}/courses/{course.id}/unpublish", headers=headers)
    assert unpublished.json()["status"] == "draft"
    assert_error(api.post(f"{API}/courses/{course.id}/unpublish", headers=headers), 409)
    drain_outbox()
    assert search_ids(api, q="terraform") == []
    assert_error(api.get(f"{API}/courses/{course.id}"), 404)


def test_admin_course_lists_need_admin(api):
    _, instructor = user_headers(api, role="instructor")
    assert_error(api.get(f"{API}/admin/courses"), 401)
    assert_error(api.get(f"{API}/admin/courses", headers=instructor), 403)
    _, admin = user_headers(api, role="admin")
    assert api.get(f"{API}/admin/courses?status=all", headers=admin).status_code == 200
    assert_error(api.get(f"{API}/admin/courses?status=nope", headers=admin), 422)
    assert_error(api.post(f"{API}/courses/999999/publish", headers=admin), 404)
    assert_error(
        api.post(f"{API}/courses/999999/reject", json={"reason": "x" * 3000}, headers=admin), 422
    )
