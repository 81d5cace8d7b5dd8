"""Events the catalog domain emits."""

from __future__ import annotations

from dataclasses import dataclass

from udemy_clone.core.events import DomainEvent


@dataclass(frozen=True, kw_only=True)
class CourseChanged(DomainEvent):
    """Anything a reader of the course sees changed (title, price, curriculum, status...)."""

    topic = "catalog.course_changed"
    course_id: int


@dataclass(frozen=True, kw_only=True)
class CourseSubmitted(DomainEvent):
    """An instructor sent a course to the review queue."""

    topic = "catalog.course_submitted"
    course_id: int


@dataclass(frozen=True, kw_only=True)
class CoursePublished(DomainEvent):
    """An admin approved a course; it is live."""

    topic = "catalog.course_published"
    course_id: int


@dataclass(frozen=True, kw_only=True)
class CourseRejected(DomainEvent):
    """An admin sent a course back to draft, with a reason."""

    topic = "catalog.course_rejected"
    course_id: int
    reason: str | None = None
