"""Admin dashboard and instructor analytics: stats DTOs in, KPI cards and table rows out."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from udemy_clone.core.jobs_admin import FailedJob, QueueCounts
from udemy_clone.stats.models import (
    CourseFigures,
    CurrencyAmount,
    DailyPoint,
    InstructorDashboard,
    InstructorRank,
    LectureDropOff,
    PlatformTotals,
    TopSellingCourse,
)
from udemy_clone.web.kit import routes
from udemy_clone.web.kit.chart_rows import KpiRow, short_title
from udemy_clone.web.pages.admin.dashboard_rows import (
    failure_rows,
    platform_kpis,
    queue_rows,
    top_course_rows,
    top_instructor_rows,
)
from udemy_clone.web.pages.studio.analytics_rows import (
    course_figure_rows,
    dropoff_points,
    instructor_kpis,
)

USD_EUR = [
    CurrencyAmount(currency="USD", amount_cents=1250),
    CurrencyAmount(currency="EUR", amount_cents=500),
]
LONG = "Complete Python Bootcamp: from zero to hero in Python, with projects"


def figures(**changes: Any) -> CourseFigures:
    fields: dict[str, Any] = {
        "course_id": 7, "title": "Python basics", "status": "published", "sales": 5,
        "refunds": 1, "revenue_by_currency": USD_EUR, "enrollments": 6, "watch_seconds": 5400,
        "students": 10, "avg_rating": 4.25, "rating_count": 4, "completion_rate": 40.0,
    }  # fmt: skip
    return CourseFigures(**(fields | changes))


def board(courses: list[CourseFigures], **changes: Any) -> InstructorDashboard:
    fields: dict[str, Any] = {
        "days": 30, "start": date(2026, 5, 1), "end": date(2026, 5, 30), "timezone": "UTC",
        "generated_at": datetime(2026, 5, 30, 12, tzinfo=UTC),
        "totals": DailyPoint(day=date(2026, 5, 30), revenue_by_currency=USD_EUR, sales=5,
                             refunds=1, enrollments=6, watch_seconds=5400),
        "courses": courses, "daily": [],
    }  # fmt: skip
    return InstructorDashboard(**(fields | changes))


def test_platform_kpis_keep_their_ids_and_every_currency():
    kpis = platform_kpis(
        PlatformTotals(
            revenue_by_currency=USD_EUR,
            refunded_by_currency=[CurrencyAmount(currency="JPY", amount_cents=500)],
            orders=3,
            refunds=1,
        )
    )
    assert [k.id for k in kpis] == [
        "kpi-revenue", "kpi-orders", "kpi-refunds", "kpi-signups", "kpi-enrollments", "kpi-watch",
    ]  # fmt: skip
    assert kpis[0] == KpiRow("Revenue", "$12.50 · €5.00", "kpi-revenue")
    assert kpis[2].value.startswith("1 (") and "500" in kpis[2].value
    assert (kpis[3].value, kpis[4].value) == ("0", "0")


def test_zero_platform_totals_print_zero_money():
    kpis = platform_kpis(PlatformTotals())
    assert kpis[0].value == "$0.00"
    assert kpis[1].value == "0"


def test_top_courses_chart_in_one_currency_and_print_every_currency():
    course = TopSellingCourse(course_id=1, title=LONG, sales=3, revenue_by_currency=USD_EUR)
    (row,) = top_course_rows([course], "EUR")
    assert (row.title, row.sales, row.revenue, row.revenue_text) == (
        LONG, 3, 5.0, "$12.50 · €5.00",
    )  # fmt: skip
    assert len(row.short) == 24 and row.short.endswith("…")
    assert top_course_rows([], "USD") == []
    (unsold,) = top_course_rows([TopSellingCourse(course_id=2, title="SQL", sales=0)], "USD")
    assert (unsold.revenue, unsold.revenue_text) == (0, "$0.00")


def test_top_instructors():
    (row,) = top_instructor_rows(
        [InstructorRank(instructor_id=3, name="Ada", courses=2, sales=9, revenue_by_currency=[])]
    )
    assert (row.name, row.courses, row.sales, row.revenue_text) == ("Ada", 2, 9, "$0.00")
    assert top_instructor_rows([]) == []


def test_queue_and_failure_rows():
    (queue,) = queue_rows([QueueCounts(queue="high", waiting=1, running=0, scheduled=2, failed=3)])
    assert (queue.queue, queue.waiting, queue.running, queue.failed) == ("high", 1, 0, 3)
    (failure,) = failure_rows(
        [
            FailedJob(
                id=4, job_id="j4", func_name="udemy_clone.media.tasks.transcode_to_hls",
                queue="low", args=[12, "x" * 200], error="Traceback ...", error_summary="boom",
                failed_at=datetime(2026, 5, 3, 14, 5, tzinfo=UTC),
            )
        ]
    )  # fmt: skip
    assert (failure.func, failure.func_full) == (
        "transcode_to_hls", "udemy_clone.media.tasks.transcode_to_hls",
    )  # fmt: skip
    assert failure.args.startswith("12, xxx") and len(failure.args) == 80
    assert (failure.when, failure.summary, failure.id) == ("May 03 14:05", "boom", 4)
    assert queue_rows([]) == [] and failure_rows([]) == []


def test_instructor_kpis_weight_rating_and_completion():
    kpis = instructor_kpis(
        board([figures(), figures(course_id=8, avg_rating=3.0, rating_count=1, students=0)])
    )
    by_id = {k.id: k.value for k in kpis}
    assert by_id["kpi-sales"] == "4"  # refunds deducted
    assert by_id["kpi-rating"] == "4.0 ★"  # (4.25*4 + 3*1) / 5
    assert by_id["kpi-completion"] == "40 %"
    assert by_id["kpi-revenue"] == "$12.50 · €5.00"


def test_instructor_kpis_without_courses_or_ratings():
    by_id = {k.id: k.value for k in instructor_kpis(board([]))}
    assert (by_id["kpi-rating"], by_id["kpi-completion"]) == ("No ratings yet", "0 %")


def test_course_figure_rows():
    rated, unrated = course_figure_rows(
        [figures(title=LONG), figures(course_id=8, rating_count=0, revenue_by_currency=[])], "USD"
    )
    assert (rated.sales, rated.revenue, rated.rating_text) == (4, 12.5, "4.2 (4)")
    assert rated.href == routes.studio_analytics_url(7)
    assert rated.title == LONG and len(rated.short) == 22
    assert (unrated.rating_text, unrated.revenue_text, unrated.revenue) == ("—", "$0.00", 0)
    assert course_figure_rows([], "USD") == []


def test_dropoff_points_stay_chart_dicts_with_short_labels():
    (point,) = dropoff_points(
        [
            LectureDropOff(
                lecture_id=1, title=LONG, viewers=3, completions=1, watched_percent=75.0,
                completed_percent=25.0,
            )
        ]
    )  # fmt: skip
    assert point == {
        "title": short_title(LONG, 28), "full_title": LONG, "watched": 75.0, "completed": 25.0,
    }  # fmt: skip
    assert len(point["title"]) == 28
    assert dropoff_points([]) == []
