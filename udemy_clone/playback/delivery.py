"""How the bytes of an HLS ladder reach the player, without passing through Python.

The gateway checks the playback token of every playlist. What happens to segments depends on
the storage and `HLS_DELIVERY`:

- S3, `HLS_DELIVERY=direct` (the default): media playlists list presigned object-storage URLs
  (or CloudFront-style signed URLs on `CDN_BASE_URL`); the browser fetches segments from the
  store. A gateway segment URL (an older playlist) answers 307 to the presigned URL.
- local storage, `direct`: playlists list gateway URLs; the gateway checks the token and hands
  the file to the server's zero-copy sending (ASGI `pathsend`, sent by granian).
- `HLS_DELIVERY=x-accel` (behind nginx): playlists list gateway URLs; the gateway checks the
  token and answers `X-Accel-Redirect` to an `internal` nginx location, which aliases the
  storage folder (local) or proxies the object store with a presigned URL (S3).

Presigned and CDN URLs are signed on fixed steps of time (`SIGNING_STEP_SECONDS`), so every
viewer of a rendition gets the same URLs within a step and browsers or caches reuse them. They
live as long as the rendition takes to play plus `HLS_SEGMENT_URL_TTL_SECONDS`, never longer
than the playback token they were issued for; a player that pauses past that gets a 403 and
asks for a new playback URL (the lecture player does).
"""

from __future__ import annotations

import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from udemy_clone.core.config import get_settings
from udemy_clone.core.storage import ObjectNotFound, get_storage
from udemy_clone.media import service as media_service
from udemy_clone.playback.cdn_signing import load_signer

SIGNING_STEP_SECONDS = 300
# An X-Accel-Redirect to object storage is followed by nginx at once: a minute is plenty.
ACCEL_S3_URL_SECONDS = 60
_SIGNED_PLAYLISTS = 256
# Stored playlists of a ready video never change (a new upload is a new video): kept briefly.
PLAYLIST_TEXT_SECONDS = 60.0


@dataclass(frozen=True)
class SegmentDelivery:
    """How the gateway answers for one segment or poster (never with the bytes themselves)."""

    kind: Literal["file", "accel", "redirect"]
    # the local file, the internal nginx URI, or the URL to redirect to
    location: str


def accel_uri(key: str) -> str:
    """The internal nginx URI serving `key` (X-Accel-Redirect)."""
    settings = get_settings()
    base = settings.x_accel_location.rstrip("/")
    storage = get_storage()
    if storage.backend != "s3":
        return f"{base}/local/{key}"
    # Signed for the internal endpoint nginx proxies to: the store checks it, not the app.
    url = storage.presigned_get_url(key, expires_seconds=ACCEL_S3_URL_SECONDS, for_browser=False)
    assert url is not None
    parts = urlsplit(url)
    return f"{base}/s3{parts.path}?{parts.query}"


def segment_delivery(key: str) -> SegmentDelivery:
    """Where the bytes of `key` come from (ObjectNotFound for a missing local file)."""
    settings = get_settings()
    if settings.hls_delivery == "x-accel":
        return SegmentDelivery("accel", accel_uri(key))
    storage = get_storage()
    path = storage.local_path(key)
    if path is not None:
        return SegmentDelivery("file", str(path))
    if storage.backend != "s3":
        raise ObjectNotFound(key)
    # A player holding a gateway URL (an older playlist) is sent to the store.
    url = storage.presigned_get_url(key, expires_seconds=settings.hls_segment_url_ttl_seconds)
    assert url is not None
    return SegmentDelivery("redirect", url)


@dataclass(frozen=True)
class SigningWindow:
    """When the URLs of one playlist were signed and until when they are valid."""

    signed_at: int
    expires_at: int


