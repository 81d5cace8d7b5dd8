"""REST routes of the playback domain: signed HLS URLs, the HLS files, learner progress."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import Annotated
from urllib.parse import parse_qs

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import FileResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Receive, Scope, Send

from udemy_clone.core import db
from udemy_clone.core.config import get_settings
from udemy_clone.core.errors import DomainError, NotFound
from udemy_clone.core.storage import ObjectNotFound, get_storage
from udemy_clone.gateway.deps import CurrentUser, IdPath, OptionalUser, SessionDep
from udemy_clone.gateway.schemas import ERROR_RESPONSES
from udemy_clone.playback import delivery, hls, service
from udemy_clone.playback.learning_api import router as learning_router
from udemy_clone.playback.models import (
    CourseProgress,
    LectureCompletionUpdate,
    PlaybackGrant,
    ProgressBeat,
    ProgressResult,
)
from udemy_clone.playback.quiz_api import router as quiz_router
from udemy_clone.playback.service import HlsFile

router = APIRouter(tags=["playback"])
# certificates and notes live in their own module, served with the playback routes
router.include_router(learning_router)
router.include_router(quiz_router)

PLAYLIST_TYPE = "application/vnd.apple.mpegurl"
PLAYLIST_CACHE = "private, max-age=10"
SEGMENT_CACHE_PRIVATE = "private, max-age=31536000, immutable"
SEGMENT_CACHE_CDN = "public, max-age=31536000, immutable"
MAX_PLAYLIST_BYTES = 4 * 1024 * 1024

HlsFilePath = Annotated[str, Path(max_length=120, description="A file of the HLS folder")]
TokenQuery = Annotated[str | None, Query(max_length=200, description="The playback token")]


@router.get("/lectures/{lecture_id}/playback", response_model=PlaybackGrant)
def get_playback_url(
    lecture_id: IdPath, session: SessionDep, principal: OptionalUser
) -> PlaybackGrant:
    """A signed, expiring HLS master playlist URL (enrolled, owner, admin; anyone for previews)."""
    return service.issue_playback_url(
        session=session,
        lecture_id=lecture_id,
        user_id=principal.id if principal else None,
        roles=principal.roles if principal else (),
    )


def _authorise_master(lecture_id: int, video_id: int, file_path: str, token: str | None) -> HlsFile:
    # Only the master looks up access in the database; the rest trust the token alone.
    with db.read_session() as session:
        return service.authorise_hls_file(
            session=session,
            lecture_id=lecture_id,
            video_id=video_id,
            file_path=file_path,
            token=token,
        )


def _read_playlist(key: str) -> str:
    storage = get_storage()
    if storage.size(key) > MAX_PLAYLIST_BYTES:
        raise ObjectNotFound(key)
    return storage.read_bytes(key).decode("utf-8")


def _signed_playlist_body(target: HlsFile, lecture_id: int, video_id: int, file_path: str) -> str:
    try:
        text = delivery.read_playlist(target.key, lambda: _read_playlist(target.key))
    except ObjectNotFound:
        raise _missing() from None
    return service.signed_playlist(
        text=text,
        token=target.token,
        lecture_id=lecture_id,
        video_id=video_id,
        file_path=file_path,
        token_expires_at=target.expires_at,
    )


@router.get(
    "/hls/{lecture_id}/{video_id}/{file_path:path}",
    response_class=Response,
    responses={
        200: {"content": {PLAYLIST_TYPE: {}, "video/mp2t": {}, "image/jpeg": {}}},
        206: {"description": "A byte range of a segment"},
        307: {"description": "The segment, at its presigned object-storage URL"},
        416: {"description": "The byte range lies outside the segment"},
    },
)
async def get_hls_file(
    lecture_id: IdPath,
    video_id: IdPath,
    file_path: HlsFilePath,
    request: Request,
    token: TokenQuery = None,
) -> Response:
    """One file of a lecture's HLS ladder, for the holder of a valid playback token.

    Playlists are rewritten here; the bytes of segments never pass through Python: the server
    sends the local file itself, nginx does (`HLS_DELIVERY=x-accel`), or the client is sent to
    the object store (see `playback.delivery`).
    """
    if file_path == hls.MASTER_PLAYLIST:
        target = await run_in_threadpool(_authorise_master, lecture_id, video_id, file_path, token)
    else:  # token and name only: pure CPU, no thread hop
        target = service.authorise_hls_segment(
            lecture_id=lecture_id, video_id=video_id, file_path=file_path, token=token
        )
    if target.is_playlist:
        body = await run_in_threadpool(
            _signed_playlist_body, target, lecture_id, video_id, file_path
        )
        return Response(body, media_type=PLAYLIST_TYPE, headers={"Cache-Control": PLAYLIST_CACHE})
    return _segment_response(target.key, request.headers.get("range"))


def _missing() -> NotFound:
    return NotFound("This part of the video does not exist.", code="not_found")


def _segment_response(key: str, range_header: str | None) -> Response:
    media_type = "image/jpeg" if key.endswith(".jpg") else "video/mp2t"
    cache = SEGMENT_CACHE_CDN if get_settings().cdn_base_url else SEGMENT_CACHE_PRIVATE
    try:
        where = delivery.segment_delivery(key)
    except ObjectNotFound:
        raise _missing() from None
    if where.kind == "accel":
        # nginx sends the bytes (ranges included) from its internal location.
        return Response(
            media_type=media_type,
            headers={"X-Accel-Redirect": where.location, "Cache-Control": cache},
        )
    if where.kind == "redirect":
        return RedirectResponse(where.location, status_code=307)
    try:
        stat_result = os.stat(where.location)
    except FileNotFoundError:
        raise _missing() from None
    response_class: type[FileResponse] = FileResponse
    if range_header is not None:
        try:
            wanted = hls.parse_range(range_header, stat_result.st_size)
        except ValueError:
            size = stat_result.st_size
            return Response(
                status_code=416,
                headers={"Content-Range": f"bytes */{size}", "Accept-Ranges": "bytes"},
            )
        if wanted is None:  # not a single byte range: the whole file (RFC 9110 allows it)
            response_class = _WholeFileResponse
    # Whole files go out through the server's own file sending (ASGI pathsend: granian sends
    # the file from Rust); Starlette answers a single range itself.
    return response_class(
        where.location,
        media_type=media_type,
        stat_result=stat_result,
        headers={"Cache-Control": cache},
    )


class _WholeFileResponse(FileResponse):
    """The whole file whatever Range the request sent."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = [(name, value) for name, value in scope["headers"] if name != b"range"]
        await super().__call__({**scope, "headers": headers}, receive, send)


