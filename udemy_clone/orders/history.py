"""Reading orders: the API shape of an order, one order, purchase history."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import func
from sqlmodel import Session, col, select

from udemy_clone.core.config import get_settings
from udemy_clone.core.db import as_utc, utcnow
from udemy_clone.orders._rows import order_items, visible_order
from udemy_clone.orders.gift_records import gift_summary
from udemy_clone.orders.models import (
    Order,
    OrderItemPublic,
    OrderPublic,
    OrderStatus,
)


def refund_deadline(order: Order) -> datetime | None:
    """Until when the student may ask for a refund of a paid order."""
    if order.paid_at is None:
        return None
    return as_utc(order.paid_at) + timedelta(days=get_settings().refund_window_days)


def to_order_public(*, session: Session, order: Order) -> OrderPublic:
    """The API shape of an order, with its items."""
    assert order.id is not None
    deadline = refund_deadline(order)
    return OrderPublic(
        id=order.id,
        user_id=order.user_id,
        status=order.status,
        items=[
            OrderItemPublic(
                course_id=i.course_id,
                title=i.title,
                list_price_cents=i.list_price_cents,
                discount_cents=i.discount_cents,
                price_cents=i.price_cents,
            )
            for i in order_items(session, order.id)
        ],
        currency=order.currency,
        subtotal_cents=order.subtotal_cents,
        discount_cents=order.discount_cents,
        amount_cents=order.amount_cents,
        coupon_code=order.coupon_code,
        gateway=order.gateway,
        created_at=as_utc(order.created_at),
        paid_at=as_utc(order.paid_at) if order.paid_at else None,
        refunded_at=as_utc(order.refunded_at) if order.refunded_at else None,
        refundable=order.status == OrderStatus.paid.value
        and order.amount_cents > 0
        and deadline is not None
        and deadline > utcnow(),
        refund_deadline=deadline,
        gift=gift_summary(session, order.id) if order.is_gift else None,
    )


def get_order(
    *, session: Session, actor_id: int, actor_roles: Sequence[str], order_id: int
) -> OrderPublic:
    """An order of the caller (admins: any order); 404 unknown, 403 someone else's."""
    order = visible_order(session, actor_id=actor_id, actor_roles=actor_roles, order_id=order_id)
    return to_order_public(session=session, order=order)


def list_orders(
    *,
    session: Session,
    user_id: int | None,
    status: str | None = None,
    page: int = 1,
    page_size: int = 20,
) -> tuple[list[OrderPublic], int]:
    """Orders newest first: one user's (purchase history) or everyone's (`user_id=None`, admin)."""
    statement = select(Order)
    count = select(func.count()).select_from(Order)
    if user_id is not None:
        statement = statement.where(col(Order.user_id) == user_id)
        count = count.where(col(Order.user_id) == user_id)
    if status:
        statement = statement.where(col(Order.status) == status)
        count = count.where(col(Order.status) == status)
    total = int(session.exec(count).one())
    rows = session.exec(
        statement.order_by(col(Order.created_at).desc(), col(Order.id).desc())
        .offset((page - 1) * page_size)
        .limit(page_size)
    )
    return [to_order_public(session=session, order=o) for o in rows], total
