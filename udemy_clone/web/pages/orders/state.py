"""Reflex state of the shop pages: cart, checkout, sandbox payment, orders, my courses, coupons.

Handlers check input, call one service function, and set display-ready vars (money already
formatted). `CartState.add_to_cart(course_id)` is the event other pages drop into their buttons.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

import reflex as rx
from reflex.event import EventSpec

from udemy_clone.auth import service as auth_service
from udemy_clone.catalog import service as catalog_service
from udemy_clone.core import db
from udemy_clone.core.errors import DomainError
from udemy_clone.core.money import format_money, format_price
from udemy_clone.orders import service
from udemy_clone.orders.models import CartPublic, CouponCreate, OrderPublic
from udemy_clone.playback import service as playback_service
from udemy_clone.web.kit import routes
from udemy_clone.web.kit.auth import current_path, current_user, login_redirect
from udemy_clone.web.kit.format import format_date

STATUS_COLORS = {"paid": "green", "pending": "amber", "refunded": "gray", "expired": "red"}


def _order_view(order: OrderPublic) -> dict[str, Any]:
    """An order as the pages show it: strings ready to print."""
    return {
        "id": order.id,
        "number": f"#{order.id:06d}",
        "status": order.status,
        "status_color": STATUS_COLORS.get(order.status, "gray"),
        "date": format_date(order.created_at),
        "paid_date": format_date(order.paid_at),
        "refunded_date": format_date(order.refunded_at),
        "subtotal": format_money(order.subtotal_cents, order.currency),
        "discount": format_money(-order.discount_cents, order.currency),
        "has_discount": order.discount_cents > 0,
        "total": format_money(order.amount_cents, order.currency),
        "coupon_code": order.coupon_code or "",
        "gateway": order.gateway,
        "refundable": order.refundable,
        "admin_refundable": order.status == "paid" and order.amount_cents > 0,
        "refund_deadline": format_date(order.refund_deadline),
        "items": [
            {
                "course_id": item.course_id,
                "title": item.title,
                "list_price": format_price(item.list_price_cents, order.currency),
                "price": format_price(item.price_cents, order.currency),
                "discounted": item.discount_cents > 0,
            }
            for item in order.items
        ],
        "summary": ", ".join(item.title for item in order.items),
    }


class CartState(rx.State):
    """The cart page and the header's cart badge."""

    count: int = 0
    items: list[dict[str, Any]] = []
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
        self.items = [
            {
                "course_id": line.course_id,
                "slug": line.slug,
                "title": line.title,
                "instructor": line.instructor_name,
                "thumbnail": line.thumbnail_url or "",
                "price": format_price(line.price_cents, line.currency),
                "final_price": format_price(line.final_price_cents, line.currency),
                "discounted": line.discount_cents > 0,
            }
            for line in cart.items
        ]
        self.subtotal = format_money(cart.subtotal_cents, cart.currency)
        self.discount = format_money(-cart.discount_cents, cart.currency)
        self.total = format_money(cart.total_cents, cart.currency)
        self.has_discount = cart.discount_cents > 0
        self.coupon_description = cart.coupon.description if cart.coupon else ""
        self.mixed_currencies = cart.mixed_currencies
        self.loaded = True

    def _load(self, user_id: int) -> None:
        try:
            with db.transaction() as session:
                cart = service.get_cart(
                    session=session, user_id=user_id, coupon_code=self.coupon_code or None
                )
        except DomainError as exc:
            # a coupon that stopped working (expired, used up) is dropped, the cart still shows
            self.coupon_error = exc.message
            self.coupon_code = ""
            with db.transaction() as session:
                cart = service.get_cart(session=session, user_id=user_id)
        self._apply(cart)

    @rx.event
    async def refresh_count(self) -> None:
        """The header badge: how many courses are in the cart."""
        auth = await current_user(self)
        if not auth.user_id:
            self.count = 0
            return
        with db.read_session() as session:
            self.count = service.cart_count(session=session, user_id=auth.user_id)

    @rx.event
    async def load_cart(self) -> EventSpec | None:
        """On load of /cart."""
        auth = await current_user(self)
        self.error = ""
        self.coupon_error = ""
        self.cancelled = self.router.url.query_parameters.get("cancelled") == "1"
        if not auth.user_id:
            return login_redirect(current_path(self))
        self._load(auth.user_id)
        return None

    @rx.event
    async def add_to_cart(self, course_id: int) -> EventSpec | list[EventSpec] | None:
        """Put a course in the cart (drop this into any "Add to cart" button)."""
        auth = await current_user(self)
        if not auth.user_id:
            return login_redirect(current_path(self))
        try:
            with db.transaction() as session:
                service.add_to_cart(session=session, user_id=auth.user_id, course_id=int(course_id))
                self.count = service.cart_count(session=session, user_id=auth.user_id)
        except DomainError as exc:
            return rx.toast.error(exc.message)
        return rx.toast.success(
            "Added to your cart.", action={"label": "Go to cart", "on_click": rx.redirect("/cart")}
        )

    @rx.event
    async def buy_now(self, course_id: int) -> EventSpec | None:
        """Add the course and open the cart (free courses: enroll at once, see enroll_free)."""
        auth = await current_user(self)
        if not auth.user_id:
            return login_redirect(current_path(self))
        try:
            with db.transaction() as session:
                service.add_to_cart(session=session, user_id=auth.user_id, course_id=int(course_id))
        except DomainError as exc:
            return rx.toast.error(exc.message)
        return rx.redirect("/cart")

    @rx.event
    async def enroll_free(self, course_id: int) -> EventSpec | None:
        """ "Enroll" on a free course: a free order, paid at once, then My courses."""
        auth = await current_user(self)
        if not auth.user_id:
            return login_redirect(current_path(self))
        try:
            service.start_checkout(user_id=auth.user_id, course_ids=[int(course_id)])
        except DomainError as exc:
            return rx.toast.error(exc.message)
        return rx.redirect("/my-courses")

    @rx.event
    async def remove(self, course_id: int) -> None:
        """Take a course out of the cart."""
        auth = await current_user(self)
        if not auth.user_id:
            return
        try:
            with db.transaction() as session:
                service.remove_from_cart(
                    session=session, user_id=auth.user_id, course_id=int(course_id)
                )
        except DomainError as exc:
            self.error = exc.message
        self._load(auth.user_id)

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
            with db.transaction() as session:
                cart = service.get_cart(session=session, user_id=auth.user_id, coupon_code=code)
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
        self._load(auth.user_id)

    @rx.event(background=True)
    async def checkout(self) -> Any:
        """Order the cart and go to the payment page (or straight to the confirmation)."""
        async with self:
            if self.busy:
                return None
            auth = await current_user(self)
            user_id = auth.user_id
            code = self.coupon_code or None
            self.busy = True
            self.error = ""
        if not user_id:
            async with self:
                self.busy = False
            return login_redirect(current_path(self))
        try:
            result = service.start_checkout(user_id=user_id, coupon_code=code)
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


