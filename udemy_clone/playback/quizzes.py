"""Taking a quiz: the questions without answers, a submission scored here, retakes.

The answer key comes from the catalog (`quiz_answer_key`) and never leaves this module before a
submission: `quiz_view` of an untaken quiz carries no `correct` flag and no explanation. A
submission answering every question completes the quiz item in the learner's course progress
(as on Udemy: taking the quiz completes it, whatever the score); `passed` is informational.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlmodel import Session, col, func, select

from udemy_clone.catalog import service as catalog_service
from udemy_clone.catalog.service import LectureContext, QuizKeyQuestion
from udemy_clone.core.db import utcnow
from udemy_clone.core.errors import InvalidInput, NotAuthenticated, NotFound, PermissionDenied
from udemy_clone.playback import service as playback_service
from udemy_clone.playback.quiz_models import (
    PASS_PERCENT,
    QuizAttempt,
    QuizOptionResult,
    QuizOptionView,
    QuizQuestionResult,
    QuizQuestionView,
    QuizResult,
    QuizSubmission,
    QuizView,
)

QUIZ_ENROLL_MESSAGE = "Enroll in this course to take its quizzes."


@dataclass(frozen=True)
class Score:
    """How a submission did: right answers out of the questions, per question."""

    score: int
    total: int
    correct_by_question: dict[int, bool]

    @property
    def percent(self) -> int:
        return 0 if self.total == 0 else self.score * 100 // self.total

    @property
    def passed(self) -> bool:
        return self.total > 0 and self.percent >= PASS_PERCENT


def check_answers(
    key: Sequence[QuizKeyQuestion], answers: Mapping[int, Sequence[int]]
) -> dict[int, list[int]]:
    """The answers, cleaned, when they answer every question validly; InvalidInput if not."""
    by_id = {q.id: q for q in key}
    unknown = [qid for qid in answers if qid not in by_id]
    if unknown:
        raise InvalidInput(
            "Some answers are for questions this quiz does not have.", field="answers"
        )
    cleaned: dict[int, list[int]] = {}
    for question in key:
        chosen = sorted(set(answers.get(question.id, ())))
        if not chosen:
            raise InvalidInput(
                f"Answer every question before submitting (question {question.position + 1}).",
                field="answers",
            )
        if any(not 0 <= index < len(question.options) for index in chosen):
            raise InvalidInput(
                f"Question {question.position + 1} has no such answer.", field="answers"
            )
        if question.kind == "single" and len(chosen) != 1:
            raise InvalidInput(
                f"Question {question.position + 1} takes exactly one answer.", field="answers"
            )
        cleaned[question.id] = chosen
    return cleaned


def score_answers(key: Sequence[QuizKeyQuestion], answers: Mapping[int, Sequence[int]]) -> Score:
    """A question counts when exactly its correct options were chosen (all or nothing)."""
    correct = {q.id: set(answers.get(q.id, ())) == set(q.correct_indexes) for q in key}
    return Score(score=sum(correct.values()), total=len(key), correct_by_question=correct)


def _result(key: Sequence[QuizKeyQuestion], attempt: QuizAttempt, *, completed: bool) -> QuizResult:
    answers = _stored_answers(attempt)
    score = score_answers(key, answers)
    return QuizResult(
        attempt_id=int(attempt.id or 0),
        lecture_id=attempt.lecture_id,
        score=score.score,
        total=score.total,
        percent=score.percent,
        passed=score.passed,
        completed=completed,
        created_at=attempt.created_at,
        questions=[
            QuizQuestionResult(
                question_id=q.id,
                prompt=q.prompt,
                kind=q.kind,
                is_correct=score.correct_by_question[q.id],
                options=[
                    QuizOptionResult(
                        index=i,
                        text=option.text,
                        selected=i in answers.get(q.id, []),
                        correct=option.correct,
                        explanation=option.explanation,
                    )
                    for i, option in enumerate(q.options)
                ],
            )
            for q in key
        ],
    )


def _stored_answers(attempt: QuizAttempt) -> dict[int, list[int]]:
    return {
        int(qid): [int(i) for i in chosen]
        for qid, chosen in (attempt.answers or {}).items()
        if str(qid).isdigit() and isinstance(chosen, list)
    }


def _quiz_context(
    session: Session, *, user_id: int | None, roles: Sequence[str], lecture_id: int
) -> LectureContext:
    """The quiz lecture when the viewer may take it (enrolled, owner, admin); never a preview."""
    access = playback_service.lecture_access(
        session=session, lecture_id=lecture_id, user_id=user_id, roles=roles
    )
    if access.context.kind != "quiz":
        raise NotFound("This lecture is not a quiz.", code="quiz_not_found")
    if not user_id:
        raise NotAuthenticated("Sign in to take this quiz (enrolled students only).")
    if not access.allowed or access.reason == "preview":
        raise PermissionDenied(QUIZ_ENROLL_MESSAGE, code="not_enrolled")
    return access.context


def _attempts(session: Session, *, user_id: int, lecture_id: int) -> tuple[QuizAttempt | None, int]:
    last = session.exec(
        select(QuizAttempt)
        .where(col(QuizAttempt.user_id) == user_id, col(QuizAttempt.lecture_id) == lecture_id)
        .order_by(col(QuizAttempt.id).desc())
        .limit(1)
    ).first()
    count = session.exec(
        select(func.count())
        .select_from(QuizAttempt)
        .where(col(QuizAttempt.user_id) == user_id, col(QuizAttempt.lecture_id) == lecture_id)
    ).one()
    return last, int(count)


def _title(session: Session, context: LectureContext) -> str:
    for section in catalog_service.get_curriculum(session=session, course_id=context.course_id):
        for lecture in section.lectures:
            if lecture.id == context.lecture_id:
                return lecture.title
    return ""


def quiz_view(
    *, session: Session, user_id: int | None, roles: Sequence[str] = (), lecture_id: int
) -> QuizView:
    """The quiz to take: questions without the answer key, and the last attempt's result."""
    context = _quiz_context(session, user_id=user_id, roles=roles, lecture_id=lecture_id)
    assert user_id is not None
    questions = catalog_service.quiz_questions_for_learner(session=session, lecture_id=lecture_id)
    last, count = _attempts(session, user_id=user_id, lecture_id=lecture_id)
    last_result = None
    if last is not None:
        key = catalog_service.quiz_answer_key(session=session, lecture_id=lecture_id)
        last_result = _result(key, last, completed=True)
    return QuizView(
        lecture_id=lecture_id,
        course_id=context.course_id,
        title=_title(session, context),
        questions=[
            QuizQuestionView(
                id=q.id,
                position=q.position,
                prompt=q.prompt,
                kind=q.kind,
                options=[QuizOptionView(index=o.index, text=o.text) for o in q.options],
            )
            for q in questions
        ],
        attempt_count=count,
        last_result=last_result,
    )


