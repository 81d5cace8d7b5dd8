"""The course editor's Announcements tab: compose (with a confirmation), then the list."""

from __future__ import annotations

from typing import Any

import reflex as rx

from udemy_clone.announcements.models import BODY_MAX, TITLE_MAX
from udemy_clone.web.kit.components import error_callout
from udemy_clone.web.kit.theme import card_style
from udemy_clone.web.pages.player.announcements_panel import announcement_list
from udemy_clone.web.pages.studio.announcements_state import AnnouncementComposerState

_s: Any = AnnouncementComposerState


def _confirm() -> rx.Component:
    return rx.alert_dialog.root(
        rx.alert_dialog.content(
            rx.alert_dialog.title("Send this announcement?"),
            rx.alert_dialog.description(
                rx.cond(
                    _s.audience == 1,
                    "1 enrolled student",
                    _s.audience.to_string() + " enrolled students",
                ),
                " will see it in the app and get it by email (unless they turned those emails "
                "off). It cannot be unsent.",
                size="2",
            ),
            rx.flex(
                rx.alert_dialog.cancel(rx.button("Cancel", variant="soft", color_scheme="gray")),
                rx.alert_dialog.action(
                    rx.button("Send to students", on_click=_s.post, id="confirm-announcement")
                ),
                spacing="3",
                justify="end",
                margin_top="1rem",
            ),
            max_width="440px",
        ),
        open=_s.confirm_open,
        on_open_change=_s.set_confirm_open,
    )


def _composer() -> rx.Component:
    return rx.vstack(
        rx.heading("New announcement", size="4"),
        rx.text(
            "Tell your students about new lectures, live sessions or changes. ",
            rx.cond(
                _s.audience == 1,
                "It goes to 1 enrolled student",
                "It goes to " + _s.audience.to_string() + " enrolled students",
            ),
            ", in the app and by email. Markdown (**bold**, lists, links) is welcome.",
            size="2",
            color="var(--gray-11)",
        ),
        rx.input(
            value=_s.title,
            on_change=_s.set_title,
            placeholder="Title, e.g. “Live Q&A on Friday”",
            max_length=TITLE_MAX,
            width="100%",
            id="announcement-title",
        ),
        rx.text_area(
            value=_s.body,
            on_change=_s.set_body,
            placeholder="What would you like to tell your students?",
            max_length=BODY_MAX,
            rows="6",
            width="100%",
            id="announcement-body",
        ),
        rx.hstack(
            rx.text(
                _s.body.length().to_string() + f" / {BODY_MAX}",  # type: ignore[attr-defined]
                size="1",
                color="var(--gray-10)",
            ),
            rx.spacer(),
            rx.button(
                rx.icon("send", size=14),
                "Send to students",
                on_click=_s.ask_confirm,
                loading=_s.posting,
                disabled=_s.audience == 0,
                id="send-announcement",
            ),
            width="100%",
            align="center",
        ),
        rx.cond(
            _s.audience == 0,
            rx.text(
                "No one is enrolled yet: announcements can be sent once students join.",
                size="1",
                color="var(--gray-11)",
            ),
        ),
        error_callout(_s.error, id="announcement-error", role="alert"),
        rx.cond(
            _s.notice != "",
            rx.callout(
                _s.notice,
                icon="circle-check",
                color_scheme="green",
                size="1",
                width="100%",
                id="announcement-notice",
            ),
        ),
        _confirm(),
        spacing="3",
        width="100%",
        padding="1.25rem",
        style=card_style,
    )


def announcements_tab() -> rx.Component:
    """Compose, then every announcement of the course, newest first, with its comments."""
    return rx.vstack(
        _composer(),
        rx.heading("Sent announcements", size="4", margin_top="0.5rem"),
        announcement_list(),
        on_mount=_s.load,
        spacing="4",
        width="100%",
        id="studio-announcements",
    )
