"""/user/<slug>: an instructor's public profile."""

from __future__ import annotations

import reflex as rx

from udemy_clone.catalog import service as catalog_service
from udemy_clone.core import db
from udemy_clone.core.brand import BRAND
from udemy_clone.core.errors import DomainError
from udemy_clone.web.kit.course_views import CourseCard, sale_cards
from udemy_clone.web.pages.course.rows import InstructorCard, instructor_card


class InstructorProfileState(rx.State):
    """The profile: the instructor card, their bio and their published courses."""

    card: InstructorCard = InstructorCard()
    courses: list[CourseCard] = []
    found: bool = False
    loaded: bool = False
    page_title: str = f"Instructor — {BRAND}"

    @rx.event
    def load(self) -> None:
        """On load: the profile named by the address, or a 'not found' panel."""
        self.loaded = False
        slug = str(self.router.page.params.get("slug", ""))[:120]
        try:
            with db.read_session() as session:
                profile = catalog_service.instructor_profile(session=session, slug=slug)
        except DomainError:
            self.found = False
            self.card = InstructorCard()
            self.courses = []
            self.loaded = True
            self.page_title = f"Instructor not found — {BRAND}"
            return
        self.card = instructor_card(profile)
        self.courses = sale_cards(profile.courses)
        self.found = True
        self.loaded = True
        self.page_title = f"{profile.full_name} — {BRAND}"
