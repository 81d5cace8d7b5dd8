"""The publishing checklist, enforced on submit and publish (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest
from sqlmodel import select

from tests.support.factories import login, make_course, make_user, user_headers
from tests.support.http import API, assert_error
from udemy_clone.catalog import service as catalog_service
from udemy_clone.catalog.models import Course, CourseStatus, Lecture, Section
from udemy_clone.core import db
from udemy_clone.core.config import get_settings
from udemy_clone.core.errors import Conflict

GOALS = "Intro.\n\n## What you will learn\n- One\n- Two\n- Three"


def course_row(course_id: int) -> Course:
    with db.read_session() as session:
        row = session.get(Course, course_id)
        assert row is not None
        return row


def unready_one_lecture(course_id: int) -> None:
    with db.transaction() as session:
        lecture = session.exec(
            select(Lecture)
            .join(Section, Section.id == Lecture.section_id)
            .where(Section.course_id == course_id)
        ).first()
        assert lecture is not None
        lecture.video_ready = False
        session.add(lecture)


def test_checklist_lists_every_item_and_submit_refuses_listing_what_is_missing(api):
    owner = make_user(role="instructor")
    headers = login(api, owner.email)
    course = make_course(
        owner=owner, sections=1, lectures_per_section=3, description="No goals here."
    )
    unready_one_lecture(int(course.id))

    items = api.get(f"{API}/courses/{course.id}/checklist", headers=headers).json()
    assert {i["key"]: i["done"] for i in items} == {
        "lecture_content": False,
        "video_minutes": True,
        "thumbnail": True,
        "learning_goals": False,
    }
    error = assert_error(
        api.post(f"{API}/courses/{course.id}/submit", headers=headers), 409, "course_incomplete"
    )
    assert "1 of 3 lectures have no processed video" in error["message"]
    assert "learning goals" in error["message"]
    assert course_row(int(course.id)).status == CourseStatus.draft.value  # nothing changed


def test_checklist_is_for_the_owner_and_admins(api):
    course = make_course()
    _, stranger = user_headers(api, role="instructor")
    assert_error(api.get(f"{API}/courses/{course.id}/checklist", headers=stranger), 403)
    assert_error(api.get(f"{API}/courses/{course.id}/checklist"), 401)
    _, admin = user_headers(api, role="admin")
    assert api.get(f"{API}/courses/{course.id}/checklist", headers=admin).status_code == 200
    assert_error(api.get(f"{API}/courses/999999/checklist", headers=admin), 404)


def test_complete_course_is_submitted_and_gets_a_generated_thumbnail(api):
    owner = make_user(role="instructor")
    headers = login(api, owner.email)
    course = make_course(owner=owner, description=GOALS)
    assert course_row(int(course.id)).thumbnail_key is None
    response = api.post(f"{API}/courses/{course.id}/submit", headers=headers)
    assert response.status_code == 200, response.text
    assert response.json()["thumbnail_url"]
    assert course_row(int(course.id)).thumbnail_key


def test_too_few_minutes_of_video_are_refused(api, monkeypatch):
    monkeypatch.setattr(get_settings(), "publish_min_video_minutes", 30.0)
    owner = make_user(role="instructor")
    headers = login(api, owner.email)
    course = make_course(owner=owner, lecture_seconds=60, description=GOALS)
    error = assert_error(
        api.post(f"{API}/courses/{course.id}/submit", headers=headers), 409, "course_incomplete"
    )
    assert "30 minutes of video" in error["message"]


def test_publish_is_refused_when_a_lecture_lost_its_video_in_review(db):
    course = make_course(description=GOALS, lectures_per_section=2)
    with db_transaction() as session:
        catalog_service.submit_course(
            session=session, actor_id=int(course.owner_id), course_id=int(course.id)
        )
    unready_one_lecture(int(course.id))
    with pytest.raises(Conflict) as refused, db_transaction() as session:
        catalog_service.publish_course(
            session=session, actor_roles=["admin"], course_id=int(course.id)
        )
    assert refused.value.code == "course_incomplete"
    assert refused.value.details["missing"] == ["lecture_content"]
    assert course_row(int(course.id)).status == CourseStatus.in_review.value


db_transaction = db.transaction
