"""Demo captions: English captions on the first lectures of the demo instructor's courses.

Called by the demo seed before the demo videos are made, so the lecture the demo clips are
recorded on already has captions and no speech recognition runs on the synthetic clips.
Idempotent: a lecture that has captions keeps them. Cue times stay inside the shortest clip.
"""

from __future__ import annotations

from udemy_clone.auth import service as auth_service
from udemy_clone.catalog import service as catalog_service
from udemy_clone.core import db
from udemy_clone.core.log import get_logger
from udemy_clone.media import caption_flows, captions
from udemy_clone.media.caption_format import Cue
from udemy_clone.media.caption_models import CaptionSource

log = get_logger(__name__)

DEMO_INSTRUCTOR_EMAIL = "instructor@example.com"
LECTURES_PER_COURSE = 2
DEMO_SCRIPT = (
    (0.5, 3.5, "Welcome back! In this lecture: {title}."),
    (4.0, 7.5, "First we look at the big picture,\nthen we work through an example."),
    (8.0, 11.5, "Pause the video whenever you want\nto try a step on your own."),
    (12.0, 15.5, "Notice how each small step\nis checked before we move on."),
    (16.0, 19.5, "In the next lecture we build on this,\nso keep your project open."),
)


def demo_cues(title: str) -> list[Cue]:
    """The demo captions of a lecture (20 seconds: the shortest demo clip is 24)."""
    return [
        Cue(round(start * 1000), round(end * 1000), text.format(title=title[:60]))
        for start, end, text in DEMO_SCRIPT
    ]


def seed_demo_captions() -> int:
    """Give the first lectures of the demo instructor's courses English captions; how many."""
    with db.read_session() as session:
        owner = auth_service.get_user_by_email(session=session, email=DEMO_INSTRUCTOR_EMAIL)
        if owner is None or owner.id is None:
            return 0
        courses, _ = catalog_service.list_instructor_courses(
            session=session, owner_id=owner.id, page_size=100
        )
        chosen: list[tuple[int, str]] = []
        for course in sorted(courses, key=lambda c: c.id):
            lectures = [
                lecture
                for section in catalog_service.get_curriculum(session=session, course_id=course.id)
                for lecture in section.lectures
            ][:LECTURES_PER_COURSE]
            chosen += [
                (lecture.id, lecture.title)
                for lecture in lectures
                if not captions.lecture_has_captions(session=session, lecture_id=lecture.id)
            ]
    for lecture_id, title in chosen:
        caption_flows.store_captions(
            lecture_id=lecture_id,
            language="en",
            cues=demo_cues(title),
            source=CaptionSource.uploaded,
        )
    if chosen:
        log.info("demo_captions_seeded", lectures=len(chosen))
    return len(chosen)
