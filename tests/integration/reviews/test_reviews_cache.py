"""With Redis configured the review list and summary are cached, and never shown stale."""

from __future__ import annotations

import pytest

from tests.integration.reviews.conftest import enrolled_student, write_review
from udemy_clone.core import db as core_db
from udemy_clone.core.redis_client import get_redis
from udemy_clone.reviews import service
from udemy_clone.reviews.models import ReasonInput, ReviewUpdate


def summary(course_id: int):
    with core_db.read_session() as session:
        return service.rating_summary(session=session, course_id=course_id)


def listing(course_id: int, **kwargs):
    with core_db.read_session() as session:
        return service.list_reviews(session=session, course_id=course_id, **kwargs)


@pytest.mark.redis
def test_cached_list_and_summary_follow_every_change(db, redis_url, course):
    first = enrolled_student(course.id)
    review = write_review(course.id, first.id, 2)
    assert listing(course.id).total == 1 and summary(course.id).average == 2.0
    redis = get_redis()
    assert redis is not None
    assert any(key.startswith(b"cache:reviews:") for key in redis.scan_iter("cache:*"))

    second = enrolled_student(course.id)
    write_review(course.id, second.id, 5)
    assert listing(course.id).total == 2
    assert summary(course.id).average == 3.5

    with core_db.transaction() as session:
        service.update_review(session=session, review_id=review.id, actor_id=first.id,
                              data=ReviewUpdate(rating=4, comment="Better on a second look"))
    assert summary(course.id).distribution == {"1": 0, "2": 0, "3": 0, "4": 1, "5": 1}
    assert listing(course.id, sort=service.ReviewSort.lowest).items[0].comment == \
        "Better on a second look"

    with core_db.transaction() as session:
        service.hide_review(session=session, review_id=review.id, actor_roles=["admin"],
                            data=ReasonInput(reason="Testing the cache"))
    assert listing(course.id).total == 1 and summary(course.id).count == 1


@pytest.mark.redis
def test_a_cache_outage_serves_from_the_database(db, redis_url, course, monkeypatch):
    student = enrolled_student(course.id)
    write_review(course.id, student.id, 3)
    redis = get_redis()
    assert redis is not None

    def broken(*_args, **_kwargs):
        raise ConnectionError("redis is down")

    monkeypatch.setattr(redis, "get", broken)
    assert listing(course.id).total == 1 and summary(course.id).count == 1
