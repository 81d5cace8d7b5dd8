"""Caption use cases that span storage and the database (cosmicpython's flows).

Each stores the new file first, then changes the rows in one transaction, then deletes the
file that version replaced. If the transaction fails the new file is deleted again, so no
file is left that no row points at; a failure to delete a replaced file is logged (the row
already points at the new one, so nothing serves the old file).
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence

from udemy_clone.core import db
from udemy_clone.core.errors import InvalidInput, PayloadTooLarge
from udemy_clone.core.log import get_logger
from udemy_clone.core.storage import get_storage
from udemy_clone.media import captions
from udemy_clone.media.caption_format import (
    MAX_CAPTION_BYTES,
    CaptionRejected,
    Cue,
    language_code,
    read_caption_file,
    to_webvtt,
)
from udemy_clone.media.caption_models import CaptionSource
from udemy_clone.media.captions import CaptionTrack, TrackSaved

log = get_logger(__name__)
VTT_TYPE = "text/vtt"


def _delete_file(key: str | None) -> None:
    if not key:
        return
    try:
        get_storage().delete(key)
    except Exception:  # the row no longer points at it; logged for the storage sweep
        log.exception("caption_file_delete_failed", key=key)


def _store(lecture_id: int, language: str, cues: Sequence[Cue]) -> str:
    key = captions.caption_storage_key(lecture_id, language)
    get_storage().put_bytes(key, to_webvtt(list(cues)).encode("utf-8"), content_type=VTT_TYPE)
    return key


def _save(
    *,
    lecture_id: int,
    language: str,
    cues: Sequence[Cue],
    source: CaptionSource,
    actor_id: int | None,
    actor_roles: Sequence[str],
) -> TrackSaved | None:
    key = _store(lecture_id, language, cues)
    try:
        with db.transaction() as session:
            if actor_id is not None:  # checked again: access may have changed meanwhile
                course_id = captions.check_can_manage_captions(
                    session=session,
                    lecture_id=lecture_id,
                    actor_id=actor_id,
                    actor_roles=actor_roles,
                )
            else:
                course_id = captions.lecture_course_id(session=session, lecture_id=lecture_id)
            saved = captions.save_caption_track(
                session=session,
                lecture_id=lecture_id,
                course_id=course_id,
                language=language,
                cues=cues,
                storage_key=key,
                source=source,
            )
    except BaseException:
        _delete_file(key)
        raise
    if saved is None:
        _delete_file(key)
        return None
    _delete_file(saved.replaced_key)
    return saved


def upload_captions(
    *, lecture_id: int, actor_id: int, actor_roles: Sequence[str], language: str, data: bytes
) -> TrackSaved:
    """An instructor's WebVTT/SRT file for a lecture: checked, stored, replacing that language."""
    with db.read_session() as session:
        captions.check_can_manage_captions(
            session=session, lecture_id=lecture_id, actor_id=actor_id, actor_roles=actor_roles
        )
        seconds = captions.lecture_video_seconds(session=session, lecture_id=lecture_id)
    if len(data) > MAX_CAPTION_BYTES:
        raise PayloadTooLarge(
            "Caption files may be at most 1 MB.",
            code="file_too_large",
        )
    try:
        code = language_code(language)
    except CaptionRejected as exc:
        raise InvalidInput(exc.message, code="invalid_language", field="language") from None
    try:
        cues = read_caption_file(data, duration_seconds=seconds)
    except CaptionRejected as exc:
        raise InvalidInput(exc.message, code="invalid_captions", field="file") from None
    saved = _save(
        lecture_id=lecture_id,
        language=code,
        cues=cues,
        source=CaptionSource.uploaded,
        actor_id=actor_id,
        actor_roles=actor_roles,
    )
    assert saved is not None  # an upload always wins
    log.info("captions_uploaded", lecture_id=lecture_id, language=code, cues=len(cues))
    return saved


def remove_captions(
    *, lecture_id: int, actor_id: int, actor_roles: Sequence[str], language: str
) -> None:
    """Delete a lecture's track in `language`: its row, its cues and its file."""
    try:
        code = language_code(language)
    except CaptionRejected:
        code = language
    with db.transaction() as session:
        captions.check_can_manage_captions(
            session=session, lecture_id=lecture_id, actor_id=actor_id, actor_roles=actor_roles
        )
        key = captions.delete_caption_track(session=session, lecture_id=lecture_id, language=code)
    _delete_file(key)


def store_auto_captions(
    *, lecture_id: int, language: str, cues: Sequence[Cue]
) -> CaptionTrack | None:
    """Save speech-recognised cues as the lecture's auto-generated track, unless it has captions
    in that language already (uploaded tracks always win; None then)."""
    with db.read_session() as session:
        existing = captions.caption_track(session=session, lecture_id=lecture_id, language=language)
    if existing is not None:
        return None
    saved = _save(
        lecture_id=lecture_id,
        language=language,
        cues=cues,
        source=CaptionSource.auto,
        actor_id=None,
        actor_roles=(),
    )
    return saved.track if saved is not None else None


def store_captions(
    *, lecture_id: int, language: str, cues: Sequence[Cue], source: CaptionSource
) -> TrackSaved | None:
    """Save cues made by the system (the demo seed) as a lecture's track in `language`."""
    return _save(
        lecture_id=lecture_id,
        language=language,
        cues=cues,
        source=source,
        actor_id=None,
        actor_roles=(),
    )


def read_caption_file_bytes(*, storage_key: str) -> bytes:
    """The stored WebVTT of a track version."""
    with contextlib.closing(get_storage().open_range(storage_key)) as read:
        return read.read_all()
