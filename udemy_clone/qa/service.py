"""The Q&A domain's API: questions on lectures, answers, upvotes, reports and moderation.

Who may do what is decided here, never in routes or pages: enrolled students, the course's
instructor and admins take part in a course's Q&A (others: 403; a lecture or post of another
course: 404). Hidden posts exist only for their author and the moderators (the course's
instructor, admins). Keyword-only functions that never commit; counters are changed with
UPDATE ... SET n = n + 1 under the post's row lock, so concurrent votes lose nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, or_, update
from sqlmodel import Session, col, select

from udemy_clone.auth import service as auth_service
from udemy_clone.catalog import service as catalog_service
from udemy_clone.core import db, outbox
from udemy_clone.core.db import as_utc, utcnow
from udemy_clone.core.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from udemy_clone.orders import service as orders_service
from udemy_clone.qa.events import AnswerPosted, QuestionAsked
from udemy_clone.qa.models import (
    QUERY_MAX,
    Answer,
    AnswerCreate,
    AnswerPublic,
    AuthorRef,
    InboxItem,
    ModerationItem,
    PostKind,
    QaReport,
    QaSort,
    QaVote,
    Question,
    QuestionCreate,
    QuestionDetail,
    QuestionPage,
    QuestionPublic,
    ReportCreate,
    ReportPublic,
    VoteResult,
    clean_text,
)

POSITION_SLACK_SECONDS = 1
NOT_ENROLLED = "Enroll in this course to take part in its Q&A."
QUESTION_NOT_FOUND = "This question does not exist or was removed."
ANSWER_NOT_FOUND = "This answer does not exist or was removed."
HIDDEN_BY_MODERATOR = "This question was hidden by a moderator."


@dataclass(frozen=True, slots=True)
class CourseAccess:
    """Who the viewer is in a course's Q&A."""

    course_id: int
    course_slug: str
    course_title: str
    owner_id: int
    user_id: int
    can_moderate: bool  # the course's instructor or an admin


def _is_admin(roles: Sequence[str]) -> bool:
    return "admin" in roles


def course_access(
    *, session: Session, user_id: int, roles: Sequence[str], course_id: int
) -> CourseAccess:
    """The viewer's place in a course's Q&A: enrolled, instructor or admin (else 403/404)."""
    course = catalog_service.get_course(session=session, course_id=course_id)
    if not catalog_service.can_view(course, viewer_id=user_id, viewer_roles=roles):
        raise NotFound("This course does not exist or is not published.", code="course_not_found")
    owner = course.owner_id == user_id
    admin = _is_admin(roles)
    if not (
        owner
        or admin
        or orders_service.is_enrolled(session=session, user_id=user_id, course_id=course_id)
    ):
        raise PermissionDenied(NOT_ENROLLED, code="not_enrolled")
    return CourseAccess(
        course_id=course_id,
        course_slug=course.slug,
        course_title=course.title,
        owner_id=course.owner_id,
        user_id=user_id,
        can_moderate=owner or admin,
    )


def can_take_part(*, session: Session, user_id: int, roles: Sequence[str], course_id: int) -> bool:
    """Whether the user may read and write in the course's Q&A."""
    try:
        course_access(session=session, user_id=user_id, roles=roles, course_id=course_id)
    except (PermissionDenied, NotFound):
        return False
    return True


def _lectures(session: Session, course_id: int) -> dict[int, tuple[str, int]]:
    """lecture id → ("1.2 Title", duration in seconds) of the course's lectures."""
    found: dict[int, tuple[str, int]] = {}
    for s_index, section in enumerate(
        catalog_service.get_curriculum(session=session, course_id=course_id), 1
    ):
        for l_index, lecture in enumerate(section.lectures, 1):
            found[lecture.id] = (f"{s_index}.{l_index} {lecture.title}", lecture.duration_seconds)
    return found


def _visible(post: Question | Answer, access: CourseAccess) -> bool:
    return not post.is_hidden or access.can_moderate or post.author_id == access.user_id


