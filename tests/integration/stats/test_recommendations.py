"""Recommendations: "Students also bought" from co-purchases (rollup job), a same-category
fallback, and "Because you viewed ..." rows from recently opened course pages."""

from __future__ import annotations

from tests.support.factories import (
    enroll,
    make_category,
    make_published_course,
    make_user,
    user_headers,
)
from udemy_clone.core import db as core_db
from udemy_clone.stats import recommendations, service, tasks


def _titles(response) -> list[str]:
    assert response.status_code == 200, response.text
    return [c["title"] for c in response.json()]


def _shop():
    """Python basics is often bought with Data analysis, once with Django; Knitting elsewhere."""
    code = make_category(name="Code")
    crafts = make_category(name="Crafts")
    cid, other = int(code.id), int(crafts.id)
    basics = make_published_course(title="Python basics", category_id=cid)
    data = make_published_course(title="Data analysis", category_id=other)
    django = make_published_course(title="Django web apps", category_id=cid)
    knitting = make_published_course(title="Knitting", category_id=other)
    for _ in range(3):
        student = make_user()
        enroll(user=student, course_id=int(basics.id))
        enroll(user=student, course_id=int(data.id))
    student = make_user()
    enroll(user=student, course_id=int(basics.id))
    enroll(user=student, course_id=int(django.id))
    return basics, data, django, knitting


def test_also_bought_ranks_co_purchases_then_tops_up_from_the_category(db, api):
    basics, data, django, knitting = _shop()
    tasks.rollup_recommendations()

    titles = _titles(api.get(f"/api/v1/courses/{basics.id}/also-bought"))
    # co-purchases by shared students first; nothing else in "Code" to top up with
    assert titles == ["Data analysis", "Django web apps"]
    # Knitting has no co-purchases: the best sellers of its own category fill in
    assert _titles(api.get(f"/api/v1/courses/{knitting.id}/also-bought")) == ["Data analysis"]
    assert _titles(api.get(f"/api/v1/courses/{basics.id}/also-bought?limit=1")) == [
        "Data analysis"
    ]


def test_rollup_is_a_rebuild_and_follows_refunds(db):
    basics, data, django, _ = _shop()
    with core_db.transaction() as session:
        first = recommendations.rebuild_affinities(session=session)
        again = recommendations.rebuild_affinities(session=session)
    assert first == again == 4  # two pairs, both directions
    with core_db.read_session() as session:
        ids = recommendations.also_bought_ids(session=session, course_id=int(data.id), limit=1)
    assert ids == [int(basics.id)]


def test_a_signed_in_viewer_never_sees_courses_they_own(db, api):
    basics, data, django, _ = _shop()
    tasks.rollup_recommendations()
    user, headers = user_headers(api)
    enroll(user=user, course_id=int(data.id))
    titles = _titles(api.get(f"/api/v1/courses/{basics.id}/also-bought", headers=headers))
    assert titles == ["Django web apps"]


def test_because_you_viewed_rows_follow_recent_views(db, api):
    basics, data, django, knitting = _shop()
    make_published_course(title="Crochet", category_id=int(knitting.category_id))
    tasks.rollup_recommendations()
    user, headers = user_headers(api)
    assert api.get("/api/v1/me/recommendations", headers=headers).json() == []
    assert api.post(f"/api/v1/me/course-views/{knitting.id}", headers=headers).status_code == 204
    assert api.post(f"/api/v1/me/course-views/{basics.id}", headers=headers).status_code == 204
    rows = api.get("/api/v1/me/recommendations", headers=headers).json()
    assert [r["title"] for r in rows] == [
        "Because you viewed “Python basics”",
        "Because you viewed “Knitting”",
    ]
    assert [c["title"] for c in rows[0]["courses"]] == ["Data analysis", "Django web apps"]
    # a course shown in an earlier row is not repeated; Knitting's row keeps what is left
    assert [c["title"] for c in rows[1]["courses"]] == ["Crochet"]
    # a course the person bought no longer seeds a row
    enroll(user=user, course_id=int(basics.id))
    rows = api.get("/api/v1/me/recommendations", headers=headers).json()
    assert [r["seed_course_id"] for r in rows] == [int(knitting.id)]


def test_only_the_last_twenty_views_are_kept(db):
    user = make_user()
    courses = [make_published_course(title=f"Course {n}") for n in range(22)]
    with core_db.transaction() as session:
        for course in courses:
            service.record_course_view(session=session, user_id=int(user.id), course_id=course.id)
        service.record_course_view(session=session, user_id=int(user.id), course_id=courses[0].id)
    with core_db.read_session() as session:
        ids = recommendations.recently_viewed_ids(session=session, user_id=int(user.id))
    assert len(ids) == recommendations.MAX_VIEWS_PER_USER
    assert ids[0] == courses[0].id  # viewed again: most recent, not duplicated
    assert courses[1].id not in ids and courses[2].id not in ids


def test_bad_input_gets_clear_errors(db, api):
    _, headers = user_headers(api)
    draft_owner = make_user(role="instructor")
    assert api.get("/api/v1/courses/999999/also-bought").status_code == 404
    assert api.get("/api/v1/courses/0/also-bought").status_code == 422
    assert api.get("/api/v1/courses/abc/also-bought").status_code == 422
    course = make_published_course(owner=draft_owner)
    assert api.get(f"/api/v1/courses/{course.id}/also-bought?limit=0").status_code == 422
    assert api.get(f"/api/v1/courses/{course.id}/also-bought?limit=500").status_code == 422
    assert api.get("/api/v1/me/recommendations").status_code == 401
    assert api.post(f"/api/v1/me/course-views/{course.id}").status_code == 401
    response = api.post("/api/v1/me/course-views/999999", headers=headers)
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "course_not_found"
