"""Demo videos: one short clip, made with FFmpeg at first start, played by many demo lectures.

A 16-second 640x360 test pattern with a tone is generated and transcoded once (about 4 s on
two cores), stored through the storage port as one ready video, and attached to every lecture
of the first section of the demo instructor's published courses and to the preview lecture of
the first section of every other published course. The lectures share that one video, so the
ladder is stored once.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from sqlmodel import Session

from udemy_clone.auth import service as auth_service
from udemy_clone.catalog import service as catalog_service
from udemy_clone.core import db
from udemy_clone.core.config import get_settings
from udemy_clone.core.log import get_logger
from udemy_clone.core.storage import get_storage
from udemy_clone.media import service
from udemy_clone.media.models import Video, VideoStatus
from udemy_clone.media.transcode import probe_video, transcode_to_hls

log = get_logger(__name__)

DEMO_INSTRUCTOR_EMAIL = "instructor@example.com"
CLIP_SECONDS = 16
CLIP_SIZE = "640x360"


def _make_clip(path: Path) -> None:
    """A test pattern with a running timer and a 440 Hz tone (H.264/AAC)."""
    subprocess.run(
        ["ffmpeg", "-nostdin", "-hide_banner", "-loglevel", "error", "-y"]
        + ["-f", "lavfi", "-i", f"testsrc=size={CLIP_SIZE}:rate=25"]
        + ["-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000"]
        + ["-t", str(CLIP_SECONDS), "-c:v", "libx264", "-preset", "ultrafast"]
        + ["-pix_fmt", "yuv420p", "-c:a", "aac", "-b:a", "64k", str(path)],
        check=True,
        timeout=120,
        capture_output=True,
    )


def _demo_lecture_ids(session: Session, demo_instructor_id: int | None) -> tuple[int, list[int]]:
    """(lecture owning the video, every lecture to attach it to)."""
    chosen: list[int] = []
    for course_id in catalog_service.published_course_ids(session=session):
        course = catalog_service.get_course(session=session, course_id=course_id)
        curriculum = catalog_service.get_curriculum(session=session, course_id=course_id)
        if not curriculum:
            continue
        for lecture in curriculum[0].lectures:
            if lecture.is_preview or course.owner_id == demo_instructor_id:
                chosen.append(lecture.id)
    return (chosen[0] if chosen else 0), chosen


def seed_demo_videos() -> int:
    """Give demo lectures a real short video; returns how many lectures got it (0: skipped)."""
    if shutil.which("ffmpeg") is None or shutil.which("ffprobe") is None:
        log.warning("demo_videos_skipped", reason="ffmpeg is not installed")
        return 0
    started = time.monotonic()
    with db.read_session() as session:
        instructor = auth_service.get_user_by_email(session=session, email=DEMO_INSTRUCTOR_EMAIL)
        owner_id = int(instructor.id) if instructor and instructor.id else None
        first, lecture_ids = _demo_lecture_ids(session, owner_id)
    if not lecture_ids or owner_id is None:
        return 0
    tmp_root = get_settings().data_dir / "tmp"
    tmp_root.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="demo-video-", dir=tmp_root) as tmp:
        work = Path(tmp)
        _make_clip(work / "demo.mp4")
        probe = probe_video(work / "demo.mp4")
        result = transcode_to_hls(work / "demo.mp4", work / "hls", probe=probe)
        with db.transaction() as session:
            video = Video(
                lecture_id=first,
                owner_id=owner_id,
                status=VideoStatus.processing.value,
                storage_prefix="pending",
                source_size=probe.size_bytes,
                original_filename="demo.mp4",
            )
            session.add(video)
            session.flush()
            assert video.id is not None
            video_id = video.id
            video.storage_prefix = service.video_prefix(video_id)
            session.add(video)
        # Stored between two short transactions: no database lock is held while copying.
        get_storage().put_tree(service.hls_prefix(video_id), work / "hls")
    with db.transaction() as session:
        video = service.get_video(session=session, video_id=video_id)
        video.status = VideoStatus.ready.value
        video.progress = 100
        video.duration_seconds = result.duration_seconds
        video.renditions = list(result.renditions)
        video.width, video.height = result.width, result.height
        video.poster_key = f"{service.hls_prefix(video_id)}/{result.poster}"
        session.add(video)
        for lecture_id in lecture_ids:
            catalog_service.set_lecture_video(
                session=session,
                lecture_id=lecture_id,
                video_id=video_id,
                duration_seconds=round(result.duration_seconds),
                ready=True,
            )
    log.info(
        "demo_videos_seeded",
        lectures=len(lecture_ids),
        seconds=round(time.monotonic() - started, 1),
    )
    return len(lecture_ids)
