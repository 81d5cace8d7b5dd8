"""The course page's share menu: copy the link, or share it by email and on social sites."""

from __future__ import annotations

from typing import Any

import reflex as rx

from udemy_clone.web.kit.components import named_icon
from udemy_clone.web.pages.course.rows import SHARE_ICONS
from udemy_clone.web.pages.course.state import CoursePageState


def _share_link(link: Any) -> rx.Component:
    return rx.menu.item(
        rx.link(
            rx.hstack(
                named_icon(link.icon, SHARE_ICONS, "link", size=14),
                rx.text(link.label),
                spacing="2",
            ),
            href=link.href,
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
            rx.foreach(CoursePageState.share_links, _share_link),
            id="share-menu",
        ),
    )
