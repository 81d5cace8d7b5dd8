"""The instructor's coupons (/studio/coupons): create, list, deactivate."""

from __future__ import annotations

from typing import Any

import reflex as rx

from udemy_clone.web.kit.components import error_callout, success_callout
from udemy_clone.web.kit.layout import guarded, page_shell
from udemy_clone.web.kit.state import AuthState
from udemy_clone.web.kit.theme import card_style
from udemy_clone.web.pages.studio.coupons_state import CouponStudioState


def _coupon_row(coupon: Any) -> rx.Component:
    return rx.table.row(
        rx.table.cell(
            rx.hstack(
                rx.code(coupon.code),
                rx.cond(coupon.public, rx.badge("sale", color_scheme="green")),
                spacing="2",
            )
        ),
        rx.table.cell(coupon.discount),
        rx.table.cell(coupon.course),
        rx.table.cell(coupon.used),
        rx.table.cell(coupon.expires),
        rx.table.cell(
            rx.cond(
                coupon.active,
                rx.button(
                    "Deactivate",
                    size="1",
                    variant="soft",
                    color_scheme="red",
                    on_click=CouponStudioState.deactivate(coupon.id),  # type: ignore[operator]
                ),
                rx.badge("inactive", color_scheme="gray"),
            )
        ),
    )


def _coupon_form() -> rx.Component:
    return rx.form(
        rx.vstack(
            rx.heading("New coupon", size="4"),
            rx.flex(
                rx.vstack(
                    rx.text("Code", size="2", weight="medium"),
                    rx.input(
                        name="code", placeholder="LAUNCH-50", required=True, id="coupon-new-code"
                    ),
                    align="start",
                    spacing="1",
                ),
                rx.vstack(
                    rx.text("Discount", size="2", weight="medium"),
                    rx.hstack(
                        rx.select(
                            ["percent", "amount"],
                            value=CouponStudioState.kind,
                            on_change=CouponStudioState.set_kind,
                        ),
                        rx.input(
                            name="value",
                            type="number",
                            min="0.01",
                            step="0.01",
                            placeholder=rx.cond(
                                CouponStudioState.kind == "amount", "$ off", "% off"
                            ),
                            required=True,
                            id="coupon-new-value",
                        ),
                    ),
                    align="start",
                    spacing="1",
                ),
                rx.vstack(
                    rx.text("Course", size="2", weight="medium"),
                    rx.el.select(
                        rx.el.option(
                            rx.cond(
                                AuthState.is_admin, "Every course (site-wide)", "All my courses"
                            ),
                            value="",
                        ),
                        rx.foreach(
                            CouponStudioState.courses,
                            lambda c: rx.el.option(c.label, value=c.value),
                        ),
                        name="course_id",
                        style={
                            "padding": "6px",
                            "border_radius": "6px",
                            "border": "1px solid var(--gray-a7)",
                            "max_width": "260px",
                        },
                    ),
                    align="start",
                    spacing="1",
                ),
                rx.vstack(
                    rx.text("Max uses", size="2", weight="medium"),
                    rx.input(
                        name="max_redemptions", type="number", min="1", placeholder="Unlimited"
                    ),
                    align="start",
                    spacing="1",
                ),
                rx.vstack(
                    rx.text("Expires", size="2", weight="medium"),
                    rx.input(name="expires_at", type="date"),
                    align="start",
                    spacing="1",
                ),
                rx.vstack(
                    rx.text("Sale", size="2", weight="medium"),
                    rx.text(
                        rx.el.input(type="checkbox", name="public", id="coupon-new-public"),
                        " Apply to every visitor (no code to type)",
                        as_="label",
                        size="2",
                    ),
                    align="start",
                    spacing="1",
                ),
                gap="1rem",
                wrap="wrap",
            ),
            error_callout(CouponStudioState.error),
            success_callout(CouponStudioState.message),
            rx.button("Create coupon", type="submit", id="coupon-create"),
            spacing="3",
            align="start",
            width="100%",
        ),
        on_submit=CouponStudioState.create,
        reset_on_submit=True,
        width="100%",
        padding="1.5rem",
        style=card_style,
    )


def studio_coupons_page() -> rx.Component:
    return page_shell(
        guarded(
            "instructor",
            lambda: rx.vstack(
                rx.heading("Coupons", size="8"),
                rx.text(
                    "Share a code to give students a discount on your courses.",
                    color="var(--gray-11)",
                ),
                _coupon_form(),
                rx.table.root(
                    rx.table.header(
                        rx.table.row(
                            *[
                                rx.table.column_header_cell(h)
                                for h in ("Code", "Discount", "Applies to", "Used", "Expires", "")
                            ]
                        )
                    ),
                    rx.table.body(rx.foreach(CouponStudioState.coupons, _coupon_row)),
                    width="100%",
                    variant="surface",
                ),
                spacing="5",
                width="100%",
            ),
        )
    )
