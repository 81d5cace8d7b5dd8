"""Quizzes as curriculum items: their questions, written by the course's instructor.

A quiz is a lecture of kind "quiz". Its questions (with the answer key and the explanations)
are read in full only by the author here, and by the playback domain to score a submission
(`quiz_answer_key`); learners get `quiz_questions_for_learner`, which carries neither.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlmodel import Session, col, select

from udemy_clone.catalog.course_records import mark_course_changed
from udemy_clone.catalog.curriculum import _lecture_for_owner
from udemy_clone.catalog.models import Course, Lecture, LectureKind
from udemy_clone.catalog.quiz_models import (
    MAX_QUESTIONS,
    QuizKeyQuestion,
    QuizOptionAuthor,
    QuizOptionLearner,
    QuizQuestion,
    QuizQuestionAuthor,
    QuizQuestionIn,
    QuizQuestionLearner,
)
from udemy_clone.core.db import utcnow
from udemy_clone.core.errors import Conflict, InvalidInput, NotFound

NOT_A_QUIZ = "This lecture is a video lecture, not a quiz."


def _questions_of(session: Session, lecture_id: int) -> list[QuizQuestion]:
    return list(
        session.exec(
            select(QuizQuestion)
            .where(col(QuizQuestion.lecture_id) == lecture_id)
            .order_by(col(QuizQuestion.position), col(QuizQuestion.id))
        )
    )


def _renumber(questions: Sequence[QuizQuestion], session: Session) -> None:
    for index, question in enumerate(questions):
        if question.position != index:
            question.position = index
            session.add(question)


def _author_view(question: QuizQuestion) -> QuizQuestionAuthor:
    return QuizQuestionAuthor(
        id=int(question.id or 0),
        lecture_id=question.lecture_id,
        position=question.position,
        prompt=question.prompt,
        kind=question.kind,
        options=[QuizOptionAuthor.model_validate(option) for option in question.options],
    )


def _quiz_for_owner(
    session: Session, *, lecture_id: int, actor_id: int, actor_roles: Sequence[str]
) -> tuple[Lecture, Course]:
    lecture, _section, course = _lecture_for_owner(
        session, lecture_id=lecture_id, actor_id=actor_id, actor_roles=actor_roles
    )
    if lecture.kind != LectureKind.quiz:
        raise Conflict(NOT_A_QUIZ, code="not_a_quiz")
    return lecture, course


def _question_for_owner(
    session: Session, *, question_id: int, actor_id: int, actor_roles: Sequence[str]
) -> tuple[QuizQuestion, Lecture, Course]:
    question = session.get(QuizQuestion, question_id)
    if question is None:
        raise NotFound("This question does not exist.", code="question_not_found")
    lecture, course = _quiz_for_owner(
        session, lecture_id=question.lecture_id, actor_id=actor_id, actor_roles=actor_roles
    )
    return question, lecture, course


def _changed(session: Session, lecture: Lecture, course: Course) -> None:
    lecture.question_count = len(_questions_of(session, int(lecture.id or 0)))
    session.add(lecture)
    mark_course_changed(session, course)
    session.flush()


def _stored_options(data: QuizQuestionIn) -> list[dict[str, object]]:
    return [option.model_dump() for option in data.options]


def list_quiz_questions(
    *, session: Session, actor_id: int, actor_roles: Sequence[str], lecture_id: int
) -> list[QuizQuestionAuthor]:
    """Owner or admin: a quiz's questions in order, with the answer key and explanations."""
    _quiz_for_owner(session, lecture_id=lecture_id, actor_id=actor_id, actor_roles=actor_roles)
    return [_author_view(q) for q in _questions_of(session, lecture_id)]


