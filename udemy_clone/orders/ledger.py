"""The instructor revenue ledger: double-entry postings for sales, refunds and payouts.

Every business event becomes one `LedgerTransaction` whose entries add up to zero (debit > 0,
credit < 0), in one currency. `source_key` is unique, so an event delivered twice (the outbox
promises at least once) posts once. Postings per event:

- sale of an order (per course line, fee shared pro rata to the line's price):
    processor_balance  +(price - fee)      the provider holds the money, less its fee
    processor_fees     +fee
    instructor_payable -share              share = (price - fee) x instructor % of the channel
    platform_revenue   -(price - share)
- refund: the sale's instructor share is clawed back, the platform's part goes to `refunds`,
  the whole price leaves the provider balance (the provider keeps its fee):
    processor_balance  -price
    instructor_payable +share
    refunds            +(price - share)
- payout decided:  instructor_payable +amount, payouts_in_transit -amount
- payout paid:     payouts_in_transit +amount, processor_balance -amount
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, col, select

from udemy_clone.core.config import get_settings
from udemy_clone.core.db import as_utc, utcnow
from udemy_clone.core.log import get_logger
from udemy_clone.orders.ledger_models import (
    Account,
    LedgerEntry,
    LedgerTransaction,
    TransactionKind,
)
from udemy_clone.orders.models import Order, OrderItem, OrderStatus
from udemy_clone.orders.revenue_share import instructor_percent

log = get_logger(__name__)


class UnbalancedTransaction(ValueError):
    """A posting whose entries do not add up to zero (a bug, never a user error)."""


@dataclass(frozen=True)
class Leg:
    """One entry to post: account, signed amount and what it is about."""

    account: Account
    amount_cents: int
    instructor_id: int | None = None
    course_id: int | None = None
    course_title: str | None = None
    channel: str | None = None
    available_at: datetime | None = None


def sale_key(order_id: int) -> str:
    return f"sale:order:{order_id}"


def refund_key(order_id: int) -> str:
    return f"refund:order:{order_id}"


def post_transaction(
    session: Session,
    *,
    source_key: str,
    kind: TransactionKind,
    currency: str,
    legs: Sequence[Leg],
    occurred_at: datetime,
    order_id: int | None = None,
    payout_id: int | None = None,
) -> LedgerTransaction | None:
    """Write a balanced transaction once; None when `source_key` was already posted."""
    if sum(leg.amount_cents for leg in legs) != 0:
        raise UnbalancedTransaction(f"{source_key}: entries add up to non-zero")
    values: dict[str, Any] = {
        "source_key": source_key,
        "kind": kind.value,
        "currency": currency,
        "order_id": order_id,
        "payout_id": payout_id,
        "occurred_at": occurred_at,
        "created_at": utcnow(),
    }
    table = LedgerTransaction.__table__  # type: ignore[attr-defined]
    if session.get_bind().dialect.name == "postgresql":
        statement: Any = postgresql_insert(table).values(**values).on_conflict_do_nothing()
    else:
        statement = sqlite_insert(table).values(**values).on_conflict_do_nothing()
    transaction_id = session.exec(statement.returning(table.c.id)).scalar()
    if transaction_id is None:
        return None  # posted before: a redelivered event changes nothing
    for leg in legs:
        if leg.amount_cents == 0:
            continue
        session.add(
            LedgerEntry(
                transaction_id=transaction_id,
                account=leg.account.value,
                instructor_id=leg.instructor_id,
                course_id=leg.course_id,
                course_title=leg.course_title,
                channel=leg.channel,
                currency=currency,
                amount_cents=leg.amount_cents,
                available_at=leg.available_at,
                occurred_at=occurred_at,
            )
        )
    session.flush()
    return session.get(LedgerTransaction, transaction_id)


def split_fee(fee_cents: int, prices: Sequence[int]) -> list[int]:
    """Share a fee between lines in proportion to their prices; the parts add up to the fee."""
    total = sum(prices)
    if total <= 0 or fee_cents <= 0:
        return [0 for _ in prices]
    parts = [fee_cents * price // total for price in prices]
    remainder = fee_cents - sum(parts)
    # the largest lines take the leftover minor units, one each
    for index in sorted(range(len(prices)), key=lambda i: (-prices[i], i))[:remainder]:
        parts[index] += 1
    return parts


def instructor_share(net_cents: int, percent: int) -> int:
    """The instructor's share of a line's net amount, rounded down to the minor unit."""
    return max(0, net_cents) * percent // 100


def sale_legs(
    session: Session, *, items: Sequence[OrderItem], fee_cents: int, paid_at: datetime
) -> list[Leg]:
    """The entries of one paid order (lines priced 0 post nothing)."""
    available_at = paid_at + timedelta(days=get_settings().refund_window_days)
    paid_items = [item for item in items if item.price_cents > 0]
    fee_cents = min(fee_cents, sum(item.price_cents for item in paid_items))
    fees = split_fee(fee_cents, [item.price_cents for item in paid_items])
    legs: list[Leg] = []
    for item, fee in zip(paid_items, fees, strict=True):
        percent = instructor_percent(session=session, channel=item.channel, at=paid_at)
        share = instructor_share(item.price_cents - fee, percent)
        about: dict[str, Any] = {
            "instructor_id": item.instructor_id,
            "course_id": item.course_id,
            "course_title": item.title,
            "channel": item.channel,
        }
        legs += [
            Leg(Account.processor_balance, item.price_cents - fee, **about),
            Leg(Account.processor_fees, fee, **about),
            Leg(Account.instructor_payable, -share, available_at=available_at, **about),
            Leg(Account.platform_revenue, -(item.price_cents - share), **about),
        ]
    return legs


def post_sale(session: Session, *, order_id: int, fee_cents: int) -> LedgerTransaction | None:
    """Post a paid (or since refunded) order's sale once; None if posted before or unpaid."""
    order = session.get(Order, order_id)
    if order is None or order.paid_at is None or order.amount_cents == 0:
        return None
    if order.status not in (OrderStatus.paid.value, OrderStatus.refunded.value):
        return None
    items = list(session.exec(select(OrderItem).where(col(OrderItem.order_id) == order_id)))
    paid_at = as_utc(order.paid_at)
    legs = sale_legs(session, items=items, fee_cents=fee_cents, paid_at=paid_at)
    return post_transaction(
        session,
        source_key=sale_key(order_id),
        kind=TransactionKind.sale,
        currency=order.currency,
        legs=legs,
        occurred_at=paid_at,
        order_id=order_id,
    )


