"""The dashboards: /studio/analytics, /studio/analytics/[course_id] and /admin/stats."""

from __future__ import annotations

from typing import Any

import reflex as rx

from udemy_clone.web.kit.admin_nav import admin_nav
from udemy_clone.web.kit.layout import guarded, loading_panel, page_shell
from udemy_clone.web.kit.theme import ACCENT, card_style
from udemy_clone.web.pages.stats.components import (
    area_chart,
    bars_chart,
    empty_chart,
    kpi_cards,
    line_chart,
    panel,
    period_picker,
)
from udemy_clone.web.pages.stats.state import AdminStatsState, InstructorAnalyticsState

S = InstructorAnalyticsState
A = AdminStatsState


def _header(eyebrow: str, title: Any, subtitle: Any | str, picker: rx.Component) -> rx.Component:
    return rx.flex(
        rx.vstack(
            rx.text(eyebrow, size="1", weight="bold", color=f"var(--{ACCENT}-11)"),
            rx.heading(title, size="7", id="stats-heading"),
            rx.text(subtitle, size="1", color="var(--gray-11)"),
            spacing="1",
            align="start",
        ),
        rx.spacer(),
        picker,
        width="100%",
        align="end",
        gap="1rem",
        wrap="wrap",
    )


def _two_columns(*children: rx.Component) -> rx.Component:
    return rx.grid(
        *children, columns=rx.breakpoints(initial="1", md="2"), spacing="4", width="100%"
    )


# ---- instructor -------------------------------------------------------------------------------


def _course_table() -> rx.Component:
    head = ["Course", "Revenue", "Sales", "New students", "Watch time", "Rating", "Completion"]
    return rx.table.root(
        rx.table.header(rx.table.row(*[rx.table.column_header_cell(h) for h in head])),
        rx.table.body(
            rx.foreach(
                S.courses,
                lambda c: rx.table.row(
                    rx.table.cell(rx.link(c["title"], href=c["href"])),
                    rx.table.cell(c["revenue_text"]),
                    rx.table.cell(c["sales"]),
                    rx.table.cell(c["enrollments"]),
                    rx.table.cell(c["watch_text"]),
                    rx.table.cell(c["rating_text"]),
                    rx.table.cell(c["completion_text"]),
                ),
            )
        ),
        width="100%",
        size="1",
        id="course-table",
    )


def _instructor_charts() -> rx.Component:
    return rx.vstack(
        kpi_cards(S.kpis),
        _two_columns(
            panel(
                "Revenue per day",
                f"Paid orders minus refunds, in {S.chart_currency} (every currency in the totals)",
                rx.cond(
                    S.has_activity,
                    area_chart(S.daily, "revenue", "Revenue", "Amount", "violet"),
                    empty_chart(
                        "No sales in this period yet: revenue shows after the first purchase."
                    ),
                ),
                id="chart-revenue",
            ),
            panel(
                "Sales and new students per day",
                "Courses sold and students enrolled",
                rx.cond(
                    S.has_activity,
                    bars_chart(
                        S.daily,
                        [("sales", "Sales", "green"), ("enrollments", "New students", "blue")],
                        "Count",
                    ),
                    empty_chart("No sales or enrollments in this period yet."),
                ),
                id="chart-sales",
            ),
        ),
        panel(
            "Watch time per day",
            "Minutes of your lectures watched (from the players' heartbeats)",
            rx.cond(
                S.has_watching,
                line_chart(S.daily, [("watch_minutes", "Minutes watched", "orange")], "Minutes"),
                empty_chart(
                    "Nobody watched in this period yet: minutes appear as students play lectures."
                ),
            ),
            id="chart-watch",
        ),
        rx.cond(
            S.course_id > 0,
            panel(
                "Where students stop watching",
                "Share of enrolled students who watched / completed each lecture, in course order",
                rx.cond(
                    S.lectures.length() > 0,  # type: ignore[attr-defined]
                    bars_chart(
                        S.lectures,
                        [
                            ("watched", "Watched (%)", "violet"),
                            ("completed", "Completed (%)", "green"),
                        ],
                        "% of enrolled students",
                        x_key="title",
                        layout="vertical",
                        height=120 + 34 * 8,
                    ),
                    empty_chart("This course has no lectures yet."),
                ),
                id="chart-dropoff",
            ),
            panel(
                "Your courses",
                "Figures of the chosen period; rating and completion as of now",
                _course_table(),
            ),
        ),
        spacing="4",
        width="100%",
    )


