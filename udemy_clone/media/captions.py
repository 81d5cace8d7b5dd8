"""Lecture captions: the tracks of a lecture, their cues, and the changes to them.

A track is one row of `lecture_captions` (one per lecture and language), its normalised WebVTT
in storage under ``captions/{lecture_id}/`` (a new key per version, so a replaced file is never
served half-written) and its cues in `caption_cues`, which the transcript and the lecture
search read. Every change emits `CaptionsChanged` through the outbox. Uploaded tracks win:
an auto-generated track never replaces an uploaded one. Functions are keyword-only and never
commit; `caption_flows` runs them as whole use cases (storage + one transaction).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, insert
from sqlmodel import Session, col, select

from udemy_clone.catalog import service as catalog_service
from udemy_clone.core import outbox
from udemy_clone.core.db import utcnow
from udemy_clone.core.errors import NotFound, PermissionDenied
from udemy_clone.media.caption_format import Cue, language_label
from udemy_clone.media.caption_models import CaptionCue, CaptionSource, LectureCaption
from udemy_clone.media.events import CaptionsChanged
from udemy_clone.media.models import Video, VideoStatus

CAPTIONS_FOLDER = "captions"


@dataclass(frozen=True)
class CaptionTrack:
    """A caption track as other domains and the pages see it."""

    id: int
    lecture_id: int
    course_id: int
    language: str
    label: str
    source: str  # uploaded | auto
    cue_count: int
    storage_key: str
    updated_at: datetime

    @property
    def is_auto(self) -> bool:
        return self.source == CaptionSource.auto.value

    @property
    def version(self) -> str:
        """Changes whenever the track is replaced (each version has a file key of its own)."""
        name = self.storage_key.rsplit("/", 1)[-1].removesuffix(".vtt")
        return name.rsplit("-", 1)[-1][:16]


@dataclass(frozen=True)
class CaptionLine:
    """One cue of a track: what is said from `start_ms` to `end_ms`."""

    start_ms: int
    end_ms: int
    text: str


@dataclass(frozen=True)
class TrackSaved:
    """What saving a track did: the track, and the file of the version it replaced."""

    track: CaptionTrack
    replaced_key: str | None
    created: bool


def caption_storage_key(lecture_id: int, language: str) -> str:
    """A new storage key for one version of a lecture's track."""
    return f"{CAPTIONS_FOLDER}/{lecture_id}/{language}-{uuid.uuid4().hex}.vtt"


def _track(row: LectureCaption) -> CaptionTrack:
    assert row.id is not None
    return CaptionTrack(
        id=row.id,
        lecture_id=row.lecture_id,
        course_id=row.course_id,
        language=row.language,
        label=row.label,
        source=row.source,
        cue_count=row.cue_count,
        storage_key=row.storage_key,
        updated_at=row.updated_at,
    )


def check_can_manage_captions(
    *, session: Session, lecture_id: int, actor_id: int, actor_roles: Sequence[str]
) -> int:
    """The lecture's course id when the actor owns the course or is an admin (404/403 else)."""
    context = catalog_service.get_lecture_context(session=session, lecture_id=lecture_id)
    if context.owner_id != actor_id and "admin" not in actor_roles:
        raise PermissionDenied(
            "Only the instructor who owns this course can change its captions.",
            code="not_course_owner",
        )
    return context.course_id


def lecture_course_id(*, session: Session, lecture_id: int) -> int:
    """The course of a lecture (404 when the lecture is unknown)."""
    return catalog_service.get_lecture_context(session=session, lecture_id=lecture_id).course_id


def lecture_video_seconds(*, session: Session, lecture_id: int) -> float | None:
    """The length of the lecture's playing video, or None when it has no ready video."""
    context = catalog_service.get_lecture_context(session=session, lecture_id=lecture_id)
    if context.video_id is None:
        return None
    video = session.get(Video, context.video_id)
    if video is None or video.status != VideoStatus.ready.value or video.duration_seconds <= 0:
        return None
    return float(video.duration_seconds)


def caption_tracks(*, session: Session, lecture_id: int) -> list[CaptionTrack]:
    """A lecture's caption tracks: uploaded ones first, then by language."""
    rows = session.exec(
        select(LectureCaption).where(col(LectureCaption.lecture_id) == lecture_id)
    ).all()
    tracks = [_track(row) for row in rows]
    return sorted(tracks, key=lambda t: (t.is_auto, t.language))