def post_refund(session: Session, *, order_id: int) -> LedgerTransaction | None:
    """Post a refunded order's reversal once, mirroring the sale's shares line by line.

    The sale is posted first when it is missing (the refund event may be handled before the
    sale's), so a refund always has a sale to reverse.
    """
    order = session.get(Order, order_id)
    if order is None or order.status != OrderStatus.refunded.value or order.amount_cents == 0:
        return None
    sale = session.exec(
        select(LedgerTransaction).where(col(LedgerTransaction.source_key) == sale_key(order_id))
    ).first()
    if sale is None:
        post_sale(session, order_id=order_id, fee_cents=0)
        sale = session.exec(
            select(LedgerTransaction).where(col(LedgerTransaction.source_key) == sale_key(order_id))
        ).first()
    if sale is None:
        return None
    entries = list(
        session.exec(select(LedgerEntry).where(col(LedgerEntry.transaction_id) == sale.id))
    )
    refunded_at = as_utc(order.refunded_at or utcnow())
    legs: list[Leg] = []
    for course_id in dict.fromkeys(entry.course_id for entry in entries):
        line = [entry for entry in entries if entry.course_id == course_id]
        gross = sum(
            e.amount_cents
            for e in line
            if e.account in (Account.processor_balance.value, Account.processor_fees.value)
        )
        payable = [e for e in line if e.account == Account.instructor_payable.value]
        share = -sum(e.amount_cents for e in payable)
        first = line[0]
        about: dict[str, Any] = {
            "instructor_id": first.instructor_id,
            "course_id": first.course_id,
            "course_title": first.course_title,
            "channel": first.channel,
        }
        # the claw-back cancels earnings that became available when the sale's did
        available_at = payable[0].available_at if payable else refunded_at
        legs += [
            Leg(Account.processor_balance, -gross, **about),
            Leg(Account.instructor_payable, share, available_at=available_at, **about),
            Leg(Account.refunds, gross - share, **about),
        ]
    return post_transaction(
        session,
        source_key=refund_key(order_id),
        kind=TransactionKind.refund,
        currency=order.currency,
        legs=legs,
        occurred_at=refunded_at,
        order_id=order_id,
    )


def account_balance(
    session: Session,
    *,
    account: Account,
    currency: str,
    instructor_id: int | None = None,
) -> int:
    """The sum of an account's entries in one currency (debits positive)."""
    statement = select(LedgerEntry.amount_cents).where(
        col(LedgerEntry.account) == account.value, col(LedgerEntry.currency) == currency
    )
    if instructor_id is not None:
        statement = statement.where(col(LedgerEntry.instructor_id) == instructor_id)
    return sum(session.exec(statement))


def trial_balance(session: Session) -> dict[tuple[str, str], int]:
    """Every account's balance per currency; each currency's balances add up to zero."""
    totals: dict[tuple[str, str], int] = {}
    for account, currency, amount in session.exec(
        select(LedgerEntry.account, LedgerEntry.currency, LedgerEntry.amount_cents)
    ):
        key = (currency, account)
        totals[key] = totals.get(key, 0) + amount
    return totals
