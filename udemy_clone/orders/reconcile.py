"""Reconciliation: does the ledger agree with the orders, per currency and month?

Checks, per month (UTC) and currency:
- the sales in the ledger equal the amounts of the orders paid that month (refunded later or
  not), and the refunds equal the orders refunded that month;
- every paid or refunded order has its sale (and refund) transaction;
- every transaction's entries add up to zero in the transaction's own currency.
Orders paid or refunded in the last few minutes are left out of "missing": their ledger job may
simply not have run yet.
"""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import Session, col, select

from udemy_clone.core.db import as_utc, utcnow
from udemy_clone.orders.ledger import refund_key, sale_key
from udemy_clone.orders.ledger_models import (
    Account,
    LedgerEntry,
    LedgerTransaction,
    ReconciliationLine,
    ReconciliationReport,
    TransactionKind,
)
from udemy_clone.orders.models import Order, OrderStatus
from udemy_clone.orders.statements import month_of, require_admin

SETTLING_TIME = timedelta(minutes=10)


def reconciliation_report(*, session: Session, actor_roles: list[str]) -> ReconciliationReport:
    """Admin: the reconciliation report (the admin page and REST endpoint)."""
    require_admin(actor_roles)
    return reconcile_ledger(session=session)


def reconcile_ledger(
    *, session: Session, settling: timedelta = SETTLING_TIME
) -> ReconciliationReport:
    """Compare the ledger with orders and refunds; the report lists every difference."""
    recent = utcnow() - settling
    lines: dict[tuple[str, str], ReconciliationLine] = {}

    def line(month: str, currency: str) -> ReconciliationLine:
        return lines.setdefault(
            (month, currency),
            ReconciliationLine(
                month=month,
                currency=currency,
                orders_sales_cents=0,
                ledger_sales_cents=0,
                orders_refunds_cents=0,
                ledger_refunds_cents=0,
                unbalanced_transactions=0,
                missing_transactions=[],
            ),
        )

    transactions = {
        t.source_key: t
        for t in session.exec(
            select(LedgerTransaction).where(
                col(LedgerTransaction.kind).in_(
                    [TransactionKind.sale.value, TransactionKind.refund.value]
                )
            )
        )
    }
    orders = session.exec(
        select(Order).where(
            col(Order.status).in_([OrderStatus.paid.value, OrderStatus.refunded.value]),
            col(Order.amount_cents) > 0,
        )
    )
    for order in orders:
        assert order.id is not None
        # an order whose ledger job may not have run yet is left out of both sides
        if order.paid_at is not None:
            posted = sale_key(order.id) in transactions
            if posted or as_utc(order.paid_at) < recent:
                row = line(month_of(order.paid_at), order.currency)
                row.orders_sales_cents += order.amount_cents
                if not posted:
                    row.missing_transactions.append(sale_key(order.id))
        if order.status == OrderStatus.refunded.value and order.refunded_at is not None:
            posted = refund_key(order.id) in transactions
            if posted or as_utc(order.refunded_at) < recent:
                row = line(month_of(order.refunded_at), order.currency)
                row.orders_refunds_cents += order.amount_cents
                if not posted:
                    row.missing_transactions.append(refund_key(order.id))

    sums: dict[int, int] = {}
    foreign: set[int] = set()
    currency_of = {t.id: t.currency for t in session.exec(select(LedgerTransaction))}
    month_of_tx = {t.id: month_of(t.occurred_at) for t in session.exec(select(LedgerTransaction))}
    kinds = {t.id: t.kind for t in transactions.values()}
    for transaction_id, account, currency, amount in session.exec(
        select(
            LedgerEntry.transaction_id,
            LedgerEntry.account,
            LedgerEntry.currency,
            LedgerEntry.amount_cents,
        )
    ):
        sums[transaction_id] = sums.get(transaction_id, 0) + amount
        if currency != currency_of.get(transaction_id):
            foreign.add(transaction_id)
        kind = kinds.get(transaction_id)
        if kind is None:
            continue
        row = line(month_of_tx[transaction_id], currency)
        if kind == TransactionKind.sale.value and account in (
            Account.processor_balance.value,
            Account.processor_fees.value,
        ):
            row.ledger_sales_cents += amount
        elif kind == TransactionKind.refund.value and account == Account.processor_balance.value:
            row.ledger_refunds_cents -= amount
    for transaction_id in {t for t, total in sums.items() if total != 0} | foreign:
        line(month_of_tx[transaction_id], currency_of[transaction_id]).unbalanced_transactions += 1

    ordered = sorted(lines.values(), key=lambda r: (r.month, r.currency), reverse=True)
    differences = [r for r in ordered if not r.matches]
    return ReconciliationReport(ok=not differences, lines=ordered, differences=differences)
