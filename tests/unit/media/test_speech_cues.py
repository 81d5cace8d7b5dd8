"""Recognised words grouped into cues: at most 7 s, two lines of 42 characters, split at pauses."""

from __future__ import annotations

from udemy_clone.media.speech import CUE_MAX_SECONDS, LINE_MAX_CHARS, Word, group_into_cues


def _words(text: str, *, start: float = 0.0, step: float = 0.4) -> list[Word]:
    return [
        Word(word, round(start + i * step, 3), round(start + i * step + 0.3, 3))
        for i, word in enumerate(text.split())
    ]


def test_words_are_grouped_into_short_cues_that_never_overlap():
    words = _words("welcome to the course today we learn python functions " * 6)
    cues = group_into_cues(words)
    assert len(cues) > 1
    assert " ".join(c.text.replace("\n", " ") for c in cues) == " ".join(w.text for w in words)
    for before, after in zip(cues, cues[1:], strict=False):
        assert before.end_ms <= after.start_ms
    for cue in cues:
        assert cue.end_ms - cue.start_ms <= CUE_MAX_SECONDS * 1000 + 300
        lines = cue.text.split("\n")
        assert len(lines) <= 2 and all(len(line) <= LINE_MAX_CHARS for line in lines)


def test_a_pause_starts_a_new_cue():
    cues = group_into_cues(_words("hello there") + _words("after the pause", start=5.0))
    assert [c.text for c in cues] == ["hello there", "after the pause"]
    assert cues[1].start_ms == 5000


def test_no_words_make_no_cues():
    assert group_into_cues([]) == []
