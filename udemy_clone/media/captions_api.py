"""REST routes of lecture captions for instructors: upload (add or replace), list, delete.

Learners get the tracks with signed URLs from the playback domain (`playback/captions_api.py`).
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, File, Form, Path, Response, UploadFile, status
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from udemy_clone.core.errors import PayloadTooLarge
from udemy_clone.gateway.deps import CurrentUser, IdPath, SessionDep
from udemy_clone.media import service
from udemy_clone.media.caption_format import CAPTION_LANGUAGES, MAX_CAPTION_BYTES
from udemy_clone.media.captions import CaptionTrack

router = APIRouter(tags=["captions"])

LanguagePath = Annotated[str, Path(min_length=2, max_length=16, pattern=r"^[A-Za-z0-9-]+$")]


class CaptionTrackPublic(BaseModel):
    """A caption track of a lecture as its instructor sees it."""

    lecture_id: int
    language: str
    label: str
    source: str  # uploaded | auto
    cue_count: int
    updated_at: datetime


class CaptionLanguage(BaseModel):
    """A language captions can be uploaded in."""

    code: str
    name: str


def track_public(track: CaptionTrack) -> CaptionTrackPublic:
    """The API shape of a track."""
    return CaptionTrackPublic(
        lecture_id=track.lecture_id,
        language=track.language,
        label=track.label,
        source=track.source,
        cue_count=track.cue_count,
        updated_at=track.updated_at,
    )


@router.get("/caption-languages", response_model=list[CaptionLanguage])
def list_caption_languages() -> list[CaptionLanguage]:
    """The languages (BCP 47 tags) captions can be uploaded in."""
    return [CaptionLanguage(code=code, name=name) for code, name in CAPTION_LANGUAGES.items()]


@router.get("/lectures/{lecture_id}/captions", response_model=list[CaptionTrackPublic])
def list_lecture_captions(
    lecture_id: IdPath, session: SessionDep, principal: CurrentUser
) -> list[CaptionTrackPublic]:
    """The lecture's caption tracks (its instructor or an admin)."""
    service.check_can_manage_captions(
        session=session, lecture_id=lecture_id, actor_id=principal.id, actor_roles=principal.roles
    )
    return [track_public(t) for t in service.caption_tracks(session=session, lecture_id=lecture_id)]


@router.post(
    "/lectures/{lecture_id}/captions",
    response_model=CaptionTrackPublic,
    status_code=status.HTTP_201_CREATED,
    responses={200: {"description": "The track in that language was replaced"}},
)
async def upload_lecture_captions(
    lecture_id: IdPath,
    principal: CurrentUser,
    response: Response,
    file: Annotated[UploadFile, File(description="WebVTT (.vtt) or SubRip (.srt), UTF-8, 1 MB")],
    language: Annotated[str, Form(min_length=2, max_length=16, description="BCP 47, e.g. en")],
) -> CaptionTrackPublic:
    """Owner or admin: add the lecture's captions in a language, replacing any in that language."""
    data = await file.read(MAX_CAPTION_BYTES + 1)
    if len(data) > MAX_CAPTION_BYTES:
        raise PayloadTooLarge(
            "Caption files may be at most 1 MB.",
            code="file_too_large",
        )
    saved = await run_in_threadpool(
        lambda: service.upload_captions(
            lecture_id=lecture_id,
            actor_id=principal.id,
            actor_roles=principal.roles,
            language=language,
            data=data,
        )
    )
    if not saved.created:
        response.status_code = status.HTTP_200_OK
    return track_public(saved.track)


@router.delete("/lectures/{lecture_id}/captions/{language}", status_code=status.HTTP_204_NO_CONTENT)
def delete_lecture_captions(
    lecture_id: IdPath, language: LanguagePath, principal: CurrentUser
) -> Response:
    """Owner or admin: remove the lecture's captions in a language (file and cues)."""
    service.remove_captions(
        lecture_id=lecture_id,
        actor_id=principal.id,
        actor_roles=principal.roles,
        language=language,
    )
    return Response(status_code=status.HTTP_204_NO_CONTENT)
