"""Events the orders domain emits."""

from __future__ import annotations

from dataclasses import dataclass

from udemy_clone.core.events import DomainEvent


@dataclass(frozen=True, kw_only=True)
class OrderEvent(DomainEvent):
    """Fields shared by the events of a whole order."""

    order_id: int
    user_id: int
    course_ids: tuple[int, ...]
    amount_cents: int
    currency: str
    # a gift order: `user_id` is the buyer, who is not enrolled (the recipient redeems it)
    gift: bool = False


@dataclass(frozen=True, kw_only=True)
class OrderPaid(OrderEvent):
    """An order was paid: the student is enrolled in every course of it."""

    topic = "orders.order_paid"


@dataclass(frozen=True, kw_only=True)
class OrderRefunded(OrderEvent):
    """An order was refunded: the access it gave is taken back."""

    topic = "orders.order_refunded"


@dataclass(frozen=True, kw_only=True)
class WishlistPriceDropped(DomainEvent):
    """A course on a student's wishlist got cheaper than the price they last saw."""

    topic = "orders.wishlist_price_dropped"
    user_id: int
    course_id: int
    old_price_cents: int
    new_price_cents: int
    currency: str


@dataclass(frozen=True, kw_only=True)
class GiftPurchased(DomainEvent):
    """A gift order was paid: its recipient is emailed the redemption link."""

    topic = "orders.gift_purchased"
    gift_id: int
    order_id: int
    buyer_id: int
    course_id: int


@dataclass(frozen=True, kw_only=True)
class CouponPublished(DomainEvent):
    """A public coupon (a sale) was created or switched on: wishers of its courses hear once."""

    topic = "orders.coupon_published"
    coupon_id: int
