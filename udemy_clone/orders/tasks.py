"""Jobs of the orders domain.

`expire_stale_orders` is meant to run every minute (the periodic scheduler calls it; the web
process also runs it once at start-up): it expires pending orders whose payment time is over.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import col, or_, select

from udemy_clone.catalog.events import CourseChanged
from udemy_clone.core import db
from udemy_clone.core.db import utcnow
from udemy_clone.core.log import get_logger
from udemy_clone.orders import wishlist
from udemy_clone.orders.checkout import pending_order_ttl
from udemy_clone.orders.events import OrderPaid
from udemy_clone.orders.fulfilment import expire_order
from udemy_clone.orders.models import Order, OrderStatus

log = get_logger(__name__)

EXPIRY_BATCH = 500


def expire_stale_orders() -> int:
    """Job: expire every pending order past its expiry time; returns how many it expired.

    Idempotent: each order goes through `expire_order` in its own transaction (releasing its
    courses and its coupon redemption); one already paid or expired meanwhile is left alone.
    """
    now = utcnow()
    expired = 0
    after_id = 0
    while True:
        batch = _stale_order_ids(now, after_id)
        for order_id in batch:
            with db.transaction() as session:
                order = session.get(Order, order_id)
                if order is None or order.status != OrderStatus.pending.value:
                    continue  # paid or expired meanwhile
                if expire_order(session=session, order_id=order_id).status == "expired":
                    expired += 1
        if len(batch) < EXPIRY_BATCH:
            break
        after_id = batch[-1]
    if expired:
        log.info("stale_orders_expired", count=expired)
    return expired


def _stale_order_ids(now: datetime, after_id: int) -> list[int]:
    with db.read_session() as session:
        rows = session.exec(
            select(Order.id)
            .where(
                col(Order.id) > after_id,
                col(Order.status) == OrderStatus.pending.value,
                or_(
                    col(Order.expires_at) <= now,
                    col(Order.expires_at).is_(None)
                    & (col(Order.created_at) <= now - pending_order_ttl()),
                ),
            )
            .order_by(col(Order.id))
            .limit(EXPIRY_BATCH)
        )
        return [int(order_id) for order_id in rows if order_id is not None]


def check_wishlist_prices(event: CourseChanged, *, event_id: int) -> None:
    """CourseChanged: wishers who saw a higher price hear about the drop (once per drop)."""
    with db.transaction() as session:
        told = wishlist.check_price_drops(session=session, course_id=event.course_id)
    if told:
        log.info("wishlist_price_drop", course_id=event.course_id, wishers=told)


def forget_bought_wishes(event: OrderPaid, *, event_id: int) -> None:
    """OrderPaid: the courses bought leave the buyer's wishlist (a gift's buyer keeps theirs)."""
    if event.gift:
        return
    with db.transaction() as session:
        wishlist.forget_owned(
            session=session, user_id=event.user_id, course_ids=list(event.course_ids)
        )
