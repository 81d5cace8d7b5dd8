"""The course page's buy box: price, the primary action, what the course includes."""

from __future__ import annotations

from typing import Any

import reflex as rx

from udemy_clone.web.kit import routes
from udemy_clone.web.kit.course_card import (
    thumbnail,
)
from udemy_clone.web.kit.theme import ACCENT, card_style
from udemy_clone.web.pages.cart.buttons import enroll_free_button
from udemy_clone.web.pages.course.buy_box_state import BuyBoxState
from udemy_clone.web.pages.course.state import CoursePageState
from udemy_clone.web.pages.course.views.common import BUY_BOX_IMAGE_SIZES, C
from udemy_clone.web.pages.course.views.gift import gift_button
from udemy_clone.web.pages.course.views.price import coupon_field, price_block
from udemy_clone.web.pages.course.views.share import share_menu
from udemy_clone.web.pages.wishlist.buttons import wish_button


def _primary_action() -> rx.Component:
    full = {"width": "100%", "size": "3"}
    return rx.match(
        CoursePageState.offer,
        (
            "enrolled",
            rx.link(
                rx.button(
                    rx.icon("circle-play", size=18), "Go to course", id="buy-primary", **full
                ),
                href=C.learn_href,
                width="100%",
            ),
        ),
        (
            "in_cart",
            rx.link(
                rx.button(
                    rx.icon("shopping-cart", size=18), "Go to cart", id="buy-primary", **full
                ),
                href=routes.CART,
                width="100%",
            ),
        ),
        (
            "owner",
            rx.vstack(
                rx.callout("You teach this course.", icon="info", width="100%", size="1"),
                rx.link(
                    rx.button("Edit this course", variant="soft", id="buy-primary", **full),
                    href=C.studio_href,
                    width="100%",
                ),
                width="100%",
                spacing="2",
            ),
        ),
        (
            "free",
            enroll_free_button(CoursePageState.course_id, width="100%", id="buy-primary"),
        ),
        rx.vstack(
            rx.hstack(
                rx.button(
                    rx.icon("shopping-cart", size=18),
                    "Add to cart",
                    on_click=[BuyBoxState.add_to_cart, CoursePageState.load_offer],
                    id="buy-primary",
                    size="3",
                    flex="1",
                ),
                wish_button(CoursePageState.course_id),
                width="100%",
                spacing="2",
            ),
            rx.button(
                "Buy now",
                on_click=BuyBoxState.buy_now,
                variant="outline",
                size="3",
                width="100%",
                id="buy-now",
            ),
            width="100%",
            spacing="2",
        ),
    )


def _includes_line(icon: str, *text: Any) -> rx.Component:
    return rx.hstack(
        rx.icon(icon, size=16, color="var(--gray-11)"),
        rx.text(*text, size="2"),
        spacing="2",
        align="center",
    )


def buy_box() -> rx.Component:
    preview = rx.cond(
        CoursePageState.first_preview_href != "",
        rx.link(
            rx.center(
                rx.vstack(
                    rx.center(
                        rx.icon("play", size=26, color=f"var(--{ACCENT}-11)"),
                        width="60px",
                        height="60px",
                        border_radius="50%",
                        background="white",
                        box_shadow="0 6px 18px rgba(0,0,0,0.25)",
                    ),
                    rx.text("Preview this course", weight="bold", color="white", size="2"),
                    align="center",
                    spacing="2",
                ),
                position="absolute",
                inset="0",
                background="linear-gradient(180deg, rgba(0,0,0,0.05), rgba(0,0,0,0.55))",
                border_radius="10px",
            ),
            href=CoursePageState.first_preview_href,
            id="preview-course",
        ),
    )
    return rx.box(
        rx.box(
            # the largest image of the page's first screen: fetched at once
            thumbnail(C.thumbnail, C.title, eager=True, sizes=BUY_BOX_IMAGE_SIZES),
            preview,
            position="relative",
        ),
        rx.vstack(
            # enrolled students and the course's instructor see no price, only their way in
            rx.cond(
                (CoursePageState.offer == "enrolled") | (CoursePageState.offer == "owner"),
                rx.fragment(),
                price_block(),
            ),
            _primary_action(),
            rx.cond(
                (CoursePageState.offer == "buy") | (CoursePageState.offer == "in_cart"),
                coupon_field(),
            ),
            rx.cond(
                (CoursePageState.offer == "buy")
                | (CoursePageState.offer == "in_cart")
                | (CoursePageState.offer == "enrolled"),
                gift_button(),
            ),
            rx.cond(
                (CoursePageState.offer == "buy") | (CoursePageState.offer == "in_cart"),
                rx.text(
                    CoursePageState.refund_days,
                    "-Day Money-Back Guarantee",
                    size="1",
                    color="var(--gray-11)",
                    text_align="center",
                    width="100%",
                    id="money-back",
                ),
            ),
            rx.center(share_menu(), width="100%"),
            rx.vstack(
                rx.text("This course includes:", weight="bold", size="2"),
                _includes_line("monitor-play", C.video_length, " of on-demand video"),
                _includes_line("list-video", C.lectures_label, " in ", C.sections_label),
                _includes_line("smartphone", "Watch on phone, tablet and desktop"),
                _includes_line("infinity", "Full lifetime access"),
                spacing="2",
                width="100%",
                padding_top="0.5rem",
            ),
            spacing="3",
            width="100%",
            padding="1.25rem",
        ),
        **{**card_style, "box_shadow": "0 10px 30px rgba(20, 10, 40, 0.12)"},
        overflow="hidden",
        padding="0",
        width="100%",
        id="buy-box",
    )


def phone_buy_bar() -> rx.Component:
    """Phones: the price and the main action stay at the bottom of the screen while the page
    scrolls (desktops keep the whole buy box in view instead)."""
    return rx.cond(
        (CoursePageState.offer == "buy") | (CoursePageState.offer == "in_cart"),
        rx.hstack(
            rx.vstack(
                rx.text(
                    C.title,
                    size="1",
                    weight="bold",
                    style={
                        "whiteSpace": "nowrap",
                        "overflow": "hidden",
                        "textOverflow": "ellipsis",
                    },
                    max_width="45vw",
                ),
                rx.hstack(
                    rx.text(BuyBoxState.view.price, weight="bold", size="4", id="buy-bar-price"),
                    rx.cond(
                        BuyBoxState.view.discounted,
                        rx.text(
                            BuyBoxState.view.list_price,
                            size="2",
                            color="var(--gray-10)",
                            text_decoration="line-through",
                        ),
                    ),
                    spacing="2",
                    align="baseline",
                ),
                spacing="0",
                align="start",
                min_width="0",
            ),
            rx.spacer(),
            rx.cond(
                CoursePageState.offer == "in_cart",
                rx.link(rx.button("Go to cart", size="3"), href=routes.CART),
                rx.button(
                    "Add to cart",
                    size="3",
                    on_click=[BuyBoxState.add_to_cart, CoursePageState.load_offer],
                    id="buy-bar-add",
                ),
            ),
            position="fixed",
            bottom="0",
            left="0",
            right="0",
            z_index="40",
            padding="0.75rem 1rem calc(0.75rem + env(safe-area-inset-bottom))",
            background="var(--color-panel-solid)",
            border_top="1px solid var(--gray-a5)",
            box_shadow="0 -6px 20px rgba(0,0,0,0.08)",
            align="center",
            display=["flex", "flex", "none"],
            id="buy-bar",
        ),
    )
