"""Instructor photos stored by instructor sign-ups before a person had one photo for everything.

New photos are the account's own (auth/avatar.py); these are only read, for people who have not
set one since, and removed when replaced.
"""

from __future__ import annotations

from udemy_clone.core import storage
from udemy_clone.core.errors import NotFound

PHOTO_FOLDER = "instructor-photos"


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
