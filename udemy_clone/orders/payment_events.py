"""Payment provider events (Stripe webhooks, the success redirect) and the sandbox payment page."""

from __future__ import annotations

from collections.abc import Sequence

from sqlmodel import Session, col, select

from udemy_clone.core.config import get_settings
from udemy_clone.core.db import utcnow
from udemy_clone.core.errors import (
    Conflict,
    NotFound,
)
from udemy_clone.core.log import get_logger
from udemy_clone.orders._rows import claim_write_lock, insert_once, visible_order
from udemy_clone.orders.fulfilment import PaymentRejected, expire_order, fulfil_order, mark_refunded
from udemy_clone.orders.models import (
    Order,
    OrderStatus,
    PaymentEventRecord,
)
from udemy_clone.orders.payments import (
    InvalidWebhook,
    PaymentEvent,
    PaymentGateway,
    StripeGateway,
    get_payment_gateway,
)

log = get_logger(__name__)


def _record_event(session: Session, event: PaymentEvent) -> PaymentEventRecord | None:
    """Write the event id; None when it was handled before (a duplicate delivery)."""
    event_id = event.event_id[:255]
    created = insert_once(
        session,
        PaymentEventRecord,
        {
            "event_id": event_id,
            "event_type": event.event_type[:100],
            "order_id": event.order_id,
            "payment_intent_id": event.payment_intent_id,
            "amount_cents": event.amount_cents,
            "outcome": "received",
            "received_at": utcnow(),
        },
    )
    if not created:
        return None
    return session.exec(
        select(PaymentEventRecord).where(col(PaymentEventRecord.event_id) == event_id)
    ).one()


def _order_by_payment_intent(session: Session, payment_intent_id: str | None) -> Order | None:
    if not payment_intent_id:
        return None
    return session.exec(
        select(Order).where(col(Order.payment_intent_id) == payment_intent_id)
    ).first()


def apply_payment_event(*, session: Session, event: PaymentEvent) -> str:
    """Act on a verified provider event once; returns what happened (applied, duplicate, ...).

    Unknown orders and amounts that do not match are refused (400) and leave no trace, so the
    provider's retry is not swallowed.
    """
    record = _record_event(session, event)
    if record is None:
        return "duplicate"
    outcome = "ignored"
    if event.kind == "checkout_completed":
        assert event.order_id is not None
        before = session.get(Order, event.order_id)
        was_pending = before is not None and before.status == OrderStatus.pending.value
        if not event.paid:
            # A delayed payment method: the money is not there yet; wait for async success.
            if before is None:
                raise PaymentRejected(
                    "The payment names an order we do not know.", code="unknown_order"
                )
            outcome = "no_change"
        else:
            order = fulfil_order(
                session=session,
                order_id=event.order_id,
                payment_intent_id=event.payment_intent_id,
                amount_cents=event.amount_cents,
                currency=event.currency,
            )
            outcome = "applied" if was_pending and order.status != "pending" else "no_change"
    elif event.kind == "checkout_expired":
        assert event.order_id is not None
        order_row = session.get(Order, event.order_id)
        if order_row is None:
            raise PaymentRejected("The notice names an order we do not know.", code="unknown_order")
        was_pending = order_row.status == OrderStatus.pending.value
        expire_order(session=session, order_id=event.order_id)
        outcome = "applied" if was_pending else "no_change"
    elif event.kind == "charge_refunded":
        order_or_none = _order_by_payment_intent(session, event.payment_intent_id)
        if order_or_none is None:
            outcome = "waiting"  # the payment's own notice has not arrived yet
        else:
            order = order_or_none
            if (event.currency or "").upper() != order.currency or (
                event.amount_cents or 0
            ) > order.amount_cents:
                raise PaymentRejected(
                    "The refunded amount does not match the order.", code="amount_mismatch"
                )
            record.order_id = order.id
            if event.fully_refunded and order.status == OrderStatus.paid.value:
                outcome = (
                    "applied" if mark_refunded(session, order, refund_id=None) else "no_change"
                )
            else:
                outcome = "no_change"  # partial refunds keep access; already refunded is done
    record.outcome = outcome
    session.add(record)
    session.flush()
    log.info("payment_event", event_id=event.event_id, kind=event.kind, outcome=outcome)
    return outcome


def _webhook_verifier() -> PaymentGateway:
    settings = get_settings()
    if not settings.stripe_webhook_secret:
        raise NotFound("Stripe webhooks are not configured here.", code="webhooks_disabled")
    gateway = get_payment_gateway(settings)
    if isinstance(gateway, StripeGateway):
        return gateway
    # Only the webhook secret is set: verify signatures without an API key.
    return StripeGateway(
        secret_key=settings.stripe_secret_key or "sk_unused_for_webhooks",
        webhook_secret=settings.stripe_webhook_secret,
        api_base=settings.stripe_api_base,
    )


def handle_stripe_webhook(*, session: Session, payload: bytes, signature_header: str) -> str:
    """Verify a Stripe delivery on its raw body and apply it (400 for a bad or stale one)."""
    verifier = _webhook_verifier()
    try:
        event = verifier.parse_webhook(payload=payload, signature_header=signature_header)
    except InvalidWebhook as exc:
        raise PaymentRejected(exc.message, code="invalid_signature") from exc
    return apply_payment_event(session=session, event=event)


def _sandbox_order(
    session: Session, *, actor_id: int, actor_roles: Sequence[str], order_id: int
) -> Order:
    if get_payment_gateway().name != "sandbox":
        raise NotFound(
            "The sandbox payment page is off because real payments are set up.",
            code="sandbox_disabled",
        )
    return visible_order(session, actor_id=actor_id, actor_roles=actor_roles, order_id=order_id)


def complete_sandbox_payment(
    *, session: Session, actor_id: int, actor_roles: Sequence[str], order_id: int
) -> Order:
    """Sandbox "Pay": the same path as a Stripe checkout.session.completed webhook."""
    claim_write_lock(session)
    order = _sandbox_order(session, actor_id=actor_id, actor_roles=actor_roles, order_id=order_id)
    if order.status == OrderStatus.expired.value:
        raise Conflict(
            "This checkout was cancelled; start a new one from your cart.",
            code="invalid_order_status",
        )
    event = PaymentEvent(
        event_id=f"sandbox_{order_id}_completed",
        event_type="checkout.session.completed",
        kind="checkout_completed",
        order_id=order_id,
        session_id=order.checkout_session_id,
        payment_intent_id=f"pi_sandbox_{order_id}",
        amount_cents=order.amount_cents,
        currency=order.currency,
        payment_status="paid",
    )
    apply_payment_event(session=session, event=event)
    return order


def cancel_sandbox_payment(
    *, session: Session, actor_id: int, actor_roles: Sequence[str], order_id: int
) -> Order:
    """Sandbox "Cancel": the same path as a Stripe checkout.session.expired webhook."""
    claim_write_lock(session)
    order = _sandbox_order(session, actor_id=actor_id, actor_roles=actor_roles, order_id=order_id)
    event = PaymentEvent(
        event_id=f"sandbox_{order_id}_expired",
        event_type="checkout.session.expired",
        kind="checkout_expired",
        order_id=order_id,
        session_id=order.checkout_session_id,
    )
    apply_payment_event(session=session, event=event)
    return order
