"""Questions and answers on lectures, their upvotes and abuse reports; their shapes."""

from __future__ import annotations

import re
from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, field_validator
from pydantic import Field as PydanticField
from sqlalchemy import Column, DateTime, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from udemy_clone.core.db import utcnow

TITLE_MIN = 5
TITLE_MAX = 200
BODY_MAX = 5000
ANSWER_MAX = 5000
REASON_MIN = 3
REASON_MAX = 500
QUERY_MAX = 100
# Control characters other than tab and newlines are dropped from what people write.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class PostKind(StrEnum):
    question = "question"
    answer = "answer"


class QaSort(StrEnum):
    recent = "recent"
    upvoted = "upvoted"
    unanswered = "unanswered"


class Question(SQLModel, table=True):
    """A question asked on a lecture, optionally at a moment of its video."""

    __tablename__ = "qa_questions"
    __table_args__ = (
        Index("ix_qa_questions_course_created", "course_id", "created_at"),
        Index("ix_qa_questions_lecture", "lecture_id"),
        Index("ix_qa_questions_open_reports", "open_report_count"),
    )

    id: int | None = Field(default=None, primary_key=True)
    course_id: int  # the catalog's course and lecture (no foreign keys across domains)
    lecture_id: int
    author_id: int = Field(foreign_key="users.id", index=True, ondelete="CASCADE")
    title: str = Field(max_length=TITLE_MAX)
    body: str = Field(default="", sa_column=Column(Text, nullable=False))
    position_seconds: int | None = None
    upvote_count: int = 0
    answer_count: int = 0  # visible answers
    is_hidden: bool = False
    hidden_at: datetime | None = Field(
        default=None, sa_column=Column(DateTime(timezone=True), nullable=True)
    )
    open_report_count: int = 0
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(DateTime(timezone=True), nullable=False)
    )
    updated_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(DateTime(timezone=True), nullable=False)
    )


class Answer(SQLModel, table=True):
    """An answer to a question, by the instructor or an enrolled student."""

    __tablename__ = "qa_answers"
    __table_args__ = (
        Index("ix_qa_answers_question", "question_id", "created_at"),
        Index("ix_qa_answers_open_reports", "open_report_count"),
    )

    id: int | None = Field(default=None, primary_key=True)
    question_id: int = Field(foreign_key="qa_questions.id", ondelete="CASCADE")
    course_id: int
    author_id: int = Field(foreign_key="users.id", index=True, ondelete="CASCADE")
    body: str = Field(sa_column=Column(Text, nullable=False))
    upvote_count: int = 0
    is_hidden: bool = False
    hidden_at: datetime | None = Field(
        default=None, sa_column=Column(DateTime(timezone=True), nullable=True)
    )
    open_report_count: int = 0
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(DateTime(timezone=True), nullable=False)
    )


class QaVote(SQLModel, table=True):
    """One user's upvote of one question or answer."""

    __tablename__ = "qa_votes"
    __table_args__ = (
        UniqueConstraint("post_kind", "post_id", "user_id", name="uq_qa_votes_post_user"),
    )

    id: int | None = Field(default=None, primary_key=True)
    post_kind: str = Field(max_length=10)
    post_id: int
    user_id: int = Field(foreign_key="users.id", index=True, ondelete="CASCADE")
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(DateTime(timezone=True), nullable=False)
    )


