"""Real commits from many threads: the course's rating figures stay exact (PostgreSQL)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.integration.reviews.conftest import course_figures, figures_from_reviews
from tests.support.factories import enroll, make_published_course, make_user
from tests.support.threads import run_together
from udemy_clone.core import db
from udemy_clone.reviews import service
from udemy_clone.reviews.models import ReasonInput, ReviewCreate, ReviewUpdate


def create(course_id: int, author_id: int, rating: int) -> Callable[[], int]:
    def call() -> int:
        with db.transaction() as session:
            review = service.create_review(
                session=session, course_id=course_id, author_id=author_id,
                data=ReviewCreate(rating=rating, comment=f"{rating} stars from {author_id}"),
            )
            return int(review.id or 0)
    return call


def edit(review_id: int, author_id: int, rating: int) -> Callable[[], None]:
    def call() -> None:
        with db.transaction() as session:
            service.update_review(session=session, review_id=review_id, actor_id=author_id,
                                  data=ReviewUpdate(rating=rating))
    return call


def remove(review_id: int, author_id: int) -> Callable[[], None]:
    def call() -> None:
        with db.transaction() as session:
            service.delete_review(session=session, review_id=review_id, actor_id=author_id,
                                  actor_roles=["student"])
    return call


def hide(review_id: int) -> Callable[[], None]:
    def call() -> None:
        with db.transaction() as session:
            service.hide_review(session=session, review_id=review_id, actor_roles=["admin"],
                                data=ReasonInput(reason="Moderated in a race"))
    return call


def helpful(review_id: int, user_id: int) -> Callable[[], None]:
    def call() -> None:
        with db.transaction() as session:
            service.mark_helpful(session=session, review_id=review_id, user_id=user_id)
    return call


@pytest.mark.slow
@pytest.mark.postgres
@pytest.mark.parametrize("db_kind", ["postgresql"], indirect=True)
def test_figures_stay_exact_under_concurrent_writes_edits_and_deletes(committed_db):
    course = make_published_course()
    students = [make_user() for _ in range(25)]
    for student in students:
        enroll(user=student, course_id=course.id)

    # 20 reviews written at once, plus the same student submitting twice at once
    results = run_together(
        *[create(course.id, s.id, 1 + i % 5) for i, s in enumerate(students[:20])],
        create(course.id, students[0].id, 5),
    )
    errors = [r for r in results if isinstance(r, Exception)]
    assert len(errors) == 1 and getattr(errors[0], "status_code", None) == 409, errors
    with db.read_session() as session:
        own = [service.find_own_review(session=session, course_id=course.id, user_id=s.id)
               for s in students[:20]]
    review_ids = [int(r.id) for r in own if r is not None]
    assert len(review_ids) == 20
    assert course_figures(course.id) == figures_from_reviews(course.id)
    assert course_figures(course.id)[0] == 20

    # edits (two at once on the same review), deletes, hides, helpful votes and new reviews
    calls: list[Callable[[], Any]] = []
    for i, (review_id, student) in enumerate(zip(review_ids, students[:20], strict=True)):
        if i % 4 == 0:
            calls.append(remove(review_id, student.id))
        elif i % 4 == 1:
            calls += [edit(review_id, student.id, 5), edit(review_id, student.id, 2)]
        elif i % 4 == 2:
            calls += [edit(review_id, student.id, 1), helpful(review_id, students[21].id)]
        else:
            calls += [hide(review_id), edit(review_id, student.id, 4)]
    calls += [create(course.id, s.id, 3) for s in students[20:]]
    results = run_together(*calls)
    assert [r for r in results if isinstance(r, Exception)] == []

    count, total, distribution = course_figures(course.id)
    assert (count, total, distribution) == figures_from_reviews(course.id)
    assert count == 20 - 5 - 5 + 5 and sum(distribution) == count
