"""REST routes of quiz authoring: a quiz lecture's questions, for its instructor (and admins)."""

from __future__ import annotations

from fastapi import APIRouter, Response, status

from udemy_clone.catalog import service
from udemy_clone.catalog.quiz_models import QuizQuestionAuthor, QuizQuestionIn, QuizQuestionOrder
from udemy_clone.gateway.deps import CurrentUser, IdPath, SessionDep
from udemy_clone.gateway.schemas import ERROR_RESPONSES

router = APIRouter(tags=["quizzes"], responses=ERROR_RESPONSES)


@router.get("/lectures/{lecture_id}/quiz/questions", response_model=list[QuizQuestionAuthor])
def list_questions(
    lecture_id: IdPath, principal: CurrentUser, session: SessionDep
) -> list[QuizQuestionAuthor]:
    """Owner or admin: the quiz's questions in order, with correct answers and explanations."""
    return service.list_quiz_questions(
        session=session, actor_id=principal.id, actor_roles=principal.roles, lecture_id=lecture_id
    )


@router.post(
    "/lectures/{lecture_id}/quiz/questions",
    status_code=status.HTTP_201_CREATED,
    response_model=QuizQuestionAuthor,
)
def add_question(
    lecture_id: IdPath, body: QuizQuestionIn, principal: CurrentUser, session: SessionDep
) -> QuizQuestionAuthor:
    """Owner or admin: add a question (single or multiple choice, 2-8 options) to a quiz."""
    return service.add_quiz_question(
        session=session,
        actor_id=principal.id,
        actor_roles=principal.roles,
        lecture_id=lecture_id,
        data=body,
    )


@router.put("/lectures/{lecture_id}/quiz/order", response_model=list[QuizQuestionAuthor])
def reorder_questions(
    lecture_id: IdPath, body: QuizQuestionOrder, principal: CurrentUser, session: SessionDep
) -> list[QuizQuestionAuthor]:
    """Owner or admin: put every question of the quiz in the given order."""
    return service.reorder_quiz_questions(
        session=session,
        actor_id=principal.id,
        actor_roles=principal.roles,
        lecture_id=lecture_id,
        question_ids=body.question_ids,
    )


@router.put("/quiz-questions/{question_id}", response_model=QuizQuestionAuthor)
def replace_question(
    question_id: IdPath, body: QuizQuestionIn, principal: CurrentUser, session: SessionDep
) -> QuizQuestionAuthor:
    """Owner or admin: replace a question's prompt, kind and options (`position` moves it)."""
    return service.update_quiz_question(
        session=session,
        actor_id=principal.id,
        actor_roles=principal.roles,
        question_id=question_id,
        data=body,
    )


@router.delete(
    "/quiz-questions/{question_id}", status_code=status.HTTP_204_NO_CONTENT, response_class=Response
)
def delete_question(question_id: IdPath, principal: CurrentUser, session: SessionDep) -> Response:
    """Owner or admin: delete a question."""
    service.delete_quiz_question(
        session=session, actor_id=principal.id, actor_roles=principal.roles, question_id=question_id
    )
    return Response(status_code=status.HTTP_204_NO_CONTENT)
