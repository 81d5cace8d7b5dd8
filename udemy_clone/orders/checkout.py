"""Checkout: creating the order, opening the provider's payment page, the buyer's return.

`start_checkout` and `confirm_checkout_return` call the payment provider, so they own their
transactions: no database transaction stays open while the provider is being asked.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlmodel import Session, col, select

from udemy_clone.auth import service as auth_service
from udemy_clone.catalog.service import Course
from udemy_clone.core import db
from udemy_clone.core.config import get_settings
from udemy_clone.core.db import as_utc, utcnow
from udemy_clone.core.errors import (
    Conflict,
    InvalidInput,
    ServiceUnavailable,
)
from udemy_clone.core.log import get_logger
from udemy_clone.orders._rows import (
    cart_rows,
    claim_write_lock,
    get_order_row,
    insert_once,
    order_items,
    visible_order,
)
from udemy_clone.orders.cart import coupon_for, purchasable_course, typed_coupon_used
from udemy_clone.orders.coupons import reserve_coupon
from udemy_clone.orders.fulfilment import expire_order, fulfil_order
from udemy_clone.orders.history import to_order_public
from udemy_clone.orders.models import (
    MAX_CART_ITEMS,
    CheckoutResult,
    Coupon,
    OpenOrderLine,
    Order,
    OrderItem,
    OrderPublic,
    OrderStatus,
)
from udemy_clone.orders.payment_events import apply_payment_event
from udemy_clone.orders.payments import (
    LineItem,
    PaymentEvent,
    PaymentGateway,
    PaymentGatewayError,
    get_payment_gateway,
)
from udemy_clone.orders.pricing import PricedLine, price_courses
from udemy_clone.orders.referrals import instructor_of_code, sale_channel

log = get_logger(__name__)


STRIPE_MIN_SESSION_MINUTES = 30
STRIPE_MAX_SESSION_MINUTES = 24 * 60


def pending_order_ttl() -> timedelta:
    """How long a pending order stays payable: settings.order_pending_ttl_minutes.

    Clamped to what Stripe accepts for a Checkout session's `expires_at` (30 minutes to 24
    hours), so an order never expires here while its payment page is still open at Stripe.
    """
    minutes = get_settings().order_pending_ttl_minutes
    return timedelta(
        minutes=max(STRIPE_MIN_SESSION_MINUTES, min(STRIPE_MAX_SESSION_MINUTES, minutes))
    )


def order_expires_at(order: Order) -> datetime:
    """When a pending order stops being payable (its Stripe session expires at the same time)."""
    if order.expires_at is not None:
        return as_utc(order.expires_at)
    return as_utc(order.created_at) + pending_order_ttl()


def _session_expires_at(order: Order) -> datetime:
    """The order's expiry, moved later if needed to stay within Stripe's 30-minute minimum
    counted from now (the provider is asked a moment after the order was created)."""
    earliest = utcnow() + timedelta(minutes=STRIPE_MIN_SESSION_MINUTES, seconds=60)
    return max(order_expires_at(order), earliest)


def _blocking_orders(session: Session, user_id: int, course_ids: Sequence[int]) -> list[Order]:
    """The user's pending orders holding any of these courses; stale ones are expired here."""
    order_ids = session.exec(
        select(OpenOrderLine.order_id)
        .where(
            col(OpenOrderLine.user_id) == user_id,
            col(OpenOrderLine.course_id).in_(list(course_ids)),
        )
        .distinct()
    ).all()
    now = utcnow()
    blocking = []
    for order_id in sorted(order_ids):
        order = get_order_row(session, order_id)
        if order_expires_at(order) <= now:
            expire_order(session=session, order_id=order_id)  # releases its lines and coupon
        else:
            blocking.append(order)
    return blocking