def _names(session: Session, user_ids: set[int]) -> dict[int, str]:
    return auth_service.display_names(session=session, user_ids=sorted(user_ids))


def _mine(session: Session, model: Any, kind: PostKind, user_id: int, ids: list[int]) -> set[int]:
    if not ids:
        return set()
    return {
        int(pid)
        for pid in session.exec(
            select(model.post_id).where(
                col(model.post_kind) == kind.value,
                col(model.user_id if model is QaVote else model.reporter_id) == user_id,
                col(model.post_id).in_(ids),
            )
        )
    }


def _questions_public(
    session: Session, rows: list[Question], access: CourseAccess
) -> list[QuestionPublic]:
    if not rows:
        return []
    ids = [int(q.id or 0) for q in rows]
    titles = _lectures(session, access.course_id)
    names = _names(session, {q.author_id for q in rows})
    voted = _mine(session, QaVote, PostKind.question, access.user_id, ids)
    reported = _mine(session, QaReport, PostKind.question, access.user_id, ids)
    answered_by_instructor = {
        int(qid)
        for qid in session.exec(
            select(Answer.question_id).where(
                col(Answer.question_id).in_(ids),
                col(Answer.author_id) == access.owner_id,
                col(Answer.is_hidden).is_(False),
            )
        )
    }
    return [
        QuestionPublic(
            id=int(q.id or 0),
            course_id=q.course_id,
            lecture_id=q.lecture_id,
            lecture_title=titles.get(q.lecture_id, ("Removed lecture", 0))[0],
            author=AuthorRef(id=q.author_id, full_name=names.get(q.author_id, "A student")),
            title=q.title,
            body=q.body,
            position_seconds=q.position_seconds,
            upvotes=q.upvote_count,
            upvoted_by_me=q.id in voted,
            answer_count=q.answer_count,
            has_instructor_answer=q.id in answered_by_instructor,
            is_hidden=q.is_hidden,
            is_mine=q.author_id == access.user_id,
            reported_by_me=q.id in reported,
            created_at=as_utc(q.created_at),
        )
        for q in rows
    ]


def _answers_public(
    session: Session, rows: list[Answer], access: CourseAccess
) -> list[AnswerPublic]:
    ids = [int(a.id or 0) for a in rows]
    names = _names(session, {a.author_id for a in rows})
    voted = _mine(session, QaVote, PostKind.answer, access.user_id, ids)
    reported = _mine(session, QaReport, PostKind.answer, access.user_id, ids)
    shown = [a for a in rows if not a.is_hidden]
    best = max(shown, key=lambda a: (a.upvote_count, -(a.id or 0)), default=None)
    top_id = best.id if best is not None and best.upvote_count >= 1 else None
    return [
        AnswerPublic(
            id=int(a.id or 0),
            question_id=a.question_id,
            author=AuthorRef(id=a.author_id, full_name=names.get(a.author_id, "A student")),
            body=a.body,
            upvotes=a.upvote_count,
            upvoted_by_me=a.id in voted,
            is_instructor=a.author_id == access.owner_id,
            is_top=a.id == top_id,
            is_hidden=a.is_hidden,
            is_mine=a.author_id == access.user_id,
            reported_by_me=a.id in reported,
            created_at=as_utc(a.created_at),
        )
        for a in rows
    ]


# ---- asking and reading --------------------------------------------------------------------


