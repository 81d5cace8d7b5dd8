"""Instructor photos: checked by content with Pillow, cropped to a square JPEG, kept in storage."""

from __future__ import annotations

import secrets

from udemy_clone.core import images, storage
from udemy_clone.core.errors import NotFound

PHOTO_SIZE = (400, 400)
PHOTO_FOLDER = "instructor-photos"


def render_photo(data: bytes) -> bytes:
    """Validate `data` as a picture (by content) and return it as a 400x400 JPEG."""
    image = images.decode_image(data, field="photo", min_side=64)
    return images.jpeg_cover(image, PHOTO_SIZE)


def store_photo(*, user_id: int, jpeg: bytes) -> str:
    """Store a rendered photo under a new key; returns the key."""
    key = f"{PHOTO_FOLDER}/{user_id}/{secrets.token_hex(8)}.jpg"
    storage.get_storage().put_bytes(key, jpeg, content_type="image/jpeg")
    return key


def photo_url(key: str | None) -> str:
    """The public address of a stored photo ("" when there is none)."""
    if not key:
        return ""
    _folder, user_id, name = key.split("/", 2)
    return f"/api/v1/users/{user_id}/photo/{name}"


def read_photo(*, user_id: int, name: str) -> bytes:
    """The JPEG bytes of a stored photo (404 when there is none)."""
    if not name.endswith(".jpg") or not name[:-4].isalnum() or len(name) > 60:
        raise NotFound("There is no such photo.", code="photo_not_found")
    try:
        return storage.get_storage().read_bytes(f"{PHOTO_FOLDER}/{user_id}/{name}")
    except (FileNotFoundError, ValueError):
        raise NotFound("There is no such photo.", code="photo_not_found") from None


def delete_photo(key: str) -> None:
    """Remove a replaced photo (after the change that replaced it committed)."""
    try:
        storage.get_storage().delete(key)
    except (storage.ObjectNotFound, FileNotFoundError):
        pass