@router.post("/lectures/{lecture_id}/progress", response_model=ProgressResult)
def post_progress(
    lecture_id: IdPath, body: ProgressBeat, session: SessionDep, principal: CurrentUser
) -> ProgressResult:
    """A player heartbeat: resume position and seconds watched since the last one."""
    return service.record_heartbeat(
        session=session,
        user_id=principal.id,
        roles=principal.roles,
        lecture_id=lecture_id,
        position_seconds=body.position_seconds,
        watched_seconds=body.watched_seconds,
    )


@router.get("/me/courses/{course_id}/progress", response_model=CourseProgress)
def get_course_progress(
    course_id: IdPath, session: SessionDep, principal: CurrentUser
) -> CourseProgress:
    """The caller's progress through a course."""
    return service.course_progress(session=session, user_id=principal.id, course_id=course_id)


@router.put(
    "/me/courses/{course_id}/lectures/{lecture_id}/completion",
    response_model=CourseProgress,
    responses=ERROR_RESPONSES,
)
def put_lecture_completion(
    course_id: IdPath,
    lecture_id: IdPath,
    body: LectureCompletionUpdate,
    session: SessionDep,
    principal: CurrentUser,
) -> CourseProgress:
    """Tick a lecture complete (`{"completed": true}`) or not; the course progress after it.

    Enrolled students only; the lecture must belong to the course and have a video.
    """
    return service.set_lecture_completed(
        session=session,
        user_id=principal.id,
        course_id=course_id,
        lecture_id=lecture_id,
        completed=body.completed,
    )


# ---- the segment fast path -------------------------------------------------------------------

_SEGMENT_PATH = re.compile(
    r"^/api/v1/hls/([0-9]{1,10})/([0-9]{1,10})/"
    r"((?:[A-Za-z0-9_-]{1,32}/seg_[0-9]{1,9}\.ts)|poster\.jpg)$"
)


@dataclass(frozen=True)
class _SegmentRoute:
    """What the gateway's metrics and logs name a fast-path request by."""

    path: str = "/hls/{lecture_id}/{video_id}/{file_path:path}"


class HlsSegmentFastPath:
    """Segments and posters with a valid token are answered before FastAPI's routing.

    Profiling a segment request showed two thirds of its CPU in FastAPI: matching the path
    against every route and resolving the parameters. The answer here is `get_hls_file`'s own
    (same token check, same `_segment_response`); whatever this path does not answer (a Range
    header, a bad token, a missing file) goes on to that route, so errors stay as they are.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope.get("method") == "GET":
            match = _SEGMENT_PATH.match(scope.get("path", ""))
            if match is not None:
                response = _fast_segment_response(match, scope)
                if response is not None:
                    scope["route"] = _SegmentRoute()
                    await response(scope, receive, send)
                    return
        await self.app(scope, receive, send)


def _fast_segment_response(match: re.Match[str], scope: Scope) -> Response | None:
    if any(name == b"range" for name, _ in scope.get("headers") or ()):
        return None
    query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
    tokens = query.get(hls.TOKEN_QUERY) or [None]
    try:
        target = service.authorise_hls_segment(
            lecture_id=int(match[1]), video_id=int(match[2]), file_path=match[3], token=tokens[0]
        )
        return _segment_response(target.key, None)
    except DomainError:
        return None
