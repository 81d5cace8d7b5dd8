"""Captions for viewers: signed, expiring track URLs for the player, and the transcript.

A caption URL carries a token binding the viewer, the lecture, the language and an expiry
(HMAC, purpose-scoped, like the HLS tokens); serving it also re-checks that the viewer may
still watch the lecture. Whoever may watch a lecture (enrolled students, its instructor,
admins, anyone for a published preview) gets its captions.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import quote

from sqlmodel import Session

from udemy_clone.auth import service as auth_service
from udemy_clone.core.config import get_settings
from udemy_clone.core.errors import NotFound, PermissionDenied
from udemy_clone.core.security import sign, verify_signature
from udemy_clone.media import service as media_service
from udemy_clone.media.service import CaptionLine, CaptionTrack
from udemy_clone.playback import service as playback_service

TOKEN_PURPOSE = "caption-track-v1"
CAPTION_ROUTE_PREFIX = "/api/v1/captions"
_TOKEN_SHAPE = re.compile(r"^([0-9]{1,10})\.([0-9]{1,10})\.([0-9]{1,12})\.([0-9a-f]{64})$")
_LANGUAGE = re.compile(r"^[A-Za-z0-9-]{2,16}$")
DENIED_MESSAGE = "This captions link is not valid. Reload the lecture page."
EXPIRED_MESSAGE = "This captions link has expired. Reload the lecture page."


@dataclass(frozen=True)
class CaptionTrackLink:
    """A track as the player needs it: `<track src srclang label default>`."""

    language: str
    label: str
    src: str
    is_auto: bool
    default: bool


def _message(user_id: int, lecture_id: int, language: str, expires_at: int) -> str:
    return f"{user_id}:{lecture_id}:{language}:{expires_at}"


def make_caption_token(*, user_id: int, lecture_id: int, language: str, expires_at: int) -> str:
    """A token for `user_id` (0: a visitor of a preview) to fetch one track until `expires_at`."""
    signature = sign(_message(user_id, lecture_id, language, expires_at), purpose=TOKEN_PURPOSE)
    return f"{user_id}.{lecture_id}.{expires_at}.{signature}"


def verify_caption_token(
    token: str | None, *, lecture_id: int, language: str, now: float | None = None
) -> int:
    """The viewer's user id (0 for a visitor) of a valid token for this track; else 403."""
    match = _TOKEN_SHAPE.match(token or "")
    if match is None:
        raise PermissionDenied(DENIED_MESSAGE, code="invalid_caption_token")
    user_id, token_lecture, expires_at = (int(g) for g in match.groups()[:3])
    if token_lecture != lecture_id or not verify_signature(
        _message(user_id, lecture_id, language, expires_at), match.group(4), purpose=TOKEN_PURPOSE
    ):
        raise PermissionDenied(DENIED_MESSAGE, code="invalid_caption_token")
    if expires_at <= (time.time() if now is None else now):
        raise PermissionDenied(EXPIRED_MESSAGE, code="caption_token_expired")
    return user_id


def caption_path(lecture_id: int, language: str) -> str:
    """The gateway path serving one track's WebVTT."""
    return f"{CAPTION_ROUTE_PREFIX}/{lecture_id}/{language}.vtt"


def _link(track: CaptionTrack, *, user_id: int, expires_at: int, default: bool) -> CaptionTrackLink:
    token = make_caption_token(
        user_id=user_id, lecture_id=track.lecture_id, language=track.language, expires_at=expires_at
    )
    src = f"{caption_path(track.lecture_id, track.language)}?v={track.version}&token={quote(token)}"
    return CaptionTrackLink(track.language, track.label, src, track.is_auto, default)


def caption_links(
    *, session: Session, lecture_id: int, user_id: int | None, roles: Sequence[str] = ()
) -> list[CaptionTrackLink]:
    """The lecture's tracks with signed URLs for this viewer (none when they may not watch)."""
    access = playback_service.lecture_access(
        session=session, lecture_id=lecture_id, user_id=user_id, roles=roles
    )
    if not access.allowed:
        return []
    tracks = media_service.caption_tracks(session=session, lecture_id=lecture_id)
    expires_at = int(time.time()) + int(get_settings().playback_url_ttl_seconds)
    return [
        _link(track, user_id=user_id or 0, expires_at=expires_at, default=index == 0)
        for index, track in enumerate(tracks)
    ]


def authorise_caption_file(
    *, session: Session, lecture_id: int, language: str, token: str | None
) -> CaptionTrack:
    """The track a valid token names, for a viewer who may still watch the lecture (403/404)."""
    if not _LANGUAGE.match(language):
        raise NotFound("There are no such captions.", code="caption_not_found")
    user_id = verify_caption_token(token, lecture_id=lecture_id, language=language)
    roles: list[str] = []
    if user_id and "admin" in auth_service.get_roles(session=session, user_id=user_id):
        roles = ["admin"]
    playback_service.check_can_watch(
        session=session, lecture_id=lecture_id, user_id=user_id or None, roles=roles
    )
    track = media_service.caption_track(session=session, lecture_id=lecture_id, language=language)
    if track is None:
        raise NotFound("There are no such captions.", code="caption_not_found")
    return track


def transcript(
    *,
    session: Session,
    lecture_id: int,
    language: str,
    user_id: int | None,
    roles: Sequence[str] = (),
) -> list[CaptionLine]:
    """The cues of a lecture's track for someone who may watch it (403 otherwise)."""
    playback_service.check_can_watch(
        session=session, lecture_id=lecture_id, user_id=user_id, roles=roles
    )
    return media_service.caption_cues(session=session, lecture_id=lecture_id, language=language)
