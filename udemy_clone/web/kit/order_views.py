"""Order pieces the shop pages share: thumbnail, status badge, total rows, order lines."""

from __future__ import annotations

from typing import Any

import reflex as rx

from udemy_clone.web.kit.theme import ACCENT


def thumb(url: Any, size: str = "96px") -> rx.Component:
    return rx.cond(
        url != "",
        rx.image(src=url, width=size, height="54px", object_fit="cover", border_radius="6px"),
        rx.center(
            rx.icon("play", size=20, color="white"),
            width=size,
            height="54px",
            border_radius="6px",
            background=f"linear-gradient(135deg, var(--{ACCENT}-9), var(--indigo-10))",
            flex_shrink="0",
        ),
    )


def status_badge(order: Any) -> rx.Component:
    return rx.badge(order.status, color_scheme=order.status_color, variant="soft", size="2")


def total_row(label: str, value: Any, **props: Any) -> rx.Component:
    return rx.hstack(rx.text(label, **props), rx.spacer(), rx.text(value, **props), width="100%")


def order_lines(order: Any) -> rx.Component:
    return rx.vstack(
        rx.foreach(
            order.lines,
            lambda item: total_row(item.title, item.price, size="2"),
        ),
        width="100%",
        spacing="2",
    )
