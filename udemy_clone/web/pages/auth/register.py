"""Sign up (/register), as a student or an instructor."""

from __future__ import annotations

import reflex as rx

from udemy_clone.web.kit import routes
from udemy_clone.web.kit.layout import page_shell
from udemy_clone.web.pages.auth.fields import auth_card, error_callout, field
from udemy_clone.web.pages.auth.state import RegisterState


def register_page() -> rx.Component:
    errors = RegisterState.field_errors
    return page_shell(
        auth_card(
            rx.cond(
                RegisterState.role == "instructor",
                rx.heading("Sign up and start teaching", size="6", id="register-heading"),
                rx.heading("Sign up and start learning", size="6", id="register-heading"),
            ),
            error_callout(RegisterState.error),
            rx.form(
                rx.vstack(
                    field(
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
                    field(
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
                    field(
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
                    field(
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
                            value=RegisterState.role,
                            on_change=RegisterState.choose_role,
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
            rx.text("Already have an account? ", rx.link("Log in", href=routes.LOGIN), size="2"),
        )
    )
