"""Instructor analytics state: KPIs, daily charts, per-course table."""

from __future__ import annotations

import re
from typing import Any

import reflex as rx
from reflex.event import EventSpec

from udemy_clone.core import db
from udemy_clone.core.errors import DomainError
from udemy_clone.stats import sales_export, service
from udemy_clone.stats.models import InstructorDashboard
from udemy_clone.web.kit.chart_rows import PERIOD_CHOICES, KpiRow, chart_currency, chart_rows
from udemy_clone.web.kit.state import AuthState
from udemy_clone.web.pages.studio.analytics_rows import (
    CourseFiguresRow,
    course_figure_rows,
    dropoff_points,
    instructor_kpis,
)


class InstructorAnalyticsState(rx.State):
    """/studio/analytics and /studio/analytics/[course_id]: the instructor's own figures."""

    days: str = "30"
    course_id: int = 0
    course_title: str = ""
    loaded: bool = False
    error: str = ""
    generated: str = ""
    kpis: list[KpiRow] = []
    daily: list[dict[str, Any]] = []  # recharts data: plain dicts
    chart_currency: str = "USD"
    courses: list[CourseFiguresRow] = []
    lectures: list[dict[str, Any]] = []  # recharts data: plain dicts
    has_activity: bool = False
    has_watching: bool = False

    def _apply(self, board: InstructorDashboard) -> None:
        self.kpis = instructor_kpis(board)
        self.daily = chart_rows(board.daily)
        self.chart_currency = chart_currency(board.daily)
        self.has_activity = any(p.sales or p.refunds or p.enrollments for p in board.daily)
        self.has_watching = any(p.watch_seconds for p in board.daily)
        self.courses = course_figure_rows(board.courses, self.chart_currency)
        self.lectures = dropoff_points(board.lectures)
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
    async def export_sales_csv(self) -> EventSpec | None:
        """Download the instructor's own sales in the chosen period as CSV."""
        auth = await self.get_state(AuthState)
        if not auth.is_authenticated or not auth.is_instructor:
            return None
        with db.read_session() as session:
            body = sales_export.instructor_sales_csv(
                session=session, owner_id=auth.user_id, days=int(self.days)
            )
        return rx.download(data=body, filename=f"my-sales-{self.days}d.csv", mime_type="text/csv")

    @rx.event
    async def choose_days(self, value: str | list[str]) -> None:
        """The period picker: 7, 30 or 90 days."""
        value = value[0] if isinstance(value, list) and value else str(value)
        self.days = value if value in PERIOD_CHOICES else "30"
        await self._load()
