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

from sqlalchemy import func
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
from udemy_clone.orders.statements import (
    ledger_sums_by_month,
    month_of,
    month_sql,
    require_admin,
)

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

    settled = (OrderStatus.paid.value, OrderStatus.refunded.value)
    for kind, when, statuses in (
        (TransactionKind.sale, col(Order.paid_at), settled),
        (TransactionKind.refund, col(Order.refunded_at), (OrderStatus.refunded.value,)),
    ):
        month = month_sql(session, when)
        wanted = (
            col(Order.status).in_(statuses),
            col(Order.amount_cents) > 0,
            when.is_not(None),
        )
        for month_text, currency, total in session.exec(
            select(month, Order.currency, func.sum(Order.amount_cents))
            .where(*wanted)
            .group_by(month, col(Order.currency))
        ):
            row = line(str(month_text), currency)
            if kind == TransactionKind.sale:
                row.orders_sales_cents += int(total or 0)
            else:
                row.orders_refunds_cents += int(total or 0)
        # orders without their transaction; one paid a moment ago may just be waiting for its
        # ledger job, so it is left out of both sides instead
        unposted = session.exec(
            select(Order.id, Order.currency, Order.amount_cents, when)
            .outerjoin(
                LedgerTransaction,
                (col(LedgerTransaction.order_id) == col(Order.id))
                & (col(LedgerTransaction.kind) == kind.value),
            )
            .where(*wanted, col(LedgerTransaction.id).is_(None))
        )
        for order_id, currency, amount, moment in unposted:
            assert order_id is not None and moment is not None
            row = line(month_of(moment), currency)
            if as_utc(moment) >= recent:
                if kind == TransactionKind.sale:
                    row.orders_sales_cents -= amount
                else:
                    row.orders_refunds_cents -= amount
            else:
                key = sale_key(order_id) if kind == TransactionKind.sale else refund_key(order_id)
                row.missing_transactions.append(key)

    for month_text, currency, account, total in ledger_sums_by_month(session, TransactionKind.sale):
        if account in (Account.processor_balance.value, Account.processor_fees.value):
            line(month_text, currency).ledger_sales_cents += total
    for month_text, currency, account, total in ledger_sums_by_month(
        session, TransactionKind.refund
    ):
        if account == Account.processor_balance.value:
            line(month_text, currency).ledger_refunds_cents -= total

    unbalanced = set(
        session.exec(
            select(LedgerEntry.transaction_id)
            .group_by(col(LedgerEntry.transaction_id))
            .having(func.sum(LedgerEntry.amount_cents) != 0)
        )
    ) | set(
        session.exec(
            select(LedgerEntry.transaction_id)
            .join(LedgerTransaction, col(LedgerTransaction.id) == col(LedgerEntry.transaction_id))
            .where(col(LedgerEntry.currency) != col(LedgerTransaction.currency))
        )
    )
    if unbalanced:
        for transaction in session.exec(
            select(LedgerTransaction).where(col(LedgerTransaction.id).in_(unbalanced))
        ):
            line(
                month_of(transaction.occurred_at), transaction.currency
            ).unbalanced_transactions += 1

    ordered = sorted(lines.values(), key=lambda r: (r.month, r.currency), reverse=True)
    differences = [r for r in ordered if not r.matches]
    return ReconciliationReport(ok=not differences, lines=ordered, differences=differences)
