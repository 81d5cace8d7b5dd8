"""Categories through the REST API: the tree with counts, admin create/rename/move/delete."""

from __future__ import annotations

import pytest

from tests.support.factories import make_category, make_course, make_published_course, user_headers
from tests.support.http import API, assert_error


@pytest.fixture
def admin(api):
    return user_headers(api, role="admin")[1]


def test_tree_counts_published_courses_including_sub_categories(api):
    development = make_category(name="Development")
    web = make_category(name="Web Development", parent_id=development.id)
    make_category(name="Data Science", parent_id=development.id)
    make_published_course(category_id=web.id)
    make_published_course(category_id=development.id)
    make_course(category_id=web.id)  # drafts do not count
    tree = api.get(f"{API}/categories").json()
    root = next(n for n in tree if n["id"] == development.id)
    assert root["course_count"] == 2 and root["parent_id"] is None
    children = {c["slug"]: c for c in root["children"]}
    assert children["web-development"]["course_count"] == 1
    assert children["data-science"]["course_count"] == 0
    assert set(root) >= {"id", "name", "slug", "parent_id", "children", "course_count"}


def test_admin_creates_nested_categories(api, admin):
    created = api.post(f"{API}/categories", json={"name": "  Business  "}, headers=admin)
    assert created.status_code == 201, created.text
    parent = created.json()
    assert parent["slug"] == "business" and parent["name"] == "Business"
    child = api.post(
        f"{API}/categories", json={"name": "Finance", "parent_id": parent["id"]}, headers=admin
    ).json()
    assert child["parent_id"] == parent["id"]
    duplicate = api.post(
        f"{API}/categories", json={"name": "finance", "parent_id": parent["id"]}, headers=admin
    )
    assert_error(duplicate, 409, "category_exists")
    # the same name under another parent is fine
    other = api.post(f"{API}/categories", json={"name": "Finance"}, headers=admin)
    assert other.status_code == 201
    tree = api.get(f"{API}/categories").json()
    business = next(n for n in tree if n["id"] == parent["id"])
    assert [c["name"] for c in business["children"]] == ["Finance"]


def test_create_needs_admin_and_valid_input(api, admin):
    assert_error(api.post(f"{API}/categories", json={"name": "X"}), 401)
    _, instructor = user_headers(api, role="instructor")
    assert_error(api.post(f"{API}/categories", json={"name": "X"}, headers=instructor), 403)
    for body in ({}, {"name": ""}, {"name": "x" * 81}, {"name": "X", "parent_id": 999999},
                 {"name": "X", "extra": 1}, {"name": "X", "parent_id": "abc"}):  # fmt: skip
        assert_error(api.post(f"{API}/categories", json=body, headers=admin), 422)


def test_rename_and_move_without_cycles(api, admin):
    a = make_category(name="A")
    b = make_category(name="B", parent_id=a.id)
    c = make_category(name="C", parent_id=b.id)
    renamed = api.patch(f"{API}/categories/{b.id}", json={"name": "Bee"}, headers=admin).json()
    assert renamed["slug"] == "bee" and renamed["parent_id"] == a.id
    for target in (b.id, c.id):
        response = api.patch(f"{API}/categories/{b.id}", json={"parent_id": target}, headers=admin)
        assert_error(response, 409, "category_cycle")
    moved = api.patch(f"{API}/categories/{c.id}", json={"parent_id": None}, headers=admin).json()
    assert moved["parent_id"] is None
    assert_error(api.patch(f"{API}/categories/999999", json={"name": "Z"}, headers=admin), 404)
    assert_error(api.patch(f"{API}/categories/{a.id}", json={"name": ""}, headers=admin), 422)
    _, student = user_headers(api, role="student")
    assert_error(api.patch(f"{API}/categories/{a.id}", json={"name": "Z"}, headers=student), 403)
    make_category(name="Taken")
    response = api.patch(f"{API}/categories/{c.id}", json={"name": "taken"}, headers=admin)
    assert_error(response, 409, "category_exists")


def test_delete_refused_while_it_or_a_descendant_has_courses(api, admin):
    root = make_category(name="Root")
    leaf = make_category(name="Leaf", parent_id=root.id)
    empty = make_category(name="Empty", parent_id=root.id)
    make_course(category_id=leaf.id)  # even a draft keeps its category
    assert_error(api.delete(f"{API}/categories/{root.id}", headers=admin), 409, "category_in_use")
    assert_error(api.delete(f"{API}/categories/{leaf.id}", headers=admin), 409)
    assert api.delete(f"{API}/categories/{empty.id}", headers=admin).status_code == 204
    assert_error(api.delete(f"{API}/categories/{empty.id}", headers=admin), 404)
    assert_error(api.delete(f"{API}/categories/{root.id}"), 401)


def test_delete_takes_empty_sub_categories_along(api, admin):
    root = make_category(name="Old")
    make_category(name="Older", parent_id=root.id)
    assert api.delete(f"{API}/categories/{root.id}", headers=admin).status_code == 204
    assert all(n["slug"] != "old" for n in api.get(f"{API}/categories").json())


@pytest.mark.redis
def test_cached_tree_shows_changes_at_once(api, redis_url, admin):
    from udemy_clone.core.redis_client import get_redis

    category = make_category(name="Cached")
    assert any(n["name"] == "Cached" for n in api.get(f"{API}/categories").json())
    assert get_redis().exists("cache:taxonomy:category_tree")
    api.patch(f"{API}/categories/{category.id}", json={"name": "Fresh"}, headers=admin)
    assert any(n["name"] == "Fresh" for n in api.get(f"{API}/categories").json())
    make_published_course(category_id=category.id)
    fresh = next(n for n in api.get(f"{API}/categories").json() if n["id"] == category.id)
    assert fresh["course_count"] == 1
