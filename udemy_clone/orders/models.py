"""Carts, orders, coupons, enrollments and the record of payment provider events.

Courses are referred to by id without a foreign key: they belong to the catalog domain, whose
service refuses to delete a course that has students. Orders keep a snapshot of each course's
title and price, so receipts stay true after a course is renamed or repriced.
"""

from __future__ import annotations

import re
from datetime import datetime
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, field_validator, model_validator
from pydantic import Field as PydanticField
from sqlalchemy import CheckConstraint, Column, DateTime, Index, UniqueConstraint
from sqlalchemy import false as sa_false
from sqlmodel import Field, SQLModel

from udemy_clone.core.db import utcnow
from udemy_clone.core.text import has_control_characters, refuse_control_characters

MAX_ID = 2_147_483_647
IdValue = Annotated[int, PydanticField(ge=1, le=MAX_ID)]
MAX_CART_ITEMS = 50
COUPON_CODE_PATTERN = r"^[A-Z0-9][A-Z0-9_-]{2,39}$"


class OrderStatus(StrEnum):
    pending = "pending"
    paid = "paid"
    refunded = "refunded"
    expired = "expired"


class EnrollmentStatus(StrEnum):
    active = "active"
    revoked = "revoked"


def _tz_column(nullable: bool) -> Column:  # type: ignore[type-arg]
    return Column(DateTime(timezone=True), nullable=nullable)


