"""Caption tracks of the lectures in the instructor's curriculum editor (list, delete).

Uploads go from the browser straight to `POST /api/v1/lectures/{id}/captions`
(assets/caption_upload.jsx); this state lists each lecture's tracks, shows upload errors and
deletes tracks. Rows of every lecture on the page live in one list, keyed by lecture id.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

import reflex as rx

from udemy_clone.core import db
from udemy_clone.core.errors import DomainError
from udemy_clone.media import service
from udemy_clone.web.kit.auth import current_user


@dataclass
class StudioCaptionRow:
    """One caption track of a lecture, as the curriculum editor lists it."""

    lecture_id: int = 0
    language: str = ""
    label: str = ""
    is_auto: bool = False
    cue_count: int = 0


def _lecture_tracks(lecture_id: int, user_id: int, roles: list[str]) -> list[StudioCaptionRow]:
    with db.read_session() as session:
        service.check_can_manage_captions(
            session=session, lecture_id=lecture_id, actor_id=user_id, actor_roles=roles
        )
        tracks = service.caption_tracks(session=session, lecture_id=lecture_id)
    return [
        StudioCaptionRow(t.lecture_id, t.language, t.label, t.is_auto, t.cue_count) for t in tracks
    ]


def _remove(lecture_id: int, language: str, user_id: int, roles: list[str]) -> None:
    service.remove_captions(
        lecture_id=lecture_id, actor_id=user_id, actor_roles=roles, language=language
    )


class StudioCaptionsState(rx.State):
    """Caption tracks per lecture of the open curriculum, and the last message per lecture."""

    rows: list[StudioCaptionRow] = []
    error_by_lecture: dict[str, str] = {}
    notice_by_lecture: dict[str, str] = {}

    async def _refresh(self, lecture_id: int) -> None:
        auth = await current_user(self)
        if not auth.user_id:
            return
        try:
            fresh = await asyncio.to_thread(
                _lecture_tracks, lecture_id, auth.user_id, list(auth.roles)
            )
        except DomainError as exc:
            self.error_by_lecture[str(lecture_id)] = exc.message
            return
        self.rows = [r for r in self.rows if r.lecture_id != lecture_id] + fresh

    @rx.event
    async def track_lecture(self, lecture_id: int) -> None:
        """On mount of a lecture's caption box: list its tracks."""
        await self._refresh(int(lecture_id))

    @rx.event
    async def uploaded(self, lecture_id: int, language: str) -> None:
        """A caption file was accepted: list the lecture's tracks again."""
        key = str(lecture_id)
        self.error_by_lecture[key] = ""
        self.notice_by_lecture[key] = f"Captions saved ({language})."
        await self._refresh(int(lecture_id))

    @rx.event
    def upload_failed(self, lecture_id: int, message: str) -> None:
        """The upload was refused: say why (the existing tracks stay)."""
        key = str(lecture_id)
        self.notice_by_lecture[key] = ""
        self.error_by_lecture[key] = str(message)[:500]

    @rx.event
    async def delete(self, lecture_id: int, language: str) -> None:
        """Remove a track (its file and cues)."""
        auth = await current_user(self)
        key = str(lecture_id)
        try:
            await asyncio.to_thread(
                _remove, int(lecture_id), str(language), auth.user_id, list(auth.roles)
            )
        except DomainError as exc:
            self.error_by_lecture[key] = exc.message
            return
        self.error_by_lecture[key] = ""
        self.notice_by_lecture[key] = "Captions removed."
        await self._refresh(int(lecture_id))
