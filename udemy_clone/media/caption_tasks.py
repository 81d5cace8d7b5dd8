"""Jobs of the media domain's captions: English auto captions once a lecture's video is ready.

`start_auto_captions` handles `media.video_ready` and queues `generate_auto_captions`, which is
idempotent: a lecture that has captions (uploaded or generated) is left alone, and an upload
that lands while recognition runs wins (`caption_flows.store_auto_captions` never replaces an
uploaded track). Videos without sound, or whose sound is a steady tone or silence (the demo
clips), are skipped before recognition starts. Recognition that fails or runs out of time is
recorded in `job_failures` and not retried (the same file would fail the same way).
"""

from __future__ import annotations

import time

from udemy_clone.core import db, processes, queue
from udemy_clone.core.errors import NotFound
from udemy_clone.core.log import get_logger
from udemy_clone.core.storage import get_storage
from udemy_clone.media import caption_flows, captions, speech
from udemy_clone.media import service as media_service
from udemy_clone.media.events import VideoReady
from udemy_clone.media.models import VideoStatus
from udemy_clone.media.transcode import VideoRejected, probe_video

log = get_logger(__name__)

AUTO_LANGUAGE = "en"
# Recognition runs at about a third of real time on one core; long lectures get longer.
MIN_TIMEOUT_SECONDS = 120
TIMEOUT_PER_VIDEO_SECOND = 1.5
MAX_TIMEOUT_SECONDS = 3 * 3600
JOB_OVERHEAD_SECONDS = 120
RETRY_INTERVALS = (30, 300)


def recognition_timeout(duration_seconds: float) -> float:
    """How long recognition of a video of this length may take."""
    wanted = MIN_TIMEOUT_SECONDS + TIMEOUT_PER_VIDEO_SECOND * max(0.0, duration_seconds)
    return min(float(MAX_TIMEOUT_SECONDS), wanted)


def auto_captions_job_id(video_id: int) -> str:
    """The one job id of a video's auto captions (a second request for it is a no-op)."""
    return f"auto-captions-{video_id}"


def start_auto_captions(event: VideoReady, *, event_id: int) -> None:
    """Event handler (VideoReady): queue English auto captions for the video's lecture."""
    job_id = auto_captions_job_id(event.video_id)
    if queue.job_pending(job_id):
        return
    with db.read_session() as session:
        try:
            video = media_service.get_video(session=session, video_id=event.video_id)
        except NotFound:
            return  # deleted since: nothing to caption
        duration = float(video.duration_seconds or 0)
    queue.enqueue(
        generate_auto_captions,
        event.video_id,
        queue="low",
        job_timeout=int(recognition_timeout(duration)) + JOB_OVERHEAD_SECONDS,
        retry_intervals=RETRY_INTERVALS,
        job_id=job_id,
    )


def generate_auto_captions(video_id: int) -> str:
    """Job: recognise the speech of a ready video and store it as the lecture's English
    auto-generated captions; returns what it did (for logs and tests)."""
    with db.read_session() as session:
        try:
            video = media_service.get_video(session=session, video_id=video_id)
        except NotFound:
            return "skipped: video deleted"
        lecture_id, source_key = video.lecture_id, video.source_key
        duration = float(video.duration_seconds or 0)
        if video.status != VideoStatus.ready.value or not source_key:
            return "skipped: video not ready"
        if captions.lecture_has_captions(session=session, lecture_id=lecture_id):
            return "skipped: lecture has captions"
    timeout = recognition_timeout(duration)
    started = time.monotonic()
    try:
        with processes.scratch_dir(f"captions-{video_id}-") as work:
            source = get_storage().download_to(source_key, work / "source")
            probe = probe_video(source)
            if not probe.has_audio:
                return "skipped: no sound"
            cues = speech.transcribe(source, probe=probe, work=work, timeout=timeout)
    except (speech.SpeechFailed, VideoRejected) as exc:
        message = getattr(exc, "message", None) or str(exc)
        queue.record_failure(
            job_id=processes.current_job_id() or auto_captions_job_id(video_id),
            func_name=queue.func_path(generate_auto_captions),
            args=[video_id],
            queue="low",
            error=f"Auto captions failed for video {video_id}: {message}",
        )
        return "failed"
    if not cues:
        log.info("auto_captions_no_speech", video_id=video_id, lecture_id=lecture_id)
        return "skipped: no speech"
    track = caption_flows.store_auto_captions(
        lecture_id=lecture_id, language=AUTO_LANGUAGE, cues=cues
    )
    log.info(
        "auto_captions_done",
        video_id=video_id,
        lecture_id=lecture_id,
        cues=len(cues),
        stored=track is not None,
        seconds=round(time.monotonic() - started, 1),
    )
    return "stored" if track is not None else "skipped: lecture has captions"
