"""Profile photos are recognised by their content, never by their name, and made square."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from udemy_clone.auth.avatar import AVATAR_SIZE, read_photo_upload, render_avatar
from udemy_clone.core.errors import InvalidInput, PayloadTooLarge


def _image(fmt: str, size: tuple[int, int] = (640, 360), mode: str = "RGB") -> bytes:
    out = io.BytesIO()
    Image.new(mode, size, "orange").save(out, format=fmt)
    return out.getvalue()


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "WEBP", "GIF"])
def test_accepted_pictures_become_a_square_jpeg(fmt: str) -> None:
    result = Image.open(io.BytesIO(render_avatar(_image(fmt))))
    assert result.format == "JPEG" and result.size == (AVATAR_SIZE, AVATAR_SIZE)


def test_transparent_png_gets_a_white_background() -> None:
    result = Image.open(io.BytesIO(render_avatar(_image("PNG", mode="RGBA"))))
    assert result.mode == "RGB"


@pytest.mark.parametrize(
    "data",
    [b"GIF89a but not really", b"%PDF-1.7\n", _image("TIFF"), b"\x00" * 100],
)
def test_anything_else_is_refused_by_content(data: bytes) -> None:
    with pytest.raises(InvalidInput) as refused:
        render_avatar(data)
    assert refused.value.code == "not_an_image"


def test_too_small_and_too_large() -> None:
    with pytest.raises(InvalidInput) as small:
        render_avatar(_image("PNG", size=(10, 10)))
    assert small.value.code == "image_too_small"
    with pytest.raises(PayloadTooLarge):
        read_photo_upload(io.BytesIO(b"x" * 101), max_bytes=100)
    with pytest.raises(InvalidInput):
        read_photo_upload(io.BytesIO(b""))
