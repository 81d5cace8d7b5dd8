"""Components other pages embed: the header bell, follow buttons, the preferences card.

- `notification_bell()`: in the navbar (ui/layout.py) for signed-in users.
- `follow_button(kind, target_id)`: on category pages (`kind="category"`) and instructor
  profiles (`kind="instructor"`); `target_id` is an int or an int Var of the page's state, e.g.
  `follow_button("category", CategoryPageState.category_id)`. It loads its state on mount and
  sends signed-out visitors to sign in.
- `preferences_card()`: on the account page.
"""

from __future__ import annotations

from typing import Any

import reflex as rx

from udemy_clone.web.kit import routes
from udemy_clone.web.kit.format import count_text
from udemy_clone.web.kit.state import AuthState
from udemy_clone.web.kit.theme import ACCENT, card_style
from udemy_clone.web.pages.notifications.state import (
    FollowState,
    NotificationBellState,
    PreferencesState,
)


def _bell_item(item: Any) -> rx.Component:
    return rx.box(
        rx.hstack(
            rx.box(
                width="8px",
                height="8px",
                border_radius="50%",
                background=rx.cond(item.unread, f"var(--{ACCENT}-9)", "transparent"),
                flex_shrink="0",
                margin_top="6px",
            ),
            rx.vstack(
                rx.text(item.title, size="2", weight="medium", color="var(--gray-12)"),
                rx.text(item.body, size="1", color="var(--gray-11)", trim="both"),
                rx.text(item.when, size="1", color="var(--gray-9)"),
                spacing="0",
                align="start",
            ),
            align="start",
            spacing="2",
        ),
        on_click=NotificationBellState.open_item(item.id, item.link),  # type: ignore[operator]
        padding="8px 10px",
        border_radius="8px",
        cursor="pointer",
        _hover={"background": "var(--gray-a3)"},
        width="100%",
        class_name="bell-item",
    )


def notification_bell() -> rx.Component:
    """The bell with the unread count; its dropdown lists the latest notifications."""
    return rx.popover.root(
        rx.popover.trigger(
            rx.box(
                rx.icon_button(
                    rx.icon("bell", size=18),
                    variant="ghost",
                    color_scheme="gray",
                    size="2",
                    aria_label="Notifications",
                    id="notification-bell",
                ),
                rx.cond(
                    NotificationBellState.unread > 0,
                    rx.badge(
                        NotificationBellState.badge,
                        color_scheme="red",
                        variant="solid",
                        radius="full",
                        size="1",
                        position="absolute",
                        top="-4px",
                        right="-6px",
                        id="notification-count",
                        pointer_events="none",
                    ),
                ),
                # loads when the tab's counts key moves on (sign-in, then at most once a
                # minute), not on every page: live push and the bell's own events keep it current
                rx.cond(
                    NotificationBellState.loaded_for != AuthState.counts_key,
                    rx.box(on_mount=NotificationBellState.connect, display="none"),
                ),
                position="relative",
                display="inline-flex",
            ),
        ),
        rx.popover.content(
            rx.vstack(
                rx.hstack(
                    rx.text("Notifications", weight="bold", size="3"),
                    rx.spacer(),
                    rx.cond(
                        NotificationBellState.unread > 0,
                        rx.button(
                            "Mark all read",
                            variant="ghost",
                            size="1",
                            on_click=NotificationBellState.read_all,
                            id="bell-read-all",
                        ),
                    ),
                    width="100%",
                    align="center",
                ),
                rx.cond(
                    NotificationBellState.latest.length() > 0,  # type: ignore[attr-defined]
                    rx.vstack(
                        rx.foreach(NotificationBellState.latest, _bell_item),
                        spacing="0",
                        width="100%",
                        max_height="380px",
                        overflow_y="auto",
                    ),
                    rx.text(
                        "Nothing yet. We'll tell you about purchases, reviews and new courses.",
                        size="2",
                        color="var(--gray-10)",
                        padding="12px 4px",
                    ),
                ),
                rx.separator(),
                rx.link(
                    "See all notifications", href=routes.NOTIFICATIONS, size="2", id="bell-all"
                ),
                spacing="2",
                width="340px",
            ),
            align="end",
            side="bottom",
        ),
    )


def _key(kind: str, target_id: int | rx.Var) -> rx.Var | str:
    if isinstance(target_id, rx.Var):
        return rx.Var.create(f"{kind}:") + target_id.to_string()  # type: ignore[operator]
    return f"{kind}:{target_id}"


def follow_button(kind: str, target_id: int | rx.Var, size: str = "2") -> rx.Component:
    """Follow / Following toggle for a category or an instructor, with the follower count."""
    if kind not in ("category", "instructor"):
        raise ValueError("follow_button kind is 'category' or 'instructor'")
    key = _key(kind, target_id)
    following = FollowState.following.get(key, False)  # type: ignore[arg-type, attr-defined]
    count = FollowState.followers.get(key, 0)  # type: ignore[arg-type, attr-defined]
    return rx.hstack(
        rx.button(
            rx.cond(following, rx.icon("check", size=14), rx.icon("plus", size=14)),
            rx.cond(following, "Following", "Follow"),
            variant=rx.cond(following, "soft", "solid"),
            color_scheme=ACCENT,
            size=size,  # type: ignore[arg-type]
            on_click=FollowState.toggle_follow(kind, target_id),  # type: ignore[operator]
            class_name=f"follow-button follow-{kind}",
        ),
        rx.text(count_text(count, "follower"), size="1", color="var(--gray-10)"),
        align="center",
        spacing="2",
        on_mount=FollowState.load_follow(kind, target_id),  # type: ignore[operator]
    )


def _preference_row(row: Any) -> rx.Component:
    inapp = "inapp_" + row.kind
    email = "email_" + row.kind
    return rx.table.row(
        rx.table.cell(rx.text(row.label, size="2")),
        rx.table.cell(
            rx.switch(
                checked=PreferencesState.prefs.get(inapp, True),  # type: ignore[attr-defined]
                on_change=lambda value: PreferencesState.toggle(inapp, value),  # type: ignore[operator]
                color_scheme=ACCENT,
                id="pref-" + inapp,
            )
        ),
        rx.table.cell(
            rx.switch(
                checked=PreferencesState.prefs.get(email, False),  # type: ignore[attr-defined]
                on_change=lambda value: PreferencesState.toggle(email, value),  # type: ignore[operator]
                color_scheme=ACCENT,
                id="pref-" + email,
            )
        ),
    )


def preferences_card() -> rx.Component:
    """Per kind of notification: in the app and/or by email."""
    return rx.vstack(
        rx.hstack(
            rx.heading("Notifications", size="4"),
            rx.spacer(),
            rx.text(PreferencesState.saved, size="1", color="var(--green-11)"),
            width="100%",
            align="center",
        ),
        rx.text(
            "Choose how we tell you about things. Every email has a link to turn its kind off.",
            size="2",
            color="var(--gray-11)",
        ),
        rx.table.root(
            rx.table.header(
                rx.table.row(
                    rx.table.column_header_cell("About"),
                    rx.table.column_header_cell("In the app"),
                    rx.table.column_header_cell("Email"),
                )
            ),
            rx.table.body(rx.foreach(PreferencesState.rows, _preference_row)),
            width="100%",
            variant="ghost",
        ),
        style=card_style,
        padding="1.5rem",
        spacing="3",
        width="100%",
        id="notification-preferences",
        on_mount=PreferencesState.load,
    )
