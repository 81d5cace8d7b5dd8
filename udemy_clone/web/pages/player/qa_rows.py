"""Questions and answers as the player's Q&A panel (and the studio inbox) show them."""

from __future__ import annotations

from dataclasses import dataclass

from udemy_clone.qa.models import AnswerPublic, InboxItem, QuestionPublic
from udemy_clone.web.kit.format import clock, count_label, time_ago


@dataclass
class QuestionRow:
    """One question of the list, or the open one."""

    id: int = 0
    title: str = ""
    body: str = ""
    author: str = ""
    lecture_id: int = 0
    lecture_title: str = ""
    has_position: bool = False
    position: int = 0
    stamp: str = ""  # "at 3:21"
    upvotes: int = 0
    upvoted: bool = False
    answer_count: int = 0
    answers_label: str = ""
    instructor_answered: bool = False
    hidden: bool = False
    mine: bool = False
    reported: bool = False
    age: str = ""
    # the studio inbox: which course, and where the player opens it
    course_title: str = ""
    player_href: str = ""


@dataclass
class AnswerRow:
    id: int = 0
    author: str = ""
    body: str = ""
    upvotes: int = 0
    upvoted: bool = False
    instructor: bool = False
    top: bool = False
    hidden: bool = False
    mine: bool = False
    reported: bool = False
    age: str = ""


def question_row(
    q: QuestionPublic, *, course_title: str = "", player_href: str = ""
) -> QuestionRow:
    """A service question as a row."""
    return QuestionRow(
        id=q.id,
        title=q.title,
        body=q.body,
        author=q.author.full_name,
        lecture_id=q.lecture_id,
        lecture_title=q.lecture_title,
        has_position=q.position_seconds is not None,
        position=q.position_seconds or 0,
        stamp=f"at {clock(q.position_seconds or 0)}",
        upvotes=q.upvotes,
        upvoted=q.upvoted_by_me,
        answer_count=q.answer_count,
        answers_label=count_label(q.answer_count, "answer"),
        instructor_answered=q.has_instructor_answer,
        hidden=q.is_hidden,
        mine=q.is_mine,
        reported=q.reported_by_me,
        age=time_ago(q.created_at),
        course_title=course_title,
        player_href=player_href,
    )


def answer_row(a: AnswerPublic) -> AnswerRow:
    """A service answer as a row."""
    return AnswerRow(
        id=a.id,
        author=a.author.full_name,
        body=a.body,
        upvotes=a.upvotes,
        upvoted=a.upvoted_by_me,
        instructor=a.is_instructor,
        top=a.is_top,
        hidden=a.is_hidden,
        mine=a.is_mine,
        reported=a.reported_by_me,
        age=time_ago(a.created_at),
    )


def inbox_rows(items: list[InboxItem], *, learn_url: object) -> list[QuestionRow]:
    """The studio inbox: each question with its course and a link into the player."""
    rows = []
    for item in items:
        q = item.question
        href = f"{learn_url(item.course_slug, q.lecture_id)}?question={q.id}"  # type: ignore[operator]
        if q.position_seconds is not None:
            href += f"&t={q.position_seconds}"
        rows.append(question_row(q, course_title=item.course_title, player_href=href))
    return rows
