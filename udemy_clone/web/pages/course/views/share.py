"""The course page's share menu: copy the link, or share it by email and on social sites."""

from __future__ import annotations

import reflex as rx

from udemy_clone.web.pages.course.rows import SHARE_TARGETS
from udemy_clone.web.pages.course.state import CoursePageState


def _share_link(label: str, icon: str, template: str) -> rx.Component:
    href = template.format(link=CoursePageState.share_link, subject=CoursePageState.share_subject)
    return rx.menu.item(
        rx.link(
            rx.hstack(rx.icon(icon, size=14), rx.text(label), spacing="2"),
            href=href,
            is_external=True,
            underline="none",
            color="inherit",
            width="100%",
        ),
        class_name="share-link",
    )


def share_menu() -> rx.Component:
    """ "Share": copy the course's address, or open a prefilled email, X, LinkedIn or Facebook."""
    return rx.menu.root(
        rx.menu.trigger(
            rx.button(
                rx.icon("share-2", size=16),
                "Share",
                variant="ghost",
                color_scheme="gray",
                size="2",
                id="share-button",
            ),
        ),
        rx.menu.content(
            rx.menu.item(
                rx.hstack(rx.icon("link", size=14), rx.text("Copy link"), spacing="2"),
                on_click=[
                    rx.set_clipboard(CoursePageState.share_url),
                    rx.toast.success("Link copied."),
                ],
                id="share-copy",
            ),
            *[_share_link(*target) for target in SHARE_TARGETS],
            id="share-menu",
        ),
    )
