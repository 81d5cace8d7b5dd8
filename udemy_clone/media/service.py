"""The media domain's API: lecture video uploads, their processing state and HLS output.

Uploads are checked by content (`transcode.probe_video`) before anything is stored; the
source is kept under ``uploads/{random}/`` and the HLS ladder under ``videos/{id}/hls/``.
Processing runs as a job (`tasks.transcode_video`) started through the outbox, so a crash
between commit and enqueue loses nothing. Functions are keyword-only and never commit.
"""

from __future__ import annotations

import contextlib
import re
import uuid
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

from sqlalchemy import update
from sqlmodel import Session, col, select

from udemy_clone.catalog import service as catalog_service
from udemy_clone.core import outbox
from udemy_clone.core.db import as_utc, utcnow
from udemy_clone.core.errors import Conflict, NotFound, PermissionDenied
from udemy_clone.core.log import get_logger
from udemy_clone.core.storage import get_storage
from udemy_clone.media.caption_flows import (  # noqa: F401  (re-exported use cases)
    read_caption_file_bytes,
    remove_captions,
    upload_captions,
)
from udemy_clone.media.caption_models import CaptionCue
from udemy_clone.media.captions import (  # noqa: F401  (re-exported for other domains)
    CaptionLine,
    CaptionTrack,
    caption_cues,
    caption_track,
    caption_tracks,
    caption_tracks_for_lectures,
    check_can_manage_captions,
)
from udemy_clone.media.events import VideoFailed, VideoReady, VideoUploaded
from udemy_clone.media.models import ERROR_MAX, Video, VideoStatus
from udemy_clone.media.resources import (  # noqa: F401  (lecture resources, re-exported)
    ACCEPTED_EXTENSIONS,
    can_download_resources,
    check_can_manage_resources,
    create_resource,
    delete_resource,
    discard_resource_file,
    issue_download_url,
    list_lecture_resources,
    resource_for_download,
)
from udemy_clone.media.transcode import ProbeResult, TranscodeResult

log = get_logger(__name__)


HLS_FOLDER = "hls"
# Uploaded originals, each under a random folder: stored before their video row exists.
UPLOADS_FOLDER = "uploads"
_SAFE_SUFFIX = re.compile(r"^\.[a-z0-9]{1,8}$")
_DEMUXER_SUFFIX = {"mov": ".mp4", "matroska": ".mkv", "avi": ".avi"}


def video_prefix(video_id: int) -> str:
    """The storage folder holding everything of one video."""
    return f"videos/{video_id}"


def hls_prefix(video_id: int) -> str:
    """The storage folder of a video's HLS ladder (master.m3u8 at its top)."""
    return f"{video_prefix(video_id)}/{HLS_FOLDER}"


def _roles_admin(roles: Sequence[str]) -> bool:
    return "admin" in roles


def check_can_upload(*, session: Session, lecture_id: int, actor_id: int) -> None:
    """Refuse (404/403) an upload to a lecture that is missing or not the caller's own."""
    context = catalog_service.get_lecture_context(session=session, lecture_id=lecture_id)
    if context.owner_id != actor_id:
        raise PermissionDenied(
            "Only the instructor who owns this course can upload its videos.",
            code="not_course_owner",
        )
    if context.kind == "quiz":
        raise Conflict("This lecture is a quiz: it has questions, not a video.", code="not_a_video")


def check_can_manage_lecture(
    *, session: Session, lecture_id: int, actor_id: int, actor_roles: Sequence[str]
) -> None:
    """Refuse (404/403) to show a lecture's uploads to anyone but its instructor or an admin."""
    context = catalog_service.get_lecture_context(session=session, lecture_id=lecture_id)
    if context.owner_id != actor_id and not _roles_admin(actor_roles):
        raise PermissionDenied("Only the course's instructor can see its videos.", code="forbidden")


def store_upload_source(*, source_path: Path, probe: ProbeResult) -> str:
    """Store a checked upload under a new key of its own; returns the key.

    Done before the database transaction, so no database lock is held while a large file is
    copied; `discard_upload_source` removes it again if that transaction does not commit.
    """
    suffix = _DEMUXER_SUFFIX.get(probe.demuxer, ".bin")
    key = f"{UPLOADS_FOLDER}/{uuid.uuid4().hex}/original{suffix}"
    get_storage().put_file(key, source_path, content_type="application/octet-stream")
    return key


