"""Real videos for every demo lecture, made in the background after the first start.

`queue_demo_videos()` (called by the demo seed) only writes one durable job, so the first page
is not delayed. The job `produce_demo_videos` makes a few short clips with FFmpeg's lavfi test
sources (each with its own look, length and tone), records each as a video of the demo
instructor and runs it through the normal pipeline (`media.tasks.transcode_video`: probe, HLS
ladder, poster, storage, `mark_ready`). Then every demo lecture without a video is pointed at
one of those processed videos, round robin, and the dashboards' 30-day history
(`stats.seed.seed_demo_history`, whose learners watch real lectures) is played once.

Sharing, not copying: one transcoded asset is referenced by many lectures (`lectures.video_id`),
so the HLS ladder of each clip is stored once however many lectures play it. Lecture lengths,
section and course totals come from the clips' real durations.

The job is idempotent: a clip already made is reused, a clip left processing by a dead run is
taken over by the same transcode job, and lectures that have a video keep it.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session, col, select

from udemy_clone.announcements.seed import seed_demo_announcements
from udemy_clone.auth import service as auth_service
from udemy_clone.catalog import demo as catalog_demo
from udemy_clone.catalog import service as catalog_service
from udemy_clone.catalog.quiz_demo import seed_demo_quiz
from udemy_clone.core import db, processes, queue
from udemy_clone.core.log import get_logger
from udemy_clone.media import service as media_service
from udemy_clone.media import tasks as media_tasks
from udemy_clone.media.models import Video, VideoStatus
from udemy_clone.media.transcode import probe_video
from udemy_clone.orders.demo_ledger import seed_demo_ledger
from udemy_clone.playback.demo import seed_demo_student_learning
from udemy_clone.playback.seed import seed_demo_learning
from udemy_clone.qa.seed import seed_demo_qa
from udemy_clone.stats import seed as stats_seed

log = get_logger(__name__)

DEMO_INSTRUCTOR_EMAIL = "instructor@example.com"
JOB_ID = "demo-videos"
CLIP_SIZE = "640x360"
CLIP_RATE = 25
FILENAME_PREFIX = "demo-clip-"


@dataclass(frozen=True)
class DemoClip:
    name: str
    source: str  # a lavfi video source (its own look)
    seconds: int
    tone_hz: int


DEMO_CLIPS: tuple[DemoClip, ...] = (
    DemoClip("test-pattern", f"testsrc2=size={CLIP_SIZE}:rate={CLIP_RATE}", 24, 440),
    DemoClip("colour-bars", f"smptehdbars=size={CLIP_SIZE}:rate={CLIP_RATE}", 36, 523),
    DemoClip(
        "game-of-life",
        f"life=size={CLIP_SIZE}:rate={CLIP_RATE}:mold=10:ratio=0.12:"
        "life_color=#7c4dff:death_color=#1e1b3a",
        48,
        330,
    ),
    DemoClip("gradients", f"gradients=size={CLIP_SIZE}:rate={CLIP_RATE}:speed=0.02", 60, 392),
)
# FFmpeg for one clip, then the job's own limit on top of the transcodes it runs.
CLIP_TIMEOUT_SECONDS = 300
JOB_TIMEOUT_SECONDS = len(DEMO_CLIPS) * (CLIP_TIMEOUT_SECONDS + media_tasks.job_timeout_seconds())
RETRY_INTERVALS = (30, 120, 600)


def ffmpeg_available() -> bool:
    """FFmpeg and ffprobe are installed (scripts/setup.sh installs them)."""
    return shutil.which("ffmpeg") is not None and shutil.which("ffprobe") is not None


def make_clip(clip: DemoClip, path: Path) -> None:
    """Render `clip` to an H.264/AAC MP4 at `path` (a few seconds of CPU on two cores)."""
    subprocess.run(
        ["ffmpeg", "-nostdin", "-hide_banner", "-loglevel", "error", "-y"]
        + ["-f", "lavfi", "-i", clip.source]
        + ["-f", "lavfi", "-i", f"sine=frequency={clip.tone_hz}:sample_rate=48000"]
        + ["-t", str(clip.seconds), "-c:v", "libx264", "-preset", "ultrafast"]
        + ["-pix_fmt", "yuv420p", "-c:a", "aac", "-b:a", "64k", str(path)],
        check=True,
        timeout=CLIP_TIMEOUT_SECONDS,
        capture_output=True,
        preexec_fn=processes.die_with_parent,
    )


def queue_demo_videos() -> str | None:
    """Queue the background job that gives the demo lectures their videos (None: no FFmpeg)."""
    if not ffmpeg_available():
        log.warning("demo_videos_skipped", reason="ffmpeg is not installed")
        return None
    return queue.enqueue(
        produce_demo_videos,
        queue="low",
        job_timeout=JOB_TIMEOUT_SECONDS,
        retry_intervals=RETRY_INTERVALS,
        job_id=JOB_ID,
    )


def _demo_owner_ids(session: Session) -> tuple[int | None, list[int]]:
    """(the demo instructor, every demo teacher) as user ids."""
    emails = [DEMO_INSTRUCTOR_EMAIL] + [email for email, _n, _h in catalog_demo.DEMO_INSTRUCTORS]
    ids = [
        int(user.id)
        for email in emails
        if (user := auth_service.get_user_by_email(session=session, email=email)) is not None
        and user.id is not None
    ]
    first = auth_service.get_user_by_email(session=session, email=DEMO_INSTRUCTOR_EMAIL)
    return (int(first.id) if first and first.id else None), ids


def _existing_clip(session: Session, owner_id: int, clip: DemoClip) -> Video | None:
    return session.exec(
        select(Video)
        .where(
            col(Video.owner_id) == owner_id,
            col(Video.original_filename) == f"{FILENAME_PREFIX}{clip.name}.mp4",
        )
        .order_by(col(Video.id).desc())
    ).first()


def _record_clip(clip: DemoClip, *, owner_id: int, lecture_id: int) -> int:
    """Make the clip, store it as an upload and record a video row (processing) for it."""
    with processes.scratch_dir(f"demo-clip-{clip.name}-") as work:
        source = work / f"{clip.name}.mp4"
        make_clip(clip, source)
        probe = probe_video(source)
        source_key = media_service.store_upload_source(source_path=source, probe=probe)
    with db.transaction() as session:
        video = Video(
            lecture_id=lecture_id,
            owner_id=owner_id,
            status=VideoStatus.processing.value,
            storage_prefix="pending",
            source_key=source_key,
            source_size=probe.size_bytes,
            original_filename=f"{FILENAME_PREFIX}{clip.name}.mp4",
            width=probe.width,
            height=probe.height,
        )
        session.add(video)
        session.flush()
        assert video.id is not None
        video.storage_prefix = media_service.video_prefix(video.id)
        session.add(video)
        return video.id


def _ready_clip(clip: DemoClip, *, owner_id: int, lecture_id: int) -> tuple[int, int] | None:
    """(video id, whole seconds) of the processed clip, making and transcoding it if needed."""
    with db.read_session() as session:
        existing = _existing_clip(session, owner_id, clip)
        video_id = existing.id if existing is not None else None
        status = existing.status if existing is not None else None
    if video_id is None or status == VideoStatus.failed.value:
        video_id = _record_clip(clip, owner_id=owner_id, lecture_id=lecture_id)
    if status != VideoStatus.ready.value:
        media_tasks.transcode_video(video_id)  # the normal pipeline, in this job
    with db.read_session() as session:
        video = media_service.get_video(session=session, video_id=video_id)
        if video.status != VideoStatus.ready.value:
            log.warning("demo_clip_failed", clip=clip.name, error=video.error)
            return None
        return video_id, round(video.duration_seconds or clip.seconds)


def _history_seeded() -> bool:
    with db.read_session() as session:
        first_learner = stats_seed.DEMO_LEARNERS[0][0]
        return auth_service.get_user_by_email(session=session, email=first_learner) is not None


def produce_demo_videos() -> int:
    """Job: make the demo clips, process them, share them between the demo lectures.

    Returns how many lectures got a video in this run.
    """
    started = time.monotonic()
    with db.read_session() as session:
        owner_id, teachers = _demo_owner_ids(session)
        if owner_id is None:
            return 0
        own = catalog_demo.lectures_for_demo_videos(session=session, owner_ids=[owner_id])
        lecture_ids = catalog_demo.lectures_for_demo_videos(session=session, owner_ids=teachers)
    if not lecture_ids:
        return 0
    home = own[0] if own else lecture_ids[0]
    clips = [
        ready
        for clip in DEMO_CLIPS
        if (ready := _ready_clip(clip, owner_id=owner_id, lecture_id=home)) is not None
    ]
    if not clips:
        return 0
    with db.transaction() as session:
        # the owning lecture may have been given its clip by mark_ready: share from scratch
        still_empty = catalog_demo.lectures_for_demo_videos(session=session, owner_ids=teachers)
        assignments = {
            lecture_id: clips[index % len(clips)] for index, lecture_id in enumerate(still_empty)
        }
        done = catalog_service.set_lecture_videos(session=session, assignments=assignments)
    # The dashboards' history watches real lectures, so it is played once they can be watched.
    if not _history_seeded():
        # the demo student's own purchases, watching and a list over the past weeks, before the
        # history (whose rollups then count them); both are played once
        seed_demo_student_learning()
        stats_seed.seed_demo_history()
    # months of revenue ledger before that history, bought by its learners (idempotent)
    seed_demo_ledger()
    # a finished course with its certificate and a few notes for the demo student (idempotent)
    seed_demo_learning()
    seed_demo_announcements()  # one announcement with a comment, on a course of hers
    # a few Q&A threads on a demo course, one answered by the instructor (idempotent)
    seed_demo_qa()
    seed_demo_quiz()  # a quiz in the demo student's course under way (idempotent)
    log.info(
        "demo_videos_ready",
        clips=len(clips),
        lectures=done,
        seconds=round(time.monotonic() - started, 1),
    )
    return done
