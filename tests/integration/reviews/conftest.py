"""Fixtures of the reviews tests: sandbox payments and helpers that build reviewed courses."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.support.factories import enroll, make_published_course, make_user
from udemy_clone.core import db


@pytest.fixture(autouse=True)
def sandbox_payments(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Refund tests buy through the sandbox gateway (no Stripe keys, even from .env)."""
    from udemy_clone.core.config import get_settings

    monkeypatch.setenv("STRIPE_SECRET_KEY", "")
    monkeypatch.setenv("STRIPE_WEBHOOK_SECRET", "")
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def enrolled_student(course_id: int, **kwargs: Any) -> Any:
    """A new student with access to the course."""
    student = make_user(**kwargs)
    enroll(user=student, course_id=course_id)
    return student


def write_review(course_id: int, author_id: int, rating: int, comment: str = "Good course.") -> Any:
    """A review written through the service (the author must be enrolled)."""
    from udemy_clone.reviews import service
    from udemy_clone.reviews.models import ReviewCreate

    with db.transaction() as session:
        return service.create_review(
            session=session,
            course_id=course_id,
            author_id=author_id,
            data=ReviewCreate(rating=rating, comment=comment),
        )


def course_figures(course_id: int) -> tuple[int, int, list[int]]:
    """The course's (rating_count, rating_sum, [rating_1..rating_5]) as the catalog keeps them."""
    from udemy_clone.catalog import service as catalog_service

    with db.read_session() as session:
        course = catalog_service.get_course(session=session, course_id=course_id)
        return (
            course.rating_count,
            course.rating_sum,
            [getattr(course, f"rating_{n}") for n in range(1, 6)],
        )


def figures_from_reviews(course_id: int) -> tuple[int, int, list[int]]:
    """The same figures counted from the visible reviews themselves."""
    from sqlmodel import col, select

    from udemy_clone.reviews.models import Review

    with db.read_session() as session:
        ratings = list(
            session.exec(
                select(Review.rating).where(
                    col(Review.course_id) == course_id, col(Review.is_hidden).is_(False)
                )
            )
        )
    return len(ratings), sum(ratings), [ratings.count(n) for n in range(1, 6)]


@pytest.fixture
def course() -> Any:
    """A published course by a new instructor."""
    return make_published_course()
