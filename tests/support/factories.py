"""Factories that build test data through the domains' own services."""

from __future__ import annotations

import itertools
from typing import Any

from udemy_clone.auth import service as auth_service
from udemy_clone.auth.models import Role, User
from udemy_clone.core import db

_counter = itertools.count(1)
DEFAULT_PASSWORD = "correct-Horse-42"


def make_user(
    *,
    role: str = "student",
    email: str | None = None,
    password: str = DEFAULT_PASSWORD,
    full_name: str | None = None,
) -> User:
    """A committed (or, under the `db` fixture, savepointed) user with the given role."""
    n = next(_counter)
    roles = {
        "student": [Role.student],
        "instructor": [Role.student, Role.instructor],
        "admin": [Role.student, Role.instructor, Role.admin],
    }[role]
    with db.transaction() as session:
        return auth_service.create_user(
            session=session,
            email=email or f"user{n}@example.com",
            password=password,
            full_name=full_name or f"Test User {n}",
            roles=roles,
        )


def login(client: Any, email: str, password: str = DEFAULT_PASSWORD) -> dict[str, str]:
    """Authorization headers for a user signed in through the API."""
    response = client.post("/api/v1/auth/login", json={"email": email, "password": password})
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


def user_headers(client: Any, *, role: str = "student") -> tuple[User, dict[str, str]]:
    """A new user of `role` and the headers to call the API as them."""
    user = make_user(role=role)
    return user, login(client, user.email)


# ---- taxonomy and catalog ----------------------------------------------------------------------


def make_category(*, name: str | None = None, parent_id: int | None = None) -> Any:
    """A category (top level unless `parent_id`)."""
    from udemy_clone.taxonomy import service as taxonomy_service
    from udemy_clone.taxonomy.models import CategoryCreate

    with db.transaction() as session:
        return taxonomy_service.create_category(
            session=session,
            actor_roles=["admin"],
            data=CategoryCreate(name=name or f"Category {next(_counter)}", parent_id=parent_id),
        )


def make_course(
    *,
    owner: User | None = None,
    category_id: int | None = None,
    title: str | None = None,
    sections: int = 1,
    lectures_per_section: int = 1,
    ready_videos: bool = True,
    lecture_seconds: int = 300,
    **fields: Any,
) -> Any:
    """A draft course with a curriculum (lectures with ready videos unless told otherwise)."""
    from udemy_clone.catalog import service as catalog_service
    from udemy_clone.catalog.models import CourseCreate, LectureCreate, SectionCreate

    owner = owner or make_user(role="instructor")
    if category_id is None:
        category_id = int(make_category().id)
    body: dict[str, Any] = {
        "title": title or f"Test Course {next(_counter)}",
        "description": (
            "A course made by the test factories.\n\n## What you will learn\n"
            "- The first idea\n- The second idea\n- The third idea"
        ),
        "category_id": category_id,
        "price_cents": 1999,
        "level": "beginner",
        "language": "en",
    }
    body.update(fields)
    with db.transaction() as session:
        course = catalog_service.create_course(
            session=session,
            owner_id=int(owner.id),
            owner_roles=["student", "instructor"],
            data=CourseCreate(**body),
        )
        for s in range(sections):
            section = catalog_service.add_section(
                session=session,
                actor_id=int(owner.id),
                actor_roles=[],
                course_id=int(course.id),
                data=SectionCreate(title=f"Section {s + 1}"),
            )
            for n in range(lectures_per_section):
                lecture = catalog_service.add_lecture(
                    session=session,
                    actor_id=int(owner.id),
                    actor_roles=[],
                    section_id=int(section.id),
                    data=LectureCreate(title=f"Lecture {s + 1}.{n + 1}", is_preview=n == 0),
                )
                if ready_videos:
                    catalog_service.set_lecture_video(
                        session=session,
                        lecture_id=int(lecture.id),
                        video_id=int(lecture.id) + 10_000,
                        duration_seconds=lecture_seconds,
                        ready=True,
                    )
        return course


def make_published_course(**kwargs: Any) -> Any:
    """A course that went through review and is published (not yet in the search index)."""
    from udemy_clone.catalog import service as catalog_service

    course = make_course(**kwargs)
    with db.transaction() as session:
        catalog_service.submit_course(
            session=session, actor_id=int(course.owner_id), course_id=int(course.id)
        )
        return catalog_service.publish_course(
            session=session, actor_roles=["admin"], course_id=int(course.id)
        )


# ---- orders --------------------------------------------------------------------------------


def make_coupon(*, creator: User | None = None, **fields: Any) -> Any:
    """A coupon (20% off, site-wide when made by an admin, as here by default)."""
    from udemy_clone.orders import service as orders_service
    from udemy_clone.orders.models import CouponCreate

    creator = creator or make_user(role="admin")
    body: dict[str, Any] = {"code": f"SAVE{next(_counter)}", "percent_off": 20}
    body.update(fields)
    if "amount_off_cents" in fields:
        body.pop("percent_off", None)
    with db.transaction() as session:
        return orders_service.create_coupon(
            session=session,
            actor_id=int(creator.id),
            actor_roles=auth_service.get_roles(session=session, user_id=int(creator.id)),
            data=CouponCreate(**body),
        )


def enroll(*, user: User, course_id: int) -> Any:
    """Give `user` access to a course without an order (as an admin grant would)."""
    from udemy_clone.orders import service as orders_service

    with db.transaction() as session:
        return orders_service.enroll_student(
            session=session, user_id=int(user.id), course_id=course_id
        )
