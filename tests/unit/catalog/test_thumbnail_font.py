"""Generated thumbnails draw every letter of the demo titles (no "tofu" boxes for accents)."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw

from udemy_clone.catalog import demo, thumbnails

# U+0378 is unassigned: every font draws its "missing glyph" box for it.
MISSING = "\u0378"


def _mask(font: object, text: str) -> bytes:
    image = Image.new("L", (80, 80))
    ImageDraw.Draw(image).text((10, 10), text, font=font, fill=255)  # type: ignore[arg-type]
    return image.tobytes()


def test_a_font_with_accented_letters_is_found():
    assert thumbnails.font_path() is not None, "install fonts-dejavu-core (scripts/setup.sh)"


def test_every_character_of_every_demo_title_has_a_glyph():
    font = thumbnails._font(40)
    box = _mask(font, MISSING)
    titles = [spec.title for spec in demo.DEMO_COURSES] + ["Ünïcødé çœur ŁÓDŹ ğış"]
    letters = {ch for title in titles for ch in title if not ch.isspace()}
    assert {"ó", "é"} <= letters
    missing = sorted(ch for ch in letters if _mask(font, ch) == box)
    assert missing == []


def test_accented_and_plain_letters_draw_differently():
    font = thumbnails._font(40)
    assert _mask(font, "ó") != _mask(font, "o")
    assert _mask(font, "é") != _mask(font, "e")


def test_placeholder_is_a_750x422_jpeg():
    data = thumbnails.render_placeholder("Programación en Python desde cero", label="Python")
    image = Image.open(io.BytesIO(data))
    assert image.format == "JPEG" and image.size == (750, 422)
