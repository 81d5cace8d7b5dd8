"""REST routes of the lecture Q&A: ask, answer, upvote, report, moderate, the instructor inbox."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, status

from udemy_clone.gateway.deps import CurrentUser, IdPath, Pagination, SessionDep
from udemy_clone.gateway.schemas import ERROR_RESPONSES
from udemy_clone.qa import service
from udemy_clone.qa.models import (
    QUERY_MAX,
    AnswerCreate,
    AnswerPublic,
    InboxItem,
    ModerationItem,
    PostKind,
    QaSort,
    QuestionCreate,
    QuestionDetail,
    QuestionPage,
    QuestionPublic,
    ReportCreate,
    VoteResult,
)

router = APIRouter(tags=["qa"], responses=ERROR_RESPONSES)

LectureFilter = Annotated[
    int | None, Query(ge=1, le=2**31 - 1, description="Only the questions of this lecture")
]
SearchQuery = Annotated[
    str,
    Query(max_length=QUERY_MAX, description="Only questions whose title or text has every word"),
]


@router.post("/lectures/{lecture_id}/questions", response_model=QuestionPublic, status_code=201)
def ask_question(
    lecture_id: IdPath, body: QuestionCreate, session: SessionDep, principal: CurrentUser
) -> QuestionPublic:
    """Ask a question on a lecture (enrolled students, the instructor, admins); optionally at
    `position_seconds` of its video."""
    return service.ask_question(
        session=session,
        user_id=principal.id,
        roles=principal.roles,
        lecture_id=lecture_id,
        data=body,
    )


@router.get("/courses/{course_id}/questions", response_model=QuestionPage)
def list_questions(
    course_id: IdPath,
    session: SessionDep,
    principal: CurrentUser,
    pagination: Pagination,
    lecture_id: LectureFilter = None,
    sort: QaSort = QaSort.recent,
    q: SearchQuery = "",
) -> QuestionPage:
    """The course's questions (`lecture_id`: one lecture): recent, most upvoted or unanswered
    first; `q` searches titles and texts."""
    return service.list_questions(
        session=session,
        user_id=principal.id,
        roles=principal.roles,
        course_id=course_id,
        lecture_id=lecture_id,
        sort=sort,
        q=q,
        page=pagination.page,
        page_size=pagination.page_size,
    )


@router.get("/questions/{question_id}", response_model=QuestionDetail)
def get_question(
    question_id: IdPath, session: SessionDep, principal: CurrentUser
) -> QuestionDetail:
    """One question with its answers and their badges."""
    return service.get_question(
        session=session, user_id=principal.id, roles=principal.roles, question_id=question_id
    )


@router.post("/questions/{question_id}/answers", response_model=AnswerPublic, status_code=201)
def answer_question(
    question_id: IdPath, body: AnswerCreate, session: SessionDep, principal: CurrentUser
) -> AnswerPublic:
    """Answer a question (enrolled students, the instructor, admins)."""
    return service.answer_question(
        session=session,
        user_id=principal.id,
        roles=principal.roles,
        question_id=question_id,
        data=body,
    )


def _vote(kind: PostKind, post_id: int, session: SessionDep, principal: CurrentUser) -> VoteResult:
    return service.toggle_upvote(
        session=session, user_id=principal.id, roles=principal.roles, kind=kind, post_id=post_id
    )


@router.post("/questions/{question_id}/upvote", response_model=VoteResult)
def upvote_question(question_id: IdPath, session: SessionDep, principal: CurrentUser) -> VoteResult:
    """Upvote a question, or take the upvote back (a toggle; not on one's own question)."""
    return _vote(PostKind.question, question_id, session, principal)


@router.post("/answers/{answer_id}/upvote", response_model=VoteResult)
def upvote_answer(answer_id: IdPath, session: SessionDep, principal: CurrentUser) -> VoteResult:
    """Upvote an answer, or take the upvote back (a toggle; not on one's own answer)."""
    return _vote(PostKind.answer, answer_id, session, principal)


def _report(
    kind: PostKind, post_id: int, body: ReportCreate, session: SessionDep, principal: CurrentUser
) -> dict[str, str]:
    service.report_post(
        session=session,
        user_id=principal.id,
        roles=principal.roles,
        kind=kind,
        post_id=post_id,
        data=body,
    )
    return {"status": "reported"}


@router.post("/questions/{question_id}/report", status_code=status.HTTP_202_ACCEPTED)
def report_question(
    question_id: IdPath, body: ReportCreate, session: SessionDep, principal: CurrentUser
) -> dict[str, str]:
    """Report a question as abusive (once per person, with a reason)."""
    return _report(PostKind.question, question_id, body, session, principal)


@router.post("/answers/{answer_id}/report", status_code=status.HTTP_202_ACCEPTED)
def report_answer(
    answer_id: IdPath, body: ReportCreate, session: SessionDep, principal: CurrentUser
) -> dict[str, str]:
    """Report an answer as abusive (once per person, with a reason)."""
    return _report(PostKind.answer, answer_id, body, session, principal)


def _hide(
    kind: PostKind, post_id: int, hidden: bool, session: SessionDep, principal: CurrentUser
) -> dict[str, bool]:
    service.set_hidden(
        session=session,
        user_id=principal.id,
        roles=principal.roles,
        kind=kind,
        post_id=post_id,
        hidden=hidden,
    )
    return {"hidden": hidden}


@router.post("/questions/{question_id}/hide")
def hide_question(
    question_id: IdPath, session: SessionDep, principal: CurrentUser
) -> dict[str, bool]:
    """The course's instructor or an admin: hide a question from students (reports close)."""
    return _hide(PostKind.question, question_id, True, session, principal)


@router.post("/questions/{question_id}/unhide")
def unhide_question(
    question_id: IdPath, session: SessionDep, principal: CurrentUser
) -> dict[str, bool]:
    """The course's instructor or an admin: show a question again (or keep a reported one)."""
    return _hide(PostKind.question, question_id, False, session, principal)


@router.post("/answers/{answer_id}/hide")
def hide_answer(answer_id: IdPath, session: SessionDep, principal: CurrentUser) -> dict[str, bool]:
    """The course's instructor or an admin: hide an answer from students (reports close)."""
    return _hide(PostKind.answer, answer_id, True, session, principal)


@router.post("/answers/{answer_id}/unhide")
def unhide_answer(
    answer_id: IdPath, session: SessionDep, principal: CurrentUser
) -> dict[str, bool]:
    """The course's instructor or an admin: show an answer again (or keep a reported one)."""
    return _hide(PostKind.answer, answer_id, False, session, principal)


@router.get("/instructor/questions", response_model=list[InboxItem])
def instructor_inbox(session: SessionDep, principal: CurrentUser) -> list[InboxItem]:
    """The caller's unanswered questions across their own courses, newest first."""
    return service.instructor_inbox(session=session, user_id=principal.id, roles=principal.roles)


@router.get("/admin/qa/reports", response_model=list[ModerationItem])
def moderation_queue(
    session: SessionDep,
    principal: CurrentUser,
    hidden: Annotated[bool, Query(description="The hidden posts instead of the reported")] = False,
) -> list[ModerationItem]:
    """Admin: reported questions and answers, most reported first (`hidden=true`: hidden)."""
    return service.moderation_queue(session=session, roles=principal.roles, hidden=hidden)
