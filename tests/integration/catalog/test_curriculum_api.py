"""Sections and lectures through the API: add, insert, rename, move, reorder, delete."""

from __future__ import annotations

from tests.support.factories import login, make_course, make_user, user_headers
from tests.support.http import API, assert_error


def titles(api, course_id, headers):
    view = api.get(f"{API}/courses/{course_id}/editor", headers=headers).json()
    return [(s["title"], [x["title"] for x in s["lectures"]]) for s in view["curriculum"]]


def test_build_and_rearrange_a_curriculum(api):
    owner = make_user(role="instructor")
    headers = login(api, owner.email)
    course = make_course(owner=owner, sections=0)
    url = f"{API}/courses/{course.id}/sections"
    first = api.post(url, json={"title": "Basics"}, headers=headers)
    assert first.status_code == 201, first.text
    last = api.post(url, json={"title": "Project"}, headers=headers).json()
    middle = api.post(url, json={"title": "Core", "position": 1}, headers=headers).json()
    first = first.json()
    lecture_url = f"{API}/sections/{first['id']}/lectures"
    intro = api.post(lecture_url, json={"title": "Intro", "is_preview": True}, headers=headers)
    assert intro.status_code == 201 and intro.json()["is_preview"] is True
    setup = api.post(lecture_url, json={"title": "Setup"}, headers=headers).json()
    assert titles(api, course.id, headers) == [
        ("Basics", ["Intro", "Setup"]),
        ("Core", []),
        ("Project", []),
    ]
    # move a lecture to another section, rename a section, reorder sections and lectures
    moved = api.patch(
        f"{API}/lectures/{setup['id']}", json={"section_id": middle["id"]}, headers=headers
    )
    assert moved.status_code == 200 and moved.json()["section_id"] == middle["id"]
    api.patch(f"{API}/sections/{last['id']}", json={"title": "Final project"}, headers=headers)
    order = [last["id"], first["id"], middle["id"]]
    reordered = api.put(f"{url}/order", json={"section_ids": order}, headers=headers)
    assert [s["id"] for s in reordered.json()] == order
    assert titles(api, course.id, headers) == [
        ("Final project", []),
        ("Basics", ["Intro"]),
        ("Core", ["Setup"]),
    ]
    assert api.delete(f"{API}/lectures/{intro.json()['id']}", headers=headers).status_code == 204
    assert api.delete(f"{API}/sections/{last['id']}", headers=headers).status_code == 204
    assert titles(api, course.id, headers) == [("Basics", []), ("Core", ["Setup"])]


def test_reorder_must_list_every_item_once(api):
    owner = make_user(role="instructor")
    headers = login(api, owner.email)
    course = make_course(owner=owner, sections=2, lectures_per_section=2)
    view = api.get(f"{API}/courses/{course.id}/editor", headers=headers).json()
    section_ids = [s["id"] for s in view["curriculum"]]
    bad_orders = [section_ids[:1], section_ids + [section_ids[0]], [section_ids[0], 999999]]
    for bad in bad_orders:
        response = api.put(
            f"{API}/courses/{course.id}/sections/order", json={"section_ids": bad}, headers=headers
        )
        assert_error(response, 422)
    lecture_ids = [x["id"] for x in view["curriculum"][0]["lectures"]]
    response = api.put(
        f"{API}/sections/{section_ids[0]}/lectures/order",
        json={"lecture_ids": list(reversed(lecture_ids))},
        headers=headers,
    )
    assert [x["id"] for x in response.json()] == list(reversed(lecture_ids))


def test_curriculum_belongs_to_its_owner(api):
    course = make_course(sections=1, lectures_per_section=1)
    other_course = make_course(sections=1)
    owner_headers = login(api, make_user(role="instructor").email)
    section_id = api.get(
        f"{API}/courses/{course.id}/curriculum", headers=user_headers(api, role="admin")[1]
    ).json()[0]["id"]
    _, stranger = user_headers(api, role="instructor")
    assert_error(api.post(f"{API}/courses/{course.id}/sections", json={"title": "X"}), 401)
    assert_error(
        api.post(f"{API}/courses/{course.id}/sections", json={"title": "X"}, headers=stranger), 403
    )
    assert_error(
        api.post(f"{API}/sections/{section_id}/lectures", json={"title": "X"}, headers=stranger),
        403,
    )
    assert_error(api.delete(f"{API}/sections/{section_id}", headers=owner_headers), 403)
    assert_error(
        api.post(f"{API}/courses/999999/sections", json={"title": "X"}, headers=stranger), 404
    )
    assert_error(api.patch(f"{API}/lectures/999999", json={"title": "X"}, headers=stranger), 404)
    assert_error(api.delete(f"{API}/sections/999999", headers=stranger), 404)
    # a draft's curriculum is not public
    assert_error(api.get(f"{API}/courses/{course.id}/curriculum"), 404)
    # moving a lecture into another course's section is refused
    admin = user_headers(api, role="admin")[1]
    lecture_id = api.get(f"{API}/courses/{course.id}/curriculum", headers=admin).json()[0][
        "lectures"
    ][0]["id"]
    foreign_section = api.get(f"{API}/courses/{other_course.id}/curriculum", headers=admin).json()[
        0
    ]["id"]
    response = api.patch(
        f"{API}/lectures/{lecture_id}", json={"section_id": foreign_section}, headers=admin
    )
    assert_error(response, 422)


def test_curriculum_bad_input(api):
    owner = make_user(role="instructor")
    headers = login(api, owner.email)
    course = make_course(owner=owner)
    url = f"{API}/courses/{course.id}/sections"
    for body in ({}, {"title": ""}, {"title": "x" * 121}, {"title": "A", "position": -1}):
        assert_error(api.post(url, json=body, headers=headers), 422)