def signing_window(*, now: float, play_seconds: float, token_expires_at: int) -> SigningWindow:
    """A window starting on a signing step, long enough to play the rendition once plus the
    configured slack, never past the token's own expiry."""
    ttl = get_settings().hls_segment_url_ttl_seconds
    signed_at = int(now // SIGNING_STEP_SECONDS * SIGNING_STEP_SECONDS)
    expires_at = signed_at + SIGNING_STEP_SECONDS + ttl + math.ceil(play_seconds)
    if expires_at > token_expires_at:
        signed_at = int(now)
        expires_at = max(token_expires_at, signed_at + 1)
    return SigningWindow(signed_at, expires_at)


def direct_segment_urls(
    *, video_id: int, folder: str, window: SigningWindow
) -> Callable[[str], str] | None:
    """A function giving each segment of a rendition its direct URL, or None when segments
    go through the gateway (local storage, `HLS_DELIVERY=x-accel`, a CDN without a key)."""
    settings = get_settings()
    if settings.hls_delivery != "direct":
        return None
    folder_key = f"{media_service.hls_prefix(video_id)}/{folder}"
    if settings.cdn_base_url and settings.cdn_key_pair_id and settings.cdn_private_key_file:
        base = f"{settings.cdn_base_url.rstrip('/')}/{folder_key}"
        query = _cdn_query(
            settings.cdn_key_pair_id, settings.cdn_private_key_file, base, window.expires_at
        )
        return lambda name: f"{base}/{name}?{query}"
    if settings.cdn_base_url:
        return None  # a CDN in front of the gateway: segments keep their token
    storage = get_storage()
    if storage.backend != "s3":
        return None
    signed_at = datetime.fromtimestamp(window.signed_at, tz=UTC)
    lifetime = window.expires_at - window.signed_at

    def presigned(name: str) -> str:
        url = storage.presigned_get_url(
            f"{folder_key}/{name}", expires_seconds=lifetime, signed_at=signed_at
        )
        assert url is not None
        return url

    return presigned


@lru_cache(maxsize=_SIGNED_PLAYLISTS)
def _cdn_query(key_pair_id: str, key_file: Path, resource: str, expires_at: int) -> str:
    # One RSA signature per rendition and signing window, whoever asks.
    return load_signer(key_pair_id, key_file).sign_policy(f"{resource}/*", expires_at).query


def now() -> float:
    """The clock of URL signing (tests move it)."""
    return time.time()


class _Lru:
    """A small thread-safe LRU map (playlists are read by many requests at once)."""

    def __init__(self, size: int) -> None:
        self._items: OrderedDict[tuple[object, ...], tuple[float, str]] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def get(self, key: tuple[object, ...], *, max_age: float | None = None) -> str | None:
        with self._lock:
            item = self._items.get(key)
            if item is None:
                return None
            if max_age is not None and time.monotonic() - item[0] > max_age:
                del self._items[key]
                return None
            self._items.move_to_end(key)
            return item[1]

    def put(self, key: tuple[object, ...], value: str) -> None:
        with self._lock:
            self._items[key] = (time.monotonic(), value)
            self._items.move_to_end(key)
            while len(self._items) > self._size:
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


_texts = _Lru(_SIGNED_PLAYLISTS)
_bodies = _Lru(_SIGNED_PLAYLISTS)


def _storage_identity() -> tuple[str, str, str]:
    storage = get_storage()
    where = str(getattr(storage, "root", "") or getattr(storage, "bucket", ""))
    return storage.backend, where, str(getattr(storage, "public_url", "") or "")


def read_playlist(key: str, read: Callable[[], str]) -> str:
    """The stored playlist under `key` (`read()` on a miss, then kept a minute)."""
    cache_key = (*_storage_identity(), key)
    text = _texts.get(cache_key, max_age=PLAYLIST_TEXT_SECONDS)
    if text is None:
        text = read()
        _texts.put(cache_key, text)
    return text


def signed_once_per_window(key: str, window: SigningWindow, sign: Callable[[], str]) -> str:
    """A media playlist whose segments carry direct URLs is the same for every viewer in a
    signing window: sign it once (600 presigned URLs take ~0.1 s) and reuse it."""
    settings = get_settings()
    cache_key = (
        *_storage_identity(),
        settings.cdn_base_url or "",
        key,
        window.signed_at,
        window.expires_at,
    )
    body = _bodies.get(cache_key)
    if body is None:
        body = sign()
        _bodies.put(cache_key, body)
    return body


def forget_playlists() -> None:
    """Drop cached playlists (tests that rewrite a ladder in place)."""
    _texts.clear()
    _bodies.clear()
