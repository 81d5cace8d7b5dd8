"""Sales as CSV: the admin's per-course sales and an instructor's own, over a period.

One row per course and currency (amounts never mix currencies); made formula-safe by
core.csv_export, since course titles are typed by instructors."""

from __future__ import annotations

from sqlmodel import Session

from udemy_clone.core.csv_export import to_csv
from udemy_clone.stats.models import CurrencyAmount
from udemy_clone.stats.service import admin_dashboard, instructor_dashboard

ALL_COURSES = 100_000


def _major(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    return f"{sign}{abs(cents) // 100}.{abs(cents) % 100:02d}"


def _per_currency(money: list[CurrencyAmount]) -> list[tuple[str, str]]:
    return [(m.currency, _major(m.amount_cents)) for m in money] or [("", "0.00")]


ADMIN_SALES_HEADER = ("course_id", "title", "net_sales", "currency", "revenue", "from", "to")


def admin_sales_csv(*, session: Session, days: int = 30) -> str:
    """Every course that sold in the last `days` days: net sales and revenue per currency."""
    board = admin_dashboard(session=session, days=days, top=ALL_COURSES)
    return to_csv(
        ADMIN_SALES_HEADER,
        (
            (c.course_id, c.title, c.sales, currency, revenue, board.start, board.end)
            for c in board.top_courses
            for currency, revenue in _per_currency(c.revenue_by_currency)
        ),
    )


INSTRUCTOR_SALES_HEADER = (
    "course_id",
    "title",
    "status",
    "sales",
    "refunds",
    "new_students",
    "currency",
    "revenue",
    "from",
    "to",
)


def instructor_sales_csv(*, session: Session, owner_id: int, days: int = 30) -> str:
    """The instructor's own courses over the last `days` days, one row per currency."""
    board = instructor_dashboard(session=session, owner_id=owner_id, days=days)
    return to_csv(
        INSTRUCTOR_SALES_HEADER,
        (
            (
                c.course_id,
                c.title,
                c.status,
                c.sales,
                c.refunds,
                c.enrollments,
                currency,
                revenue,
                board.start,
                board.end,
            )
            for c in board.courses
            for currency, revenue in _per_currency(c.revenue_by_currency)
        ),
    )
