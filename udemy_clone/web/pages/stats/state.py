"""Reflex state of the dashboards and the best-sellers section: display-ready vars only.

Handlers check who is asking, call one stats service function and turn its schema into rows of
strings and numbers the charts plot (money in currency units, watch time in minutes).
"""

from __future__ import annotations

import re
from typing import Any

import reflex as rx

from udemy_clone.core import db, jobs_admin
from udemy_clone.core.errors import DomainError
from udemy_clone.core.money import format_money
from udemy_clone.stats import service
from udemy_clone.stats.models import DailyPoint, InstructorDashboard
from udemy_clone.web.kit import routes
from udemy_clone.web.kit.format import length_label
from udemy_clone.web.kit.state import AuthState

PERIOD_CHOICES = ["7", "30", "90"]
TOP_PERIODS = {"7d": "This week", "30d": "This month", "all": "All time"}


def _day_label(point: DailyPoint) -> str:
    return point.day.strftime("%b %d")


def _minutes(seconds: int) -> float:
    return round(seconds / 60, 1)


def _chart_rows(points: list[DailyPoint]) -> list[dict[str, Any]]:
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
            {"label": "Revenue", "value": format_money(totals.revenue_cents), "id": "kpi-revenue"},
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
        self.daily = _chart_rows(board.daily)
        self.has_activity = any(p.sales or p.refunds or p.enrollments for p in board.daily)
        self.has_watching = any(p.watch_seconds for p in board.daily)
        self.courses = [
            {
                "id": c.course_id,
                "title": c.title,
                "short": c.title if len(c.title) <= 22 else c.title[:21] + "…",
                "status": c.status,
                "revenue": round(c.revenue_cents / 100, 2),
                "revenue_text": format_money(c.revenue_cents),
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


class AdminStatsState(rx.State):
    """/admin/stats: platform figures, best-sellers, top instructors and the job queues."""

    days: str = "30"
    loaded: bool = False
    error: str = ""
    message: str = ""
    generated: str = ""
    kpis: list[dict[str, str]] = []
    daily: list[dict[str, Any]] = []
    top_courses: list[dict[str, Any]] = []
    top_instructors: list[dict[str, Any]] = []
    backend: str = ""
    queues: list[dict[str, Any]] = []
    failures: list[dict[str, Any]] = []

    def _load_queues(self) -> None:
        with db.read_session() as session:
            panel = jobs_admin.job_queues(session=session)
        self.backend = "RQ workers on Redis" if panel.backend == "rq" else "in-process job thread"
        self.queues = [q.model_dump() for q in panel.queues]
        self.failures = [
            {
                "id": f.id,
                "func": f.func_name.rsplit(".", 1)[-1].rsplit(":", 1)[-1],
                "func_full": f.func_name,
                "queue": f.queue,
                "args": ", ".join(str(a) for a in f.args)[:80],
                "summary": f.error_summary,
                "error": f.error,
                "when": f"{f.failed_at:%b %d %H:%M}",
            }
            for f in panel.failures
        ]

    async def _load(self) -> None:
        auth = await self.get_state(AuthState)
        if not auth.is_admin:
            return
        with db.read_session() as session:
            board = service.admin_dashboard(session=session, days=int(self.days))
        t = board.totals
        self.kpis = [
            {"label": "Revenue", "value": format_money(t.revenue_cents), "id": "kpi-revenue"},
            {"label": "Orders", "value": str(t.orders), "id": "kpi-orders"},
            {
                "label": "Refunds",
                "value": f"{t.refunds} ({format_money(t.refunded_cents)})",
                "id": "kpi-refunds",
            },
            {"label": "Sign-ups", "value": str(t.signups), "id": "kpi-signups"},
            {"label": "Enrollments", "value": str(t.enrollments), "id": "kpi-enrollments"},
            {"label": "Watch time", "value": length_label(t.watch_seconds), "id": "kpi-watch"},
        ]
        self.daily = _chart_rows(board.daily)
        self.top_courses = [
            {
                "title": c.title,
                "short": c.title if len(c.title) <= 24 else c.title[:23] + "…",
                "sales": c.sales,
                "revenue": round(c.revenue_cents / 100, 2),
                "revenue_text": format_money(c.revenue_cents),
            }
            for c in board.top_courses
        ]
        self.top_instructors = [
            {
                "name": i.name,
                "courses": i.courses,
                "sales": i.sales,
                "revenue_text": format_money(i.revenue_cents),
            }
            for i in board.top_instructors
        ]
        self.generated = (
            f"UTC days {board.start:%b %d} – {board.end:%b %d}; today so far included. "
            f"Updated {board.generated_at:%H:%M} ({board.timezone})."
        )
        self._load_queues()

    @rx.event
    async def load(self) -> None:
        """On load of /admin/stats."""
        self.message = ""
        await self._load()
        self.loaded = True

    @rx.event
    async def choose_days(self, value: str | list[str]) -> None:
        """The period picker: 7, 30 or 90 days."""
        value = value[0] if isinstance(value, list) and value else str(value)
        self.days = value if value in PERIOD_CHOICES else "30"
        await self._load()

    @rx.event
    async def retry(self, failure_id: int) -> None:
        """Enqueue a failed job again and mark the failure resolved."""
        auth = await self.get_state(AuthState)
        if not auth.is_admin:
            return
        try:
            with db.transaction() as session:
                result = jobs_admin.retry_failed_job(session=session, failure_id=int(failure_id))
            self.message = f"Job queued again as {result.job_id}."
        except DomainError as exc:
            self.message = exc.message
        self._load_queues()

    @rx.event
    def refresh_queues(self) -> None:
        """Re-read the queue counts and failures."""
        self._load_queues()


class TopSellingState(rx.State):
    """The best-sellers section (home page): period tabs, loaded when the section mounts."""

    period: str = "7d"
    category: str = ""
    rows: list[dict[str, Any]] = []
    loaded: bool = False

    def _read(self) -> None:
        with db.read_session() as session:
            ranked = service.top_selling(
                session=session, period=self.period, category=self.category or None, limit=10
            )
        self.rows = [
            {
                "rank": n,
                "title": c.title,
                "href": routes.course_url(c.slug),
                "sales": c.sales,
                "sales_text": f"{c.sales} sold",
                "revenue_text": format_money(c.revenue_cents),
            }
            for n, c in enumerate(ranked, 1)
        ]
        self.loaded = True

    @rx.event
    def load(self) -> None:
        """When the section appears."""
        self._read()

    @rx.event
    def choose_period(self, value: str | list[str]) -> None:
        """This week, this month or all time."""
        value = value[0] if isinstance(value, list) and value else str(value)
        self.period = value if value in TOP_PERIODS else "7d"
        self._read()
