"""My courses' state."""

from __future__ import annotations

from typing import Any

import reflex as rx
from reflex.event import EventSpec

from udemy_clone.core import db
from udemy_clone.orders import service
from udemy_clone.web.kit.auth import current_path, current_user, login_redirect
from udemy_clone.web.kit.format import format_date


class MyCoursesState(rx.State):
    """The courses the student is enrolled in."""

    courses: list[dict[str, Any]] = []
    loaded: bool = False

    @rx.event
    async def load(self) -> EventSpec | None:
        """On load of /my-courses."""
        auth = await current_user(self)
        if not auth.user_id:
            return login_redirect(current_path(self))
        with db.read_session() as session:
            rows = service.my_courses(session=session, user_id=auth.user_id)
        self.courses = [
            {
                "course_id": c.course_id,
                "slug": c.slug,
                "title": c.title,
                "instructor": c.instructor_name,
                "thumbnail": c.thumbnail_url or "",
                "progress": c.progress_percent,
                "enrolled": format_date(c.enrolled_at),
            }
            for c in rows
        ]
        self.loaded = True
        return None
