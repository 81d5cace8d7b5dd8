"""Demo captions: the first lectures of the demo instructor's courses get English captions on
the first start (before the demo videos, so no speech recognition runs on the synthetic clips),
and seeding again changes nothing."""

from __future__ import annotations

import pytest
from sqlmodel import col, select

from tests.support.media_fixtures import app_storage  # noqa: F401
from udemy_clone import seed
from udemy_clone.core import db as core_db
from udemy_clone.core.queue import local_queue
from udemy_clone.media.caption_models import CaptionCue, LectureCaption
from udemy_clone.media.seed import LECTURES_PER_COURSE, seed_demo_captions

pytestmark = pytest.mark.timeout(300)


def test_demo_lectures_get_captions_once(db, monkeypatch, app_storage):  # noqa: F811
    monkeypatch.setattr(local_queue, "eager", False)  # the demo videos job stays queued
    assert seed.seed_demo_data() is True
    with core_db.read_session() as session:
        tracks = session.exec(select(LectureCaption)).all()
        cues = session.exec(select(CaptionCue)).all()
    assert tracks, "the demo seed wrote no captions"
    courses = {t.course_id for t in tracks}
    assert len(tracks) <= LECTURES_PER_COURSE * len(courses)
    assert {(t.language, t.label, t.source, t.cue_count) for t in tracks} == {
        ("en", "English", "uploaded", 5)
    }
    assert len(cues) == 5 * len(tracks)
    assert max(c.end_ms for c in cues) <= 20_000  # inside the shortest demo clip (24 s)
    for track in tracks:
        assert app_storage.read_bytes(track.storage_key).startswith(b"WEBVTT")

    assert seed_demo_captions() == 0  # idempotent
    with core_db.read_session() as session:
        assert len(session.exec(select(col(LectureCaption.id))).all()) == len(tracks)