class CartItem(SQLModel, table=True):
    """A course a student means to buy."""

    __tablename__ = "cart_items"
    __table_args__ = (UniqueConstraint("user_id", "course_id", name="uq_cart_items_user_course"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="users.id", index=True, ondelete="CASCADE")
    course_id: int = Field(index=True)
    added_at: datetime = Field(default_factory=utcnow, sa_column=_tz_column(False))


class Coupon(SQLModel, table=True):
    """A discount code: percent or fixed amount off each course it applies to.

    Scope: `course_id` set → that course only; else `instructor_id` set → every course of that
    instructor; else (admins only) every course on the site.
    """

    __tablename__ = "coupons"
    __table_args__ = (
        CheckConstraint(
            "(percent_off IS NULL) <> (amount_off_cents IS NULL)", name="ck_coupons_one_discount"
        ),
        CheckConstraint(
            "percent_off IS NULL OR (percent_off >= 1 AND percent_off <= 100)",
            name="ck_coupons_percent_range",
        ),
        CheckConstraint(
            "amount_off_cents IS NULL OR amount_off_cents > 0", name="ck_coupons_amount_positive"
        ),
        CheckConstraint(
            "max_redemptions IS NULL OR redemptions <= max_redemptions",
            name="ck_coupons_redemptions_within_max",
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=40, unique=True, index=True)
    created_by: int = Field(foreign_key="users.id", index=True, ondelete="CASCADE")
    instructor_id: int | None = Field(default=None, index=True)
    course_id: int | None = Field(default=None, index=True)
    percent_off: int | None = None
    amount_off_cents: int | None = None
    currency: str = Field(default="USD", max_length=3)
    max_redemptions: int | None = None
    redemptions: int = 0
    # Paid + pending orders of one student that may use the coupon.
    max_per_student: int = Field(default=1, sa_column_kwargs={"server_default": "1"})
    expires_at: datetime | None = Field(default=None, sa_column=_tz_column(True))
    active: bool = True
    # A public coupon is a sale: it applies by itself to every visitor (no code to type) and
    # wishers of its courses hear about it once (orders.pricing, notifications).
    public: bool = Field(default=False, sa_column_kwargs={"server_default": sa_false()})
    created_at: datetime = Field(default_factory=utcnow, sa_column=_tz_column(False))


class Order(SQLModel, table=True):
    """A purchase: pending → paid → refunded, or pending → expired."""

    __tablename__ = "orders"
    __table_args__ = (
        CheckConstraint("amount_cents >= 0", name="ck_orders_amount_not_negative"),
        Index("ix_orders_user_created", "user_id", "created_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="users.id", index=True, ondelete="RESTRICT")
    status: str = Field(default=OrderStatus.pending.value, max_length=20, index=True)
    currency: str = Field(default="USD", max_length=3)
    subtotal_cents: int = 0
    discount_cents: int = 0
    amount_cents: int = 0
    coupon_id: int | None = Field(default=None, foreign_key="coupons.id", ondelete="SET NULL")
    coupon_code: str | None = Field(default=None, max_length=40)
    gateway: str = Field(default="sandbox", max_length=20)
    checkout_session_id: str | None = Field(default=None, max_length=255, index=True)
    checkout_url: str | None = Field(default=None, max_length=2000)
    payment_intent_id: str | None = Field(default=None, max_length=255, index=True)
    refund_id: str | None = Field(default=None, max_length=255)
    created_at: datetime = Field(default_factory=utcnow, sa_column=_tz_column(False))
    paid_at: datetime | None = Field(default=None, sa_column=_tz_column(True))
    refunded_at: datetime | None = Field(default=None, sa_column=_tz_column(True))
    expired_at: datetime | None = Field(default=None, sa_column=_tz_column(True))
    # When a pending order stops being payable (its Stripe Checkout session expires with it).
    expires_at: datetime | None = Field(default=None, sa_column=_tz_column(True))
    # The instructor whose referral link brought the buyer (orders.referrals), if any.
    referral_instructor_id: int | None = None
    # A gift order enrolls the recipient who redeems its `Gift`, never the buyer.
    is_gift: bool = Field(default=False, sa_column_kwargs={"server_default": sa_false()})


class OrderItem(SQLModel, table=True):
    """One course of an order, at the price paid for it."""

    __tablename__ = "order_items"
    __table_args__ = (UniqueConstraint("order_id", "course_id", name="uq_order_items_course"),)

    id: int | None = Field(default=None, primary_key=True)
    order_id: int = Field(foreign_key="orders.id", index=True, ondelete="CASCADE")
    course_id: int = Field(index=True)
    title: str = Field(max_length=200)
    instructor_id: int = Field(index=True)
    list_price_cents: int = 0
    discount_cents: int = 0
    price_cents: int = 0
    # marketplace | coupon | referral: picks the revenue share rule (orders.revenue_share)
    channel: str = Field(
        default="marketplace", max_length=20, sa_column_kwargs={"server_default": "marketplace"}
    )
    # The coupon that gave this line its discount (a typed code or a public sale), if any.
    coupon_id: int | None = Field(default=None, foreign_key="coupons.id", ondelete="SET NULL")


class Enrollment(SQLModel, table=True):
    """A student's access to a course; revoked by a refund, re-activated by a new purchase."""

    __tablename__ = "enrollments"
    __table_args__ = (UniqueConstraint("user_id", "course_id", name="uq_enrollments_user_course"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="users.id", index=True, ondelete="CASCADE")
    course_id: int = Field(index=True)
    order_id: int | None = Field(default=None, foreign_key="orders.id", ondelete="SET NULL")
    status: str = Field(default=EnrollmentStatus.active.value, max_length=20)
    created_at: datetime = Field(default_factory=utcnow, sa_column=_tz_column(False))
    revoked_at: datetime | None = Field(default=None, sa_column=_tz_column(True))


class OpenOrderLine(SQLModel, table=True):
    """A course in a pending order. One per student and course (unique index), so two checkouts
    at once cannot both put the same course in an order; removed when the order is paid or
    expires."""

    __tablename__ = "open_order_lines"
    __table_args__ = (
        UniqueConstraint("user_id", "course_id", name="uq_open_order_lines_user_course"),
    )

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="users.id", ondelete="CASCADE")
    course_id: int
    order_id: int = Field(foreign_key="orders.id", index=True, ondelete="CASCADE")


FREE_GRANT = "free"


def order_grant(order_id: int) -> str:
    """The `EnrollmentGrant.source` of a paid order."""
    return f"order:{order_id}"


class EnrollmentGrant(SQLModel, table=True):
    """What gives an enrollment its access: a paid order, or a free grant (`source="free"`).

    A refund removes its order's grant; the enrollment is revoked only when none is left.
    """

    __tablename__ = "enrollment_grants"
    __table_args__ = (
        UniqueConstraint("enrollment_id", "source", name="uq_enrollment_grants_source"),
    )

    id: int | None = Field(default=None, primary_key=True)
    enrollment_id: int = Field(foreign_key="enrollments.id", index=True, ondelete="CASCADE")
    order_id: int | None = Field(
        default=None, foreign_key="orders.id", index=True, ondelete="CASCADE"
    )
    source: str = Field(max_length=40)
    created_at: datetime = Field(default_factory=utcnow, sa_column=_tz_column(False))


class PaymentEventRecord(SQLModel, table=True):
    """Every payment provider event handled, once: a replayed delivery finds its id here."""

    __tablename__ = "payment_events"

    id: int | None = Field(default=None, primary_key=True)
    event_id: str = Field(max_length=255, unique=True)
    event_type: str = Field(max_length=100)
    order_id: int | None = Field(default=None, index=True)
    payment_intent_id: str | None = Field(default=None, max_length=255, index=True)
    amount_cents: int | None = None
    # applied | no_change | waiting (a refund that arrived before its payment) | ignored
    outcome: str = Field(default="applied", max_length=20)
    received_at: datetime = Field(default_factory=utcnow, sa_column=_tz_column(False))


# ---- request schemas ---------------------------------------------------------------------------


class CartItemAdd(BaseModel):
    model_config = ConfigDict(extra="forbid")

    course_id: IdValue


class CheckoutRequest(BaseModel):
    """`course_ids` defaults to the cart; `coupon_code` is optional."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    course_ids: list[IdValue] | None = PydanticField(default=None, max_length=MAX_CART_ITEMS)
    coupon_code: str | None = PydanticField(default=None, max_length=40)
    # an instructor's referral code (the `?ref=` of a course link); unknown codes are ignored
    referral_code: str | None = PydanticField(default=None, max_length=20)


class CouponCreate(BaseModel):
    """Either `percent_off` (1-100) or `amount_off_cents`; optional course, cap and expiry."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    code: str = PydanticField(min_length=3, max_length=40)
    percent_off: int | None = PydanticField(default=None, ge=1, le=100)
    amount_off_cents: int | None = PydanticField(default=None, ge=1, le=1_000_000)
    currency: str = PydanticField(default="USD", min_length=3, max_length=3)
    course_id: IdValue | None = None
    max_redemptions: int | None = PydanticField(default=None, ge=1, le=1_000_000)
    max_per_student: int = PydanticField(default=1, ge=1, le=1_000)
    expires_at: datetime | None = None
    # a sale: applies by itself to every visitor, no code to type
    public: bool = False

    @field_validator("code")
    @classmethod
    def _code(cls, value: str) -> str:
        code = value.strip().upper()
        if not re.fullmatch(COUPON_CODE_PATTERN, code):
            raise ValueError(
                "Use 3-40 letters, digits, '-' or '_' for the code, "
                "starting with a letter or digit."
            )
        return code

    @field_validator("currency")
    @classmethod
    def _currency(cls, value: str) -> str:
        if not value.isalpha():
            raise ValueError("Use a three-letter currency code such as USD.")
        return value.upper()

    @model_validator(mode="after")
    def _one_discount(self) -> CouponCreate:
        if (self.percent_off is None) == (self.amount_off_cents is None):
            raise ValueError("Give either percent_off or amount_off_cents (exactly one).")
        return self


# ---- response schemas --------------------------------------------------------------------------


class CartLine(BaseModel):
    course_id: int
    slug: str
    title: str
    instructor_name: str
    thumbnail_url: str | None
    currency: str
    price_cents: int
    discount_cents: int
    final_price_cents: int


class AppliedCoupon(BaseModel):
    code: str
    description: str


class CartPublic(BaseModel):
    """A priced cart: lines, totals and the coupon applied, if any."""

    items: list[CartLine]
    count: int
    currency: str
    subtotal_cents: int
    discount_cents: int
    total_cents: int
    coupon: AppliedCoupon | None = None
    mixed_currencies: bool = False


class CheckoutResult(BaseModel):
    order_id: int
    status: str
    amount_cents: int
    currency: str
    checkout_url: str | None


class OrderItemPublic(BaseModel):
    course_id: int
    title: str
    list_price_cents: int
    discount_cents: int
    price_cents: int


class GiftSummary(BaseModel):
    """A gift as its buyer sees it on the order: to whom, and where it stands."""

    recipient_email: str
    recipient_name: str
    status: str
    redeemed_at: datetime | None = None


class OrderPublic(BaseModel):
    id: int
    user_id: int
    status: str
    items: list[OrderItemPublic]
    currency: str
    subtotal_cents: int
    discount_cents: int
    amount_cents: int
    coupon_code: str | None
    gateway: str
    created_at: datetime
    paid_at: datetime | None
    refunded_at: datetime | None
    refundable: bool = False
    refund_deadline: datetime | None = None
    gift: GiftSummary | None = None


class CouponPublic(BaseModel):
    id: int
    code: str
    course_id: int | None
    instructor_id: int | None
    percent_off: int | None
    amount_off_cents: int | None
    currency: str
    max_redemptions: int | None
    max_per_student: int
    redemptions: int
    expires_at: datetime | None
    active: bool
    created_at: datetime
    public: bool = False


class RefundRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: str | None = PydanticField(default=None, max_length=500)


class WishlistItem(SQLModel, table=True):
    """A course a student wishes for; `price_cents_seen` is the price they were last told of
    (set when added, lowered when a price-drop alert goes out)."""

    __tablename__ = "wishlist_items"
    __table_args__ = (
        UniqueConstraint("user_id", "course_id", name="uq_wishlist_items_user_course"),
        Index("ix_wishlist_items_course", "course_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="users.id", index=True, ondelete="CASCADE")
    course_id: int
    price_cents_seen: int
    currency: str = Field(max_length=3)
    added_at: datetime = Field(default_factory=utcnow, sa_column=_tz_column(False))


MAX_WISHLIST_ITEMS = 200


class GiftStatus(StrEnum):
    awaiting_payment = "awaiting_payment"  # its order is pending: the link does not work yet
    sent = "sent"  # paid: the recipient was emailed a redemption link
    redeemed = "redeemed"  # an account redeemed it and is enrolled
    cancelled = "cancelled"  # its order expired unpaid
    revoked = "revoked"  # its order was refunded


class Gift(SQLModel, table=True):
    """A course bought for someone else: one per gift order.

    The redemption link carries `<id>-<mac>`, an HMAC of the id and `token_salt` under the
    install's secret key, so the database alone does not give away working links. A link works
    once (status `sent` → `redeemed`, conditional update) and only after payment.
    """

    __tablename__ = "gifts"

    id: int | None = Field(default=None, primary_key=True)
    order_id: int = Field(foreign_key="orders.id", unique=True, ondelete="CASCADE")
    course_id: int = Field(index=True)
    buyer_id: int = Field(foreign_key="users.id", index=True, ondelete="CASCADE")
    recipient_email: str = Field(max_length=254)
    recipient_name: str = Field(max_length=120)
    message: str = Field(default="", max_length=1000)
    token_salt: str = Field(max_length=64)
    status: str = Field(default=GiftStatus.awaiting_payment.value, max_length=20)
    redeemed_by: int | None = Field(
        default=None, foreign_key="users.id", index=True, ondelete="SET NULL"
    )
    redeemed_at: datetime | None = Field(default=None, sa_column=_tz_column(True))
    created_at: datetime = Field(default_factory=utcnow, sa_column=_tz_column(False))


GIFT_MESSAGE_MAX = 1000


class GiftCheckoutRequest(BaseModel):
    """Buy one course for someone else: who gets it and what the email tells them."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    course_id: IdValue
    recipient_email: str = PydanticField(min_length=3, max_length=254)
    recipient_name: str = PydanticField(min_length=1, max_length=120)
    message: str = PydanticField(default="", max_length=GIFT_MESSAGE_MAX)
    coupon_code: str | None = PydanticField(default=None, max_length=40)

    @field_validator("recipient_email")
    @classmethod
    def _email(cls, value: str) -> str:
        email = value.strip().lower()
        if has_control_characters(email) or not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
            raise ValueError("Enter the recipient's email address, like name@example.com.")
        return email

    @field_validator("recipient_name")
    @classmethod
    def _name(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("Enter the recipient's name.")
        return refuse_control_characters(value.strip())

    @field_validator("message")
    @classmethod
    def _message(cls, value: str) -> str:
        # several lines are fine; other control characters (NUL ...) are not
        if has_control_characters(value.replace("\r\n", "\n").replace("\n", " ")):
            raise ValueError("Write the message as plain text, without control characters.")
        return value


class GiftPublic(BaseModel):
    """A gift as the redeem page shows it (no email address: the link may be forwarded)."""

    course_id: int
    course_slug: str
    course_title: str
    recipient_name: str
    sender_name: str
    message: str
    status: str


class GiftSent(BaseModel):
    """A gift on its buyer's purchase history."""

    order_id: int
    course_id: int
    course_title: str
    recipient_email: str
    recipient_name: str
    status: str
    order_status: str
    amount_cents: int
    currency: str
    created_at: datetime
    redeemed_at: datetime | None


class PriceQuotePublic(BaseModel):
    """What a course costs this viewer now: the price checkout charges, and why."""

    course_id: int
    currency: str
    list_price_cents: int
    discount_cents: int
    price_cents: int
    percent_off: int
    coupon_code: str | None
    coupon_is_public: bool
    # when the discount ends (the coupon's expiry), and the whole days left counted up
    discount_ends_at: datetime | None
    days_left: int | None
