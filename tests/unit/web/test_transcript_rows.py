"""The Transcript panel's rows: clock stamps, and search that filters and marks the hits."""

from __future__ import annotations

from udemy_clone.media.service import CaptionLine
from udemy_clone.web.pages.player.transcript_rows import TextPart, search_lines, transcript_lines

CUES = [
    CaptionLine(0, 2500, "Welcome to the course."),
    CaptionLine(2500, 5000, "Closures capture\ntheir scope."),
    CaptionLine(65_000, 68_000, "A closure, and another CLOSURE."),
]


def test_lines_carry_their_times_and_stamps():
    lines = transcript_lines(CUES)
    assert [(line.start, line.end, line.stamp) for line in lines] == [
        (0.0, 2.5, "0:00"),
        (2.5, 5.0, "0:02"),
        (65.0, 68.0, "1:05"),
    ]
    assert lines[1].text == "Closures capture their scope."


def test_search_keeps_matching_lines_and_marks_every_hit_case_insensitively():
    lines = transcript_lines(CUES)
    assert search_lines(lines, "   ") == lines
    found = search_lines(lines, "closure")
    assert [line.stamp for line in found] == ["0:02", "1:05"]
    assert found[1].parts == [
        TextPart("A ", False),
        TextPart("closure", True),
        TextPart(", and another ", False),
        TextPart("CLOSURE", True),
        TextPart(".", False),
    ]
    assert search_lines(lines, "(scope") == []  # taken literally, not as a pattern
    assert search_lines(lines, "nothing like this") == []
