"""Checkout: creating the order, opening the provider's payment page, the buyer's return.

`start_checkout` and `confirm_checkout_return` call the payment provider, so they own their
transactions: no database transaction stays open while the provider is being asked.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlmodel import Session, col, select

from udemy_clone.auth import service as auth_service
from udemy_clone.core import db
from udemy_clone.core.config import get_settings
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
    order_items,
    visible_order,
)
from udemy_clone.orders.cart import coupon_for, price_lines, purchasable_course
from udemy_clone.orders.coupons import reserve_coupon
from udemy_clone.orders.fulfilment import expire_order, fulfil_order
from udemy_clone.orders.history import to_order_public
from udemy_clone.orders.models import (
    MAX_CART_ITEMS,
    CheckoutResult,
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

log = get_logger(__name__)


def _same_pending_order(
    session: Session, user_id: int, course_ids: Sequence[int], coupon_code: str | None
) -> Order | None:
    """An open checkout for exactly these courses (a second click reuses it)."""
    statement = select(Order).where(
        col(Order.user_id) == user_id,
        col(Order.status) == OrderStatus.pending.value,
        col(Order.checkout_url).is_not(None),
    )
    wanted = sorted(course_ids)
    for order in session.exec(statement.order_by(col(Order.id).desc()).limit(5)):
        assert order.id is not None
        items = sorted(i.course_id for i in order_items(session, order.id))
        if items == wanted and (order.coupon_code or None) == (coupon_code or None):
            return order
    return None


def create_order(
    *,
    session: Session,
    user_id: int,
    course_ids: Sequence[int] | None = None,
    coupon_code: str | None = None,
    gateway_name: str = "sandbox",
) -> Order:
    """A pending order for these courses (default: the cart); a free total is paid at once."""
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
    normalized_code = coupon.code if coupon else None
    reusable = _same_pending_order(session, user_id, unique_ids, normalized_code)
    if reusable is not None:
        return reusable
    lines = price_lines(courses, coupon)
    subtotal = sum(line.course.price_cents for line in lines)
    discount = sum(line.discount_cents for line in lines)
    if coupon is not None:
        reserve_coupon(session, coupon)
    order = Order(
        user_id=user_id,
        currency=currencies.pop(),
        subtotal_cents=subtotal,
        discount_cents=discount,
        amount_cents=subtotal - discount,
        coupon_id=coupon.id if coupon else None,
        coupon_code=normalized_code,
        gateway="free" if subtotal - discount == 0 else gateway_name,
    )
    session.add(order)
    session.flush()
    assert order.id is not None
    for line in lines:
        assert line.course.id is not None
        session.add(
            OrderItem(
                order_id=order.id,
                course_id=line.course.id,
                title=line.course.title,
                instructor_id=line.course.owner_id,
                list_price_cents=line.course.price_cents,
                discount_cents=line.discount_cents,
                price_cents=line.final_cents,
            )
        )
    session.flush()
    if order.amount_cents == 0:
        fulfil_order(session=session, order_id=order.id)
    return order


def attach_checkout(*, session: Session, order_id: int, session_id: str, url: str) -> Order:
    """Remember the provider's payment page of a pending order."""
    order = get_order_row(session, order_id)
    order.checkout_session_id = session_id
    order.checkout_url = url
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
        )
        assert order.id is not None
        order_id = order.id
        if order.status != OrderStatus.pending.value or order.checkout_url:
            return _checkout_result(order)
        items = [
            LineItem(name=i.title, amount_cents=i.price_cents)
            for i in order_items(session, order_id)
        ]
        email = auth_service.get_user(session=session, user_id=user_id).email
        currency = order.currency
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
        )
    except PaymentGatewayError as exc:
        with db.transaction() as session:
            expire_order(session=session, order_id=order_id)
        raise ServiceUnavailable(exc.message, code=exc.code) from exc
    with db.transaction() as session:
        order = attach_checkout(
            session=session, order_id=order_id, session_id=checkout.session_id, url=checkout.url
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
