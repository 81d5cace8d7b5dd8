"""Buying a course as a gift: one course, paid through the normal checkout, for someone else.

The order is an ordinary order (`is_gift`), priced by the same `pricing.price_courses` and paid
through the same provider page; it carries a `Gift` whose link works only once the order is
paid (see `gift_records`). The buyer need not own the course and is never enrolled by it.
"""

from __future__ import annotations

import secrets

from sqlmodel import Session

from udemy_clone.auth import service as auth_service
from udemy_clone.catalog import service as catalog_service
from udemy_clone.catalog.service import CourseStatus
from udemy_clone.core import db
from udemy_clone.core.errors import Conflict, InvalidInput, NotFound
from udemy_clone.orders._rows import claim_write_lock
from udemy_clone.orders.cart import coupon_for, typed_coupon_used
from udemy_clone.orders.checkout import open_payment_page, reserve_coupons, write_order
from udemy_clone.orders.fulfilment import fulfil_order
from udemy_clone.orders.models import CheckoutResult, Gift, GiftCheckoutRequest, Order
from udemy_clone.orders.payments import PaymentGateway, get_payment_gateway
from udemy_clone.orders.pricing import price_courses


def create_gift_order(
    *,
    session: Session,
    buyer_id: int,
    data: GiftCheckoutRequest,
    coupon_code: str | None = None,
    gateway_name: str = "sandbox",
) -> Order:
    """A pending gift order for one published, paid course (a 100% coupon pays it at once).

    Refused: the buyer's own course (409), a free course (409: share its link instead), and
    the buyer's own email as the recipient (422: buy it for yourself instead).
    """
    course = catalog_service.get_course(session=session, course_id=data.course_id)
    if course.status != CourseStatus.published.value:
        raise NotFound("This course does not exist or is not published.", code="course_not_found")
    if course.owner_id == buyer_id:
        raise Conflict(
            "You teach this course; give a 100% coupon instead of buying it.", code="own_course"
        )
    if course.price_cents == 0:
        raise Conflict(
            "This course is free, so there is nothing to pay: send its link instead.",
            code="course_free",
        )
    buyer = auth_service.get_user(session=session, user_id=buyer_id)
    if buyer.email.strip().lower() == data.recipient_email:
        raise InvalidInput(
            "This is your own email address. A gift is for someone else; to learn this "
            "course yourself, add it to your cart.",
            code="gift_to_self",
            field="recipient_email",
        )
    coupon = coupon_for(session, coupon_code, [course])
    lines = price_courses(session, [course], coupon)
    coupon = typed_coupon_used(lines, coupon)
    order = write_order(
        session,
        user_id=buyer_id,
        courses=[course],
        lines=lines,
        coupon=coupon,
        gateway_name=gateway_name,
        referrer=None,
        is_gift=True,
    )
    assert order.id is not None
    reserve_coupons(session, order, lines)
    session.add(
        Gift(
            order_id=order.id,
            course_id=data.course_id,
            buyer_id=buyer_id,
            recipient_email=data.recipient_email,
            recipient_name=data.recipient_name,
            message=data.message.strip(),
            token_salt=secrets.token_hex(16),
        )
    )
    session.flush()
    if order.amount_cents == 0:
        fulfil_order(session=session, order_id=order.id)
    return order


def start_gift_checkout(
    *,
    buyer_id: int,
    data: GiftCheckoutRequest,
    coupon_code: str | None = None,
    gateway: PaymentGateway | None = None,
) -> CheckoutResult:
    """Create the gift order and open the provider's payment page (owns its transactions)."""
    gateway = gateway or get_payment_gateway()
    with db.transaction() as session:
        claim_write_lock(session)
        order = create_gift_order(
            session=session,
            buyer_id=buyer_id,
            data=data,
            coupon_code=coupon_code,
            gateway_name=gateway.name,
        )
        assert order.id is not None
        order_id = order.id
    return open_payment_page(order_id=order_id, gateway=gateway)
