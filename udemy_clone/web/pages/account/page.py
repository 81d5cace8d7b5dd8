"""The account page (/account): photo, profile, password, notification preferences, data."""

from __future__ import annotations

import reflex as rx

from udemy_clone.web.kit.layout import loading_panel, page_shell
from udemy_clone.web.kit.state import AuthState
from udemy_clone.web.kit.theme import card_style
from udemy_clone.web.pages.account.data_rights import data_rights_card, photo_card
from udemy_clone.web.pages.account.state import AccountState
from udemy_clone.web.pages.auth.fields import field
from udemy_clone.web.pages.notifications.components import preferences_card


def _message(ok: rx.Var | str, err: rx.Var | str) -> rx.Component:
    return rx.fragment(
        rx.cond(ok != "", rx.callout(ok, icon="check", color_scheme="green", width="100%")),
        rx.cond(
            err != "", rx.callout(err, icon="triangle-alert", color_scheme="red", width="100%")
        ),
    )


def account_page() -> rx.Component:
    content = rx.vstack(
        rx.flex(
            photo_card(),
            rx.vstack(
                rx.heading(AuthState.user_name, size="7", id="account-name"),
                rx.text(AuthState.user_email, color="var(--gray-11)"),
                rx.hstack(
                    rx.foreach(AuthState.roles, lambda r: rx.badge(r, variant="soft")),
                    rx.text(
                        "Member since ", AccountState.member_since, size="1", color="var(--gray-10)"
                    ),
                    align="center",
                ),
                spacing="1",
                align="start",
                min_width="0",
            ),
            gap="1.5rem",
            align=rx.breakpoints(initial="start", sm="center"),
            direction=rx.breakpoints(initial="column", sm="row"),
        ),
        rx.grid(
            rx.vstack(
                rx.heading("Profile", size="4"),
                _message(AccountState.profile_message, AccountState.profile_error),
                rx.form(
                    rx.vstack(
                        field(
                            "Full name",
                            rx.input(
                                name="full_name",
                                default_value=AccountState.full_name,
                                key=AccountState.full_name,
                                max_length=100,
                                width="100%",
                            ),
                        ),
                        field(
                            "Headline",
                            rx.input(
                                name="headline",
                                default_value=AccountState.headline,
                                key=AccountState.headline,
                                max_length=120,
                                placeholder="e.g. Data engineer and teacher",
                                width="100%",
                            ),
                        ),
                        field(
                            "Bio",
                            rx.text_area(
                                name="bio",
                                default_value=AccountState.bio,
                                key=AccountState.bio,
                                max_length=4000,
                                rows="4",
                                width="100%",
                            ),
                        ),
                        rx.button("Save profile", type="submit"),
                        spacing="3",
                        width="100%",
                        align="start",
                    ),
                    on_submit=AccountState.save_profile,
                    width="100%",
                ),
                style=card_style,
                padding="1.5rem",
                spacing="3",
                width="100%",
            ),
            rx.vstack(
                rx.heading("Password", size="4"),
                _message(AccountState.password_message, AccountState.password_error),
                rx.form(
                    rx.vstack(
                        field(
                            "Current password",
                            rx.input(
                                name="current_password",
                                type="password",
                                width="100%",
                                required=True,
                            ),
                        ),
                        field(
                            "New password",
                            rx.input(
                                name="new_password",
                                type="password",
                                width="100%",
                                required=True,
                                max_length=128,
                            ),
                        ),
                        field(
                            "Repeat new password",
                            rx.input(
                                name="confirm_password",
                                type="password",
                                width="100%",
                                required=True,
                                max_length=128,
                            ),
                        ),
                        rx.button("Change password", type="submit", variant="soft"),
                        spacing="3",
                        width="100%",
                        align="start",
                    ),
                    on_submit=AccountState.change_password,
                    reset_on_submit=True,
                    width="100%",
                ),
                style=card_style,
                padding="1.5rem",
                spacing="3",
                width="100%",
            ),
            columns=rx.breakpoints(initial="1", md="2"),
            spacing="5",
            width="100%",
        ),
        _notification_preferences(),
        data_rights_card(),
        spacing="6",
        width="100%",
    )
    return page_shell(rx.cond(AuthState.is_authenticated, content, loading_panel()))


def _notification_preferences() -> rx.Component:
    return preferences_card()
