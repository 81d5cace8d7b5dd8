"""Catalog DTOs as the services return them, for the view-model builder tests."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from udemy_clone.catalog.models import (
    CategoryCrumb,
    CategoryRef,
    CoursePublic,
    CourseSummary,
    InstructorRef,
    LecturePublic,
    RatingDetail,
    RatingSummary,
    SectionPublic,
)


def summary(**changes: Any) -> CourseSummary:
    fields: dict[str, Any] = {
        "id": 7,
        "slug": "python-basics",
        "title": "Python basics",
        "subtitle": "From zero to scripts",
        "instructor": InstructorRef(id=3, full_name="Ada Lovelace"),
        "price_cents": 1999,
        "currency": "USD",
        "rating": RatingSummary(average=4.56, count=1234),
        "enrollment_count": 1,
        "thumbnail_url": "/media/thumbs/7.jpg",
        "level": "beginner",
        "language": "en",
        "duration_seconds": 5400,
    }
    return CourseSummary(**(fields | changes))


def detail(**changes: Any) -> CoursePublic:
    lectures = [
        LecturePublic(id=11, title="Hello", position=0, duration_seconds=75, is_preview=True),
        LecturePublic(id=12, title="Loops", position=1, duration_seconds=600, is_preview=False),
    ]
    fields: dict[str, Any] = {
        **summary().model_dump(exclude={"rating"}),
        "description": "## What you'll learn\n- Variables\n- Loops\n\nA gentle start.",
        "category": CategoryRef(
            id=2,
            name="Python",
            slug="python",
            path=[
                CategoryCrumb(id=1, name="Development", slug="development"),
                CategoryCrumb(id=2, name="Python", slug="python"),
            ],
        ),
        "tags": ["python", "scripting"],
        "status": "published",
        "lecture_count": 2,
        "rating": RatingDetail(average=4.56, count=1234),
        "sections": [
            SectionPublic(id=5, title="Start", position=0, lectures=lectures),
            SectionPublic(id=6, title="Later", position=1, lectures=[]),
        ],
        "created_at": datetime(2026, 1, 2, tzinfo=UTC),
        "published_at": datetime(2026, 1, 3, tzinfo=UTC),
        "updated_at": datetime(2026, 3, 14, tzinfo=UTC),
    }
    return CoursePublic(**(fields | changes))
