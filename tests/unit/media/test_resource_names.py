"""Resource file names: what is stored and sent back in Content-Disposition."""

from __future__ import annotations

from urllib.parse import unquote

import pytest

from udemy_clone.media.resources import content_disposition, sanitise_filename


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("C:\\Users\\ann\\slides.pdf", "slides.pdf"),
        ("../../etc/passwd.txt", "passwd.txt"),
        ('a"b;c\r\nd.txt', "a_b_c_d.txt"),
        ("  .hidden.md ", "hidden.md"),
        ("Re\u0301sume\u0301.pdf", "Résumé.pdf"),  # NFC
    ],
)
def test_names_lose_paths_and_unsafe_characters(raw, expected):
    assert sanitise_filename(raw) == expected


def test_long_names_keep_their_extension():
    name = sanitise_filename("x" * 300 + ".json")
    assert len(name) == 120 and name.endswith(".json")


def test_disposition_has_an_ascii_fallback_and_the_exact_name():
    header = content_disposition("Résumé — week 1.pdf")
    assert header.startswith('attachment; filename="Resume week 1.pdf"; ')
    exact = header.split("filename*=UTF-8''", 1)[1]
    assert unquote(exact) == "Résumé — week 1.pdf"
    assert "\n" not in header and '"' not in exact