def caption_tracks_for_lectures(
    *, session: Session, lecture_ids: Sequence[int]
) -> dict[int, list[CaptionTrack]]:
    """The caption tracks of several lectures, by lecture id (lectures without any left out)."""
    found: dict[int, list[CaptionTrack]] = {}
    if not lecture_ids:
        return found
    rows = session.exec(
        select(LectureCaption).where(col(LectureCaption.lecture_id).in_(list(lecture_ids)))
    ).all()
    for row in rows:
        found.setdefault(row.lecture_id, []).append(_track(row))
    for tracks in found.values():
        tracks.sort(key=lambda t: (t.is_auto, t.language))
    return found


def caption_track(*, session: Session, lecture_id: int, language: str) -> CaptionTrack | None:
    """The lecture's track in `language`, or None."""
    row = _row(session, lecture_id, language)
    return _track(row) if row is not None else None


def caption_cues(*, session: Session, lecture_id: int, language: str) -> list[CaptionLine]:
    """The cues of the lecture's track in `language`, in time order (empty without a track)."""
    rows = session.exec(
        select(CaptionCue.start_ms, CaptionCue.end_ms, CaptionCue.text)
        .where(col(CaptionCue.lecture_id) == lecture_id, col(CaptionCue.language) == language)
        .order_by(col(CaptionCue.start_ms), col(CaptionCue.id))
    ).all()
    return [CaptionLine(int(start), int(end), str(text)) for start, end, text in rows]


def _row(session: Session, lecture_id: int, language: str, *, lock: bool = False):  # type: ignore[no-untyped-def]
    statement = select(LectureCaption).where(
        col(LectureCaption.lecture_id) == lecture_id, col(LectureCaption.language) == language
    )
    if lock:
        statement = statement.with_for_update()
    return session.exec(statement).first()


def save_caption_track(
    *,
    session: Session,
    lecture_id: int,
    course_id: int,
    language: str,
    cues: Sequence[Cue],
    storage_key: str,
    source: CaptionSource,
) -> TrackSaved | None:
    """Add or replace the lecture's track in `language` with these cues (file already stored).

    Returns None, changing nothing, when an auto-generated track would replace an uploaded
    one. The caller deletes `replaced_key` once the transaction has committed.
    """
    row = _row(session, lecture_id, language, lock=True)
    auto = source == CaptionSource.auto
    if row is not None and auto and row.source == CaptionSource.uploaded.value:
        return None
    now = utcnow()
    replaced_key: str | None = None
    created = row is None
    if row is None:
        row = LectureCaption(
            lecture_id=lecture_id,
            course_id=course_id,
            language=language,
            label="",
            storage_key=storage_key,
            created_at=now,
        )
    else:
        replaced_key = row.storage_key if row.storage_key != storage_key else None
        session.execute(delete(CaptionCue).where(col(CaptionCue.caption_id) == row.id))
    row.label = language_label(language, auto=auto)[:60]
    row.source = source.value
    row.storage_key = storage_key
    row.cue_count = len(cues)
    row.course_id = course_id
    row.updated_at = now
    session.add(row)
    session.flush()
    assert row.id is not None
    if cues:
        session.execute(
            insert(CaptionCue),
            [
                {
                    "caption_id": row.id,
                    "lecture_id": lecture_id,
                    "course_id": course_id,
                    "language": language,
                    "start_ms": cue.start_ms,
                    "end_ms": cue.end_ms,
                    "text": cue.text,
                }
                for cue in cues
            ],
        )
    outbox.emit(
        session, CaptionsChanged(lecture_id=lecture_id, course_id=course_id, language=language)
    )
    session.flush()
    return TrackSaved(_track(row), replaced_key, created)


def delete_caption_track(*, session: Session, lecture_id: int, language: str) -> str:
    """Remove the lecture's track in `language` and its cues; returns the file to delete."""
    row = _row(session, lecture_id, language, lock=True)
    if row is None:
        raise NotFound("This lecture has no captions in that language.", code="caption_not_found")
    key = row.storage_key
    session.execute(delete(CaptionCue).where(col(CaptionCue.caption_id) == row.id))
    session.delete(row)
    outbox.emit(
        session,
        CaptionsChanged(lecture_id=lecture_id, course_id=row.course_id, language=language),
    )
    session.flush()
    return key


def lecture_has_captions(*, session: Session, lecture_id: int) -> bool:
    """Whether the lecture has a caption track in any language."""
    return (
        session.exec(
            select(LectureCaption.id).where(col(LectureCaption.lecture_id) == lecture_id).limit(1)
        ).first()
        is not None
    )
