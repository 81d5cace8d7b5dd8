"""Search results: "Mentioned at 12:34 in Lecture 5 · …snippet…" lines under a course card.

The rows come from the catalogue's search answer after `playback_service.lecture_links_for_
viewer` (on the server) gave the viewer's links: the player at that second for those who may
watch the lecture, the course page for everyone else.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import reflex as rx

from udemy_clone.catalog.service import CourseSearchItem, LectureMatch
from udemy_clone.web.kit.course_card import GRID_COLUMNS, course_card
from udemy_clone.web.kit.theme import ACCENT


@dataclass
class SnippetPart:
    """A piece of a snippet; `hit` when it is one of the searched words."""

    text: str = ""
    hit: bool = False


@dataclass
class LectureMention:
    """One "mentioned at" line, every string ready to show."""

    timestamp: str = ""
    lecture: str = ""  # "Lecture 5"
    title: str = ""
    parts: list[SnippetPart] = field(default_factory=list)
    href: str = ""
    opens_player: bool = False
    label: str = ""  # for screen readers and link titles


def snippet_parts(snippet: str, highlights: list[list[int]]) -> list[SnippetPart]:
    """The snippet cut into plain and highlighted pieces."""
    spans: list[list[int]] = []
    for start, end in sorted((s, e) for s, e in highlights if 0 <= s < e <= len(snippet)):
        if spans and start < spans[-1][1]:
            continue
        if spans and not snippet[spans[-1][1] : start].strip():
            spans[-1][1] = end  # "flux capacitor" is one highlight, not two
        else:
            spans.append([start, end])
    parts: list[SnippetPart] = []
    at = 0
    for start, end in spans:
        if start > at:
            parts.append(SnippetPart(snippet[at:start]))
        parts.append(SnippetPart(snippet[start:end], hit=True))
        at = end
    if at < len(snippet):
        parts.append(SnippetPart(snippet[at:]))
    return parts


def mention_row(match: LectureMatch) -> LectureMention:
    """A lecture match of the search answer as a line to show."""
    action = "Play" if match.opens_player else "See the course for"
    return LectureMention(
        timestamp=match.timestamp,
        lecture=f"Lecture {match.lecture_number}",
        title=match.lecture_title,
        parts=snippet_parts(match.snippet, match.highlights),
        href=match.url,
        opens_player=match.opens_player,
        label=(
            f"{action} Lecture {match.lecture_number}, {match.lecture_title}, at {match.timestamp}"
        ),
    )


def mention_rows(items: list[CourseSearchItem]) -> list[list[LectureMention]]:
    """Per result card (same order), its "mentioned at" lines."""
    return [[mention_row(m) for m in item.lecture_matches] for item in items]


_ONE_LINE = {"overflow": "hidden", "textOverflow": "ellipsis", "whiteSpace": "nowrap"}


def _part(part: Any) -> rx.Component:
    return rx.cond(
        part.hit,
        rx.el.mark(
            part.text,
            style={
                "background": f"var(--{ACCENT}-a4)",
                "color": "var(--gray-12)",
                "borderRadius": "3px",
                "padding": "0 2px",
                "fontWeight": "600",
            },
        ),
        rx.fragment(part.text),
    )


MENTION_ICON: dict[str, Any] = {
    "size": 16,
    "color": f"var(--{ACCENT}-11)",
    "flex_shrink": "0",
    "margin_top": "2px",
}


def _mention(mention: Any) -> rx.Component:
    return rx.link(
        rx.hstack(
            rx.cond(
                mention.opens_player,
                rx.icon("circle-play", **MENTION_ICON),
                rx.icon("captions", **MENTION_ICON),
            ),
            rx.vstack(
                rx.text(
                    "Mentioned at ",
                    rx.text.strong(mention.timestamp, class_name="mention-time"),
                    " in ",
                    rx.text.span(mention.lecture, weight="medium", color="var(--gray-12)"),
                    " · ",
                    mention.title,
                    size="1",
                    color="var(--gray-11)",
                    line_height="1.45",
                    width="100%",
                    style=_ONE_LINE,
                ),
                rx.text(
                    "“",
                    rx.foreach(mention.parts, _part),
                    "”",
                    size="1",
                    color="var(--gray-11)",
                    font_style="italic",
                    line_height="1.45",
                    class_name="mention-snippet",
                ),
                spacing="0",
                min_width="0",
                width="100%",
            ),
            spacing="2",
            align="start",
            width="100%",
            min_width="0",
        ),
        href=mention.href,
        underline="none",
        title=mention.title,
        aria_label=mention.label,
        class_name="lecture-mention",
        display="block",
        overflow="hidden",
        min_width="0",
        padding="6px 8px",
        border_radius="8px",
        background="var(--gray-a2)",
        _hover={"background": f"var(--{ACCENT}-a3)"},
        width="100%",
    )


def mentions_block(mentions: Any) -> rx.Component:
    """The "mentioned at" lines of one card (nothing when it has none)."""
    return rx.cond(
        mentions.length() > 0,  # type: ignore[union-attr]
        rx.vstack(
            rx.foreach(mentions, _mention),
            spacing="1",
            width="100%",
            class_name="lecture-mentions",
            padding_top="0.25rem",
        ),
    )


def results_grid(cards: Any, mentions: Any, **props: Any) -> rx.Component:
    """Search result cards (see `course_grid`), each with its "mentioned at" lines below."""
    return rx.grid(
        rx.foreach(
            cards,
            lambda course, index: rx.vstack(
                course_card(course, list_on_phone=True, index=index),
                mentions_block(mentions[index]),
                spacing="2",
                width="100%",
                min_width="0",
            ),
        ),
        grid_template_columns=GRID_COLUMNS,
        gap=["1.5rem", "1.5rem 1.25rem"],
        width="100%",
        **props,
    )
