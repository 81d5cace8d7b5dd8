"""A gift's redemption page (/gift/<token>): what the gift is, then sign in and redeem."""

from __future__ import annotations

import reflex as rx

from udemy_clone.web.kit import routes
from udemy_clone.web.kit.components import empty_state
from udemy_clone.web.kit.layout import page_shell
from udemy_clone.web.kit.theme import card_style
from udemy_clone.web.pages.gift.state import GiftRedeemState as G


def _error() -> rx.Component:
    return rx.cond(
        G.error != "",
        rx.callout(
            G.error, icon="triangle-alert", color_scheme="red", width="100%", id="gift-redeem-error"
        ),
    )


def _actions() -> rx.Component:
    redeemed = rx.vstack(
        rx.callout(
            "The course is yours: it is in My courses.",
            icon="circle-check",
            color_scheme="green",
            width="100%",
            id="gift-redeemed",
        ),
        rx.link(
            rx.button(rx.icon("circle-play", size=18), "Start learning", size="3", width="100%"),
            href=G.learn_href,
            width="100%",
            id="gift-start",
        ),
        width="100%",
        spacing="3",
    )
    signed_in = rx.vstack(
        rx.text("Signed in as ", rx.text.strong(G.viewer), size="2", color="var(--gray-11)"),
        rx.button(
            rx.cond(G.busy, rx.spinner(size="2"), rx.icon("gift", size=18)),
            "Redeem this gift",
            size="3",
            width="100%",
            on_click=G.redeem,
            disabled=G.busy,
            id="gift-redeem",
        ),
        width="100%",
        spacing="2",
    )
    signed_out = rx.vstack(
        rx.text(
            "Sign in or create a free account to redeem it. Any account works.",
            size="2",
            color="var(--gray-11)",
        ),
        rx.flex(
            rx.link(
                rx.button("Sign in to redeem", size="3", width="100%"),
                href=G.login_href,
                flex="1",
                id="gift-sign-in",
            ),
            rx.link(
                rx.button("Create an account", size="3", variant="outline", width="100%"),
                href=G.register_href,
                flex="1",
                id="gift-sign-up",
            ),
            gap="0.5rem",
            width="100%",
            direction=rx.breakpoints(initial="column", sm="row"),
        ),
        width="100%",
        spacing="2",
    )
    return rx.cond(
        G.redeemed_now,
        redeemed,
        rx.match(
            G.status,
            (
                "sent",
                rx.cond(G.signed_in, signed_in, signed_out),
            ),
            (
                "redeemed",
                rx.callout(
                    "This gift has already been redeemed.",
                    icon="info",
                    width="100%",
                    id="gift-used",
                ),
            ),
            rx.callout(
                "This gift cannot be redeemed: its payment did not go through, or it was "
                "refunded to its sender.",
                icon="info",
                color_scheme="amber",
                width="100%",
                id="gift-unavailable",
            ),
        ),
    )


def _gift_card() -> rx.Component:
    return rx.vstack(
        rx.center(
            rx.icon("gift", size=34, color="var(--accent-11)"),
            width="72px",
            height="72px",
            border_radius="50%",
            background="var(--accent-a3)",
        ),
        rx.heading(
            G.sender, " sent you a course", size="6", text_align="center", id="gift-heading"
        ),
        rx.link(
            rx.text(G.course_title, size="4", weight="bold", text_align="center"),
            href=G.course_href,
            id="gift-course",
        ),
        rx.cond(
            G.message != "",
            rx.blockquote(G.message, size="3", width="100%", id="gift-message-shown"),
        ),
        _error(),
        _actions(),
        align="center",
        spacing="4",
        width="100%",
        max_width="520px",
        padding=["1.25rem", "2rem"],
        style=card_style,
    )


def gift_redeem_page() -> rx.Component:
    return page_shell(
        rx.center(
            rx.cond(
                ~G.loaded,
                rx.center(rx.spinner(size="3"), padding="4rem"),
                rx.cond(
                    G.not_found,
                    empty_state(
                        "gift",
                        "This gift link does not work",
                        rx.text(G.error, color="var(--gray-11)", text_align="center"),
                        rx.link(rx.button("Browse courses", size="3"), href=routes.BROWSE),
                        heading_id="gift-not-found",
                    ),
                    _gift_card(),
                ),
            ),
            width="100%",
            padding_y="2rem",
        )
    )
