"""Instructor analytics state: KPIs, daily charts, per-course table."""

from __future__ import annotations

import re
from typing import Any

import reflex as rx

from udemy_clone.core import db
from udemy_clone.core.errors import DomainError
from udemy_clone.stats import service
from udemy_clone.stats.models import InstructorDashboard
from udemy_clone.web.kit import routes
from udemy_clone.web.kit.chart_rows import (
    PERIOD_CHOICES,
    amount_in,
    chart_currency,
    chart_rows,
    money_text,
)
from udemy_clone.web.kit.format import length_label
from udemy_clone.web.kit.state import AuthState


class InstructorAnalyticsState(rx.State):
    """/studio/analytics and /studio/analytics/[course_id]: the instructor's own figures."""

    days: str = "30"
    course_id: int = 0
    course_title: str = ""
    loaded: bool = False
    error: str = ""
    generated: str = ""
    kpis: list[dict[str, str]] = []
    daily: list[dict[str, Any]] = []
    chart_currency: str = "USD"
    courses: list[dict[str, Any]] = []
    lectures: list[dict[str, Any]] = []
    has_activity: bool = False
    has_watching: bool = False

    def _apply(self, board: InstructorDashboard) -> None:
        totals = board.totals
        rated = [c for c in board.courses if c.rating_count]
        average = (
            round(
                sum(c.avg_rating * c.rating_count for c in rated)
                / sum(c.rating_count for c in rated),
                1,
            )
            if rated
            else 0.0
        )
        students = sum(c.students for c in board.courses)
        completion = (
            round(sum(c.completion_rate * c.students for c in board.courses) / students, 1)
            if students
            else 0.0
        )
        self.kpis = [
            {
                "label": "Revenue",
                "value": money_text(totals.revenue_by_currency),
                "id": "kpi-revenue",
            },
            {"label": "Sales", "value": str(totals.sales - totals.refunds), "id": "kpi-sales"},
            {"label": "New enrollments", "value": str(totals.enrollments), "id": "kpi-enrollments"},
            {"label": "Watch time", "value": length_label(totals.watch_seconds), "id": "kpi-watch"},
            {
                "label": "Average rating",
                "value": f"{average:.1f} ★" if rated else "No ratings yet",
                "id": "kpi-rating",
            },
            {"label": "Completion rate", "value": f"{completion:.0f} %", "id": "kpi-completion"},
        ]
        self.daily = chart_rows(board.daily)
        self.chart_currency = chart_currency(board.daily)
        self.has_activity = any(p.sales or p.refunds or p.enrollments for p in board.daily)
        self.has_watching = any(p.watch_seconds for p in board.daily)
        self.courses = [
            {
                "id": c.course_id,
                "title": c.title,
                "short": c.title if len(c.title) <= 22 else c.title[:21] + "…",
                "status": c.status,
                "revenue": amount_in(c.revenue_by_currency, self.chart_currency),
                "revenue_text": money_text(c.revenue_by_currency),
                "sales": c.sales - c.refunds,
                "enrollments": c.enrollments,
                "students": c.students,
                "watch_text": length_label(c.watch_seconds),
                "rating_text": f"{c.avg_rating:.1f} ({c.rating_count})" if c.rating_count else "—",
                "completion_text": f"{c.completion_rate:.0f} %",
                "href": routes.studio_analytics_url(c.course_id),
            }
            for c in board.courses
        ]
        self.lectures = [
            {
                "title": lecture.title if len(lecture.title) <= 28 else lecture.title[:27] + "…",
                "full_title": lecture.title,
                "watched": lecture.watched_percent,
                "completed": lecture.completed_percent,
            }
            for lecture in board.lectures
        ]
        self.course_title = board.courses[0].title if board.course_id and board.courses else ""
        self.generated = (
            f"UTC days {board.start:%b %d} – {board.end:%b %d}; today so far included. "
            f"Updated {board.generated_at:%H:%M} ({board.timezone})."
        )

    async def _load(self) -> None:
        auth = await self.get_state(AuthState)
        self.error = ""
        if not auth.is_authenticated or auth.forbidden:
            return
        match = re.search(r"/studio/analytics/(\d+)", self.router.url.path or "")
        self.course_id = int(match.group(1)) if match else 0
        try:
            with db.read_session() as session:
                board = service.instructor_dashboard(
                    session=session,
                    owner_id=auth.user_id,
                    days=int(self.days),
                    course_id=self.course_id or None,
                )
        except DomainError as exc:
            self.error = exc.message
            self.loaded = True
            return
        self._apply(board)
        self.loaded = True

    @rx.event
    async def load(self) -> None:
        """On load of the analytics pages."""
        self.loaded = False
        await self._load()

    @rx.event
    async def choose_days(self, value: str | list[str]) -> None:
        """The period picker: 7, 30 or 90 days."""
        value = value[0] if isinstance(value, list) and value else str(value)
        self.days = value if value in PERIOD_CHOICES else "30"
        await self._load()
