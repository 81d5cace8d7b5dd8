"""The admin dashboard's state: platform KPIs, charts, job queues and failures."""

from __future__ import annotations

from typing import Any

import reflex as rx

from udemy_clone.core import db, jobs_admin
from udemy_clone.core.errors import DomainError
from udemy_clone.stats import service
from udemy_clone.web.kit.chart_rows import (
    PERIOD_CHOICES,
    amount_in,
    chart_currency,
    chart_rows,
    money_text,
)
from udemy_clone.web.kit.format import length_label
from udemy_clone.web.kit.state import AuthState


class AdminStatsState(rx.State):
    """/admin/stats: platform figures, best-sellers, top instructors and the job queues."""

    days: str = "30"
    loaded: bool = False
    error: str = ""
    message: str = ""
    generated: str = ""
    kpis: list[dict[str, str]] = []
    daily: list[dict[str, Any]] = []
    chart_currency: str = "USD"
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
            {"label": "Revenue", "value": money_text(t.revenue_by_currency), "id": "kpi-revenue"},
            {"label": "Orders", "value": str(t.orders), "id": "kpi-orders"},
            {
                "label": "Refunds",
                "value": f"{t.refunds} ({money_text(t.refunded_by_currency)})",
                "id": "kpi-refunds",
            },
            {"label": "Sign-ups", "value": str(t.signups), "id": "kpi-signups"},
            {"label": "Enrollments", "value": str(t.enrollments), "id": "kpi-enrollments"},
            {"label": "Watch time", "value": length_label(t.watch_seconds), "id": "kpi-watch"},
        ]
        self.daily = chart_rows(board.daily)
        self.chart_currency = chart_currency(board.daily)
        self.top_courses = [
            {
                "title": c.title,
                "short": c.title if len(c.title) <= 24 else c.title[:23] + "…",
                "sales": c.sales,
                "revenue": amount_in(c.revenue_by_currency, self.chart_currency),
                "revenue_text": money_text(c.revenue_by_currency),
            }
            for c in board.top_courses
        ]
        self.top_instructors = [
            {
                "name": i.name,
                "courses": i.courses,
                "sales": i.sales,
                "revenue_text": money_text(i.revenue_by_currency),
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