class QaReport(SQLModel, table=True):
    """One user's report of one question or answer as abusive (once per user and post)."""

    __tablename__ = "qa_reports"
    __table_args__ = (
        UniqueConstraint("post_kind", "post_id", "reporter_id", name="uq_qa_reports_post_user"),
        Index("ix_qa_reports_post", "post_kind", "post_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    post_kind: str = Field(max_length=10)
    post_id: int
    reporter_id: int = Field(foreign_key="users.id", index=True, ondelete="CASCADE")
    reason: str = Field(max_length=REASON_MAX)
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(DateTime(timezone=True), nullable=False)
    )
    resolved_at: datetime | None = Field(
        default=None, sa_column=Column(DateTime(timezone=True), nullable=True)
    )


# ---- input schemas -------------------------------------------------------------------------


def clean_text(value: str) -> str:
    """Plain text as people wrote it, without control characters or surrounding blanks."""
    return _CONTROL_CHARS.sub("", value.replace("\r\n", "\n")).strip()


def _required(value: str, *, what: str, limit: int, minimum: int = 1) -> str:
    cleaned = clean_text(value)
    if len(cleaned) < minimum:
        if minimum == 1:
            raise ValueError(f"Write {what}.")
        raise ValueError(f"Write {what} of at least {minimum} characters.")
    if len(cleaned) > limit:
        raise ValueError(f"Keep {what} to at most {limit} characters.")
    return cleaned


class QuestionCreate(BaseModel):
    """A new question: a title, details (may be empty), the moment of the video it is about."""

    model_config = ConfigDict(extra="forbid")

    title: str = PydanticField(max_length=TITLE_MAX + 200)
    body: str = PydanticField(default="", max_length=BODY_MAX + 200)
    position_seconds: int | None = PydanticField(default=None, ge=0, le=24 * 3600, strict=True)

    @field_validator("title")
    @classmethod
    def _title(cls, value: str) -> str:
        return " ".join(
            _required(value, what="a title", limit=TITLE_MAX, minimum=TITLE_MIN).split()
        )

    @field_validator("body")
    @classmethod
    def _body(cls, value: str) -> str:
        cleaned = clean_text(value)
        if len(cleaned) > BODY_MAX:
            raise ValueError(f"Keep the details to at most {BODY_MAX} characters.")
        return cleaned


class AnswerCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    body: str = PydanticField(max_length=ANSWER_MAX + 200)

    @field_validator("body")
    @classmethod
    def _body(cls, value: str) -> str:
        return _required(value, what="an answer", limit=ANSWER_MAX)


class ReportCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: str = PydanticField(max_length=REASON_MAX + 200)

    @field_validator("reason")
    @classmethod
    def _reason(cls, value: str) -> str:
        return _required(value, what="a reason", limit=REASON_MAX, minimum=REASON_MIN)


# ---- output schemas ------------------------------------------------------------------------


class AuthorRef(BaseModel):
    id: int
    full_name: str


class AnswerPublic(BaseModel):
    id: int
    question_id: int
    author: AuthorRef
    body: str
    upvotes: int
    upvoted_by_me: bool = False
    is_instructor: bool  # written by the course's instructor ("Instructor answer")
    is_top: bool = False  # the most upvoted visible answer, with at least one upvote
    is_hidden: bool  # only its author, the instructor and admins see hidden answers
    is_mine: bool = False
    reported_by_me: bool = False
    created_at: datetime


class QuestionPublic(BaseModel):
    id: int
    course_id: int
    lecture_id: int
    lecture_title: str
    author: AuthorRef
    title: str
    body: str
    position_seconds: int | None
    upvotes: int
    upvoted_by_me: bool = False
    answer_count: int
    has_instructor_answer: bool = False
    is_hidden: bool
    is_mine: bool = False
    reported_by_me: bool = False
    created_at: datetime


class QuestionDetail(QuestionPublic):
    answers: list[AnswerPublic] = PydanticField(default_factory=list)
    can_moderate: bool = False


class QuestionPage(BaseModel):
    items: list[QuestionPublic]
    total: int
    page: int
    page_size: int


class VoteResult(BaseModel):
    upvoted: bool
    upvotes: int


class InboxItem(BaseModel):
    """An unanswered question in the instructor's inbox."""

    question: QuestionPublic
    course_id: int
    course_slug: str
    course_title: str


class ReportPublic(BaseModel):
    reporter: AuthorRef
    reason: str
    created_at: datetime


class ModerationItem(BaseModel):
    """A reported question or answer, for the admin moderation area."""

    kind: PostKind
    post_id: int
    question_id: int
    question_title: str
    course_id: int
    course_slug: str
    course_title: str
    lecture_id: int
    author: AuthorRef
    body: str
    is_hidden: bool
    open_report_count: int
    reports: list[ReportPublic]
    created_at: datetime
