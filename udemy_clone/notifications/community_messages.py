"""Messages of a course's community: its instructor's announcements and the lecture Q&A.

Built like the other notifications (notifications/messages.py, whose shared pieces they use):
each returns the in-app notification and the email for every recipient, with dedupe keys.
"""

from __future__ import annotations

from sqlmodel import Session

from udemy_clone.announcements import service as announcements_service
from udemy_clone.auth import service as auth_service
from udemy_clone.catalog.service import Course
from udemy_clone.core.errors import NotFound
from udemy_clone.notifications.messages import (
    _course_or_none,
    _first_name,
    _lecture_title,
    _notice,
)
from udemy_clone.notifications.models import NotificationKind
from udemy_clone.notifications.service import Message
from udemy_clone.qa import service as qa_service

# ---- announcements -----------------------------------------------------------------------------

ANNOUNCEMENT_PREVIEW_CHARS = 280


def _preview(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def course_announcement(
    *, session: Session, announcement_id: int, user_ids: list[int]
) -> list[Message]:
    """Students enrolled in a course hear about its instructor's announcement (once each)."""
    try:
        announcement = announcements_service.get_announcement(
            session=session, announcement_id=announcement_id
        )
    except NotFound:
        return []
    course = _course_or_none(session, announcement.course_id)
    if course is None:
        return []
    instructor = auth_service.display_names(session=session, user_ids=[announcement.author_id]).get(
        announcement.author_id, "Your instructor"
    )
    link = f"/learn/{course.slug}"
    names = auth_service.display_names(session=session, user_ids=user_ids)
    paragraphs = [p.strip() for p in announcement.body.split("\n\n") if p.strip()]
    return [
        Message(
            user_id=uid,
            kind=NotificationKind.announcement,
            dedupe_key=f"announcement:{announcement_id}",
            title=_preview(f"{course.title}: {announcement.title}", 200),
            body=_preview(announcement.body, ANNOUNCEMENT_PREVIEW_CHARS),
            link=link,
            email=_notice(
                f"{announcement.title} · {course.title}",
                name=_first_name(names.get(uid, "")),
                heading=announcement.title,
                lines=[f"{instructor} posted an announcement in “{course.title}”:", *paragraphs],
                cta_label="Read and comment",
                cta_url=link,
            ),
        )
        for uid in user_ids
    ]


# ---- lecture Q&A -------------------------------------------------------------------------------


def _question_link(course: Course, lecture_id: int, question_id: int) -> str:
    return f"/learn/{course.slug}/{lecture_id}?question={question_id}"


def question_asked(*, session: Session, question_id: int) -> list[Message]:
    """The course's instructor hears about a new question on one of its lectures."""
    facts = qa_service.question_facts(session=session, question_id=question_id)
    if facts is None or facts.is_hidden:
        return []
    course = _course_or_none(session, facts.course_id)
    if course is None or course.owner_id == facts.author_id:
        return []
    owner = auth_service.get_user(session=session, user_id=course.owner_id)
    asker = auth_service.display_names(session=session, user_ids=[facts.author_id]).get(
        facts.author_id, "A student"
    )
    lecture = _lecture_title(session, facts.course_id, facts.lecture_id)
    link = _question_link(course, facts.lecture_id, question_id)
    return [
        Message(
            user_id=course.owner_id,
            kind=NotificationKind.qa,
            dedupe_key=f"qa_question:{question_id}",
            title=f"New question on {course.title}",
            body=f"{asker} asked “{facts.title}” on “{lecture}”.",
            link=link,
            email=_notice(
                f"New question: {facts.title}",
                name=_first_name(owner.full_name),
                heading="A student asked a question",
                lines=[f"{asker} asked a question on “{lecture}” of “{course.title}”."],
                quote=(facts.title + ("\n\n" + facts.body if facts.body else ""))[:600],
                cta_label="Answer the question",
                cta_url=link,
            ),
        )
    ]


def answer_posted(
    *, session: Session, answer_id: int, question_id: int, author_id: int, asker_id: int
) -> list[Message]:
    """The asker hears that someone answered their question (not their own answers)."""
    if author_id == asker_id:
        return []
    facts = qa_service.question_facts(session=session, question_id=question_id)
    body = qa_service.answer_body(session=session, answer_id=answer_id)
    if facts is None or body is None:
        return []
    course = _course_or_none(session, facts.course_id)
    if course is None:
        return []
    asker = auth_service.get_user(session=session, user_id=asker_id)
    who = (
        "The instructor"
        if author_id == course.owner_id
        else auth_service.display_names(session=session, user_ids=[author_id]).get(
            author_id, "A student"
        )
    )
    link = _question_link(course, facts.lecture_id, question_id)
    return [
        Message(
            user_id=asker_id,
            kind=NotificationKind.qa,
            dedupe_key=f"qa_answer:{answer_id}",
            title=f"New answer to “{facts.title}”"[:200],
            body=f"{who} answered your question on “{course.title}”.",
            link=link,
            email=_notice(
                f"New answer: {facts.title}",
                name=_first_name(asker.full_name),
                heading="Your question has a new answer",
                lines=[f"{who} answered your question “{facts.title}” on “{course.title}”."],
                quote=body[:600],
                cta_label="Read the answer",
                cta_url=link,
            ),
        )
    ]
