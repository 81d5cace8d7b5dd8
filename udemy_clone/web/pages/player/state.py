"""State of the lecture player page (/learn/[course_slug]/[lecture_id])."""

from __future__ import annotations

import asyncio

import reflex as rx
from reflex.event import EventSpec

from udemy_clone.core import db
from udemy_clone.core.errors import DomainError
from udemy_clone.core.log import get_logger
from udemy_clone.playback import service
from udemy_clone.playback.models import (
    CourseProgress,
    PlayerView,
    ProgressResult,
)
from udemy_clone.web.kit import routes
from udemy_clone.web.kit.quiet_state import QuietHydrate
from udemy_clone.web.kit.state import AuthState
from udemy_clone.web.pages.player.curriculum_rows import PlayerSectionRow, player_sections

log = get_logger(__name__)


def _int_param(value: object) -> int:
    text = str(value or "")
    return int(text) if text.isdigit() and len(text) <= 10 else 0


# The database work of the handlers below runs in worker threads (see AuthState._restore).


def _player_view(slug: str, lecture_id: int, user_id: int | None, roles: list[str]) -> PlayerView:
    with db.read_session() as session:
        return service.player_view(
            session=session, course_slug=slug, lecture_id=lecture_id, user_id=user_id, roles=roles
        )


def _record_heartbeat(
    user_id: int, roles: list[str], lecture_id: int, position: float, watched: float
) -> ProgressResult:
    with db.transaction() as session:
        return service.record_heartbeat(
            session=session,
            user_id=user_id,
            roles=roles,
            lecture_id=lecture_id,
            position_seconds=position,
            watched_seconds=watched,
        )


def _set_completed(user_id: int, course_id: int, lecture_id: int, done: bool) -> CourseProgress:
    with db.transaction() as session:
        return service.set_lecture_completed(
            session=session,
            user_id=user_id,
            course_id=course_id,
            lecture_id=lecture_id,
            completed=done,
        )


def _course_progress(user_id: int, course_id: int) -> CourseProgress:
    with db.read_session() as session:
        return service.course_progress(session=session, user_id=user_id, course_id=course_id)


