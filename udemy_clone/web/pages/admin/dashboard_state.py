"""The admin dashboard's state: platform KPIs, charts, job queues and failures."""

from __future__ import annotations

from typing import Any

import reflex as rx
from reflex.event import EventSpec

from udemy_clone.core import db, jobs_admin
from udemy_clone.core.errors import DomainError
from udemy_clone.stats import sales_export, service
from udemy_clone.web.kit.chart_rows import PERIOD_CHOICES, KpiRow, chart_currency, chart_rows
from udemy_clone.web.kit.state import AuthState
from udemy_clone.web.pages.admin.dashboard_rows import (
    FailureRow,
    QueueRow,
    TopCourseRow,
    TopInstructorRow,
    failure_rows,
    platform_kpis,
    queue_rows,
    top_course_rows,
    top_instructor_rows,
)


class AdminStatsState(rx.State):
    """/admin/stats: platform figures, best-sellers, top instructors and the job queues."""

    days: str = "30"
    loaded: bool = False
    error: str = ""
    message: str = ""
    generated: str = ""
    kpis: list[KpiRow] = []
    daily: list[dict[str, Any]] = []  # recharts data: plain dicts
    chart_currency: str = "USD"
    top_courses: list[TopCourseRow] = []
    top_instructors: list[TopInstructorRow] = []
    backend: str = ""
    queues: list[QueueRow] = []
    failures: list[FailureRow] = []

    def _load_queues(self) -> None:
        with db.read_session() as session:
            panel = jobs_admin.job_queues(session=session)
        self.backend = "RQ workers on Redis" if panel.backend == "rq" else "in-process job thread"
        self.queues = queue_rows(panel.queues)
        self.failures = failure_rows(panel.failures)

    async def _load(self) -> None:
        auth = await self.get_state(AuthState)
        if not auth.is_admin:
            return
        with db.read_session() as session:
            board = service.admin_dashboard(session=session, days=int(self.days))
        self.kpis = platform_kpis(board.totals)
        self.daily = chart_rows(board.daily)
        self.chart_currency = chart_currency(board.daily)
        self.top_courses = top_course_rows(board.top_courses, self.chart_currency)
        self.top_instructors = top_instructor_rows(board.top_instructors)
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
    async def export_sales_csv(self) -> EventSpec | None:
        """Download every course's sales in the chosen period as CSV."""
        auth = await self.get_state(AuthState)
        if not auth.is_admin:
            return None
        with db.read_session() as session:
            body = sales_export.admin_sales_csv(session=session, days=int(self.days))
        return rx.download(data=body, filename=f"sales-{self.days}d.csv", mime_type="text/csv")

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