def ask_question(
    *, session: Session, user_id: int, roles: Sequence[str], lecture_id: int, data: QuestionCreate
) -> QuestionPublic:
    """Ask a question on a lecture, optionally at a moment of its video (within its length)."""
    context = catalog_service.get_lecture_context(session=session, lecture_id=lecture_id)
    access = course_access(
        session=session, user_id=user_id, roles=roles, course_id=context.course_id
    )
    if data.position_seconds is not None:
        _title, duration = _lectures(session, context.course_id).get(lecture_id, ("", 0))
        if not duration:
            raise InvalidInput(
                "This lecture has no video yet, so a question cannot point at a moment of it.",
                field="position_seconds",
            )
        if data.position_seconds > duration + POSITION_SLACK_SECONDS:
            raise InvalidInput(
                f"The moment is past the end of this {duration}-second lecture.",
                field="position_seconds",
            )
        position: int | None = min(data.position_seconds, duration)
    else:
        position = None
    now = utcnow()
    question = Question(
        course_id=context.course_id,
        lecture_id=lecture_id,
        author_id=user_id,
        title=data.title,
        body=data.body,
        position_seconds=position,
        created_at=now,
        updated_at=now,
    )
    session.add(question)
    session.flush()
    assert question.id is not None
    outbox.emit(
        session,
        QuestionAsked(
            question_id=question.id,
            course_id=context.course_id,
            lecture_id=lecture_id,
            author_id=user_id,
        ),
    )
    return _questions_public(session, [question], access)[0]


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def list_questions(
    *,
    session: Session,
    user_id: int,
    roles: Sequence[str],
    course_id: int,
    lecture_id: int | None = None,
    sort: QaSort = QaSort.recent,
    q: str = "",
    page: int = 1,
    page_size: int = 20,
) -> QuestionPage:
    """A course's questions (or one lecture's): recent, most upvoted or unanswered; searched."""
    access = course_access(session=session, user_id=user_id, roles=roles, course_id=course_id)
    if lecture_id is not None and lecture_id not in _lectures(session, course_id):
        raise NotFound("This lecture is not part of this course.", code="lecture_not_found")
    conditions: list[Any] = [col(Question.course_id) == course_id]
    if lecture_id is not None:
        conditions.append(col(Question.lecture_id) == lecture_id)
    if not access.can_moderate:
        conditions.append(
            or_(col(Question.is_hidden).is_(False), col(Question.author_id) == user_id)
        )
    words = " ".join(clean_text(q).split())[:QUERY_MAX]  # no NUL for PostgreSQL
    for word in words.split(" ") if words else []:
        pattern = _like(word)
        conditions.append(
            or_(
                col(Question.title).ilike(pattern, escape="\\"),
                col(Question.body).ilike(pattern, escape="\\"),
            )
        )
    if sort == QaSort.unanswered:
        conditions.append(col(Question.answer_count) == 0)
    order: tuple[Any, ...] = (col(Question.created_at).desc(), col(Question.id).desc())
    if sort == QaSort.upvoted:
        order = (col(Question.upvote_count).desc(), *order)
    total = session.exec(select(func.count(col(Question.id))).where(*conditions)).one()
    rows = list(
        session.exec(
            select(Question)
            .where(*conditions)
            .order_by(*order)
            .offset((max(1, page) - 1) * page_size)
            .limit(page_size)
        )
    )
    return QuestionPage(
        items=_questions_public(session, rows, access),
        total=int(total),
        page=page,
        page_size=page_size,
    )


def _question_for(
    session: Session, question_id: int, *, user_id: int, roles: Sequence[str], lock: bool = False
) -> tuple[Question, CourseAccess]:
    statement = select(Question).where(col(Question.id) == question_id)
    if lock:
        statement = statement.with_for_update().execution_options(populate_existing=True)
    question = session.exec(statement).first()
    if question is None:
        raise NotFound(QUESTION_NOT_FOUND, code="question_not_found")
    access = course_access(
        session=session, user_id=user_id, roles=roles, course_id=question.course_id
    )
    if not _visible(question, access):
        raise NotFound(QUESTION_NOT_FOUND, code="question_not_found")
    return question, access


