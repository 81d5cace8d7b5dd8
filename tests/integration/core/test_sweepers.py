"""Sweepers queue again the work a dead process left: videos stuck processing, unsent emails."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import select

from tests.support.factories import make_course, make_user
from tests.support.media_factories import first_lecture_ids
from udemy_clone.core import db, queue
from udemy_clone.core.models import Job
from udemy_clone.media import tasks as media_tasks
from udemy_clone.media.models import Video
from udemy_clone.notifications import tasks as notification_tasks
from udemy_clone.notifications.models import EmailLog


def _queued_ids() -> set[str]:
    with db.read_session() as session:
        return {job.id for job in session.exec(select(Job)) if job.status == "queued"}


def test_videos_left_processing_by_a_dead_run_are_queued_again(committed_db):
    queue.local_queue.stop()  # the queued jobs stay rows to look at
    instructor = make_user(role="instructor")
    lecture_id = first_lecture_ids(int(make_course(owner=instructor, ready_videos=False).id))[0]
    long_ago = db.utcnow() - timedelta(minutes=10)
    with db.transaction() as session:
        videos = {
            name: Video(
                lecture_id=lecture_id,
                owner_id=int(instructor.id),
                status=status,
                storage_prefix="videos/x",
                source_key="uploads/x/original.mp4",
                lease_expires_at=lease,
                updated_at=updated,
            )
            for name, status, lease, updated in (
                ("stuck", "processing", long_ago, long_ago),
                ("running", "processing", db.utcnow() + timedelta(seconds=30), long_ago),
                ("just-uploaded", "processing", None, db.utcnow()),
                ("ready", "ready", None, long_ago),
            )
        }
        session.add_all(videos.values())
        session.flush()
        ids = {name: int(video.id) for name, video in videos.items()}
    assert media_tasks.requeue_stuck_videos() == 1
    assert _queued_ids() == {f"transcode-video-{ids['stuck']}"}
    assert media_tasks.requeue_stuck_videos() == 0  # its job already waits


def test_emails_never_sent_are_queued_again(committed_db):
    queue.local_queue.stop()
    user = make_user()
    now = db.utcnow()
    with db.transaction() as session:
        rows = {
            name: EmailLog(
                user_id=int(user.id),
                kind="purchase",
                template="receipt",
                dedupe_key=f"test:{name}",
                status=status,
                created_at=created,
                claimed_at=claimed,
            )
            for name, status, created, claimed in (
                ("lost-pending", "pending", now - timedelta(minutes=5), None),
                (
                    "dead-sender",
                    "sending",
                    now - timedelta(minutes=20),
                    now - timedelta(minutes=10),
                ),
                ("fresh", "pending", now, None),
                ("sending-now", "sending", now - timedelta(minutes=1), now),
                ("sent", "sent", now - timedelta(minutes=5), now - timedelta(minutes=5)),
            )
        }
        session.add_all(rows.values())
        session.flush()
        ids = {name: int(row.id) for name, row in rows.items()}
    assert notification_tasks.resend_stale_emails() == 2
    assert _queued_ids() == {f"email-{ids['lost-pending']}", f"email-{ids['dead-sender']}"}
    assert notification_tasks.resend_stale_emails() == 0