class PlayerState(QuietHydrate, rx.State):
    """One lecture in the player, the course curriculum beside it, the learner's progress."""

    loaded: bool = False
    not_found: bool = False
    course_id: int = 0
    course_slug: str = ""
    course_title: str = ""
    lecture_id: int = 0
    lecture_title: str = ""
    sections: list[PlayerSectionRow] = []
    blocked: str = ""
    playback_url: str = ""
    start_position: float = 0.0
    completed_ids: list[int] = []
    percent: int = 0
    previous_lecture_id: int = 0
    next_lecture_id: int = 0
    # an enrolled student ticks lectures complete by hand in the curriculum
    enrolled: bool = False
    tick_error: str = ""
    # theatre mode (the video the page's full width, the curriculum below), kept per browser
    theatre_pref: str = rx.LocalStorage("off", name="learnly_player_theatre", sync=True)
    lecture_kind: str = "video"  # "quiz": the quiz panel takes the video's place
    _last_position: float = 0.0

    @rx.var
    def theatre(self) -> bool:
        return self.theatre_pref == "on"

    @rx.var
    def next_lecture_title(self) -> str:
        for section in self.sections:
            for lecture in section.lectures:
                if lecture.id == self.next_lecture_id:
                    return lecture.title
        return ""

    @rx.var
    def course_page(self) -> str:
        return routes.course_url(self.course_slug)

    @rx.var
    def previous_href(self) -> str:
        if not self.previous_lecture_id:
            return ""
        return routes.learn_url(self.course_slug, self.previous_lecture_id)

    @rx.var
    def next_href(self) -> str:
        return (
            routes.learn_url(self.course_slug, self.next_lecture_id) if self.next_lecture_id else ""
        )

    @rx.var
    def login_href(self) -> str:
        return routes.login_url(routes.learn_url(self.course_slug, self.lecture_id))

    @rx.event
    async def load(self) -> None:
        """On page load: the lecture, whether the viewer may watch it, where to resume."""
        await self._load()

    async def _load(self) -> None:
        auth = await self.get_state(AuthState)
        params = self.router.page.params
        slug = str(params.get("course_slug", ""))[:100]
        lecture_id = _int_param(params.get("lecture_id"))
        self.loaded = False
        try:
            view = await asyncio.to_thread(
                _player_view, slug, lecture_id, auth.user_id or None, list(auth.roles)
            )
        except DomainError:
            self.not_found = True
            self.loaded = True
            self.playback_url = ""
            return
        self.not_found = False
        self.course_id = view.course_id
        self.course_slug = view.course_slug
        self.course_title = view.course_title
        self.lecture_id = view.lecture_id
        self.lecture_title = view.lecture_title
        self.lecture_kind = view.lecture_kind
        self.sections = player_sections(view.sections)
        self.blocked = view.blocked
        self.start_position = view.start_position
        jump_to = _int_param(params.get("t"))  # ?t=83: opened from a note at 1:23
        if jump_to and view.playback_url:
            self.start_position = float(jump_to)
        self._last_position = self.start_position
        self.playback_url = view.playback_url or ""
        self.completed_ids = view.completed_lecture_ids
        self.percent = view.percent
        self.previous_lecture_id = view.previous_lecture_id or 0
        self.next_lecture_id = view.next_lecture_id or 0
        self.enrolled = view.enrolled
        self.tick_error = ""
        self.loaded = True

    @rx.event
    async def heartbeat(self, lecture_id: int, position: float, watched: float) -> None:
        """A beat from the player: save the resume point and the watch time."""
        auth = await self.get_state(AuthState)
        if not auth.user_id or not lecture_id:
            return  # visitors watching a preview: nothing to remember
        try:
            result = await asyncio.to_thread(
                _record_heartbeat,
                auth.user_id,
                list(auth.roles),
                int(lecture_id),
                float(position),
                float(watched),
            )
        except DomainError as exc:
            log.info("heartbeat_refused", lecture_id=lecture_id, reason=exc.message)
            return
        if int(lecture_id) == self.lecture_id:
            self._last_position = result.position_seconds
        if result.completed and int(lecture_id) not in self.completed_ids:
            progress = await asyncio.to_thread(_course_progress, auth.user_id, self.course_id)
            self.completed_ids = progress.completed_lectures
            self.percent = progress.percent

    @rx.event
    async def set_completed(self, lecture_id: int, done: bool) -> None:
        """A tick in the curriculum: mark the lecture complete or not; the progress follows."""
        auth = await self.get_state(AuthState)
        if not auth.user_id:
            return
        try:
            progress = await asyncio.to_thread(
                _set_completed, auth.user_id, self.course_id, int(lecture_id), bool(done)
            )
        except DomainError as exc:
            self.tick_error = exc.message
            return
        self.tick_error = ""
        self.completed_ids = progress.completed_lectures
        self.percent = progress.percent

    @rx.event
    def toggle_theatre(self) -> None:
        """Theatre mode on or off (remembered in this browser)."""
        self.theatre_pref = "off" if self.theatre_pref == "on" else "on"

    @rx.event
    def play_next(self) -> EventSpec | None:
        """The autoplay countdown ran out (or "Play now"): open the next lecture."""
        if not self.next_lecture_id:
            return None
        return rx.redirect(routes.learn_url(self.course_slug, self.next_lecture_id))

    @rx.event
    async def playback_error(self, kind: str) -> None:
        """The signed URL expired (or was refused) mid-lecture: get a new one, keep the place."""
        if kind != "expired" or not self.lecture_id:
            return
        auth = await self.get_state(AuthState)
        try:
            with db.read_session() as session:
                grant = service.issue_playback_url(
                    session=session,
                    lecture_id=self.lecture_id,
                    user_id=auth.user_id or None,
                    roles=list(auth.roles),
                    absolute=False,
                )
        except DomainError:
            self.blocked = "enroll"
            self.playback_url = ""
            return
        self.start_position = self._last_position
        self.playback_url = grant.url

    @rx.event
    async def continue_course(self) -> EventSpec | None:
        """On load of /learn/[course_slug]: open the lecture to continue with."""
        auth = await self.get_state(AuthState)
        slug = str(self.router.page.params.get("course_slug", ""))[:100]
        with db.read_session() as session:
            lecture_id = service.lecture_to_resume(
                session=session, course_slug=slug, user_id=auth.user_id or None
            )
        if lecture_id is None:
            return rx.redirect(routes.course_url(slug))
        return rx.redirect(routes.learn_url(slug, lecture_id), replace=True)
