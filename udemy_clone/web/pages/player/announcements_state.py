"""The player's Announcements tab: the course's announcements, newest first, with comments."""

from __future__ import annotations

from dataclasses import dataclass, field

import reflex as rx

from udemy_clone.announcements import service
from udemy_clone.announcements.models import COMMENT_MAX, AnnouncementPublic, CommentCreate
from udemy_clone.core import db
from udemy_clone.core.errors import DomainError
from udemy_clone.web.kit.auth import current_user
from udemy_clone.web.kit.format import format_date, time_ago
from udemy_clone.web.kit.markdown_html import markdown_to_html
from udemy_clone.web.pages.player.state import PlayerState


@dataclass
class CommentRow:
    id: int = 0
    author: str = ""
    initial: str = ""
    is_instructor: bool = False
    body: str = ""
    when: str = ""
    can_delete: bool = False


@dataclass
class AnnouncementRow:
    id: int = 0
    title: str = ""
    body_html: str = ""  # the instructor's Markdown, rendered with any HTML escaped
    author: str = ""
    initial: str = ""
    when: str = ""
    date: str = ""
    can_comment: bool = False
    comments: list[CommentRow] = field(default_factory=list)


def announcement_rows(found: list[AnnouncementPublic]) -> list[AnnouncementRow]:
    return [
        AnnouncementRow(
            id=a.id,
            title=a.title,
            body_html=markdown_to_html(a.body),
            author=a.author_name,
            initial=(a.author_name[:1] or "?").upper(),
            when=time_ago(a.created_at),
            date=format_date(a.created_at),
            can_comment=a.can_comment,
            comments=[
                CommentRow(
                    id=c.id,
                    author=c.author_name,
                    initial=(c.author_name[:1] or "?").upper(),
                    is_instructor=c.is_instructor,
                    body=c.body,
                    when=time_ago(c.created_at),
                    can_delete=c.can_delete,
                )
                for c in a.comments
            ],
        )
        for a in found
    ]


class CourseAnnouncementsState(rx.State):
    """The open course's announcements and the viewer's comment drafts."""

    loaded: bool = False
    course_id: int = 0
    rows: list[AnnouncementRow] = []
    message: str = ""
    drafts: dict[str, str] = {}
    errors: dict[str, str] = {}
    sending_id: int = 0

    async def _read(self) -> None:
        auth = await current_user(self)
        if not auth.user_id or not self.course_id:
            self.rows, self.message = [], "Sign in and enroll to read the announcements."
            return
        try:
            with db.read_session() as session:
                found = service.list_announcements(
                    session=session,
                    course_id=self.course_id,
                    user_id=auth.user_id,
                    roles=list(auth.roles),
                )
        except DomainError as exc:
            self.rows, self.message = [], exc.message
            return
        self.message = ""
        self.rows = announcement_rows(found)

    @rx.event
    async def load(self) -> None:
        """When the player's tab opens: read the open course's announcements."""
        player = await self.get_state(PlayerState)
        await self._load_course(player.course_id)

    @rx.event
    async def load_course(self, course_id: int) -> None:
        """Read a course's announcements (the player's course, or the studio's)."""
        await self._load_course(course_id)

    async def _load_course(self, course_id: int) -> None:
        self.loaded = False
        self.errors = {}
        self.course_id = int(course_id)
        await self._read()
        self.loaded = True

    @rx.event
    def set_draft(self, announcement_id: int, value: str) -> None:
        self.drafts[str(announcement_id)] = value[: COMMENT_MAX + 1]

    @rx.event
    async def send_comment(self, announcement_id: int) -> None:
        """Post the draft comment under an announcement."""
        key = str(announcement_id)
        text = self.drafts.get(key, "")
        if not text.strip():
            self.errors[key] = "Write your comment first."
            return
        auth = await current_user(self)
        self.sending_id = int(announcement_id)
        try:
            with db.transaction() as session:
                service.add_comment(
                    session=session,
                    announcement_id=int(announcement_id),
                    actor_id=auth.user_id,
                    actor_roles=list(auth.roles),
                    data=CommentCreate(body=text[:COMMENT_MAX]),
                )
        except DomainError as exc:
            self.errors[key] = exc.message
            self.sending_id = 0
            return
        except ValueError:
            self.errors[key] = f"A comment can be at most {COMMENT_MAX} characters."
            self.sending_id = 0
            return
        self.drafts[key] = ""
        self.errors[key] = ""
        await self._read()
        self.sending_id = 0

    @rx.event
    async def delete_comment(self, comment_id: int) -> None:
        """Delete a comment (its author, or the course's instructor)."""
        auth = await current_user(self)
        try:
            with db.transaction() as session:
                service.delete_comment(
                    session=session,
                    comment_id=int(comment_id),
                    actor_id=auth.user_id,
                    actor_roles=list(auth.roles),
                )
        except DomainError as exc:
            self.message = exc.message
        await self._read()
