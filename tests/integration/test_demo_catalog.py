"""The demo catalogue is honest: real videos (made in the background, shared between lectures),
lengths from those videos, ratings that are written reviews (some answered). SQLite and
PostgreSQL, with FFmpeg for real (short clips, so the test stays quick)."""

from __future__ import annotations

from collections import Counter

import pytest
from sqlmodel import col, func, select

from udemy_clone import demo_videos, seed
from udemy_clone.catalog.models import Course, CourseStatus, Lecture, Section
from udemy_clone.core import db
from udemy_clone.core.models import Job
from udemy_clone.core.queue import local_queue
from udemy_clone.media.models import Video, VideoStatus
from udemy_clone.reviews.models import Review

SHORT_CLIPS = (
    demo_videos.DemoClip("bars", "smptebars=size=320x180:rate=25", 2, 440),
    demo_videos.DemoClip("pattern", "testsrc2=size=320x180:rate=25", 3, 523),
)


def lectures_by_course(session) -> dict[int, list[Lecture]]:
    rows = session.exec(
        select(Section.course_id, Lecture).join(Lecture, col(Lecture.section_id) == Section.id)
    ).all()
    grouped: dict[int, list[Lecture]] = {}
    for course_id, lecture in rows:
        grouped.setdefault(course_id, []).append(lecture)
    return grouped


def test_first_start_only_queues_the_videos(db, monkeypatch):
    monkeypatch.setattr(local_queue, "eager", False)  # as in the running app: a durable job
    assert seed.seed_demo_data() is True
    with db_read() as session:
        job = session.get(Job, demo_videos.JOB_ID)
        assert job is not None and job.status == "queued"
        assert job.func_name == "udemy_clone.demo_videos:produce_demo_videos"
        assert session.exec(select(func.count(col(Video.id)))).one() == 0
        # no invented lengths: nothing to show until the real videos exist
        assert set(session.exec(select(Lecture.duration_seconds)).all()) == {0}


def test_reviews_are_the_ratings_and_some_are_answered(db, monkeypatch):
    monkeypatch.setattr(local_queue, "eager", False)
    seed.seed_demo_data()
    with db_read() as session:
        reviews = session.exec(select(Review)).all()
        courses = session.exec(
            select(Course).where(Course.status == CourseStatus.published.value)
        ).all()
    per_course = Counter(review.course_id for review in reviews)
    assert len(reviews) >= 100
    for course in courses:
        assert course.rating_count == per_course[course.id], course.title
        assert course.rating_sum == sum(r.rating for r in reviews if r.course_id == course.id)
    assert all(review.comment.strip() for review in reviews)
    replied = [review for review in reviews if review.reply_body]
    assert 0 < len(replied) < len(reviews)
    assert any(course.rating_count == 0 for course in courses)  # shown as "New"


def test_the_background_job_gives_every_demo_lecture_a_real_shared_video(db, monkeypatch):
    monkeypatch.setattr(demo_videos, "DEMO_CLIPS", SHORT_CLIPS)
    monkeypatch.setattr(local_queue, "eager", False)
    seed.seed_demo_data()
    monkeypatch.setattr(local_queue, "eager", True)
    assert demo_videos.produce_demo_videos() > 100

    with db_read() as session:
        videos = session.exec(select(Video)).all()
        assert sorted(round(v.duration_seconds or 0) for v in videos) == [2, 3]
        assert {v.status for v in videos} == {VideoStatus.ready.value}
        ready_ids = {v.id for v in videos}
        courses = {c.id: c for c in session.exec(select(Course)).all()}
        by_course = lectures_by_course(session)
    for course_id, lectures in by_course.items():
        course = courses[course_id]
        if course.status == CourseStatus.draft.value and not course.rejection_reason:
            assert any(not lecture.video_ready for lecture in lectures)  # checklist demo
            continue
        for lecture in lectures:
            if lecture.kind == "quiz":  # the demo quiz: questions, no video
                assert lecture.question_count > 0 and not lecture.video_id, course.title
                continue
            assert lecture.video_ready and lecture.video_id in ready_ids, course.title
            assert lecture.duration_seconds in (2, 3)
    # running the job again (a retry) makes nothing new
    assert demo_videos.produce_demo_videos() == 0
    with db_read() as session:
        assert session.exec(select(func.count(col(Video.id)))).one() == 2


@pytest.mark.parametrize("clip", demo_videos.DEMO_CLIPS, ids=lambda clip: clip.name)
def test_each_demo_clip_source_renders(clip, tmp_path):
    short = demo_videos.DemoClip(clip.name, clip.source, 1, clip.tone_hz)
    demo_videos.make_clip(short, tmp_path / "clip.mp4")
    assert (tmp_path / "clip.mp4").stat().st_size > 1000


db_read = db.read_session
