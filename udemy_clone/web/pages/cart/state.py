"""The cart's state; `CartState.add_to_cart(course_id)` is what other pages' buttons call."""

from __future__ import annotations

import asyncio
from typing import Any

import reflex as rx
from reflex.event import EventSpec

from udemy_clone.core import db
from udemy_clone.core.errors import DomainError
from udemy_clone.core.money import format_money
from udemy_clone.orders import service
from udemy_clone.orders.models import CartPublic
from udemy_clone.web.kit import routes
from udemy_clone.web.kit.auth import current_path, current_user, login_redirect
from udemy_clone.web.kit.referral import ReferralState
from udemy_clone.web.kit.use_case import run_use_case
from udemy_clone.web.pages.cart.rows import CartLineRow, cart_lines

# The database work of the handlers below runs in worker threads (see AuthState._restore).


def _priced_cart(user_id: int, coupon_code: str | None) -> CartPublic:
    with db.transaction() as session:
        return service.get_cart(session=session, user_id=user_id, coupon_code=coupon_code)


def _fetch_cart(user_id: int, coupon_code: str) -> tuple[CartPublic, str]:
    """The cart priced with the coupon; without it (and why) when the coupon stopped working."""
    try:
        return _priced_cart(user_id, coupon_code or None), ""
    except DomainError as exc:
        return _priced_cart(user_id, None), exc.message


def _cart_count(user_id: int) -> int:
    with db.read_session() as session:
        return service.cart_count(session=session, user_id=user_id)


def _add_to_cart(user_id: int, course_id: int) -> int:
    """Add the course; the new count."""
    with db.transaction() as session:
        service.add_to_cart(session=session, user_id=user_id, course_id=course_id)
        return service.cart_count(session=session, user_id=user_id)


