"""The player's "Reviews" tab: the course's reviews, and the learner's own review or its form.

The course page's reviews section is reused as it is (its state reads the reviews service):
it loads itself when the tab opens.
"""

from __future__ import annotations

import reflex as rx

from udemy_clone.web.pages.course.reviews.section import course_reviews_section
from udemy_clone.web.pages.player.state import PlayerState


def reviews_panel() -> rx.Component:
    """Reviews of the course being watched (opened from the tab bar below the video)."""
    return rx.box(course_reviews_section(PlayerState.course_id), width="100%", id="reviews-panel")
