"""The admin dashboard (/admin/stats): platform statistics and job queues."""

from __future__ import annotations

from typing import Any

import reflex as rx

from udemy_clone.web.kit import routes
from udemy_clone.web.kit.admin_nav import admin_nav
from udemy_clone.web.kit.charts import (
    area_chart,
    bars_chart,
    kpi_cards,
    line_chart,
    panel,
    period_picker,
)
from udemy_clone.web.kit.dashboard import dashboard_header, two_columns
from udemy_clone.web.kit.layout import guarded, loading_panel, page_shell
from udemy_clone.web.kit.theme import card_style
from udemy_clone.web.pages.admin.dashboard_state import AdminStatsState

A = AdminStatsState


def _admin_nav() -> rx.Component:
    return admin_nav(routes.admin_url("stats"))


def _simple_table(headers: list[str], rows: Any, cells: list[str], table_id: str) -> rx.Component:
    return rx.table.root(
        rx.table.header(rx.table.row(*[rx.table.column_header_cell(h) for h in headers])),
        rx.table.body(
            rx.foreach(rows, lambda r: rx.table.row(*[rx.table.cell(getattr(r, c)) for c in cells]))
        ),
        width="100%",
        size="1",
        id=table_id,
    )


def _failure_row(f: Any) -> rx.Component:
    return rx.table.row(
        rx.table.cell(rx.text(f.when, white_space="nowrap")),
        rx.table.cell(rx.tooltip(rx.code(f.func), content=f.func_full)),
        rx.table.cell(f.queue),
        rx.table.cell(rx.text(f.args, size="1")),
        rx.table.cell(
            rx.popover.root(
                rx.popover.trigger(
                    rx.link(f.summary, size="2", color="var(--red-11)", cursor="pointer")
                ),
                rx.popover.content(
                    rx.code_block(f.error, language="python", wrap_long_lines=True),
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
                on_click=A.retry(f.id),  # type: ignore[operator]
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
                    rx.text(q.queue, weight="bold", size="2"),
                    rx.text("waiting ", q.waiting, size="1"),
                    rx.text("running ", q.running, size="1"),
                    rx.text("scheduled ", q.scheduled, size="1"),
                    rx.text(
                        "failed ",
                        q.failed,
                        size="1",
                        color=rx.cond(q.failed > 0, "var(--red-11)", "var(--gray-11)"),
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
        two_columns(
            panel(
                "Revenue per day",
                f"Sales and refunds per day, in {A.chart_currency}",
                bars_chart(
                    A.daily,
                    [("gross", "Sales", "violet"), ("refunded", "Refunds", "red")],
                    "Amount",
                ),
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
        two_columns(
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
        dashboard_header(
            "Admin",
            "Platform statistics",
            A.generated,
            rx.hstack(
                rx.button(
                    rx.icon("download", size=15),
                    "Sales CSV",
                    variant="soft",
                    on_click=A.export_sales_csv,
                    id="sales-export",
                ),
                period_picker(A.days, A.choose_days),
                spacing="3",
                align="center",
                wrap="wrap",
            ),
        ),
        rx.cond(A.loaded, _admin_charts(), loading_panel()),
        spacing="4",
        width="100%",
        align="start",
    )


def admin_stats_page() -> rx.Component:
    return page_shell(guarded("admin", _admin_content))
