"""The order state machine and its transitions: paid (enrollments), expired, refunded.

Fulfilment is one function, `fulfil_order`, reached from the Stripe webhook, the success
redirect and the sandbox page alike; a conditional UPDATE (`... WHERE status = 'pending'`)
makes it run once however many of them arrive, in whatever order.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import update
from sqlmodel import Session, col, select

from udemy_clone.catalog import service as catalog_service
from udemy_clone.core import outbox
from udemy_clone.core.config import get_settings
from udemy_clone.core.db import utcnow
from udemy_clone.core.errors import (
    Conflict,
    DomainError,
    ServiceUnavailable,
)
from udemy_clone.core.log import get_logger
from udemy_clone.orders._rows import (
    claim_write_lock,
    get_order_row,
    order_items,
    release_open_lines,
    visible_order,
)
from udemy_clone.orders.cart import clear_cart
from udemy_clone.orders.coupons import release_coupon
from udemy_clone.orders.enrollments import enroll_student, revoke_enrollment
from udemy_clone.orders.events import OrderPaid, OrderRefunded
from udemy_clone.orders.gift_records import gift_cancelled, gift_paid, gift_refunded
from udemy_clone.orders.history import refund_deadline
from udemy_clone.orders.models import (
    Order,
    OrderStatus,
    PaymentEventRecord,
)
from udemy_clone.orders.payments import (
    PaymentGateway,
    PaymentGatewayError,
    SandboxGateway,
    get_payment_gateway,
)

log = get_logger(__name__)


ORDER_TRANSITIONS: dict[OrderStatus, frozenset[OrderStatus]] = {
    OrderStatus.pending: frozenset({OrderStatus.paid, OrderStatus.expired}),
    OrderStatus.paid: frozenset({OrderStatus.refunded}),
    OrderStatus.refunded: frozenset(),
    OrderStatus.expired: frozenset(),
}


class PaymentRejected(DomainError):
    """A payment notification that does not fit our records (bad signature, amount, order)."""

    status_code = 400
    code = "payment_rejected"


def can_transition(current: str, target: str) -> bool:
    """True when an order may go from `current` to `target` (pending→paid→refunded, →expired)."""
    try:
        return OrderStatus(target) in ORDER_TRANSITIONS[OrderStatus(current)]
    except ValueError:
        return False


def check_transition(current: str, target: str) -> None:
    """Refuse a transition the state machine does not allow (409)."""
    if not can_transition(current, target):
        raise Conflict(
            f"This order is {current}, so it cannot become {target}.", code="invalid_order_status"
        )


def _transition(session: Session, order: Order, target: OrderStatus, **values: Any) -> bool:
    """Move the order on if nobody else did first; True when this call made the change.

    The UPDATE is conditional on the status read before, so two concurrent callers (webhook and
    success redirect) cannot both win: the second matches no row and sees the new status.
    """
    assert order.id is not None
    current = order.status
    check_transition(current, target.value)
    result = session.exec(
        update(Order)
        .where(col(Order.id) == order.id, col(Order.status) == current)
        .values(status=target.value, **values)
        .execution_options(synchronize_session=False)
    )
    session.refresh(order)
    return bool(getattr(result, "rowcount", 0) == 1)


def fulfil_order(
    *,
    session: Session,
    order_id: int,
    payment_intent_id: str | None = None,
    amount_cents: int | None = None,
    currency: str | None = None,
) -> Order:
    """Mark the order paid and enroll its buyer, once; later calls change nothing.

    `amount_cents`/`currency` are what the provider says was paid; a mismatch is refused (400)
    before anything changes.
    """
    order = session.get(Order, order_id)
    if order is None:
        raise PaymentRejected("The payment names an order we do not know.", code="unknown_order")
    if amount_cents is not None and (
        amount_cents != order.amount_cents or (currency or "").upper() != order.currency
    ):
        log.warning(
            "payment_amount_mismatch",
            order_id=order_id,
            expected=order.amount_cents,
            got=amount_cents,
            currency=currency,
        )
        raise PaymentRejected("The amount paid does not match the order.", code="amount_mismatch")
    if order.status != OrderStatus.pending.value:
        if order.status == OrderStatus.expired.value:
            log.error("payment_for_expired_order", order_id=order_id, intent=payment_intent_id)
        return order
    values: dict[str, Any] = {"paid_at": utcnow()}
    if payment_intent_id:
        values["payment_intent_id"] = payment_intent_id
    if not _transition(session, order, OrderStatus.paid, **values):
        return order  # someone else fulfilled it a moment ago
    items = order_items(session, order_id)
    course_ids = [i.course_id for i in items]
    for item in items:
        if not order.is_gift:  # a gift enrolls whoever redeems it (gift_records)
            enroll_student(
                session=session, user_id=order.user_id, course_id=item.course_id, order_id=order_id
            )
        catalog_service.record_sale(session=session, course_id=item.course_id, delta=1)
    release_open_lines(session, order_id)
    if order.is_gift:
        gift_paid(session, order)
    else:
        clear_cart(session, order.user_id, course_ids)
    outbox.emit(
        session,
        OrderPaid(
            order_id=order_id,
            user_id=order.user_id,
            course_ids=tuple(course_ids),
            amount_cents=order.amount_cents,
            currency=order.currency,
            gift=order.is_gift,
        ),
    )
    log.info("order_paid", order_id=order_id, amount_cents=order.amount_cents)
    if payment_intent_id:
        _apply_waiting_refund(session, order)
    return order


def expire_order(*, session: Session, order_id: int) -> Order:
    """A checkout ended without payment: pending → expired, coupon redemption given back."""
    order = get_order_row(session, order_id)
    if order.status != OrderStatus.pending.value:
        return order  # paid, refunded or already expired: an expiry notice changes nothing
    if _transition(session, order, OrderStatus.expired, expired_at=utcnow()):
        release_open_lines(session, order_id)
        line_coupons = {i.coupon_id for i in order_items(session, order_id) if i.coupon_id}
        for coupon_id in sorted(line_coupons | ({order.coupon_id} if order.coupon_id else set())):
            release_coupon(session, coupon_id)
        if order.is_gift:
            gift_cancelled(session, order)
    return order


def mark_refunded(session: Session, order: Order, *, refund_id: str | None) -> bool:
    assert order.id is not None
    if not _transition(
        session, order, OrderStatus.refunded, refunded_at=utcnow(), refund_id=refund_id
    ):
        return False
    items = order_items(session, order.id)
    if order.is_gift:
        gift_refunded(session, order)  # the recipient's access, or the unused link
    for item in items:
        if not order.is_gift:
            revoke_enrollment(
                session, user_id=order.user_id, course_id=item.course_id, order_id=order.id
            )
        catalog_service.record_sale(session=session, course_id=item.course_id, delta=-1)
    outbox.emit(
        session,
        OrderRefunded(
            order_id=order.id,
            user_id=order.user_id,
            course_ids=tuple(i.course_id for i in items),
            amount_cents=order.amount_cents,
            currency=order.currency,
            gift=order.is_gift,
        ),
    )
    log.info("order_refunded", order_id=order.id)
    return True


def refund_order(
    *,
    session: Session,
    actor_id: int,
    actor_roles: Sequence[str],
    order_id: int,
    gateway: PaymentGateway | None = None,
) -> Order:
    """Buyer within the refund window, or an admin: money back, access revoked."""
    claim_write_lock(session)
    order = visible_order(session, actor_id=actor_id, actor_roles=actor_roles, order_id=order_id)
    is_admin = "admin" in actor_roles
    if order.status != OrderStatus.paid.value:
        raise Conflict(
            f"Only a paid order can be refunded; this one is {order.status}.",
            code="invalid_order_status",
        )
    if order.amount_cents == 0:
        raise Conflict("This order was free, so there is nothing to refund.", code="free_order")
    deadline = refund_deadline(order)
    if not is_admin and (deadline is None or deadline <= utcnow()):
        days = get_settings().refund_window_days
        raise Conflict(
            f"Refunds are possible within {days} days of purchase; this order is older.",
            code="refund_window_closed",
        )
    if not mark_refunded(session, order, refund_id=None):
        return order  # refunded by someone else (or a provider notice) a moment ago
    # Ask the provider last: if it refuses, the transaction (and the refund above) rolls back.
    provider = _refund_gateway(order, gateway)
    try:
        result = provider.refund(
            payment_intent_id=order.payment_intent_id or f"pi_sandbox_{order_id}",
            amount_cents=order.amount_cents,
            idempotency_key=f"order-{order_id}-refund",
        )
    except PaymentGatewayError as exc:
        raise ServiceUnavailable(exc.message, code=exc.code) from exc
    order.refund_id = result.refund_id
    session.add(order)
    session.flush()
    return order


def _refund_gateway(order: Order, gateway: PaymentGateway | None) -> PaymentGateway:
    """The provider that took the order's money (a sandbox order is refunded by the sandbox)."""
    if order.gateway == "sandbox":
        return SandboxGateway(public_url=get_settings().public_url)
    gateway = gateway or get_payment_gateway()
    if gateway.name != order.gateway:
        raise ServiceUnavailable(
            "This order was paid through a payment provider that is not set up now; "
            "refund it from the provider's dashboard.",
            code="provider_unavailable",
        )
    return gateway


def _apply_waiting_refund(session: Session, order: Order) -> None:
    """A refund notice that arrived before the payment it refunds is applied now."""
    waiting = session.exec(
        select(PaymentEventRecord).where(
            col(PaymentEventRecord.payment_intent_id) == order.payment_intent_id,
            col(PaymentEventRecord.outcome) == "waiting",
        )
    ).all()
    for record in waiting:
        if (record.amount_cents or 0) >= order.amount_cents and order.status == "paid":
            mark_refunded(session, order, refund_id=None)
            record.order_id = order.id
            record.outcome = "applied"
            session.add(record)
    session.flush()
