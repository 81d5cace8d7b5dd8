"""The buy box's price and coupon field: figures from `orders.service.quote_course`, the same
pricing checkout charges; the applied code travels with "Add to cart" and "Buy now"."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator
from dataclasses import dataclass
from typing import Any

import reflex as rx
from reflex.event import EventSpec

from udemy_clone.core import db
from udemy_clone.core.errors import DomainError
from udemy_clone.core.money import format_price
from udemy_clone.orders import service as orders_service
from udemy_clone.orders.models import PriceQuotePublic
from udemy_clone.web.kit.auth import current_user
from udemy_clone.web.pages.cart.state import CartState


@dataclass
class PriceView:
    """A quote as the buy box prints it."""

    price: str = ""
    list_price: str = ""
    discounted: bool = False
    percent_off: str = ""  # "30% off"
    # "3 days left at this price" when the discount's coupon expires, else ""
    note: str = ""
    code: str = ""
    is_public: bool = False


def price_view(quote: PriceQuotePublic) -> PriceView:
    """The buy box's strings for a quote."""
    discounted = quote.discount_cents > 0
    note = ""
    if discounted and quote.days_left:
        day = "day" if quote.days_left == 1 else "days"
        note = f"{quote.days_left} {day} left at this price"
    return PriceView(
        price=format_price(quote.price_cents, quote.currency),
        list_price=format_price(quote.list_price_cents, quote.currency),
        discounted=discounted,
        percent_off=f"{quote.percent_off}% off" if discounted else "",
        note=note,
        code=quote.coupon_code or "",
        is_public=quote.coupon_is_public,
    )


def read_quote(course_id: int, coupon_code: str | None, user_id: int | None) -> PriceQuotePublic:
    """The course's price for this viewer (run in a worker thread)."""
    with db.read_session() as session:
        return orders_service.quote_course(
            session=session, course_id=course_id, coupon_code=coupon_code, user_id=user_id
        )


class BuyBoxState(rx.State):
    """The price shown in the buy box and the coupon typed into it."""

    course_id: int = 0
    view: PriceView = PriceView()
    applied_code: str = ""
    coupon_input: str = ""
    coupon_error: str = ""
    coupon_open: bool = False
    checking: bool = False

    def show(self, course_id: int, quote: PriceQuotePublic | None) -> None:
        """A course page loaded: its public price (no typed code yet)."""
        self.course_id = course_id
        self.view = price_view(quote) if quote else PriceView()
        self.applied_code = ""
        self.coupon_input = ""
        self.coupon_error = ""
        self.coupon_open = False

    @rx.event
    def toggle_coupon(self) -> None:
        """Show or hide the coupon field."""
        self.coupon_open = not self.coupon_open
        self.coupon_error = ""

    @rx.event
    def set_coupon_input(self, value: str) -> None:
        """The coupon field as the student types."""
        self.coupon_input = value[:40]
        self.coupon_error = ""

    @rx.event
    async def apply_coupon(
        self, form: dict[str, Any] | None = None
    ) -> AsyncGenerator[EventSpec | None, None]:
        """Price the course with the typed code; a code that does not work says why."""
        code = str((form or {}).get("coupon_code", self.coupon_input)).strip()[:40]
        if not code:
            self.coupon_error = "Enter a coupon code."
            return
        auth = await current_user(self)
        self.checking = True
        yield None
        try:
            quote = await asyncio.to_thread(read_quote, self.course_id, code, auth.user_id or None)
        except DomainError as exc:
            self.coupon_error = exc.message
            self.checking = False
            return
        self.checking = False
        # the days left, if the code expires; the code itself shows in the field's place
        self.view = price_view(quote)
        self.applied_code = quote.coupon_code or ""
        self.coupon_input = ""
        self.coupon_error = ""

    @rx.event
    async def remove_coupon(self) -> None:
        """Back to the price without the typed code."""
        quote = await asyncio.to_thread(read_quote, self.course_id, None, None)
        self.view = price_view(quote)
        self.applied_code = ""
        self.coupon_error = ""

    async def _carry_code(self) -> None:
        cart = await self.get_state(CartState)
        if self.applied_code:
            cart.coupon_code = self.applied_code

    @rx.event
    async def add_to_cart(self) -> EventSpec | list[EventSpec] | None:
        """Add to cart, keeping the applied code for the cart and checkout."""
        await self._carry_code()
        return CartState.add_to_cart(self.course_id)  # type: ignore[operator]

    @rx.event
    async def buy_now(self) -> EventSpec | None:
        """Buy now with the applied code."""
        await self._carry_code()
        return CartState.buy_now(self.course_id)  # type: ignore[operator]
