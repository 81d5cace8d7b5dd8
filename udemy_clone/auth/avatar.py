"""Profile photos: an uploaded image checked by its content (Pillow), cropped square, resized
and stored as a JPEG in the storage port. The user row keeps only the storage key."""

from __future__ import annotations

import secrets
from typing import BinaryIO

from sqlmodel import Session

from udemy_clone.auth import principal_cache
from udemy_clone.auth.models import User
from udemy_clone.core import db, images, storage
from udemy_clone.core.errors import NotFound

# One photo per person: the account's avatar is also the instructor's photo on course pages
# and the public profile, so it is kept large enough for both.
AVATAR_SIZE = 400  # pixels, square
MAX_AVATAR_UPLOAD_BYTES = images.MAX_UPLOAD_BYTES
MIN_SIDE = 32
PHOTO_URL_PREFIX = "/api/v1/photos"


def read_photo_upload(stream: BinaryIO, *, max_bytes: int = MAX_AVATAR_UPLOAD_BYTES) -> bytes:
    """The uploaded bytes, refusing more than `max_bytes` without reading the rest."""
    return images.read_upload(stream, max_bytes=max_bytes, field="file")


def render_avatar(data: bytes, *, field: str = "file") -> bytes:
    """Validate `data` as an image by its content; a square JPEG (centre crop) of it."""
    image = images.decode_image(data, field=field, min_side=MIN_SIDE)
    return images.jpeg_cover(image, (AVATAR_SIZE, AVATAR_SIZE))


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
    return store_rendered_photo(
        session=session, user=user, jpeg=render_avatar(read_photo_upload(upload))
    )


def store_rendered_photo(*, session: Session, user: User, jpeg: bytes) -> User:
    """Make an already rendered JPEG the user's photo (the old one goes after commit)."""
    user_id = int(user.id or 0)
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