def discard_upload_source(*, source_key: str) -> None:
    """Delete a stored upload whose video row was never committed."""
    with contextlib.suppress(Exception):
        get_storage().delete_prefix(source_key.rsplit("/", 1)[0])


def create_video_from_upload(
    *,
    session: Session,
    lecture_id: int,
    actor_id: int,
    source_key: str,
    probe: ProbeResult,
    original_filename: str = "",
) -> Video:
    """Record a stored, checked upload as a new video of the lecture and queue its processing."""
    check_can_upload(session=session, lecture_id=lecture_id, actor_id=actor_id)
    video = Video(
        lecture_id=lecture_id,
        owner_id=actor_id,
        status=VideoStatus.processing.value,
        storage_prefix="pending",
        source_key=source_key,
        source_size=probe.size_bytes,
        original_filename=original_filename[:255],
        width=probe.width,
        height=probe.height,
    )
    session.add(video)
    session.flush()
    assert video.id is not None
    video.storage_prefix = video_prefix(video.id)
    session.add(video)
    outbox.emit(session, VideoUploaded(video_id=video.id, lecture_id=lecture_id, owner_id=actor_id))
    session.flush()
    return video


def get_video(*, session: Session, video_id: int) -> Video:
    """A video by id (404 when unknown)."""
    video = session.get(Video, video_id)
    if video is None:
        raise NotFound("This video does not exist.", code="video_not_found")
    return video


def get_video_for_owner(
    *, session: Session, video_id: int, actor_id: int, actor_roles: Sequence[str]
) -> Video:
    """A video for its uploader or an admin (403 for anyone else)."""
    video = get_video(session=session, video_id=video_id)
    if video.owner_id != actor_id and not _roles_admin(actor_roles):
        raise PermissionDenied("Only the video's instructor can see it.", code="forbidden")
    return video


def latest_video_for_lecture(*, session: Session, lecture_id: int) -> Video | None:
    """The most recent upload for a lecture (the one the course editor shows)."""
    return session.exec(
        select(Video).where(col(Video.lecture_id) == lecture_id).order_by(col(Video.id).desc())
    ).first()


def latest_videos_for_lectures(*, session: Session, lecture_ids: Sequence[int]) -> dict[int, Video]:
    """The most recent upload of each of these lectures (lectures without one are left out)."""
    found: dict[int, Video] = {}
    if not lecture_ids:
        return found
    rows = session.exec(
        select(Video).where(col(Video.lecture_id).in_(list(lecture_ids))).order_by(col(Video.id))
    )
    for video in rows:
        found[video.lecture_id] = video
    return found


def caption_cues_for_search(
    *, session: Session, course_ids: Sequence[int], lecture_ids: Sequence[int] | None = None
) -> list[CaptionCue]:
    """Caption cues (every language) of these courses, or only of these lectures of them,
    in course, lecture and time order (what the catalogue's search indexes)."""
    if not course_ids:
        return []
    statement = select(CaptionCue).where(col(CaptionCue.course_id).in_(list(course_ids)))
    if lecture_ids is not None:
        statement = statement.where(col(CaptionCue.lecture_id).in_(list(lecture_ids)))
    return list(
        session.exec(
            statement.order_by(
                col(CaptionCue.course_id),
                col(CaptionCue.lecture_id),
                col(CaptionCue.start_ms),
                col(CaptionCue.id),
            )
        )
    )


def playable_video(*, session: Session, video_id: int | None) -> Video | None:
    """The video when it is ready to play, else None."""
    if video_id is None:
        return None
    video = session.get(Video, video_id)
    if video is None or video.status != VideoStatus.ready.value:
        return None
    return video


# ---- processing (called by tasks.transcode_video) -------------------------------------------


