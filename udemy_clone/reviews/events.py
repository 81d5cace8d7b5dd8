"""Events the reviews domain emits."""

from __future__ import annotations

from dataclasses import dataclass

from udemy_clone.core.events import DomainEvent


@dataclass(frozen=True, kw_only=True)
class ReviewCreated(DomainEvent):
    """A student reviewed a course."""

    topic = "reviews.review_created"
    review_id: int
    course_id: int
    author_id: int


@dataclass(frozen=True, kw_only=True)
class ReplyCreated(DomainEvent):
    """The instructor replied to a review (first reply only; edits are silent)."""

    topic = "reviews.reply_created"
    review_id: int
    author_id: int
    instructor_id: int
    course_id: int | None = None


@dataclass(frozen=True, kw_only=True)
class ReviewHidden(DomainEvent):
    """An admin hid a review; its author is told why."""

    topic = "reviews.review_hidden"
    review_id: int
    course_id: int
    author_id: int
