"""Dashboard pieces: KPI cards, panels, area/bar/line charts, the period picker."""

from __future__ import annotations

from typing import Any

import reflex as rx

from udemy_clone.web.kit.theme import card_style

CHART_HEIGHT = 260

AXIS_STYLE = {"font_size": "12px"}


def kpi_cards(items: Any) -> rx.Component:
    """A row of figure cards from a list var of `KpiRow`."""
    return rx.grid(
        rx.foreach(
            items,
            lambda k: rx.box(
                rx.text(k.label, size="1", color="var(--gray-11)", weight="medium"),
                rx.text(k.value, size="5", weight="bold", id=k.id),
                padding="0.85rem 1rem",
                **card_style,
            ),
        ),
        columns=rx.breakpoints(initial="2", sm="3", lg="6"),
        spacing="3",
        width="100%",
    )


def panel(title: str, subtitle: str, *children: rx.Component, **props: Any) -> rx.Component:
    """A titled card around a chart or table."""
    return rx.box(
        rx.text(title, weight="bold", size="3"),
        rx.text(subtitle, size="1", color="var(--gray-11)", margin_bottom="0.5rem"),
        *children,
        padding="1rem",
        width="100%",
        min_width="0",
        **card_style,
        **props,
    )


def empty_chart(reason: str) -> rx.Component:
    """What a chart shows when there is nothing to plot, and why."""
    return rx.center(
        rx.vstack(
            rx.icon("chart-no-axes-column", size=28, color="var(--gray-8)"),
            rx.text(reason, size="2", color="var(--gray-11)", text_align="center"),
            align="center",
            spacing="2",
        ),
        height=f"{CHART_HEIGHT}px",
        class_name="empty-chart",
    )


def _x_axis(label: str = "Day (UTC)") -> rx.Component:
    return rx.recharts.x_axis(
        data_key="day",
        tick=AXIS_STYLE,
        min_tick_gap=16,
        label={"value": label, "position": "insideBottom", "offset": -4, "font_size": 12},
        height=40,
    )


def _y_axis(label: str, data_key: str | None = None, orientation: str = "left") -> rx.Component:
    return rx.recharts.y_axis(
        tick=AXIS_STYLE,
        allow_decimals=False,
        # figures are never negative: the axis starts at zero whatever the data
        domain=[0, "auto"],
        allow_data_overflow=False,
        y_axis_id=orientation,
        orientation=orientation,
        label={"value": label, "angle": -90, "position": "insideLeft", "font_size": 12}
        if orientation == "left"
        else {"value": label, "angle": 90, "position": "insideRight", "font_size": 12},
        width=64,
    )


def area_chart(data: Any, data_key: str, name: str, y_label: str, color: str) -> rx.Component:
    """One daily series as a filled area, with axes, grid and a tooltip."""
    return rx.recharts.area_chart(
        rx.recharts.cartesian_grid(stroke_dasharray="3 3", vertical=False),
        rx.recharts.area(
            data_key=data_key,
            name=name,
            stroke=f"var(--{color}-9)",
            fill=f"var(--{color}-5)",
            type_="linear",  # straight between days: a curve would dip below zero
            y_axis_id="left",
        ),
        _x_axis(),
        _y_axis(y_label),
        rx.recharts.graphing_tooltip(),
        data=data,
        width="100%",
        height=CHART_HEIGHT,
        margin={"top": 8, "right": 16, "left": 8, "bottom": 8},
    )


def bars_chart(
    data: Any,
    series: list[tuple[str, str, str]],
    y_label: str,
    *,
    x_key: str = "day",
    x_label: str = "Day (UTC)",
    layout: str = "horizontal",
    height: int = CHART_HEIGHT,
) -> rx.Component:
    """Bars per day (or per category in `x_key`); series: (data_key, name, color)."""
    bars = [
        rx.recharts.bar(data_key=key, name=name, fill=f"var(--{color}-9)", y_axis_id="left")
        for key, name, color in series
    ]
    if layout == "vertical":
        axes = [
            rx.recharts.x_axis(
                type_="number",
                tick=AXIS_STYLE,
                domain=[0, 100],
                label={"value": y_label, "position": "insideBottom", "offset": -4, "font_size": 12},
                height=40,
            ),
            rx.recharts.y_axis(
                data_key=x_key, type_="category", tick=AXIS_STYLE, width=190, y_axis_id="left"
            ),
        ]
    else:
        axes = [
            rx.recharts.x_axis(
                data_key=x_key,
                tick=AXIS_STYLE,
                min_tick_gap=16,
                label={"value": x_label, "position": "insideBottom", "offset": -4, "font_size": 12},
                height=40,
            ),
            _y_axis(y_label),
        ]
    return rx.recharts.bar_chart(
        rx.recharts.cartesian_grid(stroke_dasharray="3 3", vertical=layout == "vertical"),
        *bars,
        *axes,
        rx.recharts.graphing_tooltip(),
        rx.recharts.legend(vertical_align="top", height=28),
        data=data,
        layout=layout,
        width="100%",
        height=height,
        margin={"top": 8, "right": 16, "left": 8, "bottom": 8},
    )


def line_chart(data: Any, series: list[tuple[str, str, str]], y_label: str) -> rx.Component:
    """Lines per day; series: (data_key, name, color)."""
    return rx.recharts.line_chart(
        rx.recharts.cartesian_grid(stroke_dasharray="3 3", vertical=False),
        *[
            rx.recharts.line(
                data_key=key,
                name=name,
                stroke=f"var(--{color}-9)",
                type_="linear",  # straight between days: a curve would dip below zero
                dot=False,
                stroke_width=2,
                y_axis_id="left",
            )
            for key, name, color in series
        ],
        _x_axis(),
        _y_axis(y_label),
        rx.recharts.graphing_tooltip(),
        rx.recharts.legend(vertical_align="top", height=28),
        data=data,
        width="100%",
        height=CHART_HEIGHT,
        margin={"top": 8, "right": 16, "left": 8, "bottom": 8},
    )


def period_picker(value: Any, on_change: Any) -> rx.Component:
    """7 / 30 / 90 days."""
    return rx.segmented_control.root(
        rx.segmented_control.item("7 days", value="7"),
        rx.segmented_control.item("30 days", value="30"),
        rx.segmented_control.item("90 days", value="90"),
        value=value,
        on_change=on_change,
        id="period-picker",
    )