class SandboxPaymentState(rx.State):
    """The local stand-in for Stripe's payment page."""

    order: dict[str, Any] = {}
    error: str = ""
    loaded: bool = False
    busy: bool = False

    def _order_id(self) -> int:
        match = re.search(r"/checkout/sandbox/(\d+)", self.router.url.path or "")
        return int(match.group(1)) if match else 0

    @rx.event
    async def load(self) -> EventSpec | None:
        """On load: the order to pay."""
        auth = await current_user(self)
        if not auth.user_id:
            return login_redirect(current_path(self))
        self.error = ""
        self.loaded = False
        try:
            with db.read_session() as session:
                order = service.get_order(
                    session=session,
                    actor_id=auth.user_id,
                    actor_roles=auth.roles,
                    order_id=self._order_id(),
                )
        except DomainError as exc:
            self.order = {}
            self.error = exc.message
        else:
            self.order = _order_view(order)
        self.loaded = True
        return None

    @rx.event
    async def pay(self) -> EventSpec | None:
        """ "Pay": the same fulfilment as a Stripe webhook."""
        auth = await current_user(self)
        order_id = self._order_id()
        self.busy = True
        try:
            with db.transaction() as session:
                service.complete_sandbox_payment(
                    session=session,
                    actor_id=auth.user_id,
                    actor_roles=auth.roles,
                    order_id=order_id,
                )
        except DomainError as exc:
            self.error = exc.message
            self.busy = False
            return None
        self.busy = False
        return rx.redirect(routes.checkout_success_url(order_id))

    @rx.event
    async def cancel(self) -> EventSpec | None:
        """ "Cancel": the checkout expires and the student goes back to the cart."""
        auth = await current_user(self)
        try:
            with db.transaction() as session:
                service.cancel_sandbox_payment(
                    session=session,
                    actor_id=auth.user_id,
                    actor_roles=auth.roles,
                    order_id=self._order_id(),
                )
        except DomainError as exc:
            self.error = exc.message
            return None
        return rx.redirect("/cart?cancelled=1")