def _instructor_content() -> rx.Component:
    return rx.vstack(
        rx.cond(
            S.course_id > 0,
            rx.link(
                rx.hstack(rx.icon("arrow-left", size=14), rx.text("All courses", size="2")),
                href="/studio/analytics",
            ),
            rx.link(
                rx.hstack(rx.icon("arrow-left", size=14), rx.text("Studio", size="2")),
                href="/studio",
            ),
        ),
        _header(
            "Studio · Analytics",
            rx.cond(S.course_id > 0, S.course_title, "Analytics of your courses"),
            S.generated,
            period_picker(S.days, S.choose_days),
        ),
        rx.cond(
            S.error != "",
            rx.callout(S.error, icon="triangle-alert", color_scheme="red", width="100%"),
            rx.cond(S.loaded, _instructor_charts(), loading_panel()),
        ),
        spacing="4",
        width="100%",
        align="start",
    )


def instructor_analytics_page() -> rx.Component:
    return page_shell(guarded("instructor", _instructor_content))


# ---- admin ------------------------------------------------------------------------------------


def _admin_nav() -> rx.Component:
    return admin_nav("/admin/stats")


def _simple_table(headers: list[str], rows: Any, cells: list[str], table_id: str) -> rx.Component:
    return rx.table.root(
        rx.table.header(rx.table.row(*[rx.table.column_header_cell(h) for h in headers])),
        rx.table.body(
            rx.foreach(rows, lambda r: rx.table.row(*[rx.table.cell(r[c]) for c in cells]))
        ),
        width="100%",
        size="1",
        id=table_id,
    )


def _failure_row(f: Any) -> rx.Component:
    return rx.table.row(
        rx.table.cell(rx.text(f["when"], white_space="nowrap")),
        rx.table.cell(rx.tooltip(rx.code(f["func"]), content=f["func_full"])),
        rx.table.cell(f["queue"]),
        rx.table.cell(rx.text(f["args"], size="1")),
        rx.table.cell(
            rx.popover.root(
                rx.popover.trigger(
                    rx.link(f["summary"], size="2", color="var(--red-11)", cursor="pointer")
                ),
                rx.popover.content(
                    rx.code_block(f["error"], language="python", wrap_long_lines=True),
                    max_width="720px",
                ),
            )
        ),
        rx.table.cell(
            rx.button(
                rx.icon("rotate-ccw", size=14),
                "Retry",
                size="1",
                variant="soft",
                on_click=A.retry(f["id"]),  # type: ignore[operator]
                class_name="retry-job",
            )
        ),
    )


