"""Pure rules of certificates and notes: timestamps, lengths, tokens, QR codes."""

from __future__ import annotations

import base64
import re

import pytest

from udemy_clone.playback.certificate_render import length_text, qr_svg_data_uri
from udemy_clone.playback.certificates import new_certificate_token
from udemy_clone.playback.learning_models import TOKEN_PATTERN, NoteCreate
from udemy_clone.playback.notes import format_timestamp


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0, "0:00"), (5.9, "0:05"), (83, "1:23"), (600, "10:00"), (3723, "1:02:03"), (-4, "0:00")],
)
def test_note_timestamps_read_like_the_player(seconds, text):
    assert format_timestamp(seconds) == text


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(20, "1 minute of video"), (2700, "45 minutes of video"), (12600, "3.5 total hours")],
)
def test_certificate_length(seconds, text):
    assert length_text(seconds) == text


def test_certificate_tokens_are_unguessable_and_fit_the_url_pattern():
    tokens = {new_certificate_token() for _ in range(200)}
    assert len(tokens) == 200
    assert all(re.match(TOKEN_PATTERN, token) and len(token) >= 22 for token in tokens)


def test_the_qr_code_is_an_svg_image():
    uri = qr_svg_data_uri("https://example.com/certificate/abc")
    assert uri.startswith("data:image/svg+xml;base64,")
    svg = base64.b64decode(uri.split(",", 1)[1]).decode()
    assert "<svg" in svg and "<path" in svg


def test_a_note_needs_a_lecture_a_moment_and_text():
    with pytest.raises(ValueError):
        NoteCreate(lecture_id=1, position_seconds=float("nan"), body="x")
    with pytest.raises(ValueError):
        NoteCreate(lecture_id=0, position_seconds=1, body="x")
    assert NoteCreate(lecture_id=1, position_seconds=1, body="x").body == "x"
