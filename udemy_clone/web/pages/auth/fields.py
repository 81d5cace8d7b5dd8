"""Form pieces of the sign-in, sign-up and account pages: a labelled field, an error, the card."""

from __future__ import annotations

import reflex as rx

from udemy_clone.web.kit.theme import card_style


def field(label: str, control: rx.Component, error: rx.Var | str | None = None) -> rx.Component:
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


def error_callout(message: rx.Var | str) -> rx.Component:
    return rx.cond(
        message != "",
        rx.callout(
            message, icon="triangle-alert", color_scheme="red", width="100%", id="form-error"
        ),
    )


def auth_card(*children: rx.Component) -> rx.Component:
    return rx.center(
        rx.vstack(*children, spacing="4", width="100%", padding="2rem", style=card_style),
        width="100%",
        max_width="440px",
        margin="2rem auto",
    )
