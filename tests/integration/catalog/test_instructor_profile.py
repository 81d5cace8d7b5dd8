"""Instructor profiles: figures over published courses, addresses by name and id, bad input."""

from __future__ import annotations

from tests.support.factories import make_course, make_published_course, make_user
from udemy_clone.auth import service as auth_service
from udemy_clone.core import db as core_db


def test_profile_shows_figures_of_published_courses_only(db, api):
    teacher = make_user(role="instructor", full_name="Zoë Müller")
    with core_db.transaction() as session:
        user = auth_service.get_user(session=session, user_id=int(teacher.id))
        user.headline, user.bio = "Data engineer", "I teach pipelines."
        session.add(user)
    make_published_course(owner=teacher, title="Pipelines 101")
    make_published_course(owner=teacher, title="Spark at scale")
    make_course(owner=teacher, title="Unfinished draft")
    slug = f"zoe-muller-{teacher.id}"

    answer = api.get(f"/api/v1/instructors/{slug}")
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["slug"] == slug
    assert (body["full_name"], body["headline"], body["bio"]) == (
        "Zoë Müller",
        "Data engineer",
        "I teach pipelines.",
    )
    assert body["figures"]["course_count"] == 2
    assert sorted(c["title"] for c in body["courses"]) == ["Pipelines 101", "Spark at scale"]
    # an old or bare address still finds the person by the id at its end
    assert api.get(f"/api/v1/instructors/old-name-{teacher.id}").json()["id"] == teacher.id
    assert api.get(f"/api/v1/instructors/{teacher.id}").status_code == 200


def test_students_and_nonsense_are_not_instructors(db, api):
    student = make_user()
    for slug in (f"someone-{student.id}", "nobody-99999999", "9999999999"):
        answer = api.get(f"/api/v1/instructors/{slug}")
        assert answer.status_code == 404, slug
        assert answer.json()["error"]["code"] == "instructor_not_found"
    for slug in ("no-id-here", "UPPER-1", "a" * 130 + "-1", "semi;colon-1"):
        assert api.get(f"/api/v1/instructors/{slug}").status_code == 422, slug