class CheckoutSuccessState(rx.State):
    """The confirmation page after paying (Stripe's success URL and the sandbox's)."""

    order: dict[str, Any] = {}
    error: str = ""
    loaded: bool = False

    @rx.var
    def is_paid(self) -> bool:
        return self.order.get("status") == "paid"

    @rx.event
    async def load(self) -> EventSpec | None:
        """Ask the provider about the payment and fulfil it if the webhook has not yet."""
        auth = await current_user(self)
        if not auth.user_id:
            return login_redirect(current_path(self))
        self.loaded = False
        self.error = ""
        raw = self.router.url.query_parameters.get("order_id", "")
        if not (str(raw).isascii() and str(raw).isdigit()):
            self.error = "This confirmation link is missing its order number."
            self.loaded = True
            return None
        try:
            order = service.confirm_checkout_return(
                user_id=auth.user_id, user_roles=auth.roles, order_id=int(raw)
            )
        except DomainError as exc:
            self.error = exc.message
        else:
            self.order = _order_view(order)
        self.loaded = True
        cart = await self.get_state(CartState)
        with db.read_session() as session:
            cart.count = service.cart_count(session=session, user_id=auth.user_id)
        return None


class MyCoursesState(rx.State):
    """The courses the student is enrolled in."""

    courses: list[dict[str, Any]] = []
    loaded: bool = False

    @rx.event
    async def load(self) -> EventSpec | None:
        """On load of /my-courses."""
        auth = await current_user(self)
        if not auth.user_id:
            return login_redirect(current_path(self))
        with db.read_session() as session:
            rows = playback_service.my_courses(session=session, user_id=auth.user_id)
        self.courses = [
            {
                "course_id": c.course_id,
                "slug": c.slug,
                "title": c.title,
                "instructor": c.instructor_name,
                "thumbnail": c.thumbnail_url or "",
                "progress": c.progress_percent,
                "enrolled": format_date(c.enrolled_at),
            }
            for c in rows
        ]
        self.loaded = True
        return None


class OrderHistoryState(rx.State):
    """Purchase history, with refunds."""

    orders: list[dict[str, Any]] = []
    loaded: bool = False
    message: str = ""
    error: str = ""

    def _load(self, user_id: int) -> None:
        with db.read_session() as session:
            orders, _total = service.list_orders(session=session, user_id=user_id, page_size=100)
        self.orders = [_order_view(o) for o in orders if o.status != "expired"]
        self.loaded = True

    @rx.event
    async def load(self) -> EventSpec | None:
        """On load of /orders."""
        auth = await current_user(self)
        if not auth.user_id:
            return login_redirect(current_path(self))
        self.message = ""
        self.error = ""
        self._load(auth.user_id)
        return None

    @rx.event
    async def request_refund(self, order_id: int) -> None:
        """Refund an order within the refund window (access to its courses ends)."""
        auth = await current_user(self)
        self.message = ""
        self.error = ""
        try:
            with db.transaction() as session:
                service.refund_order(
                    session=session,
                    actor_id=auth.user_id,
                    actor_roles=auth.roles,
                    order_id=int(order_id),
                )
        except DomainError as exc:
            self.error = exc.message
        else:
            self.message = f"Order #{int(order_id):06d} is refunded; its courses left My courses."
        self._load(auth.user_id)


class ReceiptState(rx.State):
    """A printable receipt."""

    order: dict[str, Any] = {}
    buyer_name: str = ""
    buyer_email: str = ""
    error: str = ""
    loaded: bool = False

    @rx.event
    async def load(self) -> EventSpec | None:
        """On load of /orders/[order_id]/receipt."""
        auth = await current_user(self)
        if not auth.user_id:
            return login_redirect(current_path(self))
        match = re.search(r"/orders/(\d+)/receipt", self.router.url.path or "")
        self.error = ""
        try:
            with db.read_session() as session:
                order = service.get_order(
                    session=session,
                    actor_id=auth.user_id,
                    actor_roles=auth.roles,
                    order_id=int(match.group(1)) if match else 0,
                )
        except DomainError as exc:
            self.error = exc.message
            self.order = {}
        else:
            self.order = _order_view(order)
            self.buyer_name = auth.user_name
            self.buyer_email = auth.user_email
        self.loaded = True
        return None


