"""kill -9 in the middle of the work: after a restart nothing is lost, stuck or orphaned.

Each test prints the recovery time it measured (run with -s to see the figures).
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlmodel import col, select

from tests.support.factories import make_course, make_user
from tests.support.media_factories import first_lecture_ids
from udemy_clone.core import db
from udemy_clone.core.models import Job, JobFailure, JobStatus
from udemy_clone.media import service as media_service
from udemy_clone.media.models import Video
from udemy_clone.media.transcode import probe_video

from .conftest import Cluster, ffmpeg_of, processes_of, wait_for

pytestmark = pytest.mark.slow


def _make_clip(path: Path, seconds: int = 60) -> Path:
    """A test-pattern video with a tone, small enough to transcode in seconds on 2 cores."""
    subprocess.run(
        ["ffmpeg", "-nostdin", "-loglevel", "error", "-y"]
        + ["-f", "lavfi", "-i", f"testsrc=size=320x180:rate=24:duration={seconds}"]
        + ["-f", "lavfi", "-i", f"sine=frequency=440:duration={seconds}"]
        + ["-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac", "-shortest", str(path)],
        check=True,
        timeout=120,
    )
    return path


def _upload_video(clip: Path) -> int:
    """What the upload endpoint does: check the file, store it, record the video (+ event)."""
    instructor = make_user(role="instructor")
    course = make_course(owner=instructor, ready_videos=False)
    lecture_id = first_lecture_ids(int(course.id))[0]
    probe = probe_video(clip)
    key = media_service.store_upload_source(source_path=clip, probe=probe)
    with db.transaction() as session:
        video = media_service.create_video_from_upload(
            session=session,
            lecture_id=lecture_id,
            actor_id=int(instructor.id),
            source_key=key,
            probe=probe,
            original_filename="lesson.mp4",
        )
        assert video.id is not None
        return video.id


def _video(video_id: int) -> Video:
    with db.read_session() as session:
        video = session.get(Video, video_id)
        assert video is not None
        return video


def _kill_at_progress(cluster: Cluster, proc, video_id: int, percent: int, *, group: bool) -> int:  # noqa: ANN001
    """Wait for the transcode to reach `percent`, then kill -9; returns the progress seen."""
    reached = wait_for(lambda: _video(video_id).progress >= percent, 180, 0.05)
    video = _video(video_id)
    assert reached, f"video {video.status} at {video.progress} %: {video.error}\n{_logs(cluster)}"
    seen = _video(video_id).progress
    if group:
        cluster.kill_group(proc)
    else:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    return seen


def _interesting(text: str) -> str:
    """Warnings, errors and tracebacks first (the routine job lines bury them), then the tail."""
    keep = [
        line
        for line in text.splitlines()
        if any(word in line for word in ("warning", "error", "Error", "Traceback", "failed"))
    ]
    return "\n".join(keep[-40:]) + "\n...\n" + text[-2000:]


def _logs(cluster: Cluster) -> str:
    """The tail of every process log of the test (for failure messages)."""
    return "\n".join(
        f"--- {log.name}\n{_interesting(log.read_text(errors='replace'))}"
        for log in sorted(cluster.data_dir.glob("*.log"))
    )


def _assert_nothing_left(cluster: Cluster) -> None:
    """No orphan process, no temp dir, no job stuck, no failure recorded."""
    jobs_tmp = cluster.data_dir / "tmp" / "jobs"
    assert wait_for(lambda: not jobs_tmp.exists() or not any(jobs_tmp.iterdir()), 30), list(
        jobs_tmp.iterdir()
    )
    assert not (cluster.data_dir / "tmp" / "transcode").exists()

    def settled() -> bool:
        with db.read_session() as session:
            return not session.exec(
                select(Job).where(
                    col(Job.status).in_([JobStatus.queued, JobStatus.running]),
                    col(Job.run_at) <= db.utcnow(),
                )
            ).all()

    assert wait_for(settled, 60, 0.5), "jobs stayed queued or running"
    with db.read_session() as session:
        failures = session.exec(select(JobFailure)).all()
    assert [(f.func_name, f.error[-300:]) for f in failures] == []


def _assert_no_orphans(cluster: Cluster) -> None:
    assert wait_for(lambda: not ffmpeg_of(cluster.data_dir), 15), ffmpeg_of(cluster.data_dir)
    assert wait_for(lambda: not processes_of(cluster.data_dir), 15), processes_of(cluster.data_dir)


def test_embedded_app_killed_mid_transcode_finishes_the_video_after_restart(
    cluster: Cluster, tmp_path: Path
):
    clip = _make_clip(tmp_path / "lesson.mp4")
    video_id = _upload_video(clip)
    app = cluster.start_app()
    seen = _kill_at_progress(cluster, app, video_id, 20, group=True)
    assert _video(video_id).status == "processing"
    _assert_no_orphans(cluster)  # FFmpeg died with the app
    assert any((cluster.data_dir / "tmp" / "jobs").iterdir())  # the dead run's files are there

    restarted = time.monotonic()
    cluster.start_app()
    assert wait_for(lambda: _video(video_id).status == "ready", 60, 0.2), _video(video_id)
    recovery = time.monotonic() - restarted
    print(f"\nembedded transcode: killed at {seen} %, ready {recovery:.1f} s after restart")
    assert _video(video_id).progress == 100
    _assert_nothing_left(cluster)


def test_embedded_app_killed_after_purchases_sends_every_receipt_after_restart(
    cluster: Cluster,
):
    from udemy_clone.notifications.models import EmailLog, EmailStatus
    from udemy_clone.orders import service as orders_service

    course_id = int(make_course(ready_videos=True).id)
    from udemy_clone.catalog import service as catalog_service

    with db.transaction() as session:
        owner = catalog_service.get_course(session=session, course_id=course_id).owner_id
        catalog_service.submit_course(session=session, actor_id=int(owner), course_id=course_id)
        catalog_service.publish_course(session=session, actor_roles=["admin"], course_id=course_id)
    students = [make_user(role="student") for _ in range(10)]
    app = cluster.start_app()

    def buy(student) -> int:  # noqa: ANN001
        started = orders_service.start_checkout(user_id=int(student.id), course_ids=[course_id])
        with db.transaction() as session:
            orders_service.complete_sandbox_payment(
                session=session,
                actor_id=int(student.id),
                actor_roles=["student"],
                order_id=started.order_id,
            )
        return started.order_id

    with ThreadPoolExecutor(max_workers=10) as pool:
        orders = list(pool.map(buy, students))
    cluster.kill_group(app)
    assert len(set(orders)) == 10
    student_ids = [int(s.id) for s in students]

    def receipts_sent() -> int:
        with db.read_session() as session:
            return len(
                session.exec(
                    select(EmailLog).where(
                        col(EmailLog.user_id).in_(student_ids),
                        col(EmailLog.status) == EmailStatus.sent.value,
                    )
                ).all()
            )

    before = receipts_sent()
    _assert_no_orphans(cluster)
    restarted = time.monotonic()
    cluster.start_app()
    assert wait_for(lambda: receipts_sent() == 10, 30, 0.2), receipts_sent()
    recovery = time.monotonic() - restarted
    print(f"\npurchases: {before}/10 receipts sent before the kill, all 10 {recovery:.1f} s after")
    # once each: one .eml file per student
    # the file backend writes through the storage port (local storage lives under DATA_DIR)
    addressed = [p.read_text(errors="replace") for p in cluster.data_dir.rglob("mail-outbox/*.eml")]
    for student in students:
        assert sum(student.email in text for text in addressed) == 1, student.email
    _assert_nothing_left(cluster)


@pytest.mark.redis
def test_rq_worker_killed_mid_transcode_another_worker_finishes_the_video(
    cluster: Cluster, redis_url: str, tmp_path: Path
):
    cluster.env["REDIS_URL"] = redis_url
    clip = _make_clip(tmp_path / "lesson.mp4")
    video_id = _upload_video(clip)
    worker = cluster.start_worker()
    # only the worker process: its work horse and FFmpeg must die with it on their own
    seen = _kill_at_progress(cluster, worker, video_id, 20, group=False)
    killed = time.monotonic()
    _assert_no_orphans(cluster)
    cluster.start_worker()
    assert wait_for(lambda: _video(video_id).status == "ready", 90, 0.2), _logs(cluster)
    recovery = time.monotonic() - killed
    print(f"\nRQ transcode: worker killed at {seen} %, ready {recovery:.1f} s after the kill")
    _assert_nothing_left(cluster)
