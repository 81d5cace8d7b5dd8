"""The course page's curriculum: sections that open to their lectures."""

from __future__ import annotations

from typing import Any

import reflex as rx

from udemy_clone.web.kit.theme import ACCENT
from udemy_clone.web.pages.course.state import CoursePageState
from udemy_clone.web.pages.course.views.common import C


def _section_card(section: Any) -> rx.Component:
    return rx.el.details(
        rx.el.summary(
            rx.hstack(
                rx.icon("chevron-down", size=18, class_name="section-chevron"),
                rx.text(section.title, weight="bold", size="3", flex="1"),
                rx.text(
                    section.summary,
                    size="2",
                    color="var(--gray-11)",
                    white_space="nowrap",
                    display=["none", "block"],
                ),
                align="center",
                spacing="2",
                width="100%",
            ),
            rx.text(
                section.summary,
                size="1",
                color="var(--gray-11)",
                display=["block", "none"],
                padding_left="26px",
            ),
            padding="0.85rem 1rem",
            background="var(--gray-2)",
            cursor="pointer",
            list_style="none",
            style={"&::-webkit-details-marker": {"display": "none"}},
        ),
        rx.vstack(
            rx.foreach(
                section.lectures,
                lambda lecture: rx.hstack(
                    # Two static icons, not rx.icon(<a Var>): a dynamic name makes Reflex
                    # ship a loader for all ~1,800 Lucide icons with the page (0.3 MB of JS).
                    rx.cond(
                        lecture.is_preview,
                        rx.icon(
                            "circle-play", size=16, color=f"var(--{ACCENT}-11)", flex_shrink="0"
                        ),
                        rx.icon("file-video", size=16, color="var(--gray-10)", flex_shrink="0"),
                    ),
                    rx.cond(
                        lecture.is_preview,
                        rx.link(lecture.title, href=lecture.href, size="2", underline="always"),
                        rx.text(lecture.title, size="2"),
                    ),
                    rx.spacer(),
                    rx.cond(
                        lecture.is_preview,
                        rx.link(
                            "Preview",
                            href=lecture.href,
                            size="2",
                            weight="medium",
                            class_name="preview-link",
                        ),
                    ),
                    rx.text(
                        lecture.duration,
                        size="2",
                        color="var(--gray-11)",
                        class_name="lecture-duration",
                        min_width="3.2em",
                        text_align="right",
                        font_variant_numeric="tabular-nums",
                    ),
                    width="100%",
                    align="center",
                    spacing="3",
                    class_name="lecture-row",
                ),
            ),
            spacing="3",
            padding="0.9rem 1rem 1rem 1rem",
            width="100%",
        ),
        open=section.open,
        border_bottom="1px solid var(--gray-a5)",
        class_name="curriculum-section",
        style={
            "&[open] .section-chevron": {"transform": "rotate(180deg)"},
            "& .section-chevron": {"transition": "transform 0.15s ease"},
            "&:last-child": {"border_bottom": "none"},
        },
    )


EXPAND_ALL = (
    "(() => { const all = document.querySelectorAll('#curriculum details');"
    " const open = Array.from(all).some(d => !d.open); all.forEach(d => { d.open = open; }); })()"
)


def curriculum() -> rx.Component:
    return rx.vstack(
        rx.heading("Course content", size="6", as_="h2"),
        rx.hstack(
            rx.text(
                C.sections_label,
                " • ",
                C.lectures_label,
                " • ",
                C.video_length,
                " total length",
                size="2",
                color="var(--gray-11)",
            ),
            rx.spacer(),
            rx.button(
                "Expand or collapse all",
                variant="ghost",
                size="2",
                on_click=rx.call_script(EXPAND_ALL),
            ),
            width="100%",
            align="center",
            wrap="wrap",
        ),
        rx.cond(
            CoursePageState.sections.length() > 0,  # type: ignore[attr-defined]
            rx.box(
                rx.foreach(CoursePageState.sections, _section_card),
                border="1px solid var(--gray-a5)",
                border_radius="12px",
                overflow="hidden",
                width="100%",
                id="curriculum",
            ),
            rx.text("The curriculum is being prepared.", color="var(--gray-11)"),
        ),
        spacing="3",
        width="100%",
    )
