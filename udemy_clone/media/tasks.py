"""Jobs of the media domain: turning an uploaded lecture video into HLS.

`start_transcode` handles the outbox event `media.video_uploaded` and queues `transcode_video`,
which is idempotent: a finished video is left alone, a run in progress elsewhere is not
duplicated, and a rerun after a crash replaces whatever the crashed run stored.
"""

from __future__ import annotations

import contextlib
import threading
import time
from datetime import timedelta

from udemy_clone.core import db, metrics, processes, queue
from udemy_clone.core.config import get_settings
from udemy_clone.core.log import get_logger
from udemy_clone.core.storage import get_storage
from udemy_clone.media import service
from udemy_clone.media.events import VideoUploaded
from udemy_clone.media.models import VideoStatus
from udemy_clone.media.transcode import (
    TranscodeFailed,
    VideoRejected,
    probe_video,
    transcode_to_hls,
)

log = get_logger(__name__)

# Retries for crashes (storage or database down, worker killed); bad videos fail at once.
TRANSCODE_RETRY_INTERVALS = (10, 60)
MAX_ATTEMPTS = 1 + len(TRANSCODE_RETRY_INTERVALS)
# Time for download, probe, poster and upload on top of FFmpeg's own limit.
JOB_OVERHEAD_SECONDS = 600
# Progress is written at most this often (in percent points and seconds).
PROGRESS_STEP_PERCENT = 3
PROGRESS_MIN_INTERVAL_SECONDS = 1.0
# FFmpeg's share of the progress bar; uploading the ladder takes the rest.
TRANSCODE_SHARE = 90
# The run's hold on the video: short, renewed while it works, so a dead run's ends soon.
VIDEO_LEASE_SECONDS = 30
VIDEO_HEARTBEAT_SECONDS = 8
# A video processing with no live run for this long is queued again by the sweeper.
STUCK_AFTER = timedelta(seconds=90)
CRASH_MESSAGE = (
    "We could not process this video because of a problem on our side. "
    "Upload it again in a few minutes."
)


class VideoBusy(Exception):
    """Another run holds the video; this run is retried later (and then finds it finished)."""


def job_timeout_seconds() -> int:
    """The RQ timeout of one transcode run."""
    return int(get_settings().transcode_timeout_seconds) + JOB_OVERHEAD_SECONDS


def start_transcode(event: VideoUploaded, *, event_id: int) -> None:
    """Event handler (VideoUploaded): queue the transcode job of the uploaded video."""
    video_id = event.video_id
    queue_transcode(video_id)


def transcode_job_id(video_id: int) -> str:
    """The one job id of a video's transcode (a second request for it is a no-op)."""
    return f"transcode-video-{video_id}"


def queue_transcode(video_id: int) -> None:
    """Queue the transcode of a video unless its job already waits or runs."""
    job_id = transcode_job_id(video_id)
    if queue.job_pending(job_id):
        return  # the event was delivered again while its job waits or runs
    queue.enqueue(
        transcode_video,
        video_id,
        queue="default",
        job_timeout=job_timeout_seconds(),
        retry_intervals=TRANSCODE_RETRY_INTERVALS,
        job_id=job_id,
    )


class _LeaseKeeper:
    """Renews the run's lease on the video every few seconds while the work goes on."""

    def __init__(self, video_id: int, owner: str | None) -> None:
        self.video_id, self.owner = video_id, owner
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self._run, name=f"video-lease-{video_id}", daemon=True
        )

    def __enter__(self) -> _LeaseKeeper:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=10)

    def _run(self) -> None:
        while not self._stop.wait(VIDEO_HEARTBEAT_SECONDS):
            try:
                with db.transaction() as session:
                    service.renew_lease(
                        session=session,
                        video_id=self.video_id,
                        lease_seconds=VIDEO_LEASE_SECONDS,
                        owner=self.owner,
                    )
            except Exception:  # the next beat tries again; the lease outlives a few misses
                log.exception("video_lease_renew_failed", video_id=self.video_id)


