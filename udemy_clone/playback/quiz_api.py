"""REST routes of taking quizzes: the questions (no answers) and submissions, for learners."""

from __future__ import annotations

from fastapi import APIRouter, status

from udemy_clone.gateway.deps import CurrentUser, IdPath, SessionDep
from udemy_clone.gateway.schemas import ERROR_RESPONSES
from udemy_clone.playback import quizzes
from udemy_clone.playback.quiz_models import QuizResult, QuizSubmission, QuizView

router = APIRouter(tags=["quizzes"], responses=ERROR_RESPONSES)


@router.get("/lectures/{lecture_id}/quiz", response_model=QuizView)
def get_quiz(lecture_id: IdPath, principal: CurrentUser, session: SessionDep) -> QuizView:
    """Enrolled students (and the instructor): the quiz's questions, without the answers, and
    the result of the caller's last attempt."""
    return quizzes.quiz_view(
        session=session, user_id=principal.id, roles=principal.roles, lecture_id=lecture_id
    )


@router.post(
    "/lectures/{lecture_id}/quiz/attempts",
    status_code=status.HTTP_201_CREATED,
    response_model=QuizResult,
)
def submit_quiz(
    lecture_id: IdPath, body: QuizSubmission, principal: CurrentUser, session: SessionDep
) -> QuizResult:
    """Submit answers to every question: the score, what was right and why; completes the
    quiz in the course progress. Retakes are new attempts."""
    return quizzes.submit_quiz(
        session=session,
        user_id=principal.id,
        roles=principal.roles,
        lecture_id=lecture_id,
        data=body,
    )
