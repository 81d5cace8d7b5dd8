"""Quiz questions: the items of a quiz lecture, their options, which are correct and why."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, field_validator, model_validator
from pydantic import Field as PydanticField
from sqlalchemy import JSON, Column, DateTime, Index, Text
from sqlmodel import Field, SQLModel

from udemy_clone.catalog.models import IdValue
from udemy_clone.core.db import utcnow

PROMPT_MAX = 1000
OPTION_MAX = 300
EXPLANATION_MAX = 1000
MIN_OPTIONS = 2
MAX_OPTIONS = 8
MAX_QUESTIONS = 100


class QuestionKind(StrEnum):
    single = "single"  # exactly one correct option; the learner picks one
    multiple = "multiple"  # one or more correct options; the learner picks every correct one


class QuizQuestion(SQLModel, table=True):
    """One question of a quiz lecture; `options` is [{text, correct, explanation}] in order."""

    __tablename__ = "quiz_questions"
    __table_args__ = (Index("ix_quiz_questions_lecture_position", "lecture_id", "position"),)

    id: int | None = Field(default=None, primary_key=True)
    lecture_id: int = Field(foreign_key="lectures.id", ondelete="CASCADE")
    position: int = 0
    prompt: str = Field(sa_column=Column(Text, nullable=False))
    kind: str = Field(default=QuestionKind.single.value, max_length=10)
    options: list[dict[str, Any]] = Field(
        default_factory=list, sa_column=Column(JSON, nullable=False)
    )
    updated_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(DateTime(timezone=True), nullable=False)
    )


# ---- input schemas -----------------------------------------------------------------------------


def _tidy(value: str) -> str:
    return "\n".join(line.rstrip() for line in value.strip().splitlines())


class QuizOptionIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    text: str = PydanticField(min_length=1, max_length=OPTION_MAX)
    correct: bool = False
    explanation: str = PydanticField(default="", max_length=EXPLANATION_MAX)

    @field_validator("text")
    @classmethod
    def _one_line(cls, value: str) -> str:
        return " ".join(value.split())

    @field_validator("explanation")
    @classmethod
    def _explanation(cls, value: str) -> str:
        return _tidy(value)


class QuizQuestionIn(BaseModel):
    """A question as its author writes it (create, or replace as a whole)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    prompt: str = PydanticField(min_length=1, max_length=PROMPT_MAX)
    kind: QuestionKind = QuestionKind.single
    options: list[QuizOptionIn] = PydanticField(min_length=MIN_OPTIONS, max_length=MAX_OPTIONS)
    position: int | None = PydanticField(default=None, ge=0, le=10_000)

    @field_validator("prompt")
    @classmethod
    def _prompt(cls, value: str) -> str:
        return _tidy(value)

    @model_validator(mode="after")
    def _answers(self) -> QuizQuestionIn:
        check_question(self.kind, self.options)
        return self


def check_question(kind: QuestionKind | str, options: list[QuizOptionIn]) -> None:
    """The rules every question follows; ValueError with a sentence when one is broken."""
    texts = [option.text.lower() for option in options]
    if len(set(texts)) != len(texts):
        raise ValueError("Each answer of a question must be different.")
    correct = sum(1 for option in options if option.correct)
    if kind == QuestionKind.single and correct != 1:
        raise ValueError("Mark exactly one answer as correct for a single-choice question.")
    if kind == QuestionKind.multiple and correct < 1:
        raise ValueError("Mark at least one answer as correct.")


class QuizQuestionOrder(BaseModel):
    model_config = ConfigDict(extra="forbid")

    question_ids: list[IdValue] = PydanticField(max_length=MAX_QUESTIONS)


# ---- output schemas ----------------------------------------------------------------------------


class QuizOptionAuthor(BaseModel):
    text: str
    correct: bool
    explanation: str


class QuizQuestionAuthor(BaseModel):
    """A question with its answer key, for its author only."""

    id: int
    lecture_id: int
    position: int
    prompt: str
    kind: str
    options: list[QuizOptionAuthor]


class QuizOptionLearner(BaseModel):
    index: int
    text: str


class QuizQuestionLearner(BaseModel):
    """A question as a learner sees it before answering: no answer key, no explanations."""

    id: int
    position: int
    prompt: str
    kind: str
    options: list[QuizOptionLearner]


@dataclass(frozen=True)
class QuizKeyQuestion:
    """A question with its answer key (playback scores submissions against it)."""

    id: int
    position: int
    prompt: str
    kind: str
    options: tuple[QuizOptionAuthor, ...]

    @property
    def correct_indexes(self) -> frozenset[int]:
        return frozenset(i for i, option in enumerate(self.options) if option.correct)