class CartState(rx.State):
    """The cart page and the header's cart badge."""

    count: int = 0
    count_for: str = ""  # the AuthState.counts_key the header's count was loaded for
    items: list[CartLineRow] = []
    subtotal: str = ""
    discount: str = ""
    total: str = ""
    has_discount: bool = False
    coupon_code: str = ""
    coupon_input: str = ""
    coupon_description: str = ""
    coupon_error: str = ""
    error: str = ""
    mixed_currencies: bool = False
    loaded: bool = False
    busy: bool = False
    cancelled: bool = False

    def _apply(self, cart: CartPublic) -> None:
        self.count = cart.count
        self.items = cart_lines(cart.items)
        self.subtotal = format_money(cart.subtotal_cents, cart.currency)
        self.discount = format_money(-cart.discount_cents, cart.currency)
        self.total = format_money(cart.total_cents, cart.currency)
        self.has_discount = cart.discount_cents > 0
        self.coupon_description = cart.coupon.description if cart.coupon else ""
        self.mixed_currencies = cart.mixed_currencies
        self.loaded = True

    async def _load(self, user_id: int) -> None:
        cart, coupon_error = await asyncio.to_thread(_fetch_cart, user_id, self.coupon_code)
        if coupon_error:
            # a coupon that stopped working (expired, used up) is dropped, the cart still shows
            self.coupon_error = coupon_error
            self.coupon_code = ""
        self._apply(cart)

    @rx.event
    async def refresh_count(self) -> None:
        """The header badge: how many courses are in the cart (asked for by the header only
        when `count_for` is not the tab's AuthState.counts_key)."""
        auth = await current_user(self)
        self.count_for = auth.counts_key
        if not auth.user_id:
            self.count = 0
            return
        self.count = await asyncio.to_thread(_cart_count, auth.user_id)

    @rx.event
    async def load_cart(self) -> EventSpec | None:
        """On load of /cart."""
        auth = await current_user(self)
        self.error = ""
        self.coupon_error = ""
        self.cancelled = self.router.url.query_parameters.get("cancelled") == "1"
        if not auth.user_id:
            return login_redirect(current_path(self))
        await self._load(auth.user_id)
        return None

    @rx.event
    async def add_to_cart(self, course_id: int) -> EventSpec | list[EventSpec] | None:
        """Put a course in the cart (drop this into any "Add to cart" button)."""
        auth = await current_user(self)
        if not auth.user_id:
            return login_redirect(current_path(self))
        try:
            self.count = await asyncio.to_thread(_add_to_cart, auth.user_id, int(course_id))
        except DomainError as exc:
            return rx.toast.error(exc.message)
        return rx.toast.success(
            "Added to your cart.",
            action={"label": "Go to cart", "on_click": rx.redirect(routes.CART)},
        )

    @rx.event
    async def buy_now(self, course_id: int) -> EventSpec | None:
        """Add the course and open the cart (free courses: enroll at once, see enroll_free)."""
        auth = await current_user(self)
        if not auth.user_id:
            return login_redirect(current_path(self))
        result = await asyncio.to_thread(
            run_use_case, service.add_to_cart, user_id=auth.user_id, course_id=int(course_id)
        )
        if not result.ok:
            return rx.toast.error(result.error)
        return rx.redirect(routes.CART)

    @rx.event
    async def enroll_free(self, course_id: int) -> EventSpec | None:
        """ "Enroll" on a free course: a free order, paid at once, then My courses."""
        auth = await current_user(self)
        if not auth.user_id:
            return login_redirect(current_path(self))
        try:
            referral = await self.get_state(ReferralState)
            await asyncio.to_thread(
                service.start_checkout,
                user_id=auth.user_id,
                course_ids=[int(course_id)],
                referral_code=referral.referral_code or None,
            )
        except DomainError as exc:
            return rx.toast.error(exc.message)
        return rx.redirect(routes.MY_COURSES)

    @rx.event
    async def remove(self, course_id: int) -> None:
        """Take a course out of the cart."""
        auth = await current_user(self)
        if not auth.user_id:
            return
        result = await asyncio.to_thread(
            run_use_case, service.remove_from_cart, user_id=auth.user_id, course_id=int(course_id)
        )
        if not result.ok:
            self.error = result.error
        await self._load(auth.user_id)

    @rx.event
    def set_coupon_input(self, value: str) -> None:
        """The coupon field as the student types."""
        self.coupon_input = value[:40]

    @rx.event
    async def apply_coupon(self, form: dict[str, Any] | None = None) -> None:
        """Price the cart with the typed coupon code."""
        auth = await current_user(self)
        code = str((form or {}).get("coupon_code", self.coupon_input)).strip()[:40]
        self.coupon_error = ""
        if not code:
            self.coupon_error = "Enter a coupon code."
            return
        try:
            cart = await asyncio.to_thread(_priced_cart, auth.user_id, code)
        except DomainError as exc:
            self.coupon_error = exc.message
            return
        self.coupon_code = code.upper()
        self.coupon_input = ""
        self._apply(cart)

    @rx.event
    async def remove_coupon(self) -> None:
        """Drop the applied coupon."""
        auth = await current_user(self)
        self.coupon_code = ""
        self.coupon_error = ""
        await self._load(auth.user_id)

    @rx.event(background=True)
    async def checkout(self) -> Any:
        """Order the cart and go to the payment page (or straight to the confirmation)."""
        async with self:
            if self.busy:
                return None
            auth = await current_user(self)
            user_id = auth.user_id
            code = self.coupon_code or None
            referral_code = (await self.get_state(ReferralState)).referral_code or None
            self.busy = True
            self.error = ""
        if not user_id:
            async with self:
                self.busy = False
            return login_redirect(current_path(self))
        try:
            result = await asyncio.to_thread(
                service.start_checkout,
                user_id=user_id,
                coupon_code=code,
                referral_code=referral_code,
            )
        except DomainError as exc:
            async with self:
                self.busy = False
                self.error = exc.message
            return None
        async with self:
            self.busy = False
            self.coupon_code = ""
        if result.status == "paid" or not result.checkout_url:
            return rx.redirect(routes.checkout_success_url(result.order_id))
        return rx.redirect(result.checkout_url)