def submit_quiz(
    *,
    session: Session,
    user_id: int,
    roles: Sequence[str] = (),
    lecture_id: int,
    data: QuizSubmission,
) -> QuizResult:
    """Score a submission answering every question, keep it, and complete the quiz item."""
    context = _quiz_context(session, user_id=user_id, roles=roles, lecture_id=lecture_id)
    key = catalog_service.quiz_answer_key(session=session, lecture_id=lecture_id)
    if not key:
        raise InvalidInput("This quiz has no questions yet.", field="answers")
    given: dict[int, list[int]] = {}
    for answer in data.answers:
        if answer.question_id in given:
            raise InvalidInput("Answer each question once.", field="answers")
        given[answer.question_id] = list(answer.selected)
    answers = check_answers(key, given)
    score = score_answers(key, answers)
    attempt = QuizAttempt(
        user_id=user_id,
        lecture_id=lecture_id,
        course_id=context.course_id,
        answers={str(qid): chosen for qid, chosen in answers.items()},
        score=score.score,
        total=score.total,
        passed=score.passed,
        created_at=utcnow(),
    )
    session.add(attempt)
    session.flush()
    playback_service.mark_lecture_complete(
        session=session, user_id=user_id, lecture_id=lecture_id, course_id=context.course_id
    )
    return _result(key, attempt, completed=True)