def _answer_for(
    session: Session, answer_id: int, *, user_id: int, roles: Sequence[str], lock: bool = False
) -> tuple[Answer, Question, CourseAccess]:
    statement = select(Answer).where(col(Answer.id) == answer_id)
    if lock:
        statement = statement.with_for_update().execution_options(populate_existing=True)
    answer = session.exec(statement).first()
    if answer is None:
        raise NotFound(ANSWER_NOT_FOUND, code="answer_not_found")
    try:
        question, access = _question_for(session, answer.question_id, user_id=user_id, roles=roles)
    except NotFound:
        raise NotFound(ANSWER_NOT_FOUND, code="answer_not_found") from None
    if not _visible(answer, access):
        raise NotFound(ANSWER_NOT_FOUND, code="answer_not_found")
    return answer, question, access


def get_question(
    *, session: Session, user_id: int, roles: Sequence[str], question_id: int
) -> QuestionDetail:
    """One question with its answers (hidden ones only for their authors and moderators)."""
    question, access = _question_for(session, question_id, user_id=user_id, roles=roles)
    answers = [
        a
        for a in session.exec(
            select(Answer)
            .where(col(Answer.question_id) == question_id)
            .order_by(col(Answer.created_at).asc(), col(Answer.id).asc())
        )
        if _visible(a, access)
    ]
    public = _questions_public(session, [question], access)[0]
    return QuestionDetail(
        **public.model_dump(),
        answers=_answers_public(session, answers, access),
        can_moderate=access.can_moderate,
    )


def _add_to(session: Session, model: Any, post_id: int, **deltas: int) -> None:
    session.exec(
        update(model)
        .where(col(model.id) == post_id)
        .values({name: getattr(model, name) + delta for name, delta in deltas.items()})
        .execution_options(synchronize_session=False)
    )


def answer_question(
    *, session: Session, user_id: int, roles: Sequence[str], question_id: int, data: AnswerCreate
) -> AnswerPublic:
    """Answer a question (enrolled students, the instructor, admins); its asker hears of it."""
    question, access = _question_for(session, question_id, user_id=user_id, roles=roles, lock=True)
    if question.is_hidden:
        raise Conflict(HIDDEN_BY_MODERATOR, code="question_hidden")
    answer = Answer(
        question_id=question_id,
        course_id=question.course_id,
        author_id=user_id,
        body=data.body,
        created_at=utcnow(),
    )
    session.add(answer)
    session.flush()
    assert answer.id is not None
    _add_to(session, Question, question_id, answer_count=1)
    outbox.emit(
        session,
        AnswerPosted(
            answer_id=answer.id,
            question_id=question_id,
            course_id=question.course_id,
            author_id=user_id,
            asker_id=question.author_id,
        ),
    )
    return _answers_public(session, [answer], access)[0]


# ---- upvotes and reports -------------------------------------------------------------------


def _post(
    session: Session, kind: PostKind, post_id: int, *, user_id: int, roles: Sequence[str]
) -> tuple[Question | Answer, CourseAccess]:
    if kind == PostKind.question:
        return _question_for(session, post_id, user_id=user_id, roles=roles, lock=True)
    answer, _question, access = _answer_for(
        session, post_id, user_id=user_id, roles=roles, lock=True
    )
    return answer, access


def toggle_upvote(
    *, session: Session, user_id: int, roles: Sequence[str], kind: PostKind, post_id: int
) -> VoteResult:
    """Upvote a question or answer, or take one's upvote back (never one's own post)."""
    post, _access = _post(session, kind, post_id, user_id=user_id, roles=roles)
    if post.author_id == user_id:
        raise Conflict(f"You cannot upvote your own {kind.value}.", code="own_post")
    if post.is_hidden:
        raise Conflict(f"This {kind.value} was hidden by a moderator.", code="post_hidden")
    model: Any = Question if kind == PostKind.question else Answer
    removed: Any = session.exec(
        delete(QaVote).where(
            col(QaVote.post_kind) == kind.value,
            col(QaVote.post_id) == post_id,
            col(QaVote.user_id) == user_id,
        )
    )
    if removed.rowcount:
        _add_to(session, model, post_id, upvote_count=-1)
        upvoted = False
    else:
        inserted = db.insert_ignoring_duplicates(
            session,
            QaVote,
            [
                {
                    "post_kind": kind.value,
                    "post_id": post_id,
                    "user_id": user_id,
                    "created_at": utcnow(),
                }
            ],
            returning=[col(QaVote.id)],
        )
        if inserted:
            _add_to(session, model, post_id, upvote_count=1)
        upvoted = True
    session.refresh(post)
    return VoteResult(upvoted=upvoted, upvotes=post.upvote_count)


