"""Figures for the stats domain's daily rollups (read only)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from udemy_clone.orders.models import (
    Enrollment,
    EnrollmentStatus,
    Order,
    OrderItem,
)


@dataclass(frozen=True)
class CourseSalesTotal:
    """Paid (or refunded) order lines of one course in a time window."""

    course_id: int
    count: int
    amount_cents: int
    currency: str = "USD"  # one row per course and currency: amounts are never mixed


@dataclass(frozen=True)
class OrderTotals:
    """Orders paid and refunded in a time window, and the money each way per currency."""

    paid_orders: int
    refunded_orders: int
    paid_cents_by_currency: dict[str, int]
    refunded_cents_by_currency: dict[str, int]


def _course_lines_between(
    session: Session, timestamp: Any, start: datetime, end: datetime
) -> list[CourseSalesTotal]:
    statement = (
        select(
            OrderItem.course_id,
            Order.currency,
            func.count(col(OrderItem.id)),
            func.coalesce(func.sum(OrderItem.price_cents), 0),
        )
        # Orders of the period first, then their lines by order_id: joining the other way round
        # read every order line through the course index (10x slower, bench/stats.py).
        .select_from(Order)
        .join(OrderItem, col(OrderItem.order_id) == col(Order.id))
        .where(timestamp >= start, timestamp < end)
        .group_by(col(OrderItem.course_id), col(Order.currency))
    )
    return [
        CourseSalesTotal(
            course_id=int(cid), count=int(n), amount_cents=int(cents), currency=str(currency)
        )
        for cid, currency, n, cents in session.exec(statement)
    ]


def sales_between(*, session: Session, start: datetime, end: datetime) -> list[CourseSalesTotal]:
    """Per course: order lines paid in [start, end), whatever happened to them later (stats)."""
    return _course_lines_between(session, col(Order.paid_at), start, end)


def refunds_between(*, session: Session, start: datetime, end: datetime) -> list[CourseSalesTotal]:
    """Per course: order lines refunded in [start, end) (stats)."""
    return _course_lines_between(session, col(Order.refunded_at), start, end)


def order_totals_between(*, session: Session, start: datetime, end: datetime) -> OrderTotals:
    """Orders paid and orders refunded in [start, end), with their amounts per currency."""

    def totals(timestamp: Any) -> tuple[int, dict[str, int]]:
        rows = session.exec(
            select(Order.currency, func.count(col(Order.id)), func.sum(Order.amount_cents))
            .where(timestamp >= start, timestamp < end)
            .group_by(col(Order.currency))
        ).all()
        return sum(int(n) for _, n, _ in rows), {str(c): int(cents or 0) for c, _, cents in rows}

    paid_orders, paid = totals(col(Order.paid_at))
    refunded_orders, refunded = totals(col(Order.refunded_at))
    return OrderTotals(
        paid_orders=paid_orders,
        refunded_orders=refunded_orders,
        paid_cents_by_currency=paid,
        refunded_cents_by_currency=refunded,
    )


def enrollments_between(*, session: Session, start: datetime, end: datetime) -> dict[int, int]:
    """Per course: enrollments that began in [start, end) (stats; revoked ones included)."""
    statement = (
        select(Enrollment.course_id, func.count(col(Enrollment.id)))
        .where(col(Enrollment.created_at) >= start, col(Enrollment.created_at) < end)
        .group_by(col(Enrollment.course_id))
    )
    return {int(cid): int(n) for cid, n in session.exec(statement)}


def active_enrollment_counts(*, session: Session, course_ids: Sequence[int]) -> dict[int, int]:
    """Per course: students with active access now (stats: completion and drop-off rates)."""
    if not course_ids:
        return {}
    statement = (
        select(Enrollment.course_id, func.count(col(Enrollment.id)))
        .where(
            col(Enrollment.course_id).in_(list(course_ids)),
            col(Enrollment.status) == EnrollmentStatus.active.value,
        )
        .group_by(col(Enrollment.course_id))
    )
    counts = dict.fromkeys(course_ids, 0)
    counts.update({int(cid): int(n) for cid, n in session.exec(statement)})
    return counts


def money_totals_by_currency(*, session: Session) -> dict[str, tuple[int, int, int, int]]:
    """Per currency, all time: (orders paid, cents paid, orders refunded, cents refunded)."""
    totals: dict[str, list[int]] = {}
    for offset, timestamp in ((0, col(Order.paid_at)), (2, col(Order.refunded_at))):
        statement = (
            select(Order.currency, func.count(col(Order.id)), func.sum(Order.amount_cents))
            .where(timestamp.is_not(None))
            .group_by(col(Order.currency))
        )
        for currency, n, cents in session.exec(statement):
            row = totals.setdefault(str(currency), [0, 0, 0, 0])
            row[offset], row[offset + 1] = int(n), int(cents or 0)
    return {currency: (r[0], r[1], r[2], r[3]) for currency, r in totals.items()}
