"""Test data of the media and playback domains: HLS ladders made once, videos ready to play."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from udemy_clone.core import db
from udemy_clone.core.storage import get_storage


def make_ready_video(
    *,
    lecture_id: int,
    owner_id: int,
    duration_seconds: float = 120.0,
    hls_dir: Path | None = None,
    renditions: tuple[str, ...] = ("360p",),
) -> Any:
    """A ready video attached to the lecture (its HLS files copied in when `hls_dir` is given)."""
    from udemy_clone.catalog import service as catalog_service
    from udemy_clone.media import service as media_service
    from udemy_clone.media.models import Video, VideoStatus

    with db.transaction() as session:
        video = Video(
            lecture_id=lecture_id,
            owner_id=owner_id,
            status=VideoStatus.ready.value,
            progress=100,
            duration_seconds=duration_seconds,
            renditions=list(renditions),
            storage_prefix="pending",
            source_size=1,
        )
        session.add(video)
        session.flush()
        video.storage_prefix = media_service.video_prefix(int(video.id))
        session.add(video)
        catalog_service.set_lecture_video(
            session=session,
            lecture_id=lecture_id,
            video_id=int(video.id),
            duration_seconds=round(duration_seconds),
            ready=True,
        )
    if hls_dir is not None:
        get_storage().put_tree(media_service.hls_prefix(int(video.id)), hls_dir)
    return video


def first_lecture_ids(course_id: int) -> list[int]:
    """Every lecture id of a course, in curriculum order."""
    from udemy_clone.catalog import service as catalog_service

    with db.read_session() as session:
        return [
            lecture.id
            for section in catalog_service.get_curriculum(session=session, course_id=course_id)
            for lecture in section.lectures
        ]
