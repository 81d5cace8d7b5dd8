"""The studio's Q&A inbox: unanswered questions across the instructor's courses."""

from __future__ import annotations

import reflex as rx
from pydantic import ValidationError

from udemy_clone.core import db
from udemy_clone.qa import service
from udemy_clone.qa.models import ANSWER_MAX, AnswerCreate
from udemy_clone.web.kit import routes
from udemy_clone.web.kit.auth import current_user
from udemy_clone.web.kit.form_errors import first_error
from udemy_clone.web.kit.use_case import run_use_case
from udemy_clone.web.pages.player.qa_rows import QuestionRow, inbox_rows


class StudioQAState(rx.State):
    """Questions waiting for an answer; one inline answer box open at a time."""

    loaded: bool = False
    items: list[QuestionRow] = []
    answering_id: int = 0
    draft: str = ""
    error: str = ""
    notice: str = ""

    async def _refresh(self) -> None:
        auth = await current_user(self)
        if not auth.user_id:
            self.items = []
            return
        with db.read_session() as session:
            found = service.instructor_inbox(
                session=session, user_id=auth.user_id, roles=list(auth.roles)
            )
        self.items = inbox_rows(found, learn_url=routes.learn_url)

    @rx.event
    async def load(self) -> None:
        """On load (after AuthState.require_instructor): the unanswered questions."""
        self.loaded = False
        self.answering_id, self.draft, self.error, self.notice = 0, "", "", ""
        await self._refresh()
        self.loaded = True

    @rx.event
    def start_answer(self, question_id: int) -> None:
        self.answering_id = int(question_id)
        self.draft = ""
        self.error = ""

    @rx.event
    def cancel(self) -> None:
        self.answering_id = 0
        self.error = ""

    @rx.event
    def set_draft(self, value: str) -> None:
        self.draft = value[: ANSWER_MAX + 1]

    @rx.event
    async def submit(self) -> None:
        """Answer the question whose box is open; it leaves the inbox."""
        auth = await current_user(self)
        try:
            data = AnswerCreate(body=self.draft)
        except ValidationError as exc:
            self.error = first_error(exc)
            return
        result = run_use_case(
            service.answer_question,
            user_id=auth.user_id,
            roles=list(auth.roles),
            question_id=self.answering_id,
            data=data,
        )
        if not result.ok:
            self.error = result.error
            return
        title = next((q.title for q in self.items if q.id == self.answering_id), "the question")
        self.answering_id, self.draft, self.error = 0, "", ""
        self.notice = f"Answer posted to “{title}”. The student will be told."
        await self._refresh()
