"""A lecture's transcript as the player's Transcript panel shows it: lines, search hits."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from udemy_clone.media.service import CaptionLine
from udemy_clone.playback.captions import CaptionTrackLink
from udemy_clone.web.kit.format import clock

MAX_QUERY_CHARS = 100


@dataclass
class TextPart:
    """A piece of a line: a search hit (highlighted) or the text around it."""

    text: str = ""
    hit: bool = False


@dataclass
class TranscriptLine:
    """One cue: when it starts and ends (seconds), its clock stamp, its text in parts."""

    start: float = 0.0
    end: float = 0.0
    stamp: str = "0:00"
    text: str = ""
    parts: list[TextPart] = field(default_factory=list)


@dataclass
class TrackRow:
    """A caption track the viewer can choose (and the player loads as a <track>)."""

    language: str = ""
    label: str = ""
    src: str = ""
    is_auto: bool = False
    default: bool = False


def track_rows(links: list[CaptionTrackLink]) -> list[TrackRow]:
    """The viewer's tracks, default first as the service orders them."""
    return [TrackRow(t.language, t.label, t.src, t.is_auto, t.default) for t in links]


def player_tracks(rows: list[TrackRow]) -> list[dict[str, str | bool]]:
    """The `tracks` prop of the HLS player."""
    return [
        {"src": r.src, "language": r.language, "label": r.label, "default": r.default} for r in rows
    ]


def transcript_lines(cues: list[CaptionLine]) -> list[TranscriptLine]:
    """The cues as lines with clock stamps."""
    return [
        TranscriptLine(
            start=cue.start_ms / 1000,
            end=cue.end_ms / 1000,
            stamp=clock(cue.start_ms // 1000),
            text=cue.text.replace("\n", " "),
            parts=[TextPart(cue.text.replace("\n", " "), False)],
        )
        for cue in cues
    ]


def _split(text: str, pattern: re.Pattern[str]) -> list[TextPart]:
    parts: list[TextPart] = []
    at = 0
    for match in pattern.finditer(text):
        if match.start() > at:
            parts.append(TextPart(text[at : match.start()], False))
        parts.append(TextPart(match.group(0), True))
        at = match.end()
    if at < len(text):
        parts.append(TextPart(text[at:], False))
    return parts


def search_lines(lines: list[TranscriptLine], query: str) -> list[TranscriptLine]:
    """The lines containing `query` (case-insensitive) with the hits marked; all without one."""
    wanted = query.strip()[:MAX_QUERY_CHARS]
    if not wanted:
        return lines
    pattern = re.compile(re.escape(wanted), re.IGNORECASE)
    return [
        TranscriptLine(line.start, line.end, line.stamp, line.text, _split(line.text, pattern))
        for line in lines
        if pattern.search(line.text)
    ]
