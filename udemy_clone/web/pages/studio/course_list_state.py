"""The studio course list's state."""

from __future__ import annotations

import reflex as rx

from udemy_clone.catalog import service as catalog_service
from udemy_clone.core import db
from udemy_clone.core.errors import DomainError
from udemy_clone.web.kit.quiet_state import QuietHydrate
from udemy_clone.web.pages.studio.access import actor, is_instructor
from udemy_clone.web.pages.studio.listing_form import STATUS_LABELS
from udemy_clone.web.pages.studio.rows import StudioCourseRow, course_row


class StudioListState(QuietHydrate, rx.State):
    """/studio: the instructor's own courses in every status."""

    courses: list[StudioCourseRow] = []
    status_filter: str = "all"
    loaded: bool = False
    error: str = ""

    @rx.var
    def visible_courses(self) -> list[StudioCourseRow]:
        if self.status_filter == "all":
            return self.courses
        return [c for c in self.courses if c.status == self.status_filter]

    @rx.var
    def status_counts(self) -> dict[str, int]:
        counts = {"all": len(self.courses)} | dict.fromkeys(STATUS_LABELS, 0)
        for course in self.courses:
            counts[course.status] = counts.get(course.status, 0) + 1
        return counts

    @rx.event
    async def load(self) -> None:
        """On load of /studio (after the role check): the instructor's courses."""
        user_id, roles = await actor(self)
        if not user_id or not is_instructor(roles):
            return
        self.error = ""
        try:
            with db.read_session() as session:
                items, _total = catalog_service.list_instructor_courses(
                    session=session, owner_id=user_id, page=1, page_size=100
                )
        except DomainError as exc:
            self.error = exc.message
            return
        self.courses = [course_row(item) for item in items]
        self.loaded = True

    @rx.event
    def set_status_filter(self, value: str | list[str]) -> None:
        """Show the courses of one status (or all)."""
        self.status_filter = value if isinstance(value, str) and value in STATUS_LABELS else "all"
