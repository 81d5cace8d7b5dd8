"""Events the Q&A domain emits."""

from __future__ import annotations

from dataclasses import dataclass

from udemy_clone.core.events import DomainEvent


@dataclass(frozen=True, kw_only=True)
class QuestionAsked(DomainEvent):
    """Someone asked a question on a lecture (the instructor hears about it)."""

    topic = "qa.question_asked"
    question_id: int
    course_id: int
    lecture_id: int
    author_id: int


@dataclass(frozen=True, kw_only=True)
class AnswerPosted(DomainEvent):
    """Someone answered a question (its asker hears about it, unless they answered)."""

    topic = "qa.answer_posted"
    answer_id: int
    question_id: int
    course_id: int
    author_id: int
    asker_id: int
