"""Daily statistics as chart data; the periods a dashboard offers."""

from __future__ import annotations

from typing import Any

from udemy_clone.stats.models import DailyPoint

PERIOD_CHOICES = ["7", "30", "90"]


def _day_label(point: DailyPoint) -> str:
    return point.day.strftime("%b %d")


def _minutes(seconds: int) -> float:
    return round(seconds / 60, 1)


def chart_rows(points: list[DailyPoint]) -> list[dict[str, Any]]:
    return [
        {
            "day": _day_label(p),
            "revenue": round(p.revenue_cents / 100, 2),
            "sales": p.sales,
            "orders": p.orders,
            "refunds": p.refunds,
            "enrollments": p.enrollments,
            "signups": p.signups,
            "watch_minutes": _minutes(p.watch_seconds),
        }
        for p in points
    ]
