"""Jobs of the revenue ledger: posting paid orders and refunds, and the monthly payout run.

The handlers run from the outbox (`udemy_clone/events.py` subscribes them to OrderPaid and
OrderRefunded). Each posts inside one transaction whose ledger key is unique, so a redelivered
event writes nothing the second time.
"""

from __future__ import annotations

from sqlmodel import col, select

from udemy_clone.core import db
from udemy_clone.core.log import get_logger
from udemy_clone.orders.events import OrderPaid, OrderRefunded
from udemy_clone.orders.ledger import post_refund, post_sale, sale_key
from udemy_clone.orders.ledger_models import LedgerTransaction
from udemy_clone.orders.models import Order
from udemy_clone.orders.payments import PaymentGatewayError, StripeGateway, get_payment_gateway
from udemy_clone.orders.payouts import create_monthly_payouts

log = get_logger(__name__)


def processing_fee_cents(order: Order) -> int:
    """The provider's fee on an order: 0 for sandbox and free orders; Stripe's from the
    balance transaction when it is known (0 otherwise, logged)."""
    if order.gateway != "stripe" or not order.payment_intent_id:
        return 0
    gateway = get_payment_gateway()
    if not isinstance(gateway, StripeGateway):
        return 0
    try:
        fee = gateway.processing_fee(payment_intent_id=order.payment_intent_id)
    except PaymentGatewayError as exc:
        log.warning("processing_fee_unknown", order_id=order.id, error=exc.message)
        return 0
    return fee or 0


def post_order_paid(event: OrderPaid, *, event_id: int) -> None:
    """Event handler: post the sale of a paid order to the ledger (once)."""
    with db.read_session() as session:
        order = session.get(Order, event.order_id)
        if order is None:
            return
        done = session.exec(
            select(LedgerTransaction.id).where(
                col(LedgerTransaction.source_key) == sale_key(event.order_id)
            )
        ).first()
    if done:
        return
    fee = processing_fee_cents(order)  # may ask Stripe: outside any transaction
    with db.transaction() as session:
        post_sale(session, order_id=event.order_id, fee_cents=fee)


def post_order_refunded(event: OrderRefunded, *, event_id: int) -> None:
    """Event handler: post the reversal of a refunded order to the ledger (once)."""
    with db.transaction() as session:
        post_refund(session, order_id=event.order_id)


def run_monthly_payouts() -> int:
    """Scheduled job: create this month's payouts; returns how many (idempotent per month)."""
    with db.transaction() as session:
        return len(create_monthly_payouts(session=session))