def _reusable_or_conflict(
    session: Session, blocking: Sequence[Order], course_ids: Sequence[int], coupon_code: str | None
) -> Order:
    """The pending order to send the buyer back to (same courses and coupon), else 409."""
    wanted = sorted(course_ids)
    for order in blocking:
        assert order.id is not None
        items = sorted(i.course_id for i in order_items(session, order.id))
        if (
            items == wanted
            and (order.coupon_code or None) == (coupon_code or None)
            and order.status == OrderStatus.pending.value
            and order.checkout_url is not None
        ):
            return order
    minutes = int(pending_order_ttl().total_seconds() // 60)
    raise Conflict(
        "A course you chose is already in a checkout you started. Finish paying for that "
        f"order, or try again once it expires (at most {minutes} minutes after you started it).",
        code="course_already_pending",
    )


def _claim_courses(session: Session, order: Order, course_ids: Sequence[int]) -> bool:
    """Record the order's courses as open (unique per student and course); False on a clash.

    On PostgreSQL a concurrent checkout of the same course waits here for the other
    transaction and then finds its line: only one of them creates a pending order.
    """
    assert order.id is not None
    for course_id in course_ids:
        values = {"user_id": order.user_id, "course_id": course_id, "order_id": order.id}
        if not insert_once(session, OpenOrderLine, values):
            return False
    return True


def create_order(
    *,
    session: Session,
    user_id: int,
    course_ids: Sequence[int] | None = None,
    coupon_code: str | None = None,
    gateway_name: str = "sandbox",
    referral_code: str | None = None,
) -> Order:
    """A pending order for these courses (default: the cart); a free total is paid at once.

    A course the student owns (409 already_enrolled) or has in another pending order (409
    course_already_pending) cannot be ordered; the same courses again reuse the open order.
    """
    if course_ids is None:
        course_ids = [item.course_id for item in cart_rows(session, user_id)]
    unique_ids = list(dict.fromkeys(course_ids))
    if not unique_ids:
        raise InvalidInput(
            "Your cart is empty; add a course first.", code="empty_cart", field="course_ids"
        )
    if len(unique_ids) > MAX_CART_ITEMS:
        raise InvalidInput(f"An order holds at most {MAX_CART_ITEMS} courses.", field="course_ids")
    courses = [purchasable_course(session, user_id=user_id, course_id=cid) for cid in unique_ids]
    currencies = {c.currency for c in courses}
    if len(currencies) > 1:
        raise Conflict(
            "These courses are priced in different currencies; buy them in separate orders.",
            code="mixed_currencies",
        )
    coupon = coupon_for(session, coupon_code, courses)
    lines = price_courses(session, courses, coupon)
    coupon = typed_coupon_used(lines, coupon)
    normalized_code = coupon.code if coupon else None
    blocking = _blocking_orders(session, user_id, unique_ids)
    if blocking:
        return _reusable_or_conflict(session, blocking, unique_ids, normalized_code)
    order = write_order(
        session,
        user_id=user_id,
        courses=courses,
        lines=lines,
        coupon=coupon,
        gateway_name=gateway_name,
        referrer=instructor_of_code(referral_code),
    )
    assert order.id is not None
    if not _claim_courses(session, order, unique_ids):
        # A concurrent checkout won: take this order back and answer as if it had come first.
        session.delete(order)
        session.flush()
        blocking = _blocking_orders(session, user_id, unique_ids)
        return _reusable_or_conflict(session, blocking, unique_ids, normalized_code)
    reserve_coupons(session, order, lines)
    if order.amount_cents == 0:
        fulfil_order(session=session, order_id=order.id)
    return order


def write_order(
    session: Session,
    *,
    user_id: int,
    courses: Sequence[Course],
    lines: Sequence[PricedLine],
    coupon: Coupon | None,
    gateway_name: str,
    referrer: int | None,
    is_gift: bool = False,
) -> Order:
    """The pending order and its lines, priced by `lines` (pricing.price_courses)."""
    subtotal = sum(line.course.price_cents for line in lines)
    discount = sum(line.discount_cents for line in lines)
    order = Order(
        user_id=user_id,
        currency=courses[0].currency,
        subtotal_cents=subtotal,
        discount_cents=discount,
        amount_cents=subtotal - discount,
        coupon_id=coupon.id if coupon else None,
        coupon_code=coupon.code if coupon else None,
        gateway="free" if subtotal - discount == 0 else gateway_name,
        expires_at=utcnow() + pending_order_ttl(),
        referral_instructor_id=referrer,
        is_gift=is_gift,
    )
    session.add(order)
    session.flush()
    assert order.id is not None
    for course, line in zip(courses, lines, strict=True):
        assert course.id is not None
        session.add(
            OrderItem(
                order_id=order.id,
                course_id=course.id,
                title=course.title,
                instructor_id=course.owner_id,
                list_price_cents=course.price_cents,
                discount_cents=line.discount_cents,
                price_cents=line.final_cents,
                coupon_id=line.coupon.id if line.coupon else None,
                channel=sale_channel(
                    course_owner_id=course.owner_id,
                    coupon_created_by=(line.coupon.created_by if line.coupon else None),
                    referral_instructor_id=referrer,
                ).value,
            )
        )
    session.flush()
    return order


def reserve_coupons(session: Session, order: Order, lines: Sequence[PricedLine]) -> None:
    """Count one redemption of each coupon (typed or public) that priced a line of the order."""
    assert order.id is not None
    seen: set[int] = set()
    for line in lines:
        coupon = line.coupon
        if coupon is None or coupon.id is None or coupon.id in seen:
            continue
        seen.add(coupon.id)
        reserve_coupon(session, coupon, user_id=order.user_id, order_id=order.id)


def attach_checkout(
    *,
    session: Session,
    order_id: int,
    session_id: str,
    url: str,
    expires_at: datetime | None = None,
) -> Order:
    """Remember the provider's payment page of a pending order (and when it closes)."""
    order = get_order_row(session, order_id)
    order.checkout_session_id = session_id
    order.checkout_url = url
    if expires_at is not None:
        order.expires_at = expires_at
    session.add(order)
    session.flush()
    return order


def checkout_urls(order_id: int) -> tuple[str, str]:
    """Where Stripe sends the buyer back: (success URL, cancel URL)."""
    base = get_settings().public_url.rstrip("/")
    return f"{base}/checkout/success?order_id={order_id}", f"{base}/cart"


def start_checkout(
    *,
    user_id: int,
    course_ids: Sequence[int] | None = None,
    coupon_code: str | None = None,
    gateway: PaymentGateway | None = None,
    referral_code: str | None = None,
) -> CheckoutResult:
    """Create the order and open the provider's payment page (free orders are paid at once)."""
    gateway = gateway or get_payment_gateway()
    with db.transaction() as session:
        claim_write_lock(session)
        order = create_order(
            session=session,
            user_id=user_id,
            course_ids=course_ids,
            coupon_code=coupon_code,
            gateway_name=gateway.name,
            referral_code=referral_code,
        )
        assert order.id is not None
        order_id = order.id
    return open_payment_page(order_id=order_id, gateway=gateway)


def open_payment_page(*, order_id: int, gateway: PaymentGateway) -> CheckoutResult:
    """Ask the provider for the payment page of a new order (owns its transactions).

    A free, paid or already opened order is answered as it is; a provider that refuses
    expires the order (its coupon redemptions and a gift's link with it).
    """
    with db.transaction() as session:
        order = get_order_row(session, order_id)
        if order.status != OrderStatus.pending.value or order.checkout_url:
            return _checkout_result(order)
        items = [
            LineItem(name=i.title, amount_cents=i.price_cents)
            for i in order_items(session, order_id)
        ]
        email = auth_service.get_user(session=session, user_id=order.user_id).email
        currency = order.currency
        expires_at = _session_expires_at(order)
    # Zero-priced lines (a 100% coupon on one course) are left out; the total is unchanged.
    payable = [item for item in items if item.amount_cents > 0]
    success_url, cancel_url = checkout_urls(order_id)
    try:
        checkout = gateway.create_checkout(
            order_id=order_id,
            items=payable,
            currency=currency,
            customer_email=email,
            success_url=success_url,
            cancel_url=cancel_url,
            idempotency_key=f"order-{order_id}-checkout",
            expires_at=expires_at,
        )
    except PaymentGatewayError as exc:
        with db.transaction() as session:
            expire_order(session=session, order_id=order_id)
        raise ServiceUnavailable(exc.message, code=exc.code) from exc
    with db.transaction() as session:
        order = attach_checkout(
            session=session,
            order_id=order_id,
            session_id=checkout.session_id,
            url=checkout.url,
            expires_at=expires_at,
        )
        return _checkout_result(order)


def _checkout_result(order: Order) -> CheckoutResult:
    assert order.id is not None
    return CheckoutResult(
        order_id=order.id,
        status=order.status,
        amount_cents=order.amount_cents,
        currency=order.currency,
        checkout_url=order.checkout_url if order.status == OrderStatus.pending.value else None,
    )


def confirm_checkout_return(
    *,
    user_id: int,
    user_roles: Sequence[str] = (),
    order_id: int,
    gateway: PaymentGateway | None = None,
) -> OrderPublic:
    """The buyer is back from Stripe: ask Stripe about the payment and fulfil it if paid.

    The webhook may have done it already, or do it at the same moment; fulfilment runs once.
    """
    gateway = gateway or get_payment_gateway()
    with db.read_session() as session:
        order = visible_order(session, actor_id=user_id, actor_roles=user_roles, order_id=order_id)
        checkout_id = order.checkout_session_id
        pending = order.status == OrderStatus.pending.value
    if pending and checkout_id and gateway.name == "stripe" and order.gateway == "stripe":
        try:
            status = gateway.get_checkout(session_id=checkout_id)
        except PaymentGatewayError as exc:
            log.warning("checkout_status_unavailable", order_id=order_id, error=exc.message)
            status = None
        if status is not None and status.paid and status.order_id == order_id:
            # The same path as the webhook; its first statement is a write, which on SQLite
            # takes the write lock before anything is read.
            event = PaymentEvent(
                event_id=f"return_{checkout_id}",
                event_type="checkout.session.completed",
                kind="checkout_completed",
                order_id=order_id,
                session_id=checkout_id,
                payment_intent_id=status.payment_intent_id,
                amount_cents=status.amount_cents,
                currency=status.currency,
                payment_status=status.payment_status,
            )
            with db.transaction() as session:
                apply_payment_event(session=session, event=event)
    with db.read_session() as session:
        return to_order_public(session=session, order=get_order_row(session, order_id))
