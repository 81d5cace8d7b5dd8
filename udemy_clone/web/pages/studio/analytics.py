"""Instructor analytics (/studio/analytics[/<course_id>])."""

from __future__ import annotations

import reflex as rx

from udemy_clone.web.kit import routes
from udemy_clone.web.kit.charts import (
    bars_chart,
    empty_chart,
    kpi_cards,
    line_chart,
    panel,
    period_picker,
)
from udemy_clone.web.kit.dashboard import dashboard_header, two_columns
from udemy_clone.web.kit.layout import guarded, loading_panel, page_shell
from udemy_clone.web.pages.studio.analytics_state import InstructorAnalyticsState

S = InstructorAnalyticsState


def _course_table() -> rx.Component:
    head = ["Course", "Revenue", "Sales", "New students", "Watch time", "Rating", "Completion"]
    return rx.table.root(
        rx.table.header(rx.table.row(*[rx.table.column_header_cell(h) for h in head])),
        rx.table.body(
            rx.foreach(
                S.courses,
                lambda c: rx.table.row(
                    rx.table.cell(rx.link(c.title, href=c.href)),
                    rx.table.cell(c.revenue_text),
                    rx.table.cell(c.sales),
                    rx.table.cell(c.enrollments),
                    rx.table.cell(c.watch_text),
                    rx.table.cell(c.rating_text),
                    rx.table.cell(c.completion_text),
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
        two_columns(
            panel(
                "Revenue per day",
                f"Sales and refunds per day, in {S.chart_currency}",
                rx.cond(
                    S.has_activity,
                    bars_chart(
                        S.daily,
                        [("gross", "Sales", "violet"), ("refunded", "Refunds", "red")],
                        "Amount",
                    ),
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
                href=routes.STUDIO_ANALYTICS,
            ),
            rx.link(
                rx.hstack(rx.icon("arrow-left", size=14), rx.text("Studio", size="2")),
                href=routes.STUDIO,
            ),
        ),
        dashboard_header(
            "Studio · Analytics",
            rx.cond(S.course_id > 0, S.course_title, "Analytics of your courses"),
            S.generated,
            rx.hstack(
                rx.button(
                    rx.icon("download", size=15),
                    "Sales CSV",
                    variant="soft",
                    on_click=S.export_sales_csv,
                    id="sales-export",
                ),
                period_picker(S.days, S.choose_days),
                spacing="3",
                align="center",
                wrap="wrap",
            ),
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
