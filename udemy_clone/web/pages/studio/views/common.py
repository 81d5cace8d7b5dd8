"""Studio pieces several pages share: status badge, thumbnail, meta line, error line."""

from __future__ import annotations

import reflex as rx

from udemy_clone.web.kit.theme import ACCENT

THUMBNAIL_UPLOAD_ID = "course-thumbnail"
MAX_THUMBNAIL_BYTES = 5 * 1024 * 1024


def status_badge(status: rx.Var | str, rejection_reason: rx.Var | str = "") -> rx.Component:
    """Draft / In review / Published, and Rejected for a draft sent back with a reason."""
    return rx.match(
        status,
        ("in_review", rx.badge("In review", color_scheme="amber", size="2", variant="soft")),
        ("published", rx.badge("Published", color_scheme="green", size="2", variant="soft")),
        rx.cond(
            rejection_reason != "",
            rx.badge("Rejected", color_scheme="red", size="2", variant="soft"),
            rx.badge("Draft", color_scheme="gray", size="2", variant="soft"),
        ),
    )


def thumbnail(url: rx.Var | str, width: str = "176px") -> rx.Component:
    """The course picture, or a neutral placeholder while there is none."""
    return rx.box(
        rx.cond(
            url != "",
            rx.image(src=url, width="100%", height="100%", object_fit="cover", alt=""),
            rx.center(
                rx.icon("image", size=28, color="var(--gray-9)"),
                width="100%",
                height="100%",
                background=f"linear-gradient(135deg, var(--gray-3), var(--{ACCENT}-3))",
            ),
        ),
        width=width,
        min_width=width,
        aspect_ratio="16 / 9",
        border_radius="8px",
        overflow="hidden",
        border="1px solid var(--gray-a4)",
    )


def meta(icon: str, text: rx.Var | str) -> rx.Component:
    return rx.hstack(
        rx.icon(icon, size=14, color="var(--gray-10)"),
        rx.text(text, size="2", color="var(--gray-11)"),
        spacing="1",
        align="center",
    )
