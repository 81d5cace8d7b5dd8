"""The admin's orders page state."""

from __future__ import annotations

import reflex as rx

from udemy_clone.auth import service as auth_service
from udemy_clone.core import db
from udemy_clone.orders import service
from udemy_clone.web.kit.auth import current_user
from udemy_clone.web.kit.order_rows import OrderRow, order_row
from udemy_clone.web.kit.use_case import run_use_case


class AdminOrdersState(rx.State):
    """Admin: every order, refunds of any order."""

    orders: list[OrderRow] = []
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
            order_row(o, buyer=names.get(o.user_id, f"User {o.user_id}")) for o in orders
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
        result = run_use_case(
            service.refund_order,
            actor_id=auth.user_id,
            actor_roles=auth.roles,
            order_id=int(order_id),
        )
        self.error = result.error
        if result.ok:
            self.message = f"Order #{int(order_id):06d} refunded."
        self._load()
