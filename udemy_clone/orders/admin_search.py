"""The admin's orders: search by buyer email or order number, filter by status and dates,
page through them, and export the same selection as CSV (formula-safe, core.csv_export)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, or_
from sqlmodel import Session, col, select

from udemy_clone.auth import service as auth_service
from udemy_clone.core.csv_export import to_csv
from udemy_clone.core.errors import InvalidInput, PermissionDenied
from udemy_clone.orders.history import to_order_public
from udemy_clone.orders.models import Order, OrderPublic, OrderStatus

MAX_EXPORT_ROWS = 50_000
_ORDER_NUMBER = re.compile(r"^#?\s*(\d{1,10})$")


class AdminOrder(OrderPublic):
    """An order as the admin's list shows it: with the buyer's name and email."""

    buyer_name: str
    buyer_email: str


@dataclass(frozen=True)
class OrderSearch:
    """What the admin typed and picked; every part optional."""

    query: str = ""  # an email (or part of one) or an order number ("42", "#000042")
    status: str | None = None
    since: date | None = None  # first day, inclusive (UTC)
    until: date | None = None  # last day, inclusive (UTC)


def _require_admin(actor_roles: Sequence[str]) -> None:
    if "admin" not in actor_roles:
        raise PermissionDenied("Only admins can see every order.")


def _conditions(session: Session, search: OrderSearch) -> list[object]:
    if search.status is not None and search.status not in {s.value for s in OrderStatus}:
        raise InvalidInput("Pick a status: paid, pending, refunded or expired.", field="status")
    if search.since and search.until and search.since > search.until:
        raise InvalidInput("The start date is after the end date.", field="since")
    conditions: list[object] = []
    if search.status:
        conditions.append(col(Order.status) == search.status)
    if search.since:
        conditions.append(col(Order.created_at) >= datetime.combine(search.since, time(), UTC))
    if search.until:
        end = datetime.combine(search.until + timedelta(days=1), time(), UTC)
        conditions.append(col(Order.created_at) < end)
    text = search.query.strip()
    if text:
        number = _ORDER_NUMBER.match(text)
        buyers = auth_service.user_ids_matching_email(session=session, fragment=text)
        matches = []
        if number:
            matches.append(col(Order.id) == int(number.group(1)))
        if buyers:
            matches.append(col(Order.user_id).in_(buyers))
        # nothing can match: an impossible condition keeps the query's shape
        conditions.append(or_(*matches) if matches else col(Order.id) < 0)
    return conditions


def _with_buyers(session: Session, orders: list[Order]) -> list[AdminOrder]:
    contacts = auth_service.contact_details(
        session=session, user_ids=list({o.user_id for o in orders})
    )
    result = []
    for order in orders:
        name, email = contacts.get(order.user_id, (f"User {order.user_id}", ""))
        result.append(
            AdminOrder(
                **to_order_public(session=session, order=order).model_dump(),
                buyer_name=name,
                buyer_email=email,
            )
        )
    return result


def search_orders(
    *,
    session: Session,
    actor_roles: Sequence[str],
    search: OrderSearch,
    page: int = 1,
    page_size: int = 20,
) -> tuple[list[AdminOrder], int]:
    """Admin: orders matching the search, newest first, one page, and how many match."""
    _require_admin(actor_roles)
    conditions = _conditions(session, search)
    count = select(func.count()).select_from(Order).where(*conditions)  # type: ignore[arg-type]
    total = int(session.exec(count).one())
    rows = list(
        session.exec(
            select(Order)
            .where(*conditions)  # type: ignore[arg-type]
            .order_by(col(Order.created_at).desc(), col(Order.id).desc())
            .offset((max(1, page) - 1) * page_size)
            .limit(page_size)
        )
    )
    return _with_buyers(session, rows), total


ORDERS_CSV_HEADER = (
    "order",
    "created_at",
    "status",
    "buyer_name",
    "buyer_email",
    "courses",
    "currency",
    "subtotal",
    "discount",
    "amount",
    "coupon",
    "gateway",
    "paid_at",
    "refunded_at",
)


def _decimal(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    return f"{sign}{abs(cents) // 100}.{abs(cents) % 100:02d}"


def orders_csv(*, session: Session, actor_roles: Sequence[str], search: OrderSearch) -> str:
    """Admin: every order matching the search as a CSV document (amounts in major units)."""
    orders, _ = search_orders(
        session=session, actor_roles=actor_roles, search=search, page_size=MAX_EXPORT_ROWS
    )
    return to_csv(
        ORDERS_CSV_HEADER,
        (
            (
                o.id,
                o.created_at.isoformat(),
                o.status,
                o.buyer_name,
                o.buyer_email,
                "; ".join(item.title for item in o.items),
                o.currency,
                _decimal(o.subtotal_cents),
                _decimal(o.discount_cents),
                _decimal(o.amount_cents),
                o.coupon_code or "",
                o.gateway,
                o.paid_at.isoformat() if o.paid_at else "",
                o.refunded_at.isoformat() if o.refunded_at else "",
            )
            for o in orders
        ),
    )
