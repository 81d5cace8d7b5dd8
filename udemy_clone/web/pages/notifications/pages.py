"""Pages of the notifications domain: /notifications, /unsubscribe, /admin/emails."""

from __future__ import annotations

from typing import Any

import reflex as rx

from udemy_clone.core.brand import BRAND
from udemy_clone.web.kit import routes
from udemy_clone.web.kit.format import count_text
from udemy_clone.web.kit.layout import guarded, loading_panel, page_shell
from udemy_clone.web.kit.state import AuthState
from udemy_clone.web.kit.theme import ACCENT, card_style
from udemy_clone.web.pages.notifications.state import (
    AdminEmailsState,
    NotificationBellState,
    NotificationsPageState,
    UnsubscribeState,
)

_KIND_ICONS = {
    "purchase": "receipt",
    "new_course": "sparkles",
    "course_status": "badge-check",
    "video": "film",
    "sale": "trending-up",
    "review": "star",
    "account": "party-popper",
}


def _kind_icon(kind: Any) -> rx.Component:
    return rx.match(
        kind,
        *[(k, rx.icon(icon, size=18)) for k, icon in _KIND_ICONS.items()],
        rx.icon("bell", size=18),
    )


def _row(item: Any) -> rx.Component:
    unread = item.unread
    return rx.hstack(
        rx.box(
            _kind_icon(item.kind),
            color=f"var(--{ACCENT}-11)",
            background=f"var(--{ACCENT}-3)",
            border_radius="10px",
            padding="8px",
            display="flex",
        ),
        rx.vstack(
            rx.hstack(
                rx.text(item.title, weight=rx.cond(unread, "bold", "regular"), size="3"),
                rx.cond(unread, rx.badge("new", color_scheme=ACCENT, variant="soft")),
                align="center",
            ),
            rx.text(item.body, size="2", color="var(--gray-11)"),
            rx.text(item.when, size="1", color="var(--gray-9)"),
            spacing="1",
            align="start",
            flex="1",
            cursor="pointer",
            on_click=NotificationBellState.open_item(item.id, item.link),  # type: ignore[operator]
        ),
        rx.cond(
            unread,
            rx.button(
                "Mark read",
                variant="ghost",
                size="1",
                on_click=NotificationsPageState.mark_read(item.id),  # type: ignore[operator]
            ),
        ),
        padding="14px 16px",
        width="100%",
        align="start",
        spacing="3",
        border_bottom="1px solid var(--gray-a4)",
        background=rx.cond(unread, f"var(--{ACCENT}-a2)", "transparent"),
        class_name="notification-row",
    )


def notifications_page() -> rx.Component:
    content = rx.vstack(
        rx.hstack(
            rx.heading("Notifications", size="7", id="notifications-heading"),
            rx.spacer(),
            rx.button(
                rx.icon("check-check", size=16),
                "Mark all read",
                variant="soft",
                on_click=NotificationBellState.read_all,
                id="read-all",
            ),
            width="100%",
            align="center",
        ),
        rx.segmented_control.root(
            rx.segmented_control.item("All", value="all"),
            rx.segmented_control.item("Unread", value="unread"),
            value=rx.cond(NotificationsPageState.unread_only, "unread", "all"),
            on_change=NotificationsPageState.set_filter,
        ),
        rx.cond(
            NotificationsPageState.items.length() > 0,  # type: ignore[attr-defined]
            rx.vstack(
                rx.foreach(NotificationsPageState.items, _row),
                spacing="0",
                width="100%",
                style=card_style,
                overflow="hidden",
            ),
            rx.center(
                rx.vstack(
                    rx.icon("bell-off", size=36, color="var(--gray-9)"),
                    rx.text("You're all caught up.", color="var(--gray-11)"),
                    align="center",
                ),
                padding="3rem",
                width="100%",
                style=card_style,
            ),
        ),
        rx.cond(
            NotificationsPageState.pages > 1,
            rx.hstack(
                rx.button(
                    "Previous",
                    variant="soft",
                    disabled=NotificationsPageState.page <= 1,
                    on_click=NotificationsPageState.go_to_page(NotificationsPageState.page - 1),  # type: ignore[operator]
                ),
                rx.text("Page ", NotificationsPageState.page, " of ", NotificationsPageState.pages),
                rx.button(
                    "Next",
                    variant="soft",
                    disabled=NotificationsPageState.page >= NotificationsPageState.pages,
                    on_click=NotificationsPageState.go_to_page(NotificationsPageState.page + 1),  # type: ignore[operator]
                ),
                align="center",
                spacing="3",
            ),
        ),
        spacing="4",
        width="100%",
        max_width="760px",
    )
    return page_shell(rx.cond(AuthState.is_authenticated, content, loading_panel()))


