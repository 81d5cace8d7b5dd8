"""The lecture player page: video, quality menu, previous/next, curriculum with progress."""

from __future__ import annotations

from typing import Any, cast

import reflex as rx

from udemy_clone.playback.models import HEARTBEAT_SECONDS
from udemy_clone.web.kit import routes
from udemy_clone.web.kit.layout import loading_panel, page_shell
from udemy_clone.web.kit.state import AuthState
from udemy_clone.web.kit.theme import card_style
from udemy_clone.web.pages.player.curriculum_rows import PlayerLectureRow, PlayerSectionRow
from udemy_clone.web.pages.player.hls_player import hls_player
from udemy_clone.web.pages.player.quiz_panel import quiz_panel
from udemy_clone.web.pages.player.state import PlayerState
from udemy_clone.web.pages.player.tabs import lecture_tabs
from udemy_clone.web.pages.player.transcript_state import TranscriptState

VIDEO_BOX = {
    "width": "100%",
    "background": "#0b0b0f",
    "border_radius": "10px",
    "overflow": "hidden",
}
# The panels shown instead of the video keep its shape but grow with their text (at 390 px a
# 16:9 box is too short for "Enroll to watch" and its buttons: nothing may be clipped).
PANEL_BOX = {"width": "100%", "aspect_ratio": "16 / 9", "min_height": "fit-content"}


