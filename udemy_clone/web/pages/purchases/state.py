"""Purchase history and receipt state."""

from __future__ import annotations

import re

import reflex as rx
from reflex.event import EventSpec

from udemy_clone.core import db
from udemy_clone.core.errors import DomainError
from udemy_clone.orders import service
from udemy_clone.web.kit.auth import current_path, current_user, login_redirect
from udemy_clone.web.kit.order_rows import OrderRow, order_row
from udemy_clone.web.kit.use_case import run_use_case


class OrderHistoryState(rx.State):
    """Purchase history, with refunds."""

    orders: list[OrderRow] = []
    loaded: bool = False
    message: str = ""
    error: str = ""

    def _load(self, user_id: int) -> None:
        with db.read_session() as session:
            orders, _total = service.list_orders(session=session, user_id=user_id, page_size=100)
        self.orders = [order_row(o) for o in orders if o.status != "expired"]
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
        result = run_use_case(
            service.refund_order,
            actor_id=auth.user_id,
            actor_roles=auth.roles,
            order_id=int(order_id),
        )
        self.error = result.error
        if result.ok:
            self.message = f"Order #{int(order_id):06d} is refunded; its courses left My courses."
        self._load(auth.user_id)


class ReceiptState(rx.State):
    """A printable receipt."""

    order: OrderRow = OrderRow()
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
            self.order = OrderRow()
        else:
            self.order = order_row(order)
            self.buyer_name = auth.user_name
            self.buyer_email = auth.user_email
        self.loaded = True
        return None
