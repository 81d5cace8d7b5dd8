"""Sign in (/login)."""

from __future__ import annotations

import reflex as rx

from udemy_clone.core.brand import BRAND
from udemy_clone.web.kit import routes
from udemy_clone.web.kit.layout import page_shell
from udemy_clone.web.pages.auth.fields import auth_card, error_callout, field
from udemy_clone.web.pages.auth.state import LoginState


def login_page() -> rx.Component:
    return page_shell(
        auth_card(
            rx.heading(f"Log in to your {BRAND} account", size="6"),
            error_callout(LoginState.error),
            rx.form(
                rx.vstack(
                    field(
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
                    field(
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
            rx.text("Don't have an account? ", rx.link("Sign up", href=routes.REGISTER), size="2"),
        )
    )
