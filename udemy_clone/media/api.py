"""REST routes of the media domain: lecture video uploads and their processing state."""

from __future__ import annotations

import contextlib
from pathlib import Path

from fastapi import APIRouter, Request, status
from starlette.concurrency import run_in_threadpool

from udemy_clone.core import db
from udemy_clone.core.config import get_settings
from udemy_clone.core.errors import InvalidInput, NotAuthenticated
from udemy_clone.gateway.deps import (
    CurrentUser,
    IdPath,
    Principal,
    SessionDep,
    principal_from_request,
)
from udemy_clone.media import service
from udemy_clone.media.models import VideoAccepted, VideoPublic, video_public
from udemy_clone.media.resources_api import router as resources_router
from udemy_clone.media.transcode import VideoRejected, probe_video
from udemy_clone.media.upload_receiver import receive_file_upload

router = APIRouter(tags=["media"])
# lecture resources live in their own module, served with the media routes
router.include_router(resources_router)


def _upload_dir() -> Path:
    return get_settings().data_dir / "tmp" / "uploads"


def _authorise_upload(request: Request, lecture_id: int) -> Principal:
    # A short session of its own: the route must not hold a database transaction open for
    # the minutes a large upload takes.
    principal = principal_from_request(request)
    if principal is None:
        raise NotAuthenticated("Sign in to continue.", code="not_authenticated")
    with db.read_session() as session:
        service.check_can_upload(session=session, lecture_id=lecture_id, actor_id=principal.id)
    return principal


def _accept_checked_upload(
    *, lecture_id: int, actor_id: int, path: Path, filename: str
) -> VideoAccepted:
    try:
        probe = probe_video(path)
    except VideoRejected as exc:
        raise InvalidInput(exc.message, code="invalid_video", field="file") from None
    source_key = service.store_upload_source(source_path=path, probe=probe)
    try:
        with db.transaction() as session:
            video = service.create_video_from_upload(
                session=session,
                lecture_id=lecture_id,
                actor_id=actor_id,
                source_key=source_key,
                probe=probe,
                original_filename=filename,
            )
            accepted = VideoAccepted(video_id=int(video.id or 0), status=video.status)
    except BaseException:
        service.discard_upload_source(source_key=source_key)  # leave nothing behind
        raise
    return accepted


@router.post(
    "/lectures/{lecture_id}/video",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=VideoAccepted,
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "multipart/form-data": {
                    "schema": {
                        "type": "object",
                        "required": ["file"],
                        "properties": {"file": {"type": "string", "format": "binary"}},
                    }
                }
            },
        }
    },
)
async def upload_lecture_video(lecture_id: IdPath, request: Request) -> VideoAccepted:
    """Upload a lecture's video (owner); it is checked, stored and processed in the background."""
    principal = await run_in_threadpool(_authorise_upload, request, lecture_id)
    received = await receive_file_upload(
        request, directory=_upload_dir(), max_bytes=get_settings().max_upload_bytes
    )
    try:
        return await run_in_threadpool(
            _accept_checked_upload,
            lecture_id=lecture_id,
            actor_id=principal.id,
            path=received.path,
            filename=received.filename,
        )
    finally:
        with contextlib.suppress(FileNotFoundError):
            received.path.unlink()


@router.get("/videos/{video_id}", response_model=VideoPublic)
def get_video(video_id: IdPath, session: SessionDep, principal: CurrentUser) -> VideoPublic:
    """A video's processing state (its instructor or an admin)."""
    video = service.get_video_for_owner(
        session=session, video_id=video_id, actor_id=principal.id, actor_roles=principal.roles
    )
    return video_public(video)


@router.get("/lectures/{lecture_id}/video", response_model=VideoPublic | None)
def get_lecture_video(
    lecture_id: IdPath, session: SessionDep, principal: CurrentUser
) -> VideoPublic | None:
    """The latest upload of a lecture and its processing state (its instructor or an admin)."""
    service.check_can_manage_lecture(
        session=session, lecture_id=lecture_id, actor_id=principal.id, actor_roles=principal.roles
    )
    video = service.latest_video_for_lecture(session=session, lecture_id=lecture_id)
    return video_public(video) if video is not None else None
