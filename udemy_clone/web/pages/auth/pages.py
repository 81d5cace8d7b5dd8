"""Sign-in, sign-up and account pages."""

from __future__ import annotations

import reflex as rx

from udemy_clone.core.brand import BRAND
from udemy_clone.web.kit.layout import loading_panel, page_shell
from udemy_clone.web.kit.state import AuthState
from udemy_clone.web.kit.theme import card_style
from udemy_clone.web.pages.auth.state import AccountState, LoginState, RegisterState
from udemy_clone.web.pages.notifications.components import preferences_card


def _field(label: str, control: rx.Component, error: rx.Var | str | None = None) -> rx.Component:
    return rx.vstack(
        rx.text(label, size="2", weight="medium", as_="label"),
        control,
        rx.cond(error, rx.text(error, color="var(--red-11)", size="1"), rx.fragment())
        if error is not None
        else rx.fragment(),
        spacing="1",
        width="100%",
        align="start",
    )


def _error_callout(message: rx.Var | str) -> rx.Component:
    return rx.cond(
        message != "",
        rx.callout(
            message, icon="triangle-alert", color_scheme="red", width="100%", id="form-error"
        ),
    )


def _auth_card(*children: rx.Component) -> rx.Component:
    return rx.center(
        rx.vstack(*children, spacing="4", width="100%", padding="2rem", style=card_style),
        width="100%",
        max_width="440px",
        margin="2rem auto",
    )


def login_page() -> rx.Component:
    return page_shell(
        _auth_card(
            rx.heading(f"Log in to your {BRAND} account", size="6"),
            _error_callout(LoginState.error),
            rx.form(
                rx.vstack(
                    _field(
                        "Email",
                        rx.input(
                            name="email",
                            type="email",
                            placeholder="you@example.com",
                            required=True,
                            width="100%",
                            size="3",
                            id="email",
                            auto_complete="email",
                        ),
                    ),
                    _field(
                        "Password",
                        rx.input(
                            name="password",
                            type="password",
                            required=True,
                            width="100%",
                            size="3",
                            id="password",
                            auto_complete="current-password",
                        ),
                    ),
                    rx.button("Log in", type="submit", width="100%", size="3", id="login-submit"),
                    spacing="4",
                    width="100%",
                ),
                on_submit=LoginState.submit,
                width="100%",
            ),
            rx.text("Don't have an account? ", rx.link("Sign up", href="/register"), size="2"),
        )
    )


def register_page() -> rx.Component:
    errors = RegisterState.field_errors
    return page_shell(
        _auth_card(
            rx.heading("Sign up and start learning", size="6"),
            _error_callout(RegisterState.error),
            rx.form(
                rx.vstack(
                    _field(
                        "Full name",
                        rx.input(
                            name="full_name",
                            required=True,
                            width="100%",
                            size="3",
                            id="full_name",
                            max_length=100,
                            auto_complete="name",
                        ),
                        errors.get("full_name", ""),
                    ),
                    _field(
                        "Email",
                        rx.input(
                            name="email",
                            type="email",
                            required=True,
                            width="100%",
                            size="3",
                            id="email",
                            max_length=254,
                            auto_complete="email",
                        ),
                        errors.get("email", ""),
                    ),
                    _field(
                        "Password",
                        rx.input(
                            name="password",
                            type="password",
                            required=True,
                            width="100%",
                            size="3",
                            id="password",
                            max_length=128,
                            auto_complete="new-password",
                        ),
                        errors.get("password", ""),
                    ),
                    rx.text(
                        "At least 8 characters, with letters and a digit or symbol.",
                        size="1",
                        color="var(--gray-10)",
                    ),
                    _field(
                        "I want to",
                        rx.radio_group.root(
                            rx.hstack(
                                rx.radio_group.item(value="student", id="role-student"),
                                rx.text("learn", size="2"),
                                rx.radio_group.item(value="instructor", id="role-instructor"),
                                rx.text("learn and teach", size="2"),
                                spacing="2",
                                align="center",
                            ),
                            name="role",
                            default_value=RegisterState.default_role,
                        ),
                    ),
                    rx.button(
                        "Sign up", type="submit", width="100%", size="3", id="register-submit"
                    ),
                    spacing="4",
                    width="100%",
                ),
                on_submit=RegisterState.submit,
                width="100%",
            ),
            rx.text("Already have an account? ", rx.link("Log in", href="/login"), size="2"),
        )
    )


def _message(ok: rx.Var | str, err: rx.Var | str) -> rx.Component:
    return rx.fragment(
        rx.cond(ok != "", rx.callout(ok, icon="check", color_scheme="green", width="100%")),
        rx.cond(
            err != "", rx.callout(err, icon="triangle-alert", color_scheme="red", width="100%")
        ),
    )


def account_page() -> rx.Component:
    content = rx.vstack(
        rx.hstack(
            rx.avatar(fallback=AuthState.initials, size="6", radius="full"),
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
            ),
            spacing="4",
            align="center",
        ),
        rx.grid(
            rx.vstack(
                rx.heading("Profile", size="4"),
                _message(AccountState.profile_message, AccountState.profile_error),
                rx.form(
                    rx.vstack(
                        _field(
                            "Full name",
                            rx.input(
                                name="full_name",
                                default_value=AccountState.full_name,
                                key=AccountState.full_name,
                                max_length=100,
                                width="100%",
                            ),
                        ),
                        _field(
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
                        _field(
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
                        _field(
                            "Current password",
                            rx.input(
                                name="current_password",
                                type="password",
                                width="100%",
                                required=True,
                            ),
                        ),
                        _field(
                            "New password",
                            rx.input(
                                name="new_password",
                                type="password",
                                width="100%",
                                required=True,
                                max_length=128,
                            ),
                        ),
                        _field(
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
        spacing="6",
        width="100%",
    )
    return page_shell(rx.cond(AuthState.is_authenticated, content, loading_panel()))


def _notification_preferences() -> rx.Component:
    return preferences_card()
