"""The admin's orders page state: search, filters, paging, refunds, CSV export."""

from __future__ import annotations

from datetime import date

import reflex as rx
from reflex.event import EventSpec

from udemy_clone.core import db
from udemy_clone.core.errors import DomainError
from udemy_clone.orders import service
from udemy_clone.web.kit.auth import current_user
from udemy_clone.web.kit.order_rows import OrderRow, order_row
from udemy_clone.web.kit.quiet_state import QuietHydrate
from udemy_clone.web.kit.use_case import run_use_case

ORDERS_PAGE_SIZE = 20
STATUSES = ("paid", "pending", "refunded", "expired")


def parse_day(text: str) -> date | None:
    """A yyyy-mm-dd date input's value (None when empty or not a date)."""
    try:
        return date.fromisoformat(text.strip()) if text.strip() else None
    except ValueError:
        return None


class AdminOrdersState(QuietHydrate, rx.State):
    """Admin: every order, found by buyer email or number, by status and dates; refunds."""

    orders: list[OrderRow] = []
    query: str = ""
    status_filter: str = "all"
    since: str = ""
    until: str = ""
    page: int = 1
    total: int = 0
    loaded: bool = False
    message: str = ""
    error: str = ""

    @rx.var
    def page_count(self) -> int:
        return max(1, -(-self.total // ORDERS_PAGE_SIZE))

    @rx.var
    def filtered(self) -> bool:
        return bool(self.query or self.status_filter != "all" or self.since or self.until)

    def _search(self) -> service.OrderSearch:
        return service.OrderSearch(
            query=self.query,
            status=None if self.status_filter == "all" else self.status_filter,
            since=parse_day(self.since),
            until=parse_day(self.until),
        )

    def _load(self, roles: list[str]) -> None:
        self.error = ""
        try:
            with db.read_session() as session:
                orders, total = service.search_orders(
                    session=session,
                    actor_roles=roles,
                    search=self._search(),
                    page=self.page,
                    page_size=ORDERS_PAGE_SIZE,
                )
        except DomainError as exc:
            self.error = exc.message
            self.orders, self.total = [], 0
            self.loaded = True
            return
        self.total = total
        self.orders = [order_row(o, buyer=o.buyer_name, buyer_email=o.buyer_email) for o in orders]
        self.loaded = True

    async def _admin_roles(self) -> list[str] | None:
        auth = await current_user(self)
        return list(auth.roles) if auth.is_admin else None

    async def _reload_first_page(self) -> None:
        roles = await self._admin_roles()
        if roles is None:
            return
        self.page = 1
        self.message = ""
        self._load(roles)

    @rx.event
    async def load(self) -> None:
        """On load of /admin/orders (the role check runs first)."""
        roles = await self._admin_roles()
        if roles is None:
            return
        self._load(roles)

    @rx.event
    async def set_query(self, value: str) -> None:
        """The search box: buyer email (or part of it) or order number."""
        self.query = value[:254]
        await self._reload_first_page()

    @rx.event
    async def filter_status(self, value: str) -> None:
        """Show orders of one status."""
        self.status_filter = value if value in STATUSES else "all"
        await self._reload_first_page()

    @rx.event
    async def set_since(self, value: str) -> None:
        """First day shown (inclusive)."""
        self.since = value if parse_day(value) else ""
        await self._reload_first_page()

    @rx.event
    async def set_until(self, value: str) -> None:
        """Last day shown (inclusive)."""
        self.until = value if parse_day(value) else ""
        await self._reload_first_page()

    @rx.event
    async def clear_filters(self) -> None:
        """Back to every order."""
        self.query, self.status_filter, self.since, self.until = "", "all", "", ""
        await self._reload_first_page()

    @rx.event
    async def go_to_page(self, page: int) -> None:
        """Previous / next page."""
        roles = await self._admin_roles()
        if roles is None:
            return
        self.page = max(1, min(int(page), self.page_count))
        self._load(roles)

    @rx.event
    async def export_csv(self) -> EventSpec | None:
        """Download the orders these filters select, as CSV."""
        roles = await self._admin_roles()
        if roles is None:
            return None
        try:
            with db.read_session() as session:
                body = service.orders_csv(session=session, actor_roles=roles, search=self._search())
        except DomainError as exc:
            self.error = exc.message
            return None
        return rx.download(data=body, filename="orders.csv", mime_type="text/csv")

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
        if auth.is_admin:
            self._load(list(auth.roles))