class _ProgressWriter:
    """Writes FFmpeg's progress to the video row, throttled."""

    def __init__(self, video_id: int) -> None:
        self.video_id = video_id
        self.last_percent = 0
        self.last_write = 0.0

    def __call__(self, fraction: float) -> None:
        self.write(int(fraction * TRANSCODE_SHARE))

    def write(self, percent: int, *, force: bool = False) -> None:
        now = time.monotonic()
        if not force and (
            percent < self.last_percent + PROGRESS_STEP_PERCENT
            or now - self.last_write < PROGRESS_MIN_INTERVAL_SECONDS
        ):
            return
        self.last_percent, self.last_write = percent, now
        try:
            with db.transaction() as session:
                service.record_progress(session=session, video_id=self.video_id, percent=percent)
        except Exception:  # progress is cosmetic: never fail a transcode over it
            log.exception("video_progress_write_failed", video_id=self.video_id)


def transcode_video(video_id: int) -> None:
    """Job: transcode an uploaded video to HLS, store the ladder, mark it ready or failed."""
    owner = processes.current_job_id()
    with db.transaction() as session:
        video = service.claim_for_processing(
            session=session, video_id=video_id, lease_seconds=VIDEO_LEASE_SECONDS, owner=owner
        )
        if video is None:
            status = service.get_video(session=session, video_id=video_id).status
            if status in (VideoStatus.ready.value, VideoStatus.failed.value):
                log.info("transcode_skipped_finished", video_id=video_id)
                return
            raise VideoBusy(f"Video {video_id} is being processed by another run.")
        source_key = video.source_key
        attempts = video.attempts
    if attempts > MAX_ATTEMPTS or not source_key:
        _fail(video_id, CRASH_MESSAGE)
        return
    progress = _ProgressWriter(video_id)
    storage = get_storage()
    try:
        with _LeaseKeeper(video_id, owner), processes.scratch_dir(f"video-{video_id}-") as work:
            source = storage.download_to(source_key, work / "source")
            probe = probe_video(source)
            transcode_started = time.perf_counter()
            try:
                result = transcode_to_hls(source, work / "hls", probe=probe, on_progress=progress)
            except BaseException:
                metrics.observe(
                    "transcode_seconds", time.perf_counter() - transcode_started, outcome="failed"
                )
                raise
            metrics.observe(
                "transcode_seconds", time.perf_counter() - transcode_started, outcome="ready"
            )
            progress.write(TRANSCODE_SHARE, force=True)
            # A crashed earlier run may have stored part of a ladder: start from nothing.
            storage.delete_prefix(service.hls_prefix(video_id))
            storage.put_tree(service.hls_prefix(video_id), work / "hls")
        with db.transaction() as session:
            service.mark_ready(session=session, video_id=video_id, result=result)
        log.info("video_ready", video_id=video_id, seconds=result.duration_seconds)
    except (VideoRejected, TranscodeFailed) as exc:
        # The file itself is the problem: retrying cannot help, so say so now.
        log.warning("video_failed", video_id=video_id, reason=getattr(exc, "detail", "")[-500:])
        with contextlib.suppress(Exception):
            storage.delete_prefix(service.hls_prefix(video_id))
        _fail(video_id, exc.message)
    except BaseException:
        with db.transaction() as session:
            service.release_claim(session=session, video_id=video_id)
        if attempts >= MAX_ATTEMPTS:
            _fail(video_id, CRASH_MESSAGE)
        raise


def _fail(video_id: int, message: str) -> None:
    with db.transaction() as session:
        service.mark_failed(session=session, video_id=video_id, message=message)


def requeue_stuck_videos() -> int:
    """Sweeper job: queue again the videos left processing by a run that died; returns how many."""
    with db.read_session() as session:
        stuck = service.stuck_video_ids(session=session, idle_for=STUCK_AFTER)
    requeued = 0
    for video_id in stuck:
        if queue.job_pending(transcode_job_id(video_id)):
            continue
        log.warning("video_requeued", video_id=video_id)
        queue_transcode(video_id)
        requeued += 1
    return requeued
