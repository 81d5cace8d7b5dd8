"""The course editor's Announcements tab: write one to every enrolled student, after a
confirmation (it is emailed to them), and see the ones already sent with their comments."""

from __future__ import annotations

from typing import Any

import reflex as rx
from reflex.event import EventSpec

from udemy_clone.announcements import service
from udemy_clone.announcements.models import BODY_MAX, TITLE_MAX, AnnouncementCreate
from udemy_clone.core import db
from udemy_clone.core.errors import DomainError
from udemy_clone.web.kit.auth import current_user
from udemy_clone.web.pages.player.announcements_state import CourseAnnouncementsState
from udemy_clone.web.pages.studio.editor_state import CourseEditorState

# Event handlers called with arguments: mypy sees `@rx.event` methods as EventNamespace.
_announcements: Any = CourseAnnouncementsState


class AnnouncementComposerState(rx.State):
    """The draft announcement of the course open in the editor."""

    title: str = ""
    body: str = ""
    audience: int = 0
    confirm_open: bool = False
    posting: bool = False
    error: str = ""
    notice: str = ""

    @rx.event
    async def load(self) -> EventSpec | None:
        """When the tab opens: how many students an announcement reaches, and the list."""
        editor = await self.get_state(CourseEditorState)
        course_id = editor.editor_course_id
        if not course_id:
            return None
        with db.read_session() as session:
            self.audience = service.audience_size(session=session, course_id=course_id)
        return _announcements.load_course(course_id)  # type: ignore[no-any-return]

    @rx.event
    def set_title(self, value: str) -> None:
        self.title = value[: TITLE_MAX + 1]

    @rx.event
    def set_body(self, value: str) -> None:
        self.body = value[: BODY_MAX + 1]

    @rx.event
    def ask_confirm(self) -> None:
        """Check the draft, then ask before emailing everyone."""
        self.notice = ""
        if len(self.title.strip()) < 3:
            self.error = "Give the announcement a title of at least 3 characters."
            return
        if not self.body.strip():
            self.error = "Write the announcement first."
            return
        self.error = ""
        self.confirm_open = True

    @rx.event
    def set_confirm_open(self, value: bool) -> None:
        self.confirm_open = bool(value)

    @rx.event
    async def post(self) -> EventSpec | None:
        """Post the announcement; students are told by background jobs."""
        editor = await self.get_state(CourseEditorState)
        auth = await current_user(self)
        self.confirm_open = False
        self.posting = True
        try:
            with db.transaction() as session:
                service.post_announcement(
                    session=session,
                    course_id=editor.editor_course_id,
                    actor_id=auth.user_id,
                    actor_roles=list(auth.roles),
                    data=AnnouncementCreate(
                        title=self.title[:TITLE_MAX], body=self.body[:BODY_MAX]
                    ),
                )
        except DomainError as exc:
            self.error = exc.message
            self.posting = False
            return None
        except ValueError:
            self.error = (
                f"Keep the title under {TITLE_MAX} and the text under {BODY_MAX} characters."
            )
            self.posting = False
            return None
        self.title = ""
        self.body = ""
        self.error = ""
        self.posting = False
        self.notice = "Announcement sent. Students see it now; emails go out in a moment."
        return _announcements.load_course(editor.editor_course_id)  # type: ignore[no-any-return]
