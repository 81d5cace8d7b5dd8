"""Admin: the users page (/admin/users)."""

from __future__ import annotations

from typing import Any

import reflex as rx

from udemy_clone.web.kit import routes
from udemy_clone.web.kit.admin_nav import admin_header, admin_nav
from udemy_clone.web.kit.format import count_text
from udemy_clone.web.kit.layout import guarded, loading_panel, page_shell
from udemy_clone.web.kit.theme import ACCENT
from udemy_clone.web.pages.admin.users_state import UsersAdminState

_users: Any = UsersAdminState


def _role_switch(user: Any, role: str, checked: Any, disabled: Any = False) -> rx.Component:
    return rx.switch(
        checked=checked,
        on_change=lambda value: _users.set_role(user.id, role, value),
        disabled=disabled,
        size="1",
        aria_label=f"{role.title()} role",
        class_name=f"role-{role}",
    )


def _user_row(user: Any) -> rx.Component:
    return rx.table.row(
        rx.table.cell(
            rx.hstack(
                rx.avatar(fallback=user.initials, size="2", radius="full", color_scheme=ACCENT),
                rx.vstack(
                    rx.hstack(
                        rx.text(user.full_name, weight="medium", size="2"),
                        rx.cond(user.is_me, rx.badge("You", size="1", variant="outline")),
                        spacing="2",
                        align="center",
                    ),
                    rx.text(user.email, size="1", color="var(--gray-11)", class_name="user-email"),
                    spacing="0",
                    align="start",
                ),
                spacing="3",
                align="center",
            ),
        ),
        rx.table.cell(user.joined, display=["none", "none", "table-cell"]),
        rx.table.cell(_role_switch(user, "instructor", user.is_instructor)),
        rx.table.cell(_role_switch(user, "admin", user.is_admin, disabled=user.is_me)),
        rx.table.cell(
            rx.cond(
                user.is_active,
                rx.badge("Active", color_scheme="green", variant="soft"),
                rx.badge("Deactivated", color_scheme="red", variant="soft"),
            )
        ),
        rx.table.cell(
            rx.cond(
                user.is_active,
                rx.button(
                    "Deactivate",
                    size="1",
                    variant="soft",
                    color_scheme="red",
                    disabled=user.is_me,
                    on_click=_users.ask_deactivate(user.id, user.full_name),
                    class_name="deactivate-user",
                ),
                rx.button(
                    "Reactivate",
                    size="1",
                    variant="soft",
                    on_click=_users.reactivate(user.id, user.full_name),
                    class_name="reactivate-user",
                ),
            ),
            text_align="right",
        ),
        align="center",
        class_name="user-row",
    )


def _deactivate_dialog() -> rx.Component:
    s: Any = UsersAdminState
    return rx.alert_dialog.root(
        rx.alert_dialog.content(
            rx.alert_dialog.title("Deactivate ", s.deactivate_name, "?"),
            rx.alert_dialog.description(
                "They are signed out everywhere and cannot sign in until you reactivate the "
                "account. Their courses and purchases stay.",
                size="2",
            ),
            rx.hstack(
                rx.alert_dialog.cancel(rx.button("Cancel", variant="soft", color_scheme="gray")),
                rx.button(
                    "Deactivate",
                    color_scheme="red",
                    on_click=_users.deactivate,
                    id="confirm-deactivate",
                ),
                justify="end",
                spacing="3",
                margin_top="1rem",
            ),
            max_width="440px",
        ),
        open=s.deactivate_id != 0,
        on_open_change=_users.close_deactivate,
    )


def _users_content() -> rx.Component:
    s: Any = UsersAdminState
    return rx.vstack(
        admin_nav(routes.admin_url("users")),
        admin_header(
            "Users",
            "Find people, give or take away the instructor and admin roles, "
            "and deactivate accounts.",
        ),
        rx.hstack(
            rx.input(
                rx.input.slot(rx.icon("search", size=16)),
                value=s.query,
                on_change=_users.set_query.debounce(250),
                placeholder="Search name or email",
                width="100%",
                max_width="360px",
                id="user-search",
            ),
            rx.spacer(),
            rx.text(count_text(s.total, "user"), size="2", color="var(--gray-11)"),
            width="100%",
            align="center",
        ),
        rx.cond(
            s.error != "",
            rx.callout(
                s.error, icon="triangle-alert", color_scheme="red", width="100%", role="alert"
            ),
        ),
        rx.cond(
            s.loaded,
            rx.cond(
                s.users.length() == 0,
                rx.text("No users match.", color="var(--gray-11)", padding="1.5rem 0"),
                rx.box(
                    rx.table.root(
                        rx.table.header(
                            rx.table.row(
                                rx.table.column_header_cell("User"),
                                rx.table.column_header_cell(
                                    "Joined", display=["none", "none", "table-cell"]
                                ),
                                rx.table.column_header_cell("Instructor"),
                                rx.table.column_header_cell("Admin"),
                                rx.table.column_header_cell("Status"),
                                rx.table.column_header_cell(""),
                            )
                        ),
                        rx.table.body(rx.foreach(s.users, _user_row)),
                        width="100%",
                        variant="surface",
                    ),
                    width="100%",
                    overflow_x="auto",
                ),
            ),
            loading_panel(),
        ),
        rx.hstack(
            rx.button(
                rx.icon("chevron-left", size=14),
                "Previous",
                variant="soft",
                size="1",
                disabled=s.page <= 1,
                on_click=_users.go_to_page(s.page - 1),
            ),
            rx.text("Page ", s.page, " of ", s.page_count, size="2", color="var(--gray-11)"),
            rx.button(
                "Next",
                rx.icon("chevron-right", size=14),
                variant="soft",
                size="1",
                disabled=s.page >= s.page_count,
                on_click=_users.go_to_page(s.page + 1),
            ),
            spacing="3",
            align="center",
            justify="center",
            width="100%",
        ),
        _deactivate_dialog(),
        spacing="4",
        width="100%",
    )


def users_page() -> rx.Component:
    return page_shell(guarded("admin", _users_content))