class CouponStudioState(rx.State):
    """Instructor studio: coupons for own courses (admins: also site-wide)."""

    coupons: list[dict[str, Any]] = []
    courses: list[dict[str, str]] = []
    error: str = ""
    message: str = ""
    kind: str = "percent"

    def _load(self, user_id: int, roles: list[str]) -> None:
        with db.read_session() as session:
            coupons = service.list_coupons(session=session, actor_id=user_id, actor_roles=roles)
            own, _total = catalog_service.list_instructor_courses(
                session=session, owner_id=user_id, page=1, page_size=100
            )
        self.courses = [{"id": str(c.id), "title": c.title} for c in own]
        titles = {int(c["id"]): c["title"] for c in self.courses}
        self.coupons = [
            {
                "id": c.id,
                "code": c.code,
                "discount": service.describe_coupon(c),
                "course": titles.get(c.course_id, f"Course {c.course_id}")
                if c.course_id
                else ("All your courses" if c.instructor_id else "Every course"),
                "used": f"{c.redemptions} / {c.max_redemptions}"
                if c.max_redemptions
                else f"{c.redemptions} / unlimited",
                "expires": format_date(c.expires_at) or "Never",
                "active": c.active,
            }
            for c in coupons
        ]

    @rx.event
    async def load(self) -> None:
        """On load of /studio/coupons (the role check runs first)."""
        auth = await current_user(self)
        if not auth.is_instructor:
            return
        self._load(auth.user_id, auth.roles)

    @rx.event
    def set_kind(self, value: str) -> None:
        """Percent or fixed amount."""
        self.kind = "amount" if value == "amount" else "percent"

    @rx.event
    async def create(self, form: dict[str, Any]) -> None:
        """Create a coupon from the form."""
        auth = await current_user(self)
        self.error = ""
        self.message = ""
        try:
            value = float(str(form.get("value", "")).strip() or "0")
            course = str(form.get("course_id", "") or "")
            max_raw = str(form.get("max_redemptions", "")).strip()
            expires_raw = str(form.get("expires_at", "")).strip()
            body: dict[str, Any] = {
                "code": str(form.get("code", "")),
                "course_id": int(course) if (course.isascii() and course.isdigit()) else None,
                "max_redemptions": int(max_raw) if max_raw else None,
                "expires_at": datetime.fromisoformat(f"{expires_raw}T23:59:59+00:00")
                if expires_raw
                else None,
            }
            if self.kind == "amount":
                body["amount_off_cents"] = round(value * 100)
            else:
                body["percent_off"] = int(value)
            data = CouponCreate(**body)
        except (ValueError, TypeError) as exc:
            message = str(exc).splitlines()
            self.error = (
                message[-1].removeprefix("  Value error, ").split(" [type=")[0].strip()
                if message
                else "Check the form."
            )
            return
        try:
            with db.transaction() as session:
                coupon = service.create_coupon(
                    session=session, actor_id=auth.user_id, actor_roles=auth.roles, data=data
                )
        except DomainError as exc:
            self.error = exc.message
            return
        self.message = f"Coupon {coupon.code} is ready to share."
        self._load(auth.user_id, auth.roles)

    @rx.event
    async def deactivate(self, coupon_id: int) -> None:
        """Stop a coupon."""
        auth = await current_user(self)
        try:
            with db.transaction() as session:
                service.deactivate_coupon(
                    session=session,
                    actor_id=auth.user_id,
                    actor_roles=auth.roles,
                    coupon_id=int(coupon_id),
                )
        except DomainError as exc:
            self.error = exc.message
        self._load(auth.user_id, auth.roles)


class AdminOrdersState(rx.State):
    """Admin: every order, refunds of any order."""

    orders: list[dict[str, Any]] = []
    status_filter: str = "all"
    total: int = 0
    message: str = ""
    error: str = ""

    def _load(self) -> None:
        status = None if self.status_filter == "all" else self.status_filter
        with db.read_session() as session:
            orders, total = service.list_orders(
                session=session, user_id=None, status=status, page_size=100
            )
            names = auth_service.display_names(
                session=session, user_ids=list({o.user_id for o in orders})
            )
        self.total = total
        self.orders = [
            {**_order_view(o), "buyer": names.get(o.user_id, f"User {o.user_id}")} for o in orders
        ]

    @rx.event
    async def load(self) -> None:
        """On load of /admin/orders (the role check runs first)."""
        auth = await current_user(self)
        if not auth.is_admin:
            return
        self._load()

    @rx.event
    async def filter_status(self, value: str) -> None:
        """Show orders of one status."""
        auth = await current_user(self)
        if not auth.is_admin:
            return
        self.status_filter = value if value in ("paid", "pending", "refunded", "expired") else "all"
        self._load()

    @rx.event
    async def refund(self, order_id: int) -> None:
        """Refund any paid order."""
        auth = await current_user(self)
        self.message = ""
        self.error = ""
        try:
            with db.transaction() as session:
                service.refund_order(
                    session=session,
                    actor_id=auth.user_id,
                    actor_roles=auth.roles,
                    order_id=int(order_id),
                )
        except DomainError as exc:
            self.error = exc.message
        else:
            self.message = f"Order #{int(order_id):06d} refunded."
        self._load()
