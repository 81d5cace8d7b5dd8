"""The tabs below the video: Overview, Notes, and one tab per learning feature.

Each feature keeps its panel (and state) in a module of its own and adds one `PlayerTab` to
`TABS`; the player page renders whatever is listed here, in this order.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import reflex as rx

from udemy_clone.web.pages.player.announcements_panel import announcements_panel
from udemy_clone.web.pages.player.notes_panel import notes_panel
from udemy_clone.web.pages.player.qa_panel import qa_panel
from udemy_clone.web.pages.player.resources_panel import resources_panel
from udemy_clone.web.pages.player.reviews_panel import reviews_panel
from udemy_clone.web.pages.player.state import PlayerState
from udemy_clone.web.pages.player.transcript_panel import transcript_panel


@dataclass(frozen=True)
class PlayerTab:
    value: str  # also the element ids: #tab-<value> (trigger), #tab-panel-<value> (content)
    label: str
    icon: str
    panel: Callable[[], rx.Component]


def overview_panel() -> rx.Component:
    return rx.vstack(
        rx.heading(PlayerState.lecture_title, size="4"),
        rx.text("Part of ", rx.link(PlayerState.course_title, href=PlayerState.course_page)),
        rx.hstack(
            rx.progress(value=PlayerState.percent, max=100, width="200px", size="1", flex_grow="0"),
            rx.text(rx.Var.create(PlayerState.percent).to_string() + "% of the course complete"),
            align="center",
            spacing="3",
        ),
        spacing="2",
        width="100%",
        padding="0.5rem 0",
        id="overview-panel",
    )


TABS: list[PlayerTab] = [
    PlayerTab("overview", "Overview", "info", overview_panel),
    PlayerTab("qa", "Q&A", "messages-square", qa_panel),
    PlayerTab("notes", "Notes", "notebook-pen", notes_panel),
    PlayerTab("transcript", "Transcript", "captions", transcript_panel),
    PlayerTab("announcements", "Announcements", "megaphone", announcements_panel),
    PlayerTab("resources", "Resources", "paperclip", resources_panel),
    PlayerTab("reviews", "Reviews", "star", reviews_panel),
]


def lecture_tabs() -> rx.Component:
    """The tab bar below the video, Overview first."""
    return rx.tabs.root(
        rx.tabs.list(
            *[
                rx.tabs.trigger(
                    rx.hstack(rx.icon(tab.icon, size=14), rx.text(tab.label), spacing="1"),
                    value=tab.value,
                    id=f"tab-{tab.value}",
                )
                for tab in TABS
            ],
            size="2",
            style={"overflow_x": "auto", "flex_wrap": "nowrap"},
        ),
        *[
            rx.tabs.content(
                rx.box(tab.panel(), padding_top="0.75rem"),
                value=tab.value,
                id=f"tab-panel-{tab.value}",
            )
            for tab in TABS
        ],
        default_value="overview",
        width="100%",
        id="lecture-tabs",
    )
