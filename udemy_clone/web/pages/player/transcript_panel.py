"""The player's Transcript panel: the lecture's captions as timed lines, following the video.

Highlighting the line being said and seeking on a click happen in the browser
(assets/transcript_follow.jsx); the server only sends the lines and filters them on search.
"""

from __future__ import annotations

from typing import Any

import reflex as rx

from udemy_clone.web.kit.theme import card_style
from udemy_clone.web.pages.player.transcript_rows import TextPart, TranscriptLine
from udemy_clone.web.pages.player.transcript_state import TranscriptState

_state: Any = TranscriptState

LINE_STYLE = {
    "display": "flex",
    "gap": "0.75rem",
    "align_items": "baseline",
    "width": "100%",
    "text_align": "left",
    "padding": "0.4rem 0.6rem",
    "border_radius": "6px",
    "background": "transparent",
    "border": "none",
    "cursor": "pointer",
    "color": "var(--gray-12)",
    "font_size": "var(--font-size-2)",
    "line_height": "1.5",
    "&:hover": {"background": "var(--gray-a3)"},
    "&.transcript-line-active": {
        "background": "var(--accent-a4)",
        "box_shadow": "inset 3px 0 0 var(--accent-9)",
    },
    "&:focus-visible": {"outline": "2px solid var(--accent-8)"},
}


class TranscriptFollow(rx.NoSSRComponent):
    """assets/transcript_follow.jsx: highlights the current line, seeks on click."""

    library = rx.asset("transcript_follow.jsx").importable_path
    tag = "TranscriptFollow"

    video_id: rx.Var[str]
    container_id: rx.Var[str]


def _part(part: TextPart) -> rx.Component:
    return rx.cond(
        part.hit,
        rx.el.mark(part.text, class_name="transcript-hit", style={"border_radius": "3px"}),
        rx.el.span(part.text),
    )


def _line(line: TranscriptLine) -> rx.Component:
    return rx.el.button(
        rx.el.span(
            line.stamp,
            style={
                "color": "var(--accent-11)",
                "font_variant_numeric": "tabular-nums",
                "min_width": "3.2rem",
                "font_size": "var(--font-size-1)",
            },
        ),
        rx.el.span(rx.foreach(line.parts, _part)),
        type="button",
        class_name="transcript-line",
        data_start=line.start,
        data_end=line.end,
        title="Play from here",
        style=LINE_STYLE,
    )


def _toolbar() -> rx.Component:
    return rx.flex(
        rx.hstack(rx.icon("captions", size=18), rx.heading("Transcript", size="4"), align="center"),
        rx.spacer(display=["none", "block"]),
        rx.cond(
            TranscriptState.tracks.length() > 1,  # type: ignore[attr-defined]
            rx.select.root(
                rx.select.trigger(aria_label="Transcript language"),
                rx.select.content(
                    rx.foreach(
                        TranscriptState.language_items,
                        lambda item: rx.select.item(item[1], value=item[0]),
                    )
                ),
                value=TranscriptState.language,
                on_change=_state.choose_language,
                size="2",
            ),
            rx.badge(
                rx.foreach(TranscriptState.tracks, lambda t: rx.text(t.label)),
                variant="soft",
                size="2",
                width="fit-content",
            ),
        ),
        rx.input(
            rx.input.slot(rx.icon("search", size=14)),
            placeholder="Search the transcript",
            value=TranscriptState.query,
            on_change=_state.set_query.debounce(250),
            type="search",
            aria_label="Search the transcript",
            id="transcript-search",
            width=["100%", "240px"],
        ),
        direction=rx.breakpoints(initial="column", sm="row"),
        gap="0.5rem",
        align=rx.breakpoints(initial="stretch", sm="center"),
        width="100%",
    )


def _empty() -> rx.Component:
    return rx.vstack(
        rx.icon("captions-off", size=28, color="var(--gray-9)"),
        rx.text("This lecture has no captions yet.", weight="medium"),
        rx.text(
            "When the instructor adds captions, or they are generated from the video's speech, "
            "the transcript appears here.",
            size="2",
            color="var(--gray-10)",
            text_align="center",
            max_width="420px",
        ),
        align="center",
        spacing="2",
        padding="1.5rem 0.5rem",
        width="100%",
        id="transcript-empty",
    )


def _lines() -> rx.Component:
    return rx.vstack(
        rx.cond(
            TranscriptState.match_label != "",
            rx.text(
                TranscriptState.match_label,
                size="1",
                color="var(--gray-10)",
                id="transcript-matches",
            ),
        ),
        rx.box(
            rx.foreach(TranscriptState.shown_lines, _line),
            id="transcript-lines",
            position="relative",
            max_height=["320px", "420px"],
            overflow_y="auto",
            width="100%",
        ),
        TranscriptFollow.create(video_id="lecture-video", container_id="transcript-lines"),
        spacing="2",
        width="100%",
    )


def transcript_panel() -> rx.Component:
    """The lecture's transcript; empty state when it has no captions."""
    return rx.vstack(
        rx.cond(
            TranscriptState.loaded,
            rx.cond(
                TranscriptState.tracks.length() > 0,  # type: ignore[attr-defined]
                rx.vstack(_toolbar(), _lines(), spacing="3", width="100%"),
                _empty(),
            ),
            rx.center(rx.spinner(size="2"), padding="1.5rem", width="100%"),
        ),
        rx.cond(
            TranscriptState.error != "",
            rx.callout(TranscriptState.error, icon="circle-alert", color_scheme="red", size="1"),
        ),
        spacing="3",
        width="100%",
        padding="1rem",
        style=card_style,
        id="transcript-panel",
    )
