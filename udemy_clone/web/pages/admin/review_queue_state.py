"""Admin review queue: courses waiting for approval, oldest submission first."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from dataclasses import dataclass, field
from datetime import datetime

import reflex as rx
from reflex.event import EventSpec

from udemy_clone.catalog import service as catalog_service
from udemy_clone.catalog.models import CourseListItem, CourseStatus, SectionDetail
from udemy_clone.core import db
from udemy_clone.core.db import utcnow
from udemy_clone.core.errors import DomainError
from udemy_clone.core.money import format_price
from udemy_clone.taxonomy import service as taxonomy_service
from udemy_clone.web.kit.format import format_date, length_label
from udemy_clone.web.kit.state import AuthState
from udemy_clone.web.kit.use_case import run_use_case

QUEUE_PAGE_SIZE = 50


@dataclass
class QueueRow:
    id: int
    slug: str
    title: str
    subtitle: str
    instructor: str
    category: str
    price: str
    thumbnail_url: str
    submitted: str
    waiting: str
    summary: str
    videos: str
    all_videos_ready: bool
    section_titles: list[str] = field(default_factory=list)


def waiting_for(since: datetime | None, now: datetime) -> str:
    """'waiting 3 days', 'waiting 5 hours', 'just submitted'."""
    if since is None:
        return ""
    seconds = max(0, int((now - since).total_seconds()))
    if seconds < 3600:
        return "just submitted"
    if seconds < 86400:
        hours = seconds // 3600
        return f"waiting {hours} hour{'s' if hours != 1 else ''}"
    days = seconds // 86400
    return f"waiting {days} day{'s' if days != 1 else ''}"


def queue_row(
    item: CourseListItem, curriculum: list[SectionDetail], category: str, now: datetime
) -> QueueRow:
    lectures = [x for s in curriculum for x in s.lectures]
    ready = sum(1 for x in lectures if x.video_ready)
    previews = sum(1 for x in lectures if x.is_preview)
    parts = [
        f"{len(curriculum)} section{'s' if len(curriculum) != 1 else ''}",
        f"{len(lectures)} lecture{'s' if len(lectures) != 1 else ''}",
        length_label(item.duration_seconds),
        f"{previews} free preview{'s' if previews != 1 else ''}",
    ]
    return QueueRow(
        id=item.id,
        slug=item.slug,
        title=item.title,
        subtitle=item.subtitle,
        instructor=item.instructor.full_name,
        category=category,
        price=format_price(item.price_cents, item.currency),
        thumbnail_url=item.thumbnail_url or "",
        submitted=format_date(item.submitted_at),
        waiting=waiting_for(item.submitted_at, now),
        summary=" · ".join(parts),
        videos=f"{ready} of {len(lectures)} videos ready",
        all_videos_ready=ready == len(lectures),
        section_titles=[s.title for s in curriculum],
    )


class ReviewQueueState(rx.State):
    """/admin: approve or reject the courses instructors submitted."""

    queue: list[QueueRow] = []
    total: int = 0
    loaded: bool = False
    error: str = ""
    busy_id: int = 0
    reject_id: int = 0
    reject_title: str = ""
    reject_reason: str = ""
    reject_error: str = ""
    approve_id: int = 0
    approve_title: str = ""

    async def _roles(self) -> list[str]:
        auth = await self.get_state(AuthState)
        return list(auth.roles)

    def _load(self, roles: list[str]) -> None:
        now = utcnow()
        with db.read_session() as session:
            items, total = catalog_service.list_courses_for_admin(
                session=session,
                actor_roles=roles,
                status=CourseStatus.in_review,
                page_size=QUEUE_PAGE_SIZE,
            )
            labels = dict(taxonomy_service.category_options(session=session))
            self.queue = [
                queue_row(
                    item,
                    catalog_service.get_curriculum(session=session, course_id=item.id),
                    labels.get(item.category_id, ""),
                    now,
                )
                for item in items
            ]
        self.total = total

    @rx.event
    async def load(self) -> None:
        """On load of /admin (after the role check)."""
        roles = await self._roles()
        if "admin" not in roles:
            return
        self.error = ""
        try:
            self._load(roles)
        except DomainError as exc:
            self.error = exc.message
        self.loaded = True

    @rx.event
    def open_approve(self, course_id: int, title: str) -> None:
        """The Approve button: ask before publishing."""
        self.approve_id, self.approve_title = int(course_id), title

    @rx.event
    def close_approve(self, open_: bool = False) -> None:
        """Cancel the approval."""
        if not open_:
            self.approve_id = 0

    @rx.event
    async def confirm_approve(self) -> AsyncGenerator[EventSpec | None, None]:
        """The dialog's "Publish course": publish the course it asked about."""
        course_id = self.approve_id
        if not course_id:
            return
        async for step in self._publish(course_id):
            yield step
        self.approve_id = 0

    @rx.event
    async def approve(self, course_id: int) -> AsyncGenerator[EventSpec | None, None]:
        """Publish a course in review (the confirmation dialog calls confirm_approve)."""
        async for step in self._publish(int(course_id)):
            yield step

    async def _publish(self, course_id: int) -> AsyncGenerator[EventSpec | None, None]:
        roles = await self._roles()
        self.error = ""
        self.busy_id = course_id
        yield None
        try:
            with db.transaction() as session:
                course = catalog_service.publish_course(
                    session=session, actor_roles=roles, course_id=course_id
                )
                title = course.title
        except DomainError as exc:
            self.error = exc.message
            self.busy_id = 0
            return
        self.busy_id = 0
        self._load(roles)
        yield rx.toast.success(f"“{title}” is published.")

    @rx.event
    def open_reject(self, course_id: int, title: str) -> None:
        """The Reject button: ask for the reason."""
        self.reject_id, self.reject_title = int(course_id), title
        self.reject_reason, self.reject_error = "", ""

    @rx.event
    def close_reject(self, open_: bool = False) -> None:
        """Cancel the rejection."""
        if not open_:
            self.reject_id = 0

    @rx.event
    def set_reject_reason(self, value: str) -> None:
        """Typed in the reason box."""
        self.reject_reason = value
        self.reject_error = ""

    @rx.event
    async def confirm_reject(self) -> AsyncGenerator[EventSpec | None, None]:
        """Send the course back to its instructor with the reason."""
        if len(self.reject_reason.strip()) < 3:
            self.reject_error = "Say what the instructor should change (a sentence is enough)."
            return
        roles = await self._roles()
        course_id = self.reject_id
        self.busy_id = course_id
        yield None
        result = run_use_case(
            catalog_service.reject_course,
            actor_roles=roles,
            course_id=course_id,
            reason=self.reject_reason[:2000],
        )
        if not result.ok:
            self.reject_error = result.error
            self.busy_id = 0
            return
        self.busy_id = 0
        self.reject_id = 0
        self._load(roles)
        yield rx.toast.info(f"“{self.reject_title}” was sent back to its instructor.")
