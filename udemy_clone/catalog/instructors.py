"""Instructors as students see them: the course page's instructor card and /user/<slug>.

A profile joins the auth domain's person (name, headline, bio, photo) with the catalog's figures
over the instructor's published courses: the average rating (weighted by ratings), reviews,
students and courses. Profile addresses are `<name-slug>-<id>`: the id finds the person, the
name only reads well (a renamed instructor's old links keep working).
"""

from __future__ import annotations

import re

from pydantic import BaseModel
from sqlalchemy import func
from sqlmodel import Session, col, select

from udemy_clone.auth import service as auth_service
from udemy_clone.catalog.browse import to_summaries
from udemy_clone.catalog.models import Course, CourseStatus, CourseSummary
from udemy_clone.core.errors import NotFound
from udemy_clone.taxonomy import service as taxonomy_service

_SLUG_ID = re.compile(r"(?:^|-)(\d{1,10})$")
INSTRUCTOR_NOT_FOUND = "There is no instructor at this address."
PROFILE_COURSES = 24


class InstructorFigures(BaseModel):
    """An instructor's figures over their published courses."""

    average_rating: float = 0.0
    review_count: int = 0
    student_count: int = 0
    course_count: int = 0


class InstructorProfile(BaseModel):
    """An instructor's public profile."""

    id: int
    slug: str
    full_name: str
    headline: str
    bio: str
    photo_url: str
    figures: InstructorFigures
    courses: list[CourseSummary]


def profile_slug(*, user_id: int, full_name: str) -> str:
    """The profile's address segment: `maya-chen-12`."""
    name = taxonomy_service.slugify(full_name, max_length=60, fallback="instructor")
    return f"{name}-{user_id}"


def profile_user_id(slug: str) -> int | None:
    """The id at the end of a profile slug (or a bare id); None when there is none."""
    match = _SLUG_ID.search(slug.strip().lower()[:120])
    return int(match.group(1)) if match else None


def instructor_figures(*, session: Session, owner_id: int) -> InstructorFigures:
    """Average rating, reviews, students and courses over the owner's published courses."""
    row = session.exec(
        select(
            func.count(col(Course.id)),
            func.coalesce(func.sum(col(Course.rating_sum)), 0),
            func.coalesce(func.sum(col(Course.rating_count)), 0),
            func.coalesce(func.sum(col(Course.enrollment_count)), 0),
        ).where(
            col(Course.owner_id) == owner_id, col(Course.status) == CourseStatus.published.value
        )
    ).one()
    courses, rating_sum, ratings, students = (int(value or 0) for value in row)
    return InstructorFigures(
        average_rating=round(rating_sum / ratings, 1) if ratings else 0.0,
        review_count=ratings,
        student_count=students,
        course_count=courses,
    )


def instructor_profile(
    *, session: Session, slug: str, with_courses: bool = True
) -> InstructorProfile:
    """The public profile at `/user/<slug>` (404 for anyone who is not an instructor)."""
    user_id = profile_user_id(slug)
    if user_id is None or user_id > 2_147_483_647:
        raise NotFound(INSTRUCTOR_NOT_FOUND, code="instructor_not_found")
    return instructor_profile_by_id(session=session, user_id=user_id, with_courses=with_courses)


def instructor_profile_by_id(
    *, session: Session, user_id: int, with_courses: bool = True
) -> InstructorProfile:
    """The profile of this user, who must be an instructor (404 otherwise)."""
    try:
        user = auth_service.get_user(session=session, user_id=user_id)
    except NotFound:
        raise NotFound(INSTRUCTOR_NOT_FOUND, code="instructor_not_found") from None
    if "instructor" not in auth_service.get_roles(session=session, user_id=user_id):
        raise NotFound(INSTRUCTOR_NOT_FOUND, code="instructor_not_found")
    courses: list[CourseSummary] = []
    if with_courses:
        rows = session.exec(
            select(Course)
            .where(
                col(Course.owner_id) == user_id,
                col(Course.status) == CourseStatus.published.value,
            )
            .order_by(col(Course.enrollment_count).desc(), col(Course.id).desc())
            .limit(PROFILE_COURSES)
        )
        courses = to_summaries(session=session, courses=list(rows))
    return InstructorProfile(
        id=user_id,
        slug=profile_slug(user_id=user_id, full_name=user.full_name),
        full_name=user.full_name,
        headline=user.headline or "",
        bio=user.bio or "",
        photo_url=auth_service.instructor_photo_url(session=session, user_id=user_id),
        figures=instructor_figures(session=session, owner_id=user_id),
        courses=courses,
    )
