"""Instructor analytics as the pages show it: KPI cards, the per-course table, lecture drop-off."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from udemy_clone.stats.models import CourseFigures, InstructorDashboard, LectureDropOff
from udemy_clone.web.kit import routes
from udemy_clone.web.kit.chart_rows import KpiRow, amount_in, money_text, short_title
from udemy_clone.web.kit.format import length_label

SHORT_TITLE = 22
LECTURE_LABEL = 28


@dataclass
class CourseFiguresRow:
    """One course of the instructor's table; `revenue` in the chart's currency."""

    id: int = 0
    title: str = ""
    short: str = ""
    status: str = ""
    revenue: float = 0.0
    revenue_text: str = ""
    sales: int = 0
    enrollments: int = 0
    students: int = 0
    watch_text: str = ""
    rating_text: str = ""
    completion_text: str = ""
    href: str = ""


def instructor_kpis(board: InstructorDashboard) -> list[KpiRow]:
    """Revenue, net sales, enrollments, watch time, weighted rating and completion."""
    totals = board.totals
    rated = [c for c in board.courses if c.rating_count]
    average = (
        round(
            sum(c.avg_rating * c.rating_count for c in rated) / sum(c.rating_count for c in rated),
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
    return [
        KpiRow("Revenue", money_text(totals.revenue_by_currency), "kpi-revenue"),
        KpiRow("Sales", str(totals.sales - totals.refunds), "kpi-sales"),
        KpiRow("New enrollments", str(totals.enrollments), "kpi-enrollments"),
        KpiRow("Watch time", length_label(totals.watch_seconds), "kpi-watch"),
        KpiRow("Average rating", f"{average:.1f} ★" if rated else "No ratings yet", "kpi-rating"),
        KpiRow("Completion rate", f"{completion:.0f} %", "kpi-completion"),
    ]


def course_figure_rows(courses: list[CourseFigures], chart_currency: str) -> list[CourseFiguresRow]:
    """The per-course table: sales net of refunds, money in every currency."""
    return [
        CourseFiguresRow(
            id=c.course_id,
            title=c.title,
            short=short_title(c.title, SHORT_TITLE),
            status=c.status,
            revenue=amount_in(c.revenue_by_currency, chart_currency),
            revenue_text=money_text(c.revenue_by_currency),
            sales=c.sales - c.refunds,
            enrollments=c.enrollments,
            students=c.students,
            watch_text=length_label(c.watch_seconds),
            rating_text=f"{c.avg_rating:.1f} ({c.rating_count})" if c.rating_count else "—",
            completion_text=f"{c.completion_rate:.0f} %",
            href=routes.studio_analytics_url(c.course_id),
        )
        for c in courses
    ]


def dropoff_points(lectures: list[LectureDropOff]) -> list[dict[str, Any]]:
    """Lecture drop-off as bar-chart data (plain dicts: recharts' `data=` takes nothing else)."""
    return [
        {
            "title": short_title(lecture.title, LECTURE_LABEL),
            "full_title": lecture.title,
            "watched": lecture.watched_percent,
            "completed": lecture.completed_percent,
        }
        for lecture in lectures
    ]
