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


@dataclass(frozen=True)
class OrderTotals:
    """Orders paid and refunded in a time window, and the money each way."""

    paid_orders: int
    paid_cents: int
    refunded_orders: int
    refunded_cents: int


def _course_lines_between(
    session: Session, timestamp: Any, start: datetime, end: datetime
) -> list[CourseSalesTotal]:
    statement = (
        select(
            OrderItem.course_id,
            func.count(col(OrderItem.id)),
            func.coalesce(func.sum(OrderItem.price_cents), 0),
        )
        # Orders of the period first, then their lines by order_id: joining the other way round
        # read every order line through the course index (10x slower, bench/stats.py).
        .where(
            col(OrderItem.order_id).in_(
                select(col(Order.id)).where(timestamp >= start, timestamp < end)
            )
        )
        .group_by(col(OrderItem.course_id))
    )
    return [
        CourseSalesTotal(course_id=int(cid), count=int(n), amount_cents=int(cents))
        for cid, n, cents in session.exec(statement)
    ]


def sales_between(*, session: Session, start: datetime, end: datetime) -> list[CourseSalesTotal]:
    """Per course: order lines paid in [start, end), whatever happened to them later (stats)."""
    return _course_lines_between(session, col(Order.paid_at), start, end)


def refunds_between(*, session: Session, start: datetime, end: datetime) -> list[CourseSalesTotal]:
    """Per course: order lines refunded in [start, end) (stats)."""
    return _course_lines_between(session, col(Order.refunded_at), start, end)


def order_totals_between(*, session: Session, start: datetime, end: datetime) -> OrderTotals:
    """Orders paid and orders refunded in [start, end), with their amounts (stats)."""

    def totals(timestamp: Any) -> tuple[int, int]:
        n, cents = session.exec(
            select(func.count(col(Order.id)), func.coalesce(func.sum(Order.amount_cents), 0)).where(
                timestamp >= start, timestamp < end
            )
        ).one()
        return int(n), int(cents)

    paid = totals(col(Order.paid_at))
    refunded = totals(col(Order.refunded_at))
    return OrderTotals(
        paid_orders=paid[0],
        paid_cents=paid[1],
        refunded_orders=refunded[0],
        refunded_cents=refunded[1],
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
