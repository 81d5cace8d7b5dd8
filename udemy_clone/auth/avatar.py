"""Profile photos: an uploaded image checked by its content (Pillow), cropped square, resized
and stored as a JPEG in the storage port. The user row keeps only the storage key."""

from __future__ import annotations

import io
import secrets
import warnings
from typing import BinaryIO

from PIL import Image, ImageOps, UnidentifiedImageError
from sqlmodel import Session

from udemy_clone.auth import principal_cache
from udemy_clone.auth.models import User
from udemy_clone.core import db, storage
from udemy_clone.core.errors import InvalidInput, NotFound, PayloadTooLarge

AVATAR_SIZE = 256  # pixels, square
MAX_AVATAR_UPLOAD_BYTES = 5 * 1024 * 1024
MAX_SOURCE_PIXELS = 40_000_000
MIN_SIDE = 32
ACCEPTED_FORMATS = frozenset({"JPEG", "PNG", "WEBP", "GIF"})
PHOTO_URL_PREFIX = "/api/v1/photos"
_NOT_AN_IMAGE = "This file is not a picture we can use. Upload a JPEG, PNG or WebP photo."


def read_photo_upload(stream: BinaryIO, *, max_bytes: int = MAX_AVATAR_UPLOAD_BYTES) -> bytes:
    """The uploaded bytes, refusing more than `max_bytes` without reading the rest."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise PayloadTooLarge(
            f"The photo is larger than {max_bytes // (1024 * 1024)} MB; upload a smaller one.",
            code="image_too_large",
        )
    if not data:
        raise InvalidInput("The uploaded file is empty.", code="not_an_image", field="file")
    return data


def render_avatar(data: bytes) -> bytes:
    """Validate `data` as an image by its content; a 256x256 JPEG (centre crop) of it."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image: Image.Image = Image.open(io.BytesIO(data))
            if image.format not in ACCEPTED_FORMATS:
                raise InvalidInput(_NOT_AN_IMAGE, code="not_an_image", field="file")
            width, height = image.size
            if width * height > MAX_SOURCE_PIXELS:
                raise InvalidInput(
                    "The photo has too many pixels; upload one of at most 40 megapixels.",
                    code="image_too_large",
                    field="file",
                )
            if width < MIN_SIDE or height < MIN_SIDE:
                raise InvalidInput(
                    f"The photo is too small; upload one at least {MIN_SIDE}x{MIN_SIDE} pixels.",
                    code="image_too_small",
                    field="file",
                )
            image.load()
    except InvalidInput:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise InvalidInput(
            "The photo has too many pixels; upload one of at most 40 megapixels.",
            code="image_too_large",
            field="file",
        ) from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError):
        raise InvalidInput(_NOT_AN_IMAGE, code="not_an_image", field="file") from None
    image = ImageOps.exif_transpose(image)
    if image.mode in ("RGBA", "LA", "P", "PA"):
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        image = background
    else:
        image = image.convert("RGB")
    square = ImageOps.fit(image, (AVATAR_SIZE, AVATAR_SIZE), method=Image.Resampling.LANCZOS)
    out = io.BytesIO()
    square.save(out, format="JPEG", quality=88, optimize=True)
    return out.getvalue()


def photo_url(user: User) -> str | None:
    """The public address of the user's photo (None: no photo; pages show initials)."""
    if not user.photo_key:
        return None
    return f"{PHOTO_URL_PREFIX}/{user.photo_key.removeprefix('photos/')}"


def _delete_stored(key: str) -> None:
    try:
        storage.get_storage().delete(key)
    except (storage.ObjectNotFound, FileNotFoundError):
        pass


def set_photo(*, session: Session, user_id: int, upload: BinaryIO) -> User:
    """Replace the user's profile photo with an uploaded image (the old one goes after commit)."""
    user = session.get(User, user_id)
    if user is None or not user.is_active:
        raise NotFound("There is no such account.")
    jpeg = render_avatar(read_photo_upload(upload))
    key = f"photos/{user_id}/{secrets.token_hex(8)}.jpg"
    storage.get_storage().put_bytes(key, jpeg, content_type="image/jpeg")
    old_key = user.photo_key
    user.photo_key = key
    session.add(user)
    session.flush()
    principal_cache.forget_after_commit(session, user_id)
    if old_key and old_key != key:
        db.after_commit(session, lambda: _delete_stored(old_key))
    return user


def remove_photo(*, session: Session, user_id: int) -> User:
    """Go back to initials: forget the photo and delete its file after commit."""
    user = session.get(User, user_id)
    if user is None:
        raise NotFound("There is no such account.")
    old_key = user.photo_key
    user.photo_key = None
    session.add(user)
    session.flush()
    principal_cache.forget_after_commit(session, user_id)
    if old_key:
        db.after_commit(session, lambda: _delete_stored(old_key))
    return user


def read_photo(*, user_id: int, name: str) -> bytes:
    """The JPEG bytes of a stored photo (404 when there is none)."""
    if not name.endswith(".jpg") or not name[:-4].isalnum() or len(name) > 40:
        raise NotFound("There is no such photo.", code="photo_not_found")
    try:
        return storage.get_storage().read_bytes(f"photos/{user_id}/{name}")
    except (FileNotFoundError, ValueError):
        raise NotFound("There is no such photo.", code="photo_not_found") from None
