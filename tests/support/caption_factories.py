"""Caption tracks and cues for tests: rows written directly, as the captions feature would."""

from __future__ import annotations

from collections.abc import Sequence

from sqlmodel import col, delete, select

from udemy_clone.core import db, outbox
from udemy_clone.media.caption_models import CaptionCue, CaptionSource, LectureCaption
from udemy_clone.media.events import CaptionsChanged


def make_captions(
    *,
    course_id: int,
    lecture_id: int,
    cues: Sequence[tuple[int, int, str]],
    language: str = "en",
    announce: bool = True,
) -> LectureCaption:
    """Replace a lecture's caption track in `language` with these (start_ms, end_ms, text)
    cues, and announce CaptionsChanged (the search reindexes the lecture on it)."""
    with db.transaction() as session:
        old = session.exec(
            select(LectureCaption).where(
                col(LectureCaption.lecture_id) == lecture_id,
                col(LectureCaption.language) == language,
            )
        ).first()
        if old is not None:
            session.exec(delete(CaptionCue).where(col(CaptionCue.caption_id) == old.id))  # type: ignore[call-overload]
            session.delete(old)
            session.flush()
        caption = LectureCaption(
            lecture_id=lecture_id,
            course_id=course_id,
            language=language,
            label="English",
            source=CaptionSource.uploaded.value,
            storage_key=f"captions/test/{lecture_id}-{language}.vtt",
            cue_count=len(cues),
        )
        session.add(caption)
        session.flush()
        for start_ms, end_ms, text in cues:
            session.add(
                CaptionCue(
                    caption_id=int(caption.id or 0),
                    lecture_id=lecture_id,
                    course_id=course_id,
                    language=language,
                    start_ms=start_ms,
                    end_ms=end_ms,
                    text=text,
                )
            )
        if announce:
            announce_captions_changed(
                session=session, course_id=course_id, lecture_id=lecture_id, language=language
            )
        return caption


def remove_captions(*, course_id: int, lecture_id: int, language: str = "en") -> None:
    """Delete a lecture's caption track and its cues, and announce it."""
    with db.transaction() as session:
        session.exec(  # type: ignore[call-overload]
            delete(CaptionCue).where(
                col(CaptionCue.lecture_id) == lecture_id, col(CaptionCue.language) == language
            )
        )
        session.exec(  # type: ignore[call-overload]
            delete(LectureCaption).where(
                col(LectureCaption.lecture_id) == lecture_id,
                col(LectureCaption.language) == language,
            )
        )
        announce_captions_changed(
            session=session, course_id=course_id, lecture_id=lecture_id, language=language
        )


def announce_captions_changed(*, session, course_id: int, lecture_id: int, language: str) -> None:  # type: ignore[no-untyped-def]
    """Put CaptionsChanged in the outbox (what the captions feature does on every change)."""
    outbox.emit(
        session, CaptionsChanged(lecture_id=lecture_id, course_id=course_id, language=language)
    )
