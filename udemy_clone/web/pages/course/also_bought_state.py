"""The course page's "Students also bought" row, and remembering the page for the home rows."""

from __future__ import annotations

import dataclasses

import reflex as rx

from udemy_clone.core import db
from udemy_clone.core.errors import DomainError
from udemy_clone.core.log import get_logger
from udemy_clone.stats import service as stats_service
from udemy_clone.web.kit.course_views import CourseCard, sale_cards

log = get_logger(__name__)

ALSO_BOUGHT_CARDS = 6


def also_bought(course_id: int, viewer_id: int | None) -> list[CourseCard]:
    """The row's cards, and (signed in) this page remembered in "recently viewed" (run in a
    worker thread, see AuthState._restore)."""
    try:
        with db.read_session() as session:
            summaries = stats_service.students_also_bought(
                session=session,
                course_id=course_id,
                viewer_id=viewer_id,
                limit=ALSO_BOUGHT_CARDS,
            )
    except DomainError:
        summaries = []
    # what a card does not show is left out: six cards are kept in the tab's state (issue #14)
    cards = [
        dataclasses.replace(card, slug="", subtitle="", video_length="", students="")
        for card in sale_cards(summaries)
    ]
    if viewer_id:
        try:
            with db.transaction() as session:
                stats_service.record_published_course_view(
                    session=session, user_id=viewer_id, course_id=course_id
                )
        except DomainError as exc:  # a draft seen by its owner: nothing to remember
            log.debug("course_view_not_recorded", course_id=course_id, reason=exc.message)
    return cards


class AlsoBoughtState(rx.State):
    """Courses this course's students also have (the viewer's own courses left out)."""

    courses: list[CourseCard] = []
    loaded: bool = False

    def _show(self, cards: list[CourseCard]) -> None:
        """The row's cards, from `also_bought` (the course page's load fetches them with the
        course: one event rather than a second one chained after it)."""
        self.courses = cards
        self.loaded = True

    def _clear(self) -> None:
        """No row while the course page reads this course's (not the previous course's)."""
        self.courses = []
        self.loaded = False