def add_quiz_question(
    *,
    session: Session,
    actor_id: int,
    actor_roles: Sequence[str],
    lecture_id: int,
    data: QuizQuestionIn,
) -> QuizQuestionAuthor:
    """Owner or admin: add a question to a quiz at `position` (0-based; default last)."""
    lecture, course = _quiz_for_owner(
        session, lecture_id=lecture_id, actor_id=actor_id, actor_roles=actor_roles
    )
    questions = _questions_of(session, lecture_id)
    if len(questions) >= MAX_QUESTIONS:
        raise Conflict(
            f"A quiz has at most {MAX_QUESTIONS} questions; split it in two.",
            code="too_many_questions",
        )
    question = QuizQuestion(
        lecture_id=lecture_id,
        prompt=data.prompt,
        kind=data.kind.value,
        options=_stored_options(data),
        position=len(questions),
    )
    session.add(question)
    questions.insert(len(questions) if data.position is None else data.position, question)
    _renumber(questions, session)
    _changed(session, lecture, course)
    return _author_view(question)


def update_quiz_question(
    *,
    session: Session,
    actor_id: int,
    actor_roles: Sequence[str],
    question_id: int,
    data: QuizQuestionIn,
) -> QuizQuestionAuthor:
    """Owner or admin: replace a question's prompt, kind and options (and move it)."""
    question, lecture, course = _question_for_owner(
        session, question_id=question_id, actor_id=actor_id, actor_roles=actor_roles
    )
    question.prompt = data.prompt
    question.kind = data.kind.value
    question.options = _stored_options(data)
    question.updated_at = utcnow()
    session.add(question)
    if data.position is not None:
        others = [q for q in _questions_of(session, lecture.id or 0) if q.id != question_id]
        others.insert(min(data.position, len(others)), question)
        _renumber(others, session)
    _changed(session, lecture, course)
    return _author_view(question)


def delete_quiz_question(
    *, session: Session, actor_id: int, actor_roles: Sequence[str], question_id: int
) -> None:
    """Owner or admin: delete a question from its quiz."""
    question, lecture, course = _question_for_owner(
        session, question_id=question_id, actor_id=actor_id, actor_roles=actor_roles
    )
    session.delete(question)
    session.flush()
    _renumber(_questions_of(session, int(lecture.id or 0)), session)
    _changed(session, lecture, course)


def reorder_quiz_questions(
    *,
    session: Session,
    actor_id: int,
    actor_roles: Sequence[str],
    lecture_id: int,
    question_ids: Sequence[int],
) -> list[QuizQuestionAuthor]:
    """Owner or admin: put a quiz's questions in this order (every question, once)."""
    lecture, course = _quiz_for_owner(
        session, lecture_id=lecture_id, actor_id=actor_id, actor_roles=actor_roles
    )
    questions = {int(q.id or 0): q for q in _questions_of(session, lecture_id)}
    if sorted(question_ids) != sorted(questions) or len(set(question_ids)) != len(question_ids):
        raise InvalidInput("List every question of this quiz exactly once.", field="question_ids")
    ordered = [questions[qid] for qid in question_ids]
    _renumber(ordered, session)
    _changed(session, lecture, course)
    return [_author_view(q) for q in ordered]


def quiz_questions_for_learner(*, session: Session, lecture_id: int) -> list[QuizQuestionLearner]:
    """A quiz's questions without answer key or explanations (the caller authorises)."""
    return [
        QuizQuestionLearner(
            id=int(q.id or 0),
            position=q.position,
            prompt=q.prompt,
            kind=q.kind,
            options=[
                QuizOptionLearner(index=i, text=str(option.get("text", "")))
                for i, option in enumerate(q.options)
            ],
        )
        for q in _questions_of(session, lecture_id)
    ]


def quiz_answer_key(*, session: Session, lecture_id: int) -> list[QuizKeyQuestion]:
    """Playback: a quiz's questions with the answer key, to score a submission."""
    return [
        QuizKeyQuestion(
            id=int(q.id or 0),
            position=q.position,
            prompt=q.prompt,
            kind=q.kind,
            options=tuple(QuizOptionAuthor.model_validate(option) for option in q.options),
        )
        for q in _questions_of(session, lecture_id)
    ]
