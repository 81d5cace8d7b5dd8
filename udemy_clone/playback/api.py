"""REST routes of the playback domain: signed HLS URLs, the HLS files, learner progress."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import Response, StreamingResponse

from udemy_clone.core import db
from udemy_clone.core.config import get_settings
from udemy_clone.core.errors import NotFound
from udemy_clone.core.storage import ObjectNotFound, RangeNotSatisfiable, get_storage
from udemy_clone.gateway.deps import CurrentUser, IdPath, OptionalUser, SessionDep
from udemy_clone.playback import hls, service
from udemy_clone.playback.learning_api import router as learning_router
from udemy_clone.playback.models import CourseProgress, PlaybackGrant, ProgressBeat, ProgressResult
from udemy_clone.playback.service import HlsFile

router = APIRouter(tags=["playback"])
# certificates and notes live in their own module, served with the playback routes
router.include_router(learning_router)

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


def _authorise(lecture_id: int, video_id: int, file_path: str, token: str | None) -> HlsFile:
    # Segments need no database: the token says everything; only the master looks up access.
    if file_path != hls.MASTER_PLAYLIST:
        return service.authorise_hls_segment(
            lecture_id=lecture_id, video_id=video_id, file_path=file_path, token=token
        )
    with db.read_session() as session:
        return service.authorise_hls_file(
            session=session,
            lecture_id=lecture_id,
            video_id=video_id,
            file_path=file_path,
            token=token,
        )


@router.get(
    "/hls/{lecture_id}/{video_id}/{file_path:path}",
    response_class=Response,
    responses={200: {"content": {PLAYLIST_TYPE: {}, "video/mp2t": {}}}},
)
def get_hls_file(
    lecture_id: IdPath,
    video_id: IdPath,
    file_path: HlsFilePath,
    request: Request,
    token: TokenQuery = None,
) -> Response:
    """One file of a lecture's HLS ladder, for the holder of a valid playback token."""
    target = _authorise(lecture_id, video_id, file_path, token)
    storage = get_storage()
    if target.is_playlist:
        try:
            if storage.size(target.key) > MAX_PLAYLIST_BYTES:
                raise ObjectNotFound(target.key)
            text = storage.read_bytes(target.key).decode("utf-8")
        except ObjectNotFound:
            raise _missing() from None
        body = service.signed_playlist(
            text=text,
            token=target.token,
            lecture_id=lecture_id,
            video_id=video_id,
            file_path=file_path,
        )
        return Response(body, media_type=PLAYLIST_TYPE, headers={"Cache-Control": PLAYLIST_CACHE})
    return _serve_range(target.key, request.headers.get("range"))


def _missing() -> NotFound:
    return NotFound("This part of the video does not exist.", code="not_found")


def _serve_range(key: str, range_header: str | None) -> Response:
    storage = get_storage()
    media_type = "image/jpeg" if key.endswith(".jpg") else "video/mp2t"
    cache = SEGMENT_CACHE_CDN if get_settings().cdn_base_url else SEGMENT_CACHE_PRIVATE
    try:
        size = storage.size(key)
        try:
            wanted = hls.parse_range(range_header, size)
        except ValueError:
            raise RangeNotSatisfiable(key, 0, None, size) from None
        read = storage.open_range(
            key, start=wanted.start if wanted else 0, end=wanted.end if wanted else None
        )
    except ObjectNotFound:
        raise _missing() from None
    except RangeNotSatisfiable as exc:
        return Response(
            status_code=416,
            headers={"Content-Range": f"bytes */{exc.size}", "Accept-Ranges": "bytes"},
        )
    headers = {
        "Accept-Ranges": "bytes",
        "Cache-Control": cache,
        "Content-Length": str(read.content_length),
    }
    if wanted is not None:
        headers["Content-Range"] = read.content_range
    return StreamingResponse(
        iter(read), status_code=206 if wanted else 200, media_type=media_type, headers=headers
    )


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
