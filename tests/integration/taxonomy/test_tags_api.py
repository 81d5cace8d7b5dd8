"""Tags through the REST API: prefix suggestions with counts, admin rename and merge."""

from __future__ import annotations

from tests.support.factories import make_course, make_published_course, user_headers
from tests.support.http import API, assert_error


def test_prefix_search_counts_published_courses(api):
    make_published_course(tags=["Python", "Pandas"])
    make_published_course(tags=["Python"])
    make_course(tags=["Pygame"])  # a draft: its tag exists but counts nothing
    tags = api.get(f"{API}/tags?q=py").json()
    assert [(t["name"], t["course_count"]) for t in tags] == [("Python", 2), ("Pygame", 0)]
    assert set(tags[0]) == {"id", "name", "slug", "course_count"}
    assert [t["name"] for t in api.get(f"{API}/tags?q=PAN").json()] == ["Pandas"]
    for q in ("%", "_", "'; drop table tags; --", "🐍", "x" * 200):
        assert api.get(f"{API}/tags", params={"q": q}).json() == []
    assert_error(api.get(f"{API}/tags", params={"q": "x" * 201}), 422)
    assert_error(api.get(f"{API}/tags", params={"limit": 0}), 422)


def test_admin_renames_a_tag(api):
    make_published_course(tags=["Javascript", "TypeScript"])
    tags = {t["slug"]: t for t in api.get(f"{API}/tags").json()}
    _, admin = user_headers(api, role="admin")
    url = f"{API}/tags/{tags['javascript']['id']}"
    renamed = api.patch(url, json={"name": "JavaScript"}, headers=admin)
    assert renamed.status_code == 200 and renamed.json()["name"] == "JavaScript"
    assert renamed.json()["course_count"] == 1
    assert_error(api.patch(url, json={"name": "typescript"}, headers=admin), 409, "tag_exists")
    assert_error(api.patch(url, json={"name": ""}, headers=admin), 422)
    assert_error(api.patch(url, json={"name": "!!!"}, headers=admin), 422)
    assert_error(api.patch(f"{API}/tags/999999", json={"name": "X"}, headers=admin), 404)
    _, instructor = user_headers(api, role="instructor")
    assert_error(api.patch(url, json={"name": "JS"}, headers=instructor), 403)
    assert_error(api.patch(url, json={"name": "JS"}), 401)


def test_admin_merges_duplicate_tags(api):
    both = make_published_course(tags=["ML", "Machine Learning"])
    only_short = make_published_course(tags=["ML"])
    tags = {t["slug"]: t for t in api.get(f"{API}/tags").json()}
    _, admin = user_headers(api, role="admin")
    url = f"{API}/tags/{tags['ml']['id']}/merge"
    merged = api.post(url, json={"into_tag_id": tags["machine-learning"]["id"]}, headers=admin)
    assert merged.status_code == 200, merged.text
    assert merged.json()["course_count"] == 2
    assert [t["slug"] for t in api.get(f"{API}/tags").json()] == ["machine-learning"]
    for course in (both, only_short):
        assert api.get(f"{API}/courses/{course.id}").json()["tags"] == ["Machine Learning"]
    gone = api.post(url, json={"into_tag_id": tags["machine-learning"]["id"]}, headers=admin)
    assert_error(gone, 404)
    target_url = f"{API}/tags/{tags['machine-learning']['id']}/merge"
    assert_error(
        api.post(target_url, json={"into_tag_id": tags["machine-learning"]["id"]}, headers=admin),
        422,
    )
    assert_error(api.post(target_url, json={"into_tag_id": 999999}, headers=admin), 422)
    assert_error(api.post(target_url, json={}, headers=admin), 422)
    _, instructor = user_headers(api, role="instructor")
    assert_error(api.post(target_url, json={"into_tag_id": 1}, headers=instructor), 403)
