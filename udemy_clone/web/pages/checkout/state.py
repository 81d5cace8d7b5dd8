"""Checkout state: the sandbox payment page and the thank-you page."""

from __future__ import annotations

import re

import reflex as rx
from reflex.event import EventSpec

from udemy_clone.core import db
from udemy_clone.core.errors import DomainError
from udemy_clone.orders import service
from udemy_clone.web.kit import routes
from udemy_clone.web.kit.auth import current_path, current_user, login_redirect
from udemy_clone.web.kit.order_rows import OrderRow, order_row
from udemy_clone.web.kit.quiet_state import QuietHydrate
from udemy_clone.web.kit.use_case import run_use_case
from udemy_clone.web.pages.cart.state import CartState


class SandboxPaymentState(rx.State):
    """The local stand-in for Stripe's payment page."""

    order: OrderRow = OrderRow()
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
            self.order = OrderRow()
            self.error = exc.message
        else:
            self.order = order_row(order)
        self.loaded = True
        return None

    @rx.event
    async def pay(self) -> EventSpec | None:
        """ "Pay": the same fulfilment as a Stripe webhook."""
        auth = await current_user(self)
        order_id = self._order_id()
        self.busy = True
        result = run_use_case(
            service.complete_sandbox_payment,
            actor_id=auth.user_id,
            actor_roles=auth.roles,
            order_id=order_id,
        )
        if not result.ok:
            self.error = result.error
            self.busy = False
            return None
        self.busy = False
        return rx.redirect(routes.checkout_success_url(order_id))

    @rx.event
    async def cancel(self) -> EventSpec | None:
        """ "Cancel": the checkout expires and the student goes back to the cart."""
        auth = await current_user(self)
        result = run_use_case(
            service.cancel_sandbox_payment,
            actor_id=auth.user_id,
            actor_roles=auth.roles,
            order_id=self._order_id(),
        )
        if not result.ok:
            self.error = result.error
            return None
        return rx.redirect(routes.cart_url(cancelled=True))


class CheckoutSuccessState(QuietHydrate, rx.State):
    """The confirmation page after paying (Stripe's success URL and the sandbox's)."""

    order: OrderRow = OrderRow()
    error: str = ""
    loaded: bool = False

    @rx.var
    def is_paid(self) -> bool:
        return self.order.status == "paid"

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
            self.order = order_row(order)
        self.loaded = True
        cart = await self.get_state(CartState)
        with db.read_session() as session:
            cart.count = service.cart_count(session=session, user_id=auth.user_id)
        return None
