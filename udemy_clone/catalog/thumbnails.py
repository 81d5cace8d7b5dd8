"""Course thumbnails: uploaded images checked by content and rendered to one JPEG size.

Also draws the gradient placeholders the demo data uses, so course cards never look empty.
"""

from __future__ import annotations

import functools
import hashlib
import io
import os
import warnings
from pathlib import Path
from typing import BinaryIO

from PIL import Image, ImageDraw, ImageFont, ImageOps, UnidentifiedImageError

from udemy_clone.core.errors import InvalidInput, PayloadTooLarge
from udemy_clone.core.log import get_logger

log = get_logger(__name__)

THUMBNAIL_SIZE = (750, 422)
# WebP copies at the widths pages show (card grid at 1x and 2x, the course page's buy box);
# made from the stored JPEG on first request and kept beside it.
WEBP_WIDTHS = (320, 480, 750)
WEBP_QUALITY = 74
MAX_THUMBNAIL_UPLOAD_BYTES = 5 * 1024 * 1024
# 40 megapixels is far beyond any honest thumbnail and small enough to decode safely.
MAX_SOURCE_PIXELS = 40_000_000
ACCEPTED_FORMATS = frozenset({"JPEG", "PNG", "WEBP", "GIF", "BMP"})
JPEG_QUALITY = 85

_NOT_AN_IMAGE = "This file is not an image we can use. Upload a JPEG, PNG or WebP picture."


def read_upload(stream: BinaryIO, *, max_bytes: int = MAX_THUMBNAIL_UPLOAD_BYTES) -> bytes:
    """The uploaded bytes, refusing more than `max_bytes` without reading the rest."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise PayloadTooLarge(
            f"The image is larger than {max_bytes // (1024 * 1024)} MB; upload a smaller one.",
            code="image_too_large",
        )
    if not data:
        raise InvalidInput("The uploaded file is empty.", code="not_an_image", field="file")
    return data


def render_thumbnail(data: bytes) -> bytes:
    """Validate `data` as an image by its content and return a 750x422 JPEG (cover crop)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image: Image.Image = Image.open(io.BytesIO(data))
            if image.format not in ACCEPTED_FORMATS:
                raise InvalidInput(_NOT_AN_IMAGE, code="not_an_image", field="file")
            width, height = image.size
            if width * height > MAX_SOURCE_PIXELS:
                raise InvalidInput(
                    "The image has too many pixels; upload one of at most 40 megapixels.",
                    code="image_too_large",
                    field="file",
                )
            if width < 16 or height < 16:
                raise InvalidInput(
                    "The image is too small; upload one at least 750x422 pixels for best results.",
                    code="image_too_small",
                    field="file",
                )
            image.load()
    except InvalidInput:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise InvalidInput(
            "The image has too many pixels; upload one of at most 40 megapixels.",
            code="image_too_large",
            field="file",
        ) from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError):
        raise InvalidInput(_NOT_AN_IMAGE, code="not_an_image", field="file") from None
    image = ImageOps.exif_transpose(image)
    if image.mode in ("RGBA", "LA", "P"):
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        image = background
    else:
        image = image.convert("RGB")
    fitted = ImageOps.fit(image, THUMBNAIL_SIZE, method=Image.Resampling.LANCZOS)
    out = io.BytesIO()
    fitted.save(out, format="JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True)
    return out.getvalue()


_PALETTES = (
    ((94, 53, 177), (30, 136, 229)),
    ((0, 137, 123), (124, 179, 66)),
    ((216, 27, 96), (251, 140, 0)),
    ((57, 73, 171), (0, 172, 193)),
    ((109, 76, 65), (255, 167, 38)),
    ((69, 39, 160), (236, 64, 122)),
    ((0, 96, 100), (38, 166, 154)),
    ((191, 54, 12), (255, 202, 40)),
    ((38, 50, 56), (84, 110, 122)),
    ((173, 20, 87), (106, 27, 154)),
)


# Pillow's own default font has no accented letters ("Programación" would show boxes), so
# titles are drawn with DejaVu Sans Bold (Debian's fonts-dejavu-core, installed by
# scripts/setup.sh and the Dockerfile; Latin-1, Latin Extended-A/B, Greek, Cyrillic).
# THUMBNAIL_FONT may name another TrueType file.
FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf",
    "/usr/local/share/fonts/DejaVuSans-Bold.ttf",
)


@functools.cache
def font_path() -> str | None:
    """The TrueType file thumbnails are drawn with (None: Pillow's default, ASCII only)."""
    configured = os.environ.get("THUMBNAIL_FONT", "")
    for candidate in (configured, *FONT_CANDIDATES):
        if candidate and Path(candidate).is_file():
            return candidate
    log.warning("thumbnail_font_missing", hint="apt-get install fonts-dejavu-core")
    return None


@functools.cache
def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    path = font_path()
    if path is not None:
        try:
            return ImageFont.truetype(path, size)
        except OSError:
            pass
    try:
        return ImageFont.load_default(size=size)
    except (TypeError, OSError):  # Pillow without FreeType
        return ImageFont.load_default()


def _wrap(draw: ImageDraw.ImageDraw, text: str, font: object, width: int) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if draw.textlength(trial, font=font) <= width or not current:  # type: ignore[arg-type]
            current = trial
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines[:3]


def render_placeholder(title: str, *, label: str = "") -> bytes:
    """A gradient 750x422 JPEG with the course's initials and title (demo data, new courses)."""
    digest = hashlib.sha1(title.encode()).digest()
    start, end = _PALETTES[digest[0] % len(_PALETTES)]
    # A 2x2 image stretched with bilinear filtering is a smooth diagonal gradient, fast.
    seed = Image.new("RGB", (2, 2))
    seed.putdata([start, _mix(start, end), _mix(start, end), end])
    image = seed.resize(THUMBNAIL_SIZE, Image.Resampling.BILINEAR)
    draw = ImageDraw.Draw(image)
    width, height = THUMBNAIL_SIZE
    circle = (width - 230, -80, width + 90, 240)
    draw.ellipse(circle, fill=_mix(end, (255, 255, 255), 0.25))
    initials = "".join(w[0] for w in title.split() if w[:1].isalnum())[:2].upper() or "C"
    draw.text((width - 150, 70), initials, font=_font(88), fill=(255, 255, 255), anchor="mm")
    font = _font(40)
    y = height - 60 - 48 * len(_wrap(draw, title, font, width - 80))
    for line in _wrap(draw, title, font, width - 80):
        draw.text((40, y), line, font=font, fill=(255, 255, 255))
        y += 48
    if label:
        draw.text((40, 36), label.upper(), font=_font(22), fill=(255, 255, 255))
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=80)
    return out.getvalue()


def _mix(a: tuple[int, int, int], b: tuple[int, int, int], t: float = 0.5) -> tuple[int, int, int]:
    return (
        round(a[0] + (b[0] - a[0]) * t),
        round(a[1] + (b[1] - a[1]) * t),
        round(a[2] + (b[2] - a[2]) * t),
    )


def render_webp(jpeg: bytes, width: int) -> bytes:
    """A stored thumbnail (our own 16:9 JPEG) as a WebP `width` pixels wide."""
    if width not in WEBP_WIDTHS:
        raise ValueError(f"No WebP thumbnail is made {width} pixels wide.")
    with Image.open(io.BytesIO(jpeg)) as source:
        image: Image.Image = source.convert("RGB")
    height = round(width * image.height / image.width)
    if image.width != width:
        image = image.resize((width, height), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    image.save(out, format="WEBP", quality=WEBP_QUALITY, method=4)
    return out.getvalue()
