"""Uploaded pictures: checked by their content (never by name) and rendered to one JPEG size.

Any domain that takes a picture from a person (profile photos; course thumbnails have their
own copy in catalog/thumbnails.py) decodes it here, so the limits are the same everywhere.
"""

from __future__ import annotations

import io
import warnings
from typing import BinaryIO

from PIL import Image, ImageOps, UnidentifiedImageError

from udemy_clone.core.errors import InvalidInput, PayloadTooLarge

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
# 40 megapixels is far beyond any honest photo and small enough to decode safely.
MAX_SOURCE_PIXELS = 40_000_000
ACCEPTED_FORMATS = frozenset({"JPEG", "PNG", "WEBP", "GIF", "BMP"})
JPEG_QUALITY = 85
NOT_AN_IMAGE = "This file is not an image we can use. Upload a JPEG, PNG or WebP picture."
TOO_MANY_PIXELS = "The image has too many pixels; upload one of at most 40 megapixels."


def read_upload(
    stream: BinaryIO, *, max_bytes: int = MAX_UPLOAD_BYTES, field: str = "photo"
) -> bytes:
    """The uploaded bytes, refusing more than `max_bytes` without reading the rest."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise PayloadTooLarge(
            f"The image is larger than {max_bytes // (1024 * 1024)} MB; upload a smaller one.",
            code="image_too_large",
        )
    if not data:
        raise InvalidInput("The uploaded file is empty.", code="not_an_image", field=field)
    return data


def decode_image(data: bytes, *, field: str = "photo", min_side: int = 16) -> Image.Image:
    """The picture in `data` as RGB, upright; InvalidInput when it is not a usable image."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image: Image.Image = Image.open(io.BytesIO(data))
            if image.format not in ACCEPTED_FORMATS:
                raise InvalidInput(NOT_AN_IMAGE, code="not_an_image", field=field)
            width, height = image.size
            if width * height > MAX_SOURCE_PIXELS:
                raise InvalidInput(TOO_MANY_PIXELS, code="image_too_large", field=field)
            if width < min_side or height < min_side:
                raise InvalidInput(
                    f"The image is too small; upload one at least {min_side}x{min_side} pixels.",
                    code="image_too_small",
                    field=field,
                )
            image.load()
    except InvalidInput:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise InvalidInput(TOO_MANY_PIXELS, code="image_too_large", field=field) from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError):
        raise InvalidInput(NOT_AN_IMAGE, code="not_an_image", field=field) from None
    image = ImageOps.exif_transpose(image)
    if image.mode in ("RGBA", "LA", "P", "PA"):
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return image.convert("RGB")


def jpeg_cover(image: Image.Image, size: tuple[int, int]) -> bytes:
    """`image` cropped to fill `size` exactly, as a progressive JPEG."""
    fitted = ImageOps.fit(image, size, method=Image.Resampling.LANCZOS)
    out = io.BytesIO()
    fitted.save(out, format="JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True)
    return out.getvalue()
