"""State of a quiz item in the player: the questions (never the answers), picks, the result.

The answer key stays on the server: before a submission these vars hold only prompts and option
texts; the result (with what was correct and the explanations) arrives after submitting.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

import reflex as rx

from udemy_clone.core import db
from udemy_clone.core.errors import DomainError
from udemy_clone.playback import quizzes
from udemy_clone.playback import service as playback_service
from udemy_clone.playback.models import CourseProgress
from udemy_clone.playback.quiz_models import (
    QuizAnswer,
    QuizResult,
    QuizSubmission,
    QuizView,
)
from udemy_clone.web.kit.quiet_state import QuietHydrate
from udemy_clone.web.kit.state import AuthState
from udemy_clone.web.pages.player.state import PlayerState


@dataclass
class QuizOptionRow:
    key: str  # "<question id>:<option index>"
    index: int
    text: str


@dataclass
class QuizQuestionRow:
    id: int
    number: int
    prompt: str
    multiple: bool
    options: list[QuizOptionRow] = field(default_factory=list)


@dataclass
class ResultOptionRow:
    text: str
    selected: bool
    correct: bool
    explanation: str


@dataclass
class ResultQuestionRow:
    number: int
    prompt: str
    is_correct: bool
    options: list[ResultOptionRow] = field(default_factory=list)


def _question_rows(view: QuizView) -> list[QuizQuestionRow]:
    return [
        QuizQuestionRow(
            id=q.id,
            number=n,
            prompt=q.prompt,
            multiple=q.kind == "multiple",
            options=[QuizOptionRow(f"{q.id}:{o.index}", o.index, o.text) for o in q.options],
        )
        for n, q in enumerate(view.questions, 1)
    ]


def _result_rows(result: QuizResult) -> list[ResultQuestionRow]:
    return [
        ResultQuestionRow(
            number=n,
            prompt=q.prompt,
            is_correct=q.is_correct,
            options=[
                ResultOptionRow(o.text, o.selected, o.correct, o.explanation) for o in q.options
            ],
        )
        for n, q in enumerate(result.questions, 1)
    ]


def _quiz_view(user_id: int, roles: list[str], lecture_id: int) -> QuizView:
    with db.read_session() as session:
        return quizzes.quiz_view(
            session=session, user_id=user_id, roles=roles, lecture_id=lecture_id
        )


def _submit(
    user_id: int, roles: list[str], course_id: int, lecture_id: int, answers: dict[int, list[int]]
) -> tuple[QuizResult, CourseProgress]:
    with db.transaction() as session:
        result = quizzes.submit_quiz(
            session=session,
            user_id=user_id,
            roles=roles,
            lecture_id=lecture_id,
            data=QuizSubmission(
                answers=[QuizAnswer(question_id=q, selected=s) for q, s in answers.items()]
            ),
        )
        progress = playback_service.course_progress(
            session=session, user_id=user_id, course_id=course_id
        )
    return result, progress


class QuizState(QuietHydrate, rx.State):
    """The quiz shown in place of the video when the player's item is a quiz."""

    quiz_loaded: bool = False
    quiz_error: str = ""
    questions: list[QuizQuestionRow] = []
    picked: list[str] = []
    submitting: bool = False
    showing_result: bool = False
    attempt_count: int = 0
    score: int = 0
    total: int = 0
    percent: int = 0
    passed: bool = False
    results: list[ResultQuestionRow] = []

    @rx.var
    def answered_count(self) -> int:
        return len({key.partition(":")[0] for key in self.picked})

    @rx.var
    def all_answered(self) -> bool:
        return bool(self.questions) and self.answered_count == len(self.questions)

    def _show_result(self, result: QuizResult) -> None:
        self.score, self.total = result.score, result.total
        self.percent, self.passed = result.percent, result.passed
        self.results = _result_rows(result)
        self.showing_result = True

    @rx.event
    async def load(self) -> None:
        """On page load (after the player's): the quiz, when the lecture is one."""
        await self._load()

    async def _load(self) -> None:
        player = await self.get_state(PlayerState)
        auth = await self.get_state(AuthState)
        self.quiz_loaded, self.quiz_error, self.picked = False, "", []
        self.showing_result, self.results, self.questions = False, [], []
        if player.lecture_kind != "quiz" or player.blocked or not auth.user_id:
            return
        try:
            view = await asyncio.to_thread(
                _quiz_view, auth.user_id, list(auth.roles), player.lecture_id
            )
        except DomainError as exc:
            self.quiz_error = exc.message
            self.quiz_loaded = True
            return
        self.questions = _question_rows(view)
        self.attempt_count = view.attempt_count
        if view.last_result is not None:
            self._show_result(view.last_result)
        self.quiz_loaded = True

    @rx.event
    def pick(self, key: str) -> None:
        """Click on an answer: choose it (single choice) or toggle it (multiple choice)."""
        question_id, _, _index = key.partition(":")
        question = next((q for q in self.questions if str(q.id) == question_id), None)
        if question is None or self.submitting:
            return
        if question.multiple:
            self.picked = (
                [k for k in self.picked if k != key] if key in self.picked else [*self.picked, key]
            )
        else:
            self.picked = [k for k in self.picked if k.partition(":")[0] != question_id] + [key]
        self.quiz_error = ""

    @rx.event
    async def submit(self):  # type: ignore[no-untyped-def]
        """Send the answers: the service scores them; show the score and the explanations."""
        if not self.all_answered:
            self.quiz_error = "Answer every question before submitting."
            return
        player = await self.get_state(PlayerState)
        auth = await self.get_state(AuthState)
        answers: dict[int, list[int]] = {}
        for key in self.picked:
            question_id, _, index = key.partition(":")
            answers.setdefault(int(question_id), []).append(int(index))
        self.submitting = True
        yield
        try:
            result, progress = await asyncio.to_thread(
                _submit,
                auth.user_id,
                list(auth.roles),
                player.course_id,
                player.lecture_id,
                answers,
            )
        except DomainError as exc:
            self.submitting = False
            self.quiz_error = exc.message
            return
        self.submitting = False
        self.attempt_count += 1
        self._show_result(result)
        player.completed_ids = progress.completed_lectures
        player.percent = progress.percent

    @rx.event
    def retake(self) -> None:
        """Start again with no answers chosen."""
        self.picked = []
        self.quiz_error = ""
        self.showing_result = False
