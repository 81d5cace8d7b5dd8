"""The all-reviews page's state: which course, from the URL."""

from __future__ import annotations

import re

import reflex as rx

from udemy_clone.catalog import service as catalog_service
from udemy_clone.core import db
from udemy_clone.core.errors import DomainError
from udemy_clone.web.kit import routes
from udemy_clone.web.kit.auth import current_user

_REVIEWS_PATH = re.compile(r"^/course/([^/?#]+)/reviews")


class CourseReviewsPageState(rx.State):
    """The "all reviews" page of a course (/course/[slug]/reviews)."""

    course_id: int = 0
    course_title: str = ""
    course_href: str = ""
    found: bool = True

    @rx.event
    async def load(self) -> None:
        """Find the course from the address; the section loads its reviews when shown."""
        auth = await current_user(self)
        match = _REVIEWS_PATH.match(self.router.url.path or "")
        slug = match.group(1)[:100] if match else ""
        try:
            with db.read_session() as session:
                course = catalog_service.get_course_detail(
                    session=session,
                    id_or_slug=slug,
                    viewer_id=auth.user_id or None,
                    viewer_roles=list(auth.roles),
                )
        except DomainError:
            self.found = False
            self.course_id = 0
            return
        self.found = True
        self.course_id = course.id
        self.course_title = course.title
        self.course_href = routes.course_url(course.slug)
