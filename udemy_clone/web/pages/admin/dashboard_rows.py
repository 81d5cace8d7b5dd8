"""The admin dashboard's KPIs, top lists and job panel as typed rows."""

from __future__ import annotations

from dataclasses import dataclass

from udemy_clone.core.jobs_admin import FailedJob, QueueCounts
from udemy_clone.stats.models import InstructorRank, PlatformTotals, TopSellingCourse
from udemy_clone.web.kit.chart_rows import KpiRow, amount_in, money_text, short_title
from udemy_clone.web.kit.format import length_label

SHORT_TITLE = 24
ARGS_CHARS = 80


@dataclass
class TopCourseRow:
    """A best-selling course: sales, revenue in the chart's currency and in every currency."""

    title: str = ""
    short: str = ""
    sales: int = 0
    revenue: float = 0.0
    revenue_text: str = ""


@dataclass
class TopInstructorRow:
    """An instructor ranked by revenue."""

    name: str = ""
    courses: int = 0
    sales: int = 0
    revenue_text: str = ""


@dataclass
class QueueRow:
    """The job counts of one queue."""

    queue: str = ""
    waiting: int = 0
    running: int = 0
    scheduled: int = 0
    failed: int = 0


@dataclass
class FailureRow:
    """A job that failed for good, with its error and what it was called with."""

    id: int = 0
    func: str = ""
    func_full: str = ""
    queue: str = ""
    args: str = ""
    summary: str = ""
    error: str = ""
    when: str = ""


def platform_kpis(totals: PlatformTotals) -> list[KpiRow]:
    """The platform's figures over the period, money per currency."""
    return [
        KpiRow("Revenue", money_text(totals.revenue_by_currency), "kpi-revenue"),
        KpiRow("Orders", str(totals.orders), "kpi-orders"),
        KpiRow(
            "Refunds",
            f"{totals.refunds} ({money_text(totals.refunded_by_currency)})",
            "kpi-refunds",
        ),
        KpiRow("Sign-ups", str(totals.signups), "kpi-signups"),
        KpiRow("Enrollments", str(totals.enrollments), "kpi-enrollments"),
        KpiRow("Watch time", length_label(totals.watch_seconds), "kpi-watch"),
    ]


def top_course_rows(courses: list[TopSellingCourse], chart_currency: str) -> list[TopCourseRow]:
    """Best sellers; `revenue` is in the chart's currency, `revenue_text` in every currency."""
    return [
        TopCourseRow(
            title=c.title,
            short=short_title(c.title, SHORT_TITLE),
            sales=c.sales,
            revenue=amount_in(c.revenue_by_currency, chart_currency),
            revenue_text=money_text(c.revenue_by_currency),
        )
        for c in courses
    ]


def top_instructor_rows(instructors: list[InstructorRank]) -> list[TopInstructorRow]:
    """Top instructors in the service's order."""
    return [
        TopInstructorRow(
            name=i.name,
            courses=i.courses,
            sales=i.sales,
            revenue_text=money_text(i.revenue_by_currency),
        )
        for i in instructors
    ]


def queue_rows(queues: list[QueueCounts]) -> list[QueueRow]:
    """Job counts per queue."""
    return [
        QueueRow(
            queue=q.queue,
            waiting=q.waiting,
            running=q.running,
            scheduled=q.scheduled,
            failed=q.failed,
        )
        for q in queues
    ]


def failure_rows(failures: list[FailedJob]) -> list[FailureRow]:
    """Failed jobs: the function's short name, arguments cut short, when it failed."""
    return [
        FailureRow(
            id=f.id,
            func=f.func_name.rsplit(".", 1)[-1].rsplit(":", 1)[-1],
            func_full=f.func_name,
            queue=f.queue,
            args=", ".join(str(a) for a in f.args)[:ARGS_CHARS],
            summary=f.error_summary,
            error=f.error,
            when=f"{f.failed_at:%b %d %H:%M}",
        )
        for f in failures
    ]
