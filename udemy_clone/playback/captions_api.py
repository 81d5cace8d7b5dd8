"""REST routes of captions for viewers: the tracks with signed URLs, the WebVTT, the transcript."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Response
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from udemy_clone.core import db
from udemy_clone.core.errors import NotFound
from udemy_clone.core.storage import ObjectNotFound
from udemy_clone.gateway.deps import IdPath, OptionalUser, SessionDep
from udemy_clone.media import service as media_service
from udemy_clone.playback import captions

router = APIRouter(tags=["captions"])

VTT_TYPE = "text/vtt; charset=utf-8"
# The URL changes with every version of a track (?v=): a short private cache is safe.
VTT_CACHE = "private, max-age=300"
LanguageVtt = Annotated[str, Path(max_length=24, description="e.g. en.vtt or pt-BR.vtt")]
TokenQuery = Annotated[str | None, Query(max_length=200, description="The caption token")]


class CaptionTrackLinkPublic(BaseModel):
    """A caption track for the player: `<track src srclang label default>`."""

    language: str
    label: str
    src: str
    auto_generated: bool
    default: bool


class CaptionCuePublic(BaseModel):
    """One line of a transcript."""

    start_ms: int
    end_ms: int
    text: str


@router.get("/lectures/{lecture_id}/caption-tracks", response_model=list[CaptionTrackLinkPublic])
def get_caption_tracks(
    lecture_id: IdPath, session: SessionDep, principal: OptionalUser
) -> list[CaptionTrackLinkPublic]:
    """The lecture's caption tracks with signed, expiring URLs (for whoever may watch it)."""
    links = captions.caption_links(
        session=session,
        lecture_id=lecture_id,
        user_id=principal.id if principal else None,
        roles=principal.roles if principal else (),
    )
    return [
        CaptionTrackLinkPublic(
            language=link.language,
            label=link.label,
            src=link.src,
            auto_generated=link.is_auto,
            default=link.default,
        )
        for link in links
    ]


@router.get(
    "/lectures/{lecture_id}/captions/{language}/cues", response_model=list[CaptionCuePublic]
)
def get_transcript(
    lecture_id: IdPath,
    language: Annotated[str, Path(max_length=16)],
    session: SessionDep,
    principal: OptionalUser,
) -> list[CaptionCuePublic]:
    """The transcript of a lecture in a language (whoever may watch it)."""
    lines = captions.transcript(
        session=session,
        lecture_id=lecture_id,
        language=language,
        user_id=principal.id if principal else None,
        roles=principal.roles if principal else (),
    )
    return [CaptionCuePublic(start_ms=c.start_ms, end_ms=c.end_ms, text=c.text) for c in lines]


def _read_track(lecture_id: int, language: str, token: str | None) -> bytes:
    with db.read_session() as session:
        track = captions.authorise_caption_file(
            session=session, lecture_id=lecture_id, language=language, token=token
        )
    try:
        return media_service.read_caption_file_bytes(storage_key=track.storage_key)
    except ObjectNotFound:
        raise NotFound("There are no such captions.", code="caption_not_found") from None


@router.get(
    "/captions/{lecture_id}/{file_name}",
    response_class=Response,
    responses={200: {"content": {"text/vtt": {}}}},
)
async def get_caption_file(
    lecture_id: IdPath, file_name: LanguageVtt, token: TokenQuery = None
) -> Response:
    """One caption track as WebVTT, for the holder of a valid caption token."""
    if not file_name.endswith(".vtt"):
        raise NotFound("There are no such captions.", code="caption_not_found")
    language = file_name.removesuffix(".vtt")
    body = await run_in_threadpool(_read_track, lecture_id, language, token)
    return Response(body, media_type=VTT_TYPE, headers={"Cache-Control": VTT_CACHE})
