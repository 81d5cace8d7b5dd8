"""Signed playback tokens and the HLS playlists rewritten to carry them.

A token binds one viewer, one lecture and one video to an expiry time, signed with the app's
secret (HMAC-SHA256, purpose-scoped). Every URI of a served playlist gets the token appended,
so the master playlist, the variant playlists and each segment are refused without it.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import quote

from udemy_clone.core.errors import NotFound, PermissionDenied
from udemy_clone.core.security import sign, verify_signature

TOKEN_PURPOSE = "hls-playback-v1"
TOKEN_QUERY = "token"
HLS_ROUTE_PREFIX = "/api/v1/hls"
MASTER_PLAYLIST = "master.m3u8"
# What a video's HLS folder may contain: the master, the poster, and per rendition a media
# playlist and numbered segments. Anything else is refused before storage is touched.
_FILE_PATH = re.compile(
    r"^(?:master\.m3u8|poster\.jpg|[A-Za-z0-9_-]{1,32}/(?:index\.m3u8|seg_[0-9]{1,9}\.ts))$"
)
_TOKEN_SHAPE = re.compile(
    r"^([0-9]{1,10})\.([0-9]{1,10})\.([0-9]{1,10})\.([0-9]{1,12})\.([0-9a-f]{64})$"
)
_URI_ATTRIBUTE = re.compile(r'URI="([^"]*)"')
DENIED_MESSAGE = "This video link is not valid. Reload the lecture page to keep watching."
EXPIRED_MESSAGE = "This video link has expired. Reload the lecture page to keep watching."


@dataclass(frozen=True)
class PlaybackClaim:
    """Who may fetch which video, until when (from a verified token)."""

    user_id: int
    lecture_id: int
    video_id: int
    expires_at: int


def _message(user_id: int, lecture_id: int, video_id: int, expires_at: int) -> str:
    return f"{user_id}:{lecture_id}:{video_id}:{expires_at}"


def make_token(*, user_id: int, lecture_id: int, video_id: int, expires_at: int) -> str:
    """A token for `user_id` (0: a visitor watching a preview) valid until `expires_at`."""
    signature = sign(_message(user_id, lecture_id, video_id, expires_at), purpose=TOKEN_PURPOSE)
    return f"{user_id}.{lecture_id}.{video_id}.{expires_at}.{signature}"


def verify_token(
    token: str | None, *, lecture_id: int, video_id: int, now: float | None = None
) -> PlaybackClaim:
    """The claim of a token valid for this lecture and video now; PermissionDenied if not."""
    match = _TOKEN_SHAPE.match(token or "")
    if match is None:
        raise PermissionDenied(DENIED_MESSAGE, code="invalid_playback_token")
    user_id, token_lecture, token_video, expires_at = (int(g) for g in match.groups()[:4])
    if not verify_signature(
        _message(user_id, token_lecture, token_video, expires_at),
        match.group(5),
        purpose=TOKEN_PURPOSE,
    ):
        raise PermissionDenied(DENIED_MESSAGE, code="invalid_playback_token")
    if (token_lecture, token_video) != (lecture_id, video_id):
        raise PermissionDenied(DENIED_MESSAGE, code="invalid_playback_token")
    if expires_at <= (time.time() if now is None else now):
        raise PermissionDenied(EXPIRED_MESSAGE, code="playback_token_expired")
    return PlaybackClaim(user_id, token_lecture, token_video, expires_at)


def check_file_path(file_path: str) -> str:
    """`file_path` if it names a file an HLS folder may hold; else NotFound."""
    if not _FILE_PATH.match(file_path):
        raise NotFound("There is no such file in this video.", code="not_found")
    return file_path


def video_path(lecture_id: int, video_id: int, file_path: str = MASTER_PLAYLIST) -> str:
    """The gateway path serving one file of a video's HLS folder."""
    return f"{HLS_ROUTE_PREFIX}/{lecture_id}/{video_id}/{file_path}"


def _check_relative(uri: str) -> None:
    if "://" in uri or uri.startswith("/"):
        # Our own ladders only hold relative names; anything else is not ours to sign.
        raise ValueError(f"Unexpected URI in a stored playlist: {uri!r}")


def _with_token(uri: str, token: str, *, base: str | None) -> str:
    """`uri` (relative to the playlist) with the token; absolute on `base` when one is given."""
    _check_relative(uri)
    separator = "&" if "?" in uri else "?"
    signed = f"{uri}{separator}{TOKEN_QUERY}={quote(token, safe='.')}"
    return f"{base.rstrip('/')}/{signed}" if base else signed


def rewrite_playlist(
    text: str,
    token: str,
    *,
    segment_base: str | None = None,
    segment_url: Callable[[str], str] | None = None,
) -> str:
    """The playlist with every URI carrying the token.

    Playlists (`.m3u8`) stay relative, so they are fetched through the gateway. Segments are
    made absolute on `segment_base` (the CDN folder of this rendition) when one is given, or
    replaced by `segment_url(name)` (a presigned object-storage or signed CDN URL, which
    carries its own signature instead of the token).
    """
    lines: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):
            line = _URI_ATTRIBUTE.sub(
                lambda m: f'URI="{_with_token(m.group(1), token, base=None)}"', line
            )
        elif segment_url is not None and not line.endswith(".m3u8"):
            _check_relative(line)
            line = segment_url(line)
        else:
            base = None if line.endswith(".m3u8") else segment_base
            line = _with_token(line, token, base=base)
        lines.append(line)
    return "\n".join(lines) + "\n"


def playlist_seconds(text: str) -> float:
    """How long a media playlist plays (the sum of its `#EXTINF` durations)."""
    total = 0.0
    for line in text.splitlines():
        if line.startswith("#EXTINF:"):
            try:
                total += float(line[len("#EXTINF:") :].split(",")[0])
            except ValueError:
                continue
    return total


@dataclass(frozen=True)
class ByteRange:
    start: int
    end: int | None


def parse_range(header: str | None, size: int) -> ByteRange | None:
    """The single byte range of a `Range: bytes=...` header (None: the whole file).

    Raises ValueError for a range that cannot be served (HTTP 416). Multi-range requests are
    answered with the whole file, which RFC 9110 allows.
    """
    if not header:
        return None
    unit, _, spec = header.partition("=")
    if unit.strip().lower() != "bytes" or "," in spec:
        return None
    first, _, last = spec.strip().partition("-")
    first, last = first.strip(), last.strip()
    if not first.isdigit() and not (first == "" and last.isdigit()):
        return None
    if first == "":
        suffix = int(last)
        if suffix == 0:
            raise ValueError("empty suffix range")
        return ByteRange(max(0, size - suffix), None)
    start = int(first)
    end = int(last) if last.isdigit() else None
    if last and not last.isdigit():
        return None
    if start >= size or (end is not None and end < start):
        raise ValueError("range outside the file")
    return ByteRange(start, end)
