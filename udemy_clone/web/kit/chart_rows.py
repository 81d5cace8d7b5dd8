"""Daily statistics as chart data; KPI cards; the periods a dashboard offers.

The daily series stay plain dicts: recharts' `data=` prop is typed `Sequence[dict[str, Any]]`
and Reflex refuses a var of dataclass rows there.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from udemy_clone.core.money import format_money, minor_unit_digits
from udemy_clone.stats.models import CurrencyAmount, DailyPoint

PERIOD_CHOICES = ["7", "30", "90"]


@dataclass
class KpiRow:
    """One figure card of a dashboard; `id` is the element id of its value."""

    label: str = ""
    value: str = ""
    id: str = ""


def short_title(title: str, limit: int) -> str:
    """A title cut to `limit` characters with an ellipsis (chart axis labels)."""
    return title if len(title) <= limit else title[: limit - 1] + "…"


def _day_label(point: DailyPoint) -> str:
    return point.day.strftime("%b %d")


def _minutes(seconds: int) -> float:
    return round(seconds / 60, 1)


def money_text(amounts: list[CurrencyAmount]) -> str:
    """Per-currency amounts as one line ("$12.00 · €5.00"); amounts are never added up."""
    if not amounts:
        return format_money(0)
    return " · ".join(format_money(a.amount_cents, a.currency) for a in amounts)


def amount_in(amounts: list[CurrencyAmount], currency: str) -> float:
    """The amount in one currency, in major units (for charts)."""
    cents = sum(a.amount_cents for a in amounts if a.currency == currency)
    return round(cents / 10 ** minor_unit_digits(currency), 2)


def chart_currency(points: list[DailyPoint]) -> str:
    """The currency the revenue chart is drawn in: the one with the most revenue."""
    totals: dict[str, int] = {}
    for p in points:
        for a in p.revenue_by_currency:
            totals[a.currency] = totals.get(a.currency, 0) + abs(a.amount_cents)
    return max(sorted(totals), key=lambda c: totals[c]) if totals else "USD"


def chart_rows(points: list[DailyPoint]) -> list[dict[str, Any]]:
    currency = chart_currency(points)
    return [
        {
            "day": _day_label(p),
            "revenue": amount_in(p.revenue_by_currency, currency),
            # the revenue chart draws these two as bars: neither is ever below zero
            "gross": amount_in(p.gross_by_currency, currency),
            "refunded": amount_in(p.refunded_by_currency, currency),
            "sales": p.sales,
            "orders": p.orders,
            "refunds": p.refunds,
            "enrollments": p.enrollments,
            "signups": p.signups,
            "watch_minutes": _minutes(p.watch_seconds),
        }
        for p in points
    ]
