"""State of the studio's quiz editor (/studio/quizzes/[lecture_id]): questions and a draft."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import reflex as rx
from pydantic import ValidationError
from sqlmodel import Session

from udemy_clone.catalog import service as catalog_service
from udemy_clone.catalog.quiz_models import (
    MAX_OPTIONS,
    MIN_OPTIONS,
    OPTION_MAX,
    QuizQuestionAuthor,
    QuizQuestionIn,
)
from udemy_clone.core import db
from udemy_clone.core.errors import DomainError
from udemy_clone.web.kit import routes
from udemy_clone.web.kit.quiet_state import QuietHydrate
from udemy_clone.web.pages.studio.access import actor


@dataclass
class EditorOption:
    text: str
    correct: bool
    explanation: str


@dataclass
class EditorQuestion:
    id: int
    number: int
    prompt: str
    kind_label: str
    can_up: bool
    can_down: bool
    options: list[EditorOption] = field(default_factory=list)


@dataclass
class DraftOption:
    index: int
    text: str
    correct: bool
    explanation: str


@dataclass
class QuizPage:
    course_id: int
    title: str
    questions: list[QuizQuestionAuthor]


def _rows(questions: list[QuizQuestionAuthor]) -> list[EditorQuestion]:
    return [
        EditorQuestion(
            id=q.id,
            number=n,
            prompt=q.prompt,
            kind_label="Multiple choice" if q.kind == "multiple" else "Single choice",
            can_up=n > 1,
            can_down=n < len(questions),
            options=[EditorOption(o.text, o.correct, o.explanation) for o in q.options],
        )
        for n, q in enumerate(questions, 1)
    ]


def _blank_options(count: int = 2) -> list[DraftOption]:
    return [DraftOption(i, "", False, "") for i in range(count)]


def _first_error(exc: ValidationError) -> str:
    error = exc.errors()[0]
    message = str(error.get("msg", "")).removeprefix("Value error, ")
    where = [str(part) for part in error.get("loc", ())]
    if where[:1] == ["prompt"]:
        return "Write the question (up to 1,000 characters)."
    if where[:1] == ["options"] and len(where) >= 3 and where[2] == "text":
        return f"Fill in answer {int(where[1]) + 1} (up to {OPTION_MAX} characters)."
    if where[:1] == ["options"] and len(where) >= 3 and where[2] == "explanation":
        return f"Shorten the explanation of answer {int(where[1]) + 1} (up to 1,000 characters)."
    return message or "Check the question."


def _load(user_id: int, roles: list[str], lecture_id: int) -> QuizPage:
    with db.read_session() as session:
        questions = catalog_service.list_quiz_questions(
            session=session, actor_id=user_id, actor_roles=roles, lecture_id=lecture_id
        )
        context = catalog_service.get_lecture_context(session=session, lecture_id=lecture_id)
        title = next(
            (
                lecture.title
                for section in catalog_service.get_curriculum(
                    session=session, course_id=context.course_id
                )
                for lecture in section.lectures
                if lecture.id == lecture_id
            ),
            "",
        )
        return QuizPage(course_id=context.course_id, title=title, questions=questions)


class QuizEditorState(QuietHydrate, rx.State):
    """A quiz's questions as its instructor edits them."""

    lecture_id: int = 0
    course_id: int = 0
    quiz_title: str = ""
    loaded: bool = False
    load_error: str = ""
    questions: list[EditorQuestion] = []
    # the question form: closed (-1), a new question (0) or the id of the one being edited
    editing_id: int = -1
    draft_prompt: str = ""
    draft_kind: str = "single"
    draft_options: list[DraftOption] = []
    form_error: str = ""
    saving: bool = False

    @rx.var
    def course_href(self) -> str:
        return routes.studio_course_url(self.course_id, tab="curriculum") if self.course_id else ""

    @rx.var
    def can_add_option(self) -> bool:
        return len(self.draft_options) < MAX_OPTIONS

    @rx.var
    def can_remove_option(self) -> bool:
        return len(self.draft_options) > MIN_OPTIONS

    async def _reload(self) -> None:
        user_id, roles = await actor(self)
        try:
            page = await asyncio.to_thread(_load, user_id, roles, self.lecture_id)
        except DomainError as exc:
            self.load_error = exc.message
            self.questions = []
            return
        self.load_error = ""
        self.course_id, self.quiz_title = page.course_id, page.title
        self.questions = _rows(page.questions)

    @rx.event
    async def load(self) -> None:
        """On page load: the quiz named in the route, its questions."""
        raw = str(self.router.page.params.get("lecture_id", ""))
        self.lecture_id = int(raw) if raw.isdigit() and len(raw) <= 10 else 0
        self.loaded, self.editing_id, self.form_error = False, -1, ""
        await self._reload()
        self.loaded = True

    # ---- the question form -------------------------------------------------------------------

    @rx.event
    def new_question(self) -> None:
        """Open an empty form for a new question."""
        self.editing_id = 0
        self.draft_prompt, self.draft_kind = "", "single"
        self.draft_options = _blank_options(3)
        self.form_error = ""

    @rx.event
    def edit_question(self, question_id: int) -> None:
        """Open the form on an existing question."""
        question = next((q for q in self.questions if q.id == int(question_id)), None)
        if question is None:
            return
        self.editing_id = question.id
        self.draft_prompt = question.prompt
        self.draft_kind = "multiple" if question.kind_label == "Multiple choice" else "single"
        self.draft_options = [
            DraftOption(i, o.text, o.correct, o.explanation) for i, o in enumerate(question.options)
        ]
        self.form_error = ""

    @rx.event
    def cancel(self) -> None:
        """Close the form without saving."""
        self.editing_id = -1
        self.form_error = ""

    @rx.event
    def set_prompt(self, value: str) -> None:
        self.draft_prompt = value

    @rx.event
    def set_kind(self, value: str) -> None:
        """Single or multiple choice; going to single keeps only the first correct answer."""
        self.draft_kind = "multiple" if value == "multiple" else "single"
        if self.draft_kind == "single":
            seen = False
            for option in self.draft_options:
                option.correct = option.correct and not seen
                seen = seen or option.correct
            self.draft_options = list(self.draft_options)

    def _change_option(self, index: int, change: Callable[[DraftOption], None]) -> None:
        options = list(self.draft_options)
        if 0 <= int(index) < len(options):
            change(options[int(index)])
        self.draft_options = options

    @rx.event
    def set_option_text(self, index: int, value: str) -> None:
        self._change_option(index, lambda o: setattr(o, "text", value))

    @rx.event
    def set_option_explanation(self, index: int, value: str) -> None:
        self._change_option(index, lambda o: setattr(o, "explanation", value))

    @rx.event
    def mark_correct(self, index: int) -> None:
        """The correct-answer mark: the one answer (single choice), or toggled (multiple)."""
        options = list(self.draft_options)
        for option in options:
            if option.index == int(index):
                option.correct = not option.correct if self.draft_kind == "multiple" else True
            elif self.draft_kind == "single":
                option.correct = False
        self.draft_options = options

    @rx.event
    def add_option(self) -> None:
        if len(self.draft_options) < MAX_OPTIONS:
            self.draft_options = [
                *self.draft_options,
                DraftOption(len(self.draft_options), "", False, ""),
            ]

    @rx.event
    def remove_option(self, index: int) -> None:
        if len(self.draft_options) <= MIN_OPTIONS:
            return
        kept = [o for o in self.draft_options if o.index != int(index)]
        self.draft_options = [
            DraftOption(i, o.text, o.correct, o.explanation) for i, o in enumerate(kept)
        ]

    async def _change(self, change: Callable[[Session, int, list[str]], Any]) -> bool:
        user_id, roles = await actor(self)

        def run() -> None:
            with db.transaction() as session:
                change(session, user_id, roles)

        try:
            await asyncio.to_thread(run)
        except DomainError as exc:
            self.form_error = exc.message
            return False
        await self._reload()
        return True

    @rx.event
    async def save(self):  # type: ignore[no-untyped-def]
        """Check the draft with the service's rules, then add or replace the question."""
        try:
            data = QuizQuestionIn(
                prompt=self.draft_prompt,
                kind=self.draft_kind,  # type: ignore[arg-type]
                options=[
                    {"text": o.text, "correct": o.correct, "explanation": o.explanation}  # type: ignore[misc]
                    for o in self.draft_options
                ],
            )
        except ValidationError as exc:
            self.form_error = _first_error(exc)
            return
        self.saving = True
        yield
        editing = self.editing_id
        if editing > 0:
            ok = await self._change(
                lambda session, user_id, roles: catalog_service.update_quiz_question(
                    session=session,
                    actor_id=user_id,
                    actor_roles=roles,
                    question_id=editing,
                    data=data,
                )
            )
        else:
            ok = await self._change(
                lambda session, user_id, roles: catalog_service.add_quiz_question(
                    session=session,
                    actor_id=user_id,
                    actor_roles=roles,
                    lecture_id=self.lecture_id,
                    data=data,
                )
            )
        self.saving = False
        if ok:
            self.editing_id = -1
            yield rx.toast.success("Question saved.")

    @rx.event
    async def move(self, question_id: int, delta: int) -> None:
        """Up/down buttons of a question."""
        ids = [q.id for q in self.questions]
        if int(question_id) not in ids:
            return
        index = ids.index(int(question_id))
        target = index + int(delta)
        if not 0 <= target < len(ids):
            return
        ids[index], ids[target] = ids[target], ids[index]
        await self._change(
            lambda session, user_id, roles: catalog_service.reorder_quiz_questions(
                session=session,
                actor_id=user_id,
                actor_roles=roles,
                lecture_id=self.lecture_id,
                question_ids=ids,
            )
        )

    @rx.event
    async def delete(self, question_id: int) -> None:
        """Delete a question (the trash button)."""
        await self._change(
            lambda session, user_id, roles: catalog_service.delete_quiz_question(
                session=session, actor_id=user_id, actor_roles=roles, question_id=int(question_id)
            )
        )
        if self.editing_id == int(question_id):
            self.editing_id = -1
