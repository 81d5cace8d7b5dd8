"""Events the announcements domain emits."""

from __future__ import annotations

from dataclasses import dataclass

from udemy_clone.core.events import DomainEvent


@dataclass(frozen=True, kw_only=True)
class AnnouncementPosted(DomainEvent):
    """An instructor posted an announcement: everyone enrolled in the course hears of it."""

    topic = "announcements.announcement_posted"
    announcement_id: int
    course_id: int
    author_id: int
