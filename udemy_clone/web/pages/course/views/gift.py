"""The buy box's "Buy this course as a gift" link and its form."""

from __future__ import annotations

import reflex as rx

from udemy_clone.web.pages.course.buy_box_state import BuyBoxState
from udemy_clone.web.pages.course.gift_state import GiftFormState
from udemy_clone.web.pages.course.views.common import C


def _field(label: str, control: rx.Component, name: str) -> rx.Component:
    return rx.vstack(
        rx.text(label, size="2", weight="medium", as_="label"),
        control,
        rx.cond(
            (GiftFormState.field == name) & (GiftFormState.error != ""),
            rx.text(GiftFormState.error, size="2", color="var(--red-11)", role="alert"),
        ),
        spacing="1",
        width="100%",
    )


def _form() -> rx.Component:
    return rx.form(
        rx.vstack(
            _field(
                "Recipient's email",
                rx.input(
                    name="recipient_email",
                    type="email",
                    placeholder="name@example.com",
                    required=True,
                    max_length=254,
                    width="100%",
                    id="gift-email",
                    on_change=GiftFormState.clear_error,
                ),
                "recipient_email",
            ),
            _field(
                "Recipient's name",
                rx.input(
                    name="recipient_name",
                    placeholder="Who is it for?",
                    required=True,
                    max_length=120,
                    width="100%",
                    id="gift-name",
                    on_change=GiftFormState.clear_error,
                ),
                "recipient_name",
            ),
            _field(
                "Message (optional)",
                rx.text_area(
                    name="message",
                    placeholder="Happy birthday! I think you'll love this course.",
                    max_length=GiftFormState.message_max,
                    rows="3",
                    width="100%",
                    id="gift-message",
                    on_change=GiftFormState.clear_error,
                ),
                "message",
            ),
            rx.cond(
                (GiftFormState.field == "") & (GiftFormState.error != ""),
                rx.callout(
                    GiftFormState.error,
                    icon="triangle-alert",
                    color_scheme="red",
                    size="1",
                    width="100%",
                    id="gift-error",
                ),
            ),
            rx.hstack(
                rx.text("You pay", size="2", color="var(--gray-11)"),
                rx.text(BuyBoxState.view.price, weight="bold", size="3", id="gift-price"),
                rx.cond(
                    BuyBoxState.view.discounted,
                    rx.text(
                        BuyBoxState.view.list_price,
                        size="2",
                        color="var(--gray-10)",
                        text_decoration="line-through",
                    ),
                ),
                rx.cond(
                    BuyBoxState.applied_code != "",
                    rx.badge(BuyBoxState.applied_code, color_scheme="green"),
                ),
                spacing="2",
                align="baseline",
                wrap="wrap",
            ),
            rx.text(
                "After payment we email them a link. They sign in or create an account to "
                "redeem it; the link works once.",
                size="1",
                color="var(--gray-11)",
            ),
            rx.hstack(
                rx.dialog.close(
                    rx.button("Cancel", variant="soft", color_scheme="gray", type="button")
                ),
                rx.button(
                    rx.cond(GiftFormState.busy, rx.spinner(size="2"), rx.icon("gift", size=16)),
                    "Continue to payment",
                    type="submit",
                    disabled=GiftFormState.busy,
                    id="gift-submit",
                ),
                justify="end",
                spacing="2",
                width="100%",
                wrap="wrap",
            ),
            spacing="3",
            width="100%",
        ),
        on_submit=GiftFormState.submit,
        reset_on_submit=False,
        width="100%",
    )


def gift_button() -> rx.Component:
    """ "Buy this course as a gift" and the dialog it opens."""
    return rx.dialog.root(
        rx.button(
            rx.icon("gift", size=16),
            "Buy this course as a gift",
            variant="ghost",
            size="2",
            width="100%",
            on_click=GiftFormState.open_form,
            id="gift-open",
        ),
        rx.dialog.content(
            rx.dialog.title("Give this course as a gift"),
            rx.dialog.description(
                rx.text(C.title, weight="medium"),
                size="2",
                color="var(--gray-11)",
                margin_bottom="0.75rem",
            ),
            _form(),
            max_width="480px",
            id="gift-dialog",
        ),
        open=GiftFormState.open,
        on_open_change=GiftFormState.set_open,
    )
