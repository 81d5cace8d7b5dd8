"""An accepted upload becomes an RQ job on the default queue, with a timeout and retries."""

from __future__ import annotations

from redis import Redis
from rq import Queue

from udemy_clone.core.config import get_settings
from udemy_clone.media import tasks
from udemy_clone.media.events import VideoUploaded


def test_the_upload_event_queues_one_transcode_job_on_rq(redis_url):
    tasks.start_transcode(VideoUploaded(video_id=42, lecture_id=7, owner_id=3), event_id=1)
    tasks.start_transcode(VideoUploaded(video_id=42, lecture_id=7, owner_id=3), event_id=1)

    queue = Queue("default", connection=Redis.from_url(redis_url))
    jobs = queue.jobs
    assert [job.id for job in jobs] == ["transcode-video-42"]  # a re-delivered event: one job
    job = jobs[0]
    assert job.func_name == "udemy_clone.media.tasks.transcode_video"
    assert job.args == (42,)
    assert job.timeout == get_settings().transcode_timeout_seconds + tasks.JOB_OVERHEAD_SECONDS
    assert job.retries_left == len(tasks.TRANSCODE_RETRY_INTERVALS)
