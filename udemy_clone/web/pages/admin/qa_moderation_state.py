"""Q&A moderation state (/admin/qa): reported questions and answers; hide, keep, show again."""

from __future__ import annotations

from dataclasses import dataclass

import reflex as rx

from udemy_clone.core import db
from udemy_clone.qa import service
from udemy_clone.qa.models import ModerationItem, PostKind
from udemy_clone.web.kit import routes
from udemy_clone.web.kit.auth import current_user
from udemy_clone.web.kit.format import count_label, time_ago
from udemy_clone.web.kit.use_case import run_use_case


@dataclass
class QaModerationRow:
    key: str = ""
    kind: str = ""
    post_id: int = 0
    kind_label: str = ""
    question_title: str = ""
    course_title: str = ""
    player_href: str = ""
    author: str = ""
    age: str = ""
    body: str = ""
    report_label: str = ""
    reports: list[str] | None = None


def _row(item: ModerationItem) -> QaModerationRow:
    href = routes.learn_url(item.course_slug, item.lecture_id) + f"?question={item.question_id}"
    return QaModerationRow(
        key=f"{item.kind.value}-{item.post_id}",
        kind=item.kind.value,
        post_id=item.post_id,
        kind_label="Question" if item.kind == PostKind.question else "Answer",
        question_title=item.question_title,
        course_title=item.course_title,
        player_href=href,
        author=item.author.full_name,
        age=time_ago(item.created_at),
        body=item.body,
        report_label=count_label(item.open_report_count, "report"),
        reports=[f"{r.reporter.full_name}: {r.reason}" for r in item.reports],
    )


class AdminQAState(rx.State):
    """Reported (or hidden) questions and answers of every course."""

    status: str = "reported"  # reported | hidden
    items: list[QaModerationRow] = []
    notice: str = ""
    error: str = ""

    async def _refresh(self) -> None:
        auth = await current_user(self)
        if not auth.is_admin:
            self.items = []
            return
        with db.read_session() as session:
            found = service.moderation_queue(
                session=session, roles=list(auth.roles), hidden=self.status == "hidden"
            )
        self.items = [_row(item) for item in found]

    @rx.event
    async def load(self) -> None:
        """On load (after AuthState.require_admin): the reported posts."""
        self.notice = self.error = ""
        await self._refresh()

    @rx.event
    async def show(self, status: str | list[str]) -> None:
        chosen = status[0] if isinstance(status, list) and status else status
        self.status = "hidden" if chosen == "hidden" else "reported"
        self.notice = self.error = ""
        await self._refresh()

    async def _set(self, kind: str, post_id: int, hidden: bool, notice: str) -> None:
        auth = await current_user(self)
        result = run_use_case(
            service.set_hidden,
            user_id=auth.user_id,
            roles=list(auth.roles),
            kind=PostKind(kind),
            post_id=int(post_id),
            hidden=hidden,
        )
        self.error = result.error
        self.notice = "" if result.error else notice
        await self._refresh()

    @rx.event
    async def hide(self, kind: str, post_id: int) -> None:
        """Hide a reported post from students (its reports close)."""
        await self._set(kind, post_id, True, "Hidden from students.")

    @rx.event
    async def keep(self, kind: str, post_id: int) -> None:
        """Keep a reported post (its reports close), or show a hidden one again."""
        await self._set(kind, post_id, False, "Kept: the post is shown to students.")