def _minutes(seconds: Any) -> rx.Var:
    total = rx.Var.create(seconds).to(int)
    minutes = (total // 60).to_string()
    secs = (total % 60).to_string()
    return minutes + ":" + rx.cond(total % 60 < 10, "0", "") + secs


def _blocked_panel() -> rx.Component:
    enroll = rx.vstack(
        rx.icon("lock", size=36, color="white"),
        rx.heading(
            "Enroll to watch",
            size=rx.breakpoints(initial="5", sm="6"),
            color="white",
            id="enroll-to-watch",
        ),
        rx.text(
            "This lecture is part of the full course. Enroll to watch every lecture, "
            "or try the free preview lectures.",
            color="var(--gray-8)",
            text_align="center",
            max_width="420px",
            size=rx.breakpoints(initial="2", sm="3"),
        ),
        rx.hstack(
            rx.link(rx.button("View course", size="3"), href=PlayerState.course_page),
            rx.cond(
                AuthState.is_authenticated,
                rx.fragment(),
                rx.link(
                    rx.button(
                        "Log in",
                        size="3",
                        variant="outline",
                        color_scheme="gray",
                        style={"color": "white", "box_shadow": "inset 0 0 0 1px white"},
                    ),
                    href=PlayerState.login_href,
                ),
            ),
            spacing="3",
            wrap="wrap",
            justify="center",
        ),
        align="center",
        spacing=rx.breakpoints(initial="2", sm="3"),
        id="blocked-panel",
    )
    no_video = rx.vstack(
        rx.icon("film", size=36, color="white"),
        rx.heading("No video yet", size="6", color="white", id="no-video"),
        rx.text(
            "The instructor has not published this lecture's video yet.",
            color="gray",
            text_align="center",
        ),
        align="center",
        spacing="3",
    )
    return rx.center(
        # the padding sits inside: `min-height: fit-content` of the box leaves its own out
        rx.box(
            rx.cond(PlayerState.blocked == "no_video", no_video, enroll),
            padding=rx.breakpoints(initial="1.25rem 1rem", sm="2rem"),
            width="100%",
        ),
        style=PANEL_BOX,
    )


def _player() -> rx.Component:
    return rx.box(
        rx.cond(
            PlayerState.playback_url != "",
            hls_player(
                src=PlayerState.playback_url,
                lecture_id=PlayerState.lecture_id,
                start_position=PlayerState.start_position,
                heartbeat_seconds=HEARTBEAT_SECONDS,
                on_heartbeat=PlayerState.heartbeat,
                on_playback_error=PlayerState.playback_error,
                next_title=PlayerState.next_lecture_title,
                on_play_next=PlayerState.play_next,
                theatre=PlayerState.theatre,
                on_toggle_theatre=PlayerState.toggle_theatre,
                subtitles=TranscriptState.player_tracks,
                id="lecture-video",
            ),
            _blocked_panel(),
        ),
        style=VIDEO_BOX,
        class_name="player-box",
    )


def _nav_buttons() -> rx.Component:
    return rx.hstack(
        rx.cond(
            PlayerState.previous_href != "",
            rx.link(
                rx.button(rx.icon("chevron-left", size=16), "Previous", variant="soft"),
                href=PlayerState.previous_href,
                id="previous-lecture",
            ),
            rx.button(rx.icon("chevron-left", size=16), "Previous", variant="soft", disabled=True),
        ),
        rx.cond(
            PlayerState.next_href != "",
            rx.link(
                rx.button("Next", rx.icon("chevron-right", size=16)),
                href=PlayerState.next_href,
                id="next-lecture",
            ),
            rx.button("Next", rx.icon("chevron-right", size=16), disabled=True),
        ),
        spacing="2",
    )


def _tick(lecture: PlayerLectureRow, done: rx.Var) -> rx.Component:
    """The enrolled learner's checkbox: tick a lecture complete (or not) by hand."""
    return rx.checkbox(
        checked=done,
        on_change=lambda checked: PlayerState.set_completed(lecture.id, checked),  # type: ignore[operator]
        disabled=~lecture.playable,
        size="2",
        color_scheme="green",
        aria_label="Completed: " + lecture.title,
        id="complete-" + rx.Var.create(lecture.id).to_string(),
        class_name="lecture-tick",
        margin_top="0.7rem",
        margin_left="0.75rem",
        cursor="pointer",
    )


def _lecture_row(lecture: PlayerLectureRow) -> rx.Component:
    current = lecture.id == PlayerState.lecture_id
    done = cast(Any, PlayerState.completed_ids).contains(lecture.id)
    icon = rx.cond(
        done,
        rx.icon("circle-check", size=16, color="var(--green-10)"),
        rx.cond(
            current,
            rx.icon("circle-play", size=16, color="var(--accent-10)"),
            rx.icon("circle", size=16, color="var(--gray-8)"),
        ),
    )
    link = rx.link(
        rx.hstack(
            rx.cond(PlayerState.enrolled, rx.fragment(), icon),
            rx.vstack(
                rx.text(lecture.title, size="2", weight=rx.cond(current, "bold", "regular")),
                rx.hstack(
                    rx.cond(
                        lecture.kind == "quiz",
                        rx.text(
                            "Quiz · "
                            + rx.Var.create(lecture.question_count).to_string()
                            + " questions",
                            size="1",
                            color="gray",
                        ),
                        rx.cond(
                            lecture.playable,
                            rx.text(_minutes(lecture.duration_seconds), size="1", color="gray"),
                            rx.text("No video yet", size="1", color="gray"),
                        ),
                    ),
                    rx.cond(
                        lecture.is_preview,
                        rx.badge("Preview", size="1", variant="soft", color_scheme="green"),
                    ),
                    spacing="2",
                    align="center",
                ),
                spacing="0",
                align="start",
            ),
            spacing="2",
            align="start",
            padding=rx.cond(PlayerState.enrolled, "0.6rem 0.75rem 0.6rem 0", "0.6rem 0.75rem"),
            width="100%",
        ),
        href=routes.learn_url(PlayerState.course_slug, rx.Var.create(lecture.id).to_string()),
        underline="none",
        color="inherit",
        width="100%",
        min_width="0",
    )
    return rx.hstack(
        rx.cond(PlayerState.enrolled, _tick(lecture, done)),
        link,
        spacing="2",
        align="start",
        width="100%",
        background=rx.cond(current, "var(--accent-a3)", "transparent"),
        border_radius="8px",
        _hover={"background": "var(--gray-a3)"},
        class_name=rx.cond(done, "lecture-row lecture-done", "lecture-row"),
        data_lecture_id=lecture.id,
    )


def _section(section: PlayerSectionRow) -> rx.Component:
    return rx.vstack(
        rx.text(section.title, size="2", weight="bold", padding="0.5rem 0.75rem 0"),
        rx.foreach(section.lectures, _lecture_row),
        spacing="1",
        width="100%",
        align="start",
    )


def _sidebar() -> rx.Component:
    return rx.vstack(
        rx.hstack(
            rx.heading("Course content", size="4"),
            rx.spacer(),
            rx.text(
                rx.Var.create(PlayerState.percent).to_string() + "% complete",
                size="2",
                id="course-percent",
            ),
            width="100%",
            align="center",
        ),
        # Radix's progress grows (flex-grow: 1): in this column it became a big grey disc
        rx.progress(
            value=PlayerState.percent,
            max=100,
            width="100%",
            size="1",
            flex_grow="0",
            flex_shrink="0",
            id="course-progress",
        ),
        rx.cond(
            PlayerState.tick_error != "",
            rx.callout(PlayerState.tick_error, icon="triangle-alert", color_scheme="red", size="1"),
        ),
        rx.foreach(PlayerState.sections, _section),
        spacing="2",
        width="100%",
        padding="1rem",
        style=card_style,
        max_height=["none", "none", "calc(100vh - 120px)"],
        overflow_y="auto",
        align_self="start",  # as tall as its content, not as the video column
        id="curriculum",
    )


def _not_found() -> rx.Component:
    return rx.center(
        rx.vstack(
            rx.icon("circle-help", size=40, color="var(--gray-9)"),
            rx.heading("This lecture does not exist", size="6", id="lecture-not-found"),
            rx.text("It may have been removed, or the course is not published."),
            rx.link(rx.button("Browse courses", variant="soft"), href=routes.BROWSE),
            align="center",
            spacing="3",
        ),
        padding="5rem 1rem",
    )


def _content() -> rx.Component:
    return rx.vstack(
        rx.hstack(
            rx.link(
                rx.hstack(rx.icon("arrow-left", size=16), rx.text(PlayerState.course_title)),
                href=PlayerState.course_page,
                color="var(--gray-11)",
                underline="none",
                id="course-link",
            ),
            width="100%",
        ),
        rx.grid(
            rx.vstack(
                rx.cond(
                    (PlayerState.lecture_kind == "quiz") & (PlayerState.blocked == ""),
                    quiz_panel(),
                    _player(),
                ),
                rx.hstack(
                    rx.heading(PlayerState.lecture_title, size="5", id="lecture-title"),
                    rx.spacer(),
                    _nav_buttons(),
                    width="100%",
                    align="center",
                    wrap="wrap",
                    spacing="3",
                ),
                lecture_tabs(),
                spacing="3",
                width="100%",
                min_width="0",
            ),
            _sidebar(),
            # theatre mode: the video takes the whole width, the curriculum goes below it
            columns=rx.cond(
                PlayerState.theatre,
                "minmax(0, 1fr)",
                rx.breakpoints(initial="minmax(0, 1fr)", md="minmax(0, 1fr) 340px"),
            ),
            spacing="5",
            width="100%",
            id="player-layout",
            class_name=rx.cond(PlayerState.theatre, "theatre", ""),
            style={"&.theatre #curriculum": {"max_height": "none"}},
        ),
        spacing="3",
        width="100%",
    )


def player_page() -> rx.Component:
    """/learn/[course_slug]/[lecture_id]"""
    return page_shell(
        rx.cond(
            PlayerState.loaded,
            rx.cond(PlayerState.not_found, _not_found(), _content()),
            loading_panel(),
        ),
        width="1400px",
    )


def continue_page() -> rx.Component:
    """/learn/[course_slug]: redirects to the lecture to continue with."""
    return page_shell(loading_panel())