def unsubscribe_page() -> rx.Component:
    return page_shell(
        rx.center(
            rx.vstack(
                rx.icon("mail-x", size=40, color=f"var(--{ACCENT}-9)"),
                rx.heading("Email preferences", size="6"),
                rx.cond(
                    UnsubscribeState.error != "",
                    rx.callout(
                        UnsubscribeState.error,
                        icon="triangle-alert",
                        color_scheme="red",
                        id="unsubscribe-error",
                    ),
                    rx.cond(
                        UnsubscribeState.message != "",
                        rx.callout(
                            UnsubscribeState.message,
                            icon="check",
                            color_scheme="green",
                            id="unsubscribe-done",
                        ),
                        rx.spinner(),
                    ),
                ),
                rx.link(f"Back to {BRAND}", href=routes.HOME),
                align="center",
                spacing="4",
                max_width="520px",
                padding="2rem",
                style=card_style,
            ),
            padding="3rem 1rem",
        )
    )


def _status_badge(status: Any) -> rx.Component:
    return rx.badge(
        status,
        color_scheme=rx.match(
            status, ("sent", "green"), ("failed", "red"), ("cancelled", "gray"), "amber"
        ),
        variant="soft",
    )


def _email_row(row: Any) -> rx.Component:
    return rx.table.row(
        rx.table.cell(row.id),
        rx.table.cell(row.recipient),
        rx.table.cell(
            rx.link(row.subject, on_click=AdminEmailsState.preview(row.id), cursor="pointer")  # type: ignore[operator]
        ),
        rx.table.cell(row.kind),
        rx.table.cell(_status_badge(row.status)),
        rx.table.cell(row.attempts),
        rx.table.cell(row.when),
        rx.table.cell(rx.text(row.error, size="1", color="var(--red-11)")),
    )


def admin_emails_page() -> rx.Component:
    def content() -> rx.Component:
        return rx.vstack(
            rx.heading("Emails", size="7", id="admin-emails-heading"),
            rx.text(
                count_text(AdminEmailsState.total, "email"),
                ", newest first. Click a subject to read the email as it was sent.",
                color="var(--gray-11)",
            ),
            rx.table.root(
                rx.table.header(
                    rx.table.row(
                        *[
                            rx.table.column_header_cell(h)
                            for h in ("#", "To", "Subject", "Kind", "Status", "Tries", "When", "")
                        ]
                    )
                ),
                rx.table.body(rx.foreach(AdminEmailsState.rows, _email_row)),
                width="100%",
                variant="surface",
            ),
            rx.dialog.root(
                rx.dialog.content(
                    rx.dialog.title(AdminEmailsState.preview_subject),
                    rx.box(
                        rx.text(AdminEmailsState.preview_text, white_space="pre-wrap", size="2"),
                        max_height="60vh",
                        overflow_y="auto",
                    ),
                    rx.dialog.close(rx.button("Close", variant="soft", margin_top="1rem")),
                    max_width="720px",
                ),
                open=AdminEmailsState.preview_open,
                on_open_change=AdminEmailsState.close_preview,
            ),
            spacing="4",
            width="100%",
            align="start",
        )

    return page_shell(guarded("admin", content))