def report_post(
    *,
    session: Session,
    user_id: int,
    roles: Sequence[str],
    kind: PostKind,
    post_id: int,
    data: ReportCreate,
) -> None:
    """Report a question or answer as abusive, once per person; admins see it to moderate."""
    post, _access = _post(session, kind, post_id, user_id=user_id, roles=roles)
    if post.author_id == user_id:
        raise Conflict(f"You cannot report your own {kind.value}.", code="own_post")
    inserted = db.insert_ignoring_duplicates(
        session,
        QaReport,
        [
            {
                "post_kind": kind.value,
                "post_id": post_id,
                "reporter_id": user_id,
                "reason": data.reason,
                "created_at": utcnow(),
            }
        ],
        returning=[col(QaReport.id)],
    )
    if not inserted:
        raise Conflict(f"You already reported this {kind.value}.", code="already_reported")
    model: Any = Question if kind == PostKind.question else Answer
    _add_to(session, model, post_id, open_report_count=1)


# ---- moderation ----------------------------------------------------------------------------


def set_hidden(
    *,
    session: Session,
    user_id: int,
    roles: Sequence[str],
    kind: PostKind,
    post_id: int,
    hidden: bool,
) -> None:
    """The course's instructor or an admin hides a post (or shows it again); reports close."""
    post, access = _post(session, kind, post_id, user_id=user_id, roles=roles)
    if not access.can_moderate:
        raise PermissionDenied(
            "Only the course's instructor and admins can hide or show posts.", code="not_moderator"
        )
    was_hidden = post.is_hidden
    post.is_hidden = hidden
    post.hidden_at = (post.hidden_at or utcnow()) if hidden else None
    post.open_report_count = 0
    session.add(post)
    session.exec(
        update(QaReport)
        .where(
            col(QaReport.post_kind) == kind.value,
            col(QaReport.post_id) == post_id,
            col(QaReport.resolved_at).is_(None),
        )
        .values(resolved_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    session.flush()
    if isinstance(post, Answer) and was_hidden != hidden:
        _add_to(session, Question, post.question_id, answer_count=-1 if hidden else 1)


def instructor_inbox(
    *, session: Session, user_id: int, roles: Sequence[str], limit: int = 100
) -> list[InboxItem]:
    """Unanswered, visible questions across the instructor's own courses, newest first."""
    briefs = catalog_service.course_briefs(session=session, owner_id=user_id)
    if not briefs:
        return []
    rows = list(
        session.exec(
            select(Question)
            .where(
                col(Question.course_id).in_(list(briefs)),
                col(Question.answer_count) == 0,
                col(Question.is_hidden).is_(False),
            )
            .order_by(col(Question.created_at).desc(), col(Question.id).desc())
            .limit(limit)
        )
    )
    items: list[InboxItem] = []
    by_course: dict[int, list[Question]] = {}
    for row in rows:
        by_course.setdefault(row.course_id, []).append(row)
    publics: dict[int, QuestionPublic] = {}
    for course_id, questions in by_course.items():
        access = course_access(session=session, user_id=user_id, roles=roles, course_id=course_id)
        for public in _questions_public(session, questions, access):
            publics[public.id] = public
    for row in rows:
        brief = briefs[row.course_id]
        items.append(
            InboxItem(
                question=publics[int(row.id or 0)],
                course_id=row.course_id,
                course_slug=brief.slug,
                course_title=brief.title,
            )
        )
    return items


def moderation_queue(
    *, session: Session, roles: Sequence[str], hidden: bool = False, limit: int = 100
) -> list[ModerationItem]:
    """Admin: reported questions and answers (most reported first), or the hidden ones."""
    if not _is_admin(roles):
        raise PermissionDenied("Only admins see the Q&A moderation queue.", code="not_admin")
    found: list[tuple[PostKind, Question | Answer]] = []
    models: tuple[tuple[PostKind, Any], ...] = (
        (PostKind.question, Question),
        (PostKind.answer, Answer),
    )
    for kind, model in models:
        condition = col(model.is_hidden).is_(True) if hidden else col(model.open_report_count) > 0
        found += [(kind, row) for row in session.exec(select(model).where(condition).limit(limit))]
    if hidden:
        found.sort(key=lambda item: as_utc(item[1].hidden_at or item[1].created_at), reverse=True)
    else:
        found.sort(key=lambda item: (-item[1].open_report_count, -(item[1].id or 0)))
    found = found[:limit]
    questions = {
        int(q.id or 0): q
        for q in session.exec(
            select(Question).where(
                col(Question.id).in_(
                    [p.question_id if isinstance(p, Answer) else p.id for _k, p in found]
                )
            )
        )
    }
    reports = list(
        session.exec(
            select(QaReport)
            .where(
                or_(
                    *[
                        (col(QaReport.post_kind) == kind.value) & (col(QaReport.post_id) == p.id)
                        for kind, p in found
                    ]
                )
                if found
                else col(QaReport.id) < 0,
                col(QaReport.resolved_at).is_(None),
            )
            .order_by(col(QaReport.created_at).asc(), col(QaReport.id).asc())
        )
    )
    names = _names(session, {p.author_id for _k, p in found} | {r.reporter_id for r in reports})
    briefs = catalog_service.course_briefs(
        session=session, course_ids=sorted({p.course_id for _k, p in found})
    )
    items: list[ModerationItem] = []
    for kind, post in found:
        question = post if isinstance(post, Question) else questions.get(post.question_id)
        brief = briefs.get(post.course_id)
        if question is None or brief is None:
            continue
        items.append(
            ModerationItem(
                kind=kind,
                post_id=int(post.id or 0),
                question_id=int(question.id or 0),
                question_title=question.title,
                course_id=post.course_id,
                course_slug=brief.slug,
                course_title=brief.title,
                lecture_id=question.lecture_id,
                author=AuthorRef(id=post.author_id, full_name=names.get(post.author_id, "")),
                body=post.body,
                is_hidden=post.is_hidden,
                open_report_count=post.open_report_count,
                reports=[
                    ReportPublic(
                        reporter=AuthorRef(
                            id=r.reporter_id, full_name=names.get(r.reporter_id, "")
                        ),
                        reason=r.reason,
                        created_at=as_utc(r.created_at),
                    )
                    for r in reports
                    if r.post_kind == kind.value and r.post_id == post.id
                ],
                created_at=as_utc(post.created_at),
            )
        )
    return items


# ---- what other domains read (notifications) -----------------------------------------------


@dataclass(frozen=True, slots=True)
class QuestionFacts:
    """What a notification about a question says."""

    question_id: int
    course_id: int
    lecture_id: int
    author_id: int
    title: str
    body: str
    position_seconds: int | None
    is_hidden: bool


def question_facts(*, session: Session, question_id: int) -> QuestionFacts | None:
    """A question's facts without an access check (notification jobs); None when gone."""
    row = session.get(Question, question_id)
    if row is None:
        return None
    return QuestionFacts(
        question_id=question_id,
        course_id=row.course_id,
        lecture_id=row.lecture_id,
        author_id=row.author_id,
        title=row.title,
        body=row.body,
        position_seconds=row.position_seconds,
        is_hidden=row.is_hidden,
    )


def answer_body(*, session: Session, answer_id: int) -> str | None:
    """An answer's text when it exists and is not hidden (notification jobs)."""
    row = session.get(Answer, answer_id)
    return None if row is None or row.is_hidden else row.body