def _job_panel() -> rx.Component:
    return panel(
        "Job queues",
        "Jobs run by the " + A.backend + ". Failed jobs keep their error; Retry queues them again.",
        rx.hstack(
            rx.foreach(
                A.queues,
                lambda q: rx.box(
                    rx.text(q["queue"], weight="bold", size="2"),
                    rx.text("waiting ", q["waiting"], size="1"),
                    rx.text("running ", q["running"], size="1"),
                    rx.text("scheduled ", q["scheduled"], size="1"),
                    rx.text(
                        "failed ",
                        q["failed"],
                        size="1",
                        color=rx.cond(q["failed"].to(int) > 0, "var(--red-11)", "var(--gray-11)"),
                    ),
                    padding="0.5rem 0.75rem",
                    min_width="120px",
                    **card_style,
                ),
            ),
            rx.button(
                rx.icon("refresh-cw", size=14),
                "Refresh",
                size="1",
                variant="outline",
                on_click=A.refresh_queues,
            ),
            spacing="3",
            wrap="wrap",
            align="center",
        ),
        rx.cond(
            A.message != "",
            rx.callout(A.message, icon="info", size="1", margin_top="0.5rem", id="job-message"),
        ),
        rx.cond(
            A.failures.length() > 0,  # type: ignore[attr-defined]
            rx.table.root(
                rx.table.header(
                    rx.table.row(
                        *[
                            rx.table.column_header_cell(h)
                            for h in ["Failed", "Job", "Queue", "Arguments", "Error", ""]
                        ]
                    )
                ),
                rx.table.body(rx.foreach(A.failures, _failure_row)),
                width="100%",
                size="1",
                margin_top="0.75rem",
                id="failed-jobs",
            ),
            rx.text(
                "No failed jobs waiting for attention.",
                size="2",
                color="var(--gray-11)",
                margin_top="0.75rem",
            ),
        ),
        id="job-queues",
    )


def _admin_charts() -> rx.Component:
    return rx.vstack(
        kpi_cards(A.kpis),
        _two_columns(
            panel(
                "Revenue per day",
                f"Paid orders minus refunds, in {A.chart_currency} (every currency in the totals)",
                area_chart(A.daily, "revenue", "Revenue", "Amount", "violet"),
                id="chart-revenue",
            ),
            panel(
                "Orders and refunds per day",
                "Orders paid and orders refunded",
                bars_chart(
                    A.daily,
                    [("orders", "Orders", "green"), ("refunds", "Refunds", "red")],
                    "Orders",
                ),
                id="chart-orders",
            ),
            panel(
                "Sign-ups and enrollments per day",
                "New accounts and new course enrollments",
                line_chart(
                    A.daily,
                    [("signups", "Sign-ups", "blue"), ("enrollments", "Enrollments", "green")],
                    "Count",
                ),
                id="chart-signups",
            ),
            panel(
                "Watch time per day",
                "Minutes watched across the platform",
                area_chart(A.daily, "watch_minutes", "Minutes watched", "Minutes", "orange"),
                id="chart-watch",
            ),
        ),
        _two_columns(
            panel(
                "Top courses",
                "By sales in the period, refunds deducted",
                rx.cond(
                    A.top_courses.length() > 0,  # type: ignore[attr-defined]
                    _simple_table(
                        ["Course", "Sales", "Revenue"],
                        A.top_courses,
                        ["title", "sales", "revenue_text"],
                        "top-courses",
                    ),
                    rx.text(
                        "No course was bought in this period.", size="2", color="var(--gray-11)"
                    ),
                ),
            ),
            panel(
                "Top instructors",
                "By revenue in the period",
                rx.cond(
                    A.top_instructors.length() > 0,  # type: ignore[attr-defined]
                    _simple_table(
                        ["Instructor", "Courses sold", "Sales", "Revenue"],
                        A.top_instructors,
                        ["name", "courses", "sales", "revenue_text"],
                        "top-instructors",
                    ),
                    rx.text(
                        "No instructor sold a course in this period.",
                        size="2",
                        color="var(--gray-11)",
                    ),
                ),
            ),
        ),
        _job_panel(),
        spacing="4",
        width="100%",
    )


def _admin_content() -> rx.Component:
    return rx.vstack(
        _admin_nav(),
        _header("Admin", "Platform statistics", A.generated, period_picker(A.days, A.choose_days)),
        rx.cond(A.loaded, _admin_charts(), loading_panel()),
        spacing="4",
        width="100%",
        align="start",
    )


def admin_stats_page() -> rx.Component:
    return page_shell(guarded("admin", _admin_content))
