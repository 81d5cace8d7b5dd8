"""Caption files: what the strict WebVTT/SRT reader accepts, refuses, and how it normalises."""

from __future__ import annotations

import pytest

from udemy_clone.media.caption_format import (
    MAX_CAPTION_BYTES,
    CaptionRejected,
    Cue,
    language_code,
    language_label,
    parse_captions,
    read_caption_file,
    to_webvtt,
)

VTT = """WEBVTT - lecture 1
Kind: captions

NOTE written by hand

intro
00:00:01.000 --> 00:00:04.000 align:start position:10%
<v Ana>Welcome to the <b>course</b>!</v>

00:04.500 --> 00:07.250
Today we learn
Python functions &amp; more.
"""

SRT = """1
00:00:01,000 --> 00:00:04,000
Welcome to the <i>course</i>!

2
00:00:04,500 --> 00:00:07,250
Today we learn
Python functions.
"""


def test_webvtt_is_read_with_markup_dropped_and_settings_ignored():
    cues = read_caption_file(VTT.encode(), duration_seconds=10)
    assert cues == [
        Cue(1000, 4000, "Welcome to the course!"),
        Cue(4500, 7250, "Today we learn\nPython functions & more."),
    ]


def test_srt_is_read_the_same_way_with_crlf_and_a_bom():
    data = ("\ufeff" + SRT).replace("\n", "\r\n").encode("utf-8")
    cues = read_caption_file(data, duration_seconds=10)
    assert [(c.start_ms, c.end_ms) for c in cues] == [(1000, 4000), (4500, 7250)]
    assert cues[0].text == "Welcome to the course!"


def test_the_stored_webvtt_is_normalised_and_reads_back_to_the_same_cues():
    cues = read_caption_file(SRT.encode())
    text = to_webvtt([*cues, Cue(8000, 9000, "a <tag> & --> arrow")])
    assert text.startswith("WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\nWelcome to the course!\n")
    assert "a &lt;tag&gt; &amp; --&gt; arrow" in text
    assert parse_captions(text) == [*cues, Cue(8000, 9000, "a <tag> & --> arrow")]


@pytest.mark.parametrize(
    ("data", "says"),
    [
        ("WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\ncaf\u00e9\n".encode("latin-1"), "UTF-8"),
        ("WEBVTT\n\n00:01.000 --> 00:02.000\nhi\n".encode("utf-16"), "UTF-16"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "UTF-16 or a binary"),
        (b"   \n\n", "empty"),
    ],
)
def test_files_that_are_not_utf8_text_are_refused_with_a_reason(data, says):
    with pytest.raises(CaptionRejected) as refused:
        read_caption_file(data)
    assert says in refused.value.message


def test_files_over_the_size_limit_are_refused():
    big = b"WEBVTT\n\n" + b"00:00:01.000 --> 00:00:02.000\nhello\n\n" * (MAX_CAPTION_BYTES // 30)
    with pytest.raises(CaptionRejected, match="at most 1 MB"):
        read_caption_file(big)


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("Just some notes about the lecture.\nNothing timed here.\n", "not a caption file"),
        ("WEBVTT\n\nNOTE only a note\n", "no captions"),
        ("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n\n", "no captions"),
        ("WEBVTT\n\n00:00:01 --> 00:00:02\nno millis\n", "not a valid cue time"),
        ("WEBVTT\n\n00:00:61.000 --> 00:01:02.000\nsixty-one seconds\n", "not a valid cue time"),
        ("WEBVTT\n\n00:00:05.000 --> 00:00:02.000\nbackwards\n", "before it starts"),
        ("1\n00:00:01,000 -> 00:00:02,000\nbad arrow\n", "not a caption file"),
        ("WEBVTT\n\nhello there\nhow are you\n", "expected a cue time"),
    ],
)
def test_garbage_and_malformed_cue_times_are_refused(text, says):
    with pytest.raises(CaptionRejected, match=says):
        read_caption_file(text.encode())


def test_overlapping_cues_are_refused_but_touching_ones_are_fine():
    overlapping = "WEBVTT\n\n00:00:01.000 --> 00:00:05.000\na\n\n00:00:03.000 --> 00:00:06.000\nb\n"
    with pytest.raises(CaptionRejected, match="must not overlap"):
        read_caption_file(overlapping.encode())
    out_of_order = (
        "WEBVTT\n\n00:00:05.000 --> 00:00:06.000\na\n\n00:00:01.000 --> 00:00:02.000\nb\n"
    )
    with pytest.raises(CaptionRejected, match="time order"):
        read_caption_file(out_of_order.encode())
    touching = "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\na\n\n00:00:03.000 --> 00:00:04.000\nb\n"
    assert len(read_caption_file(touching.encode())) == 2


def test_cues_must_end_within_the_video_plus_a_little_tolerance():
    text = b"WEBVTT\n\n00:00:01.000 --> 00:00:11.500\nlate end\n"
    assert read_caption_file(text, duration_seconds=10)  # 1.5 s past the end: rounding
    with pytest.raises(CaptionRejected, match="after the end of the video"):
        read_caption_file(text, duration_seconds=8)
    assert read_caption_file(text, duration_seconds=None)  # no video yet: not checked


def test_language_codes_come_from_the_short_list_and_are_canonicalised():
    assert language_code("en") == "en"
    assert language_code(" pt-br ") == "pt-BR"
    assert language_code("zh_hans") == "zh-Hans"
    for bad in ("", "english", "xx", "en-XX-foo", "<script>"):
        with pytest.raises(CaptionRejected, match="not a language"):
            language_code(bad)
    assert language_label("en", auto=True) == "English (auto-generated)"
    assert language_label("pt-BR") == "Portuguese (Brazil)"