def claim_for_processing(
    *, session: Session, video_id: int, lease_seconds: int, owner: str | None = None
) -> Video | None:
    """Take the video for one processing run; None when it is finished or another run holds it.

    A lease held by the same `owner` (the job id) belongs to an earlier run of this very job,
    which the job queue runs once at a time: that run died, so this one takes the video over.
    """
    now = utcnow()
    video = session.get(Video, video_id, with_for_update=True)
    if video is None or video.status in (VideoStatus.ready.value, VideoStatus.failed.value):
        return None
    held = video.lease_expires_at is not None and as_utc(video.lease_expires_at) > now
    if held and (owner is None or video.lease_owner != owner):
        return None
    if held:
        log.warning("video_lease_taken_over", video_id=video_id, owner=owner)
    video.status = VideoStatus.processing.value
    video.progress = 0
    video.attempts += 1
    video.lease_expires_at = now + timedelta(seconds=lease_seconds)
    video.lease_owner = owner
    video.updated_at = now
    session.add(video)
    session.flush()
    return video


def release_claim(*, session: Session, video_id: int) -> None:
    """Let a later run take the video (after a run that stopped early)."""
    session.execute(
        update(Video)
        .where(col(Video.id) == video_id)
        .values(lease_expires_at=None, lease_owner=None, updated_at=utcnow())
    )


def renew_lease(*, session: Session, video_id: int, lease_seconds: int, owner: str | None) -> bool:
    """Extend the running job's hold on the video (its heartbeat); False when it lost it."""
    statement = update(Video).where(
        col(Video.id) == video_id, col(Video.status) == VideoStatus.processing.value
    )
    if owner is not None:
        statement = statement.where(col(Video.lease_owner) == owner)
    result = session.execute(
        statement.values(lease_expires_at=utcnow() + timedelta(seconds=lease_seconds))
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def stuck_video_ids(*, session: Session, idle_for: timedelta) -> list[int]:
    """Videos processing with no live run: no lease (or an ended one), untouched for `idle_for`."""
    now = utcnow()
    rows = session.exec(
        select(Video.id).where(
            col(Video.status) == VideoStatus.processing.value,
            col(Video.updated_at) < now - idle_for,
            (col(Video.lease_expires_at).is_(None)) | (col(Video.lease_expires_at) < now),
        )
    )
    return [int(video_id) for video_id in rows if video_id is not None]


def record_progress(*, session: Session, video_id: int, percent: int) -> None:
    """Write how far processing is (0-99; 100 is written with the ready state)."""
    session.execute(
        update(Video)
        .where(col(Video.id) == video_id, col(Video.status) == VideoStatus.processing.value)
        .values(progress=max(0, min(99, int(percent))), updated_at=utcnow())
    )


def mark_ready(*, session: Session, video_id: int, result: TranscodeResult) -> Video:
    """The ladder is stored: the video plays, and becomes the lecture's unless a newer one did."""
    video = get_video(session=session, video_id=video_id)
    video.status = VideoStatus.ready.value
    video.progress = 100
    video.error = None
    video.duration_seconds = float(result.duration_seconds)
    video.renditions = list(result.renditions)
    video.width, video.height = result.width, result.height
    video.poster_key = f"{hls_prefix(video_id)}/{result.poster}"
    video.lease_expires_at = None
    video.lease_owner = None
    video.updated_at = utcnow()
    session.add(video)
    context = catalog_service.get_lecture_context(session=session, lecture_id=video.lecture_id)
    # Two uploads racing: the newer upload wins even if the older one finishes last.
    if context.video_id is None or not context.video_ready or context.video_id <= video_id:
        catalog_service.set_lecture_video(
            session=session,
            lecture_id=video.lecture_id,
            video_id=video_id,
            duration_seconds=round(video.duration_seconds),
            ready=True,
        )
    outbox.emit(session, VideoReady(**_event_fields(video)))
    session.flush()
    return video


def mark_failed(*, session: Session, video_id: int, message: str) -> Video:
    """Processing failed for good: say why; the lecture keeps the video it had."""
    video = get_video(session=session, video_id=video_id)
    video.status = VideoStatus.failed.value
    video.error = message[:ERROR_MAX]
    video.lease_expires_at = None
    video.lease_owner = None
    video.updated_at = utcnow()
    session.add(video)
    outbox.emit(session, VideoFailed(**_event_fields(video)))
    session.flush()
    return video


def _event_fields(video: Video) -> dict[str, int]:
    assert video.id is not None
    return {"video_id": video.id, "lecture_id": video.lecture_id, "owner_id": video.owner_id}
