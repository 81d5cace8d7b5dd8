"""Quiz attempts: what a learner answered in a quiz lecture, and the score."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict
from pydantic import Field as PydanticField
from sqlalchemy import JSON, Column, DateTime, Index
from sqlmodel import Field, SQLModel

from udemy_clone.core.db import utcnow

MAX_ID = 2_147_483_647
# A passing score, as a share of the questions; any complete submission completes the item.
PASS_PERCENT = 50


class QuizAttempt(SQLModel, table=True):
    """One submission of a quiz: the answers ({question id: [option indexes]}) and the score."""

    __tablename__ = "quiz_attempts"
    __table_args__ = (Index("ix_quiz_attempts_user_lecture", "user_id", "lecture_id", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="users.id", ondelete="CASCADE")
    # The catalog's lecture and course (no foreign keys across domains).
    lecture_id: int = Field(index=True)
    course_id: int = Field(index=True)
    answers: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    score: int = 0
    total: int = 0
    passed: bool = False
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(DateTime(timezone=True), nullable=False)
    )


# ---- schemas -----------------------------------------------------------------------------------


class QuizAnswer(BaseModel):
    model_config = ConfigDict(extra="forbid")

    question_id: int = PydanticField(ge=1, le=MAX_ID)
    selected: list[int] = PydanticField(max_length=8)


class QuizSubmission(BaseModel):
    """Every question of the quiz answered: the chosen option indexes (0-based) per question."""

    model_config = ConfigDict(extra="forbid")

    answers: list[QuizAnswer] = PydanticField(max_length=100)


class QuizOptionResult(BaseModel):
    index: int
    text: str
    selected: bool
    correct: bool
    explanation: str


class QuizQuestionResult(BaseModel):
    question_id: int
    prompt: str
    kind: str
    is_correct: bool
    options: list[QuizOptionResult]


class QuizResult(BaseModel):
    """A submitted attempt: the score, and per question what was right and why."""

    attempt_id: int
    lecture_id: int
    score: int
    total: int
    percent: int
    passed: bool
    # The quiz now counts as complete in the learner's course progress.
    completed: bool
    created_at: datetime
    questions: list[QuizQuestionResult]


class QuizOptionView(BaseModel):
    index: int
    text: str


class QuizQuestionView(BaseModel):
    id: int
    position: int
    prompt: str
    kind: str
    options: list[QuizOptionView]


class QuizView(BaseModel):
    """A quiz as a learner opens it: the questions, without answers; the last attempt's result."""

    lecture_id: int
    course_id: int
    title: str
    questions: list[QuizQuestionView]
    attempt_count: int
    last_result: QuizResult | None = None
