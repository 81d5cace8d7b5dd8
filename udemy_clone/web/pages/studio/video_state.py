"""Live processing state of lecture videos, for the instructor's curriculum editor.

One state per tab follows any number of lectures, keyed by lecture id (as a string, since
Reflex dict vars have string keys). While a video is processing, a background event reads
its row about once a second and pushes status and progress to the page.
"""

from __future__ import annotations

import asyncio

import reflex as rx
from reflex.event import EventSpec

from udemy_clone.core import db
from udemy_clone.core.errors import DomainError
from udemy_clone.media import service
from udemy_clone.media.models import Video, VideoStatus
from udemy_clone.web.kit.auth import current_user
from udemy_clone.web.kit.format import clock

POLL_SECONDS = 1.0
# A tab left open on a stuck video stops polling after this long (a reload resumes it).
MAX_POLL_SECONDS = 3 * 3600


class VideoStatusState(rx.State):
    """Upload and processing state per lecture id (as a string key)."""

    status_by_lecture: dict[str, str] = {}
    progress_by_lecture: dict[str, int] = {}
    error_by_lecture: dict[str, str] = {}
    duration_by_lecture: dict[str, str] = {}
    _video_by_lecture: dict[str, int] = {}
    _polling: bool = False

    def _show(self, key: str, video: Video | None) -> None:
        if video is None:
            self.status_by_lecture[key] = ""
            return
        assert video.id is not None
        self._video_by_lecture[key] = video.id
        self.status_by_lecture[key] = video.status
        self.progress_by_lecture[key] = int(video.progress)
        self.error_by_lecture[key] = video.error or ""
        self.duration_by_lecture[key] = (
            clock(video.duration_seconds) if video.status == VideoStatus.ready else ""
        )

    def _processing(self) -> bool:
        return any(
            status in (VideoStatus.processing.value, VideoStatus.uploaded.value)
            for status in self.status_by_lecture.values()
        )

    async def _user(self) -> tuple[int, list[str]]:
        auth = await current_user(self)
        return auth.user_id, list(auth.roles)

    @rx.event
    async def track_lecture(self, lecture_id: int) -> EventSpec | None:
        """On mount of an upload widget: show the lecture's latest video and follow it."""
        user_id, roles = await self._user()
        key = str(lecture_id)
        if not user_id:
            return None
        try:
            with db.read_session() as session:
                service.check_can_manage_lecture(
                    session=session, lecture_id=lecture_id, actor_id=user_id, actor_roles=roles
                )
                video = service.latest_video_for_lecture(session=session, lecture_id=lecture_id)
        except DomainError:
            return None
        self._show(key, video)
        return self._start_polling()

    @rx.event
    def upload_started(self, lecture_id: int) -> None:
        """The browser began sending a file: clear the previous error."""
        self.error_by_lecture[str(lecture_id)] = ""

    @rx.event
    async def uploaded(self, lecture_id: int, video_id: int) -> EventSpec | None:
        """The upload was accepted (202): follow its processing."""
        user_id, roles = await self._user()
        try:
            with db.read_session() as session:
                video = service.get_video_for_owner(
                    session=session, video_id=int(video_id), actor_id=user_id, actor_roles=roles
                )
        except DomainError as exc:
            self.error_by_lecture[str(lecture_id)] = exc.message
            return None
        self._show(str(lecture_id), video)
        return self._start_polling()

    @rx.event
    def upload_failed(self, lecture_id: int, message: str) -> None:
        """The upload was refused or interrupted: show why (the old video stays)."""
        self.error_by_lecture[str(lecture_id)] = str(message)[:500]

    def _start_polling(self) -> EventSpec | None:
        if self._polling or not self._processing():
            return None
        self._polling = True
        return VideoStatusState.poll

    @rx.event(background=True)
    async def poll(self) -> None:
        """While any followed video is processing, refresh it about once a second."""
        waited = 0.0
        try:
            while waited < MAX_POLL_SECONDS:
                await asyncio.sleep(POLL_SECONDS)
                waited += POLL_SECONDS
                async with self:
                    user_id, roles = await self._user()
                    following = {
                        key: self._video_by_lecture[key]
                        for key, status in self.status_by_lecture.items()
                        if status in (VideoStatus.processing.value, VideoStatus.uploaded.value)
                        and key in self._video_by_lecture
                    }
                if not following or not user_id:
                    return
                # Read outside the state lock: other events of the tab are not held up.
                found = await asyncio.to_thread(_load_videos, following, user_id, roles)
                async with self:
                    for key, video in found.items():
                        self._show(key, video)
        finally:
            async with self:
                self._polling = False


def _load_videos(
    following: dict[str, int], user_id: int, roles: list[str]
) -> dict[str, Video | None]:
    found: dict[str, Video | None] = {}
    with db.read_session() as session:
        for key, video_id in following.items():
            try:
                found[key] = service.get_video_for_owner(
                    session=session, video_id=video_id, actor_id=user_id, actor_roles=roles
                )
            except DomainError:
                found[key] = None
    return found
