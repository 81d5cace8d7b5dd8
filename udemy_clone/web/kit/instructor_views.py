"""The instructor card: photo, name, headline and figures (course page and profile page)."""

from __future__ import annotations

from typing import Any

import reflex as rx

from udemy_clone.web.kit.theme import ACCENT


def _figure(icon: str, text: Any) -> rx.Component:
    return rx.hstack(
        rx.icon(icon, size=14, color="var(--gray-11)"),
        rx.text(text, size="2"),
        spacing="2",
        align="center",
    )


def instructor_figures(card: Any) -> rx.Component:
    """Rating, reviews, students and courses, one per line."""
    return rx.vstack(
        _figure("star", card.rating),
        _figure("award", card.reviews),
        _figure("users", card.students),
        _figure("circle-play", card.courses),
        spacing="1",
        align="start",
        class_name="instructor-figures",
    )


def instructor_photo(card: Any, size: str = "7") -> rx.Component:
    return rx.avatar(
        src=card.photo,
        fallback=card.initials,
        size=size,
        radius="full",
        color_scheme=ACCENT,
        alt=card.name,
    )
