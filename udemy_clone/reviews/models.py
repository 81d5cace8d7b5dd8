"""Reviews of courses, the instructor's reply, helpful votes and abuse reports; their shapes."""

from __future__ import annotations

import re
from datetime import datetime
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, field_validator, model_validator
from pydantic import Field as PydanticField
from sqlalchemy import CheckConstraint, Column, DateTime, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from udemy_clone.core.db import utcnow

COMMENT_MAX = 5000
REPLY_MAX = 5000
REASON_MIN = 3
REASON_MAX = 1000
RATING_MIN = 1
RATING_MAX = 5

# Control characters other than tab and newlines are dropped from what people write
# (PostgreSQL refuses NUL in text; the rest only hides text or breaks layout).
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class Review(SQLModel, table=True):
    """One student's rating and comment of one course; hidden reviews leave the aggregates."""

    __tablename__ = "reviews"
    __table_args__ = (
        UniqueConstraint("course_id", "author_id", name="uq_reviews_course_author"),
        CheckConstraint("rating >= 1 AND rating <= 5", name="ck_reviews_rating_range"),
        Index("ix_reviews_course_hidden_created", "course_id", "is_hidden", "created_at"),
        Index("ix_reviews_open_report_count", "open_report_count"),
    )

    id: int | None = Field(default=None, primary_key=True)
    course_id: int = Field(foreign_key="courses.id", ondelete="CASCADE")
    author_id: int = Field(foreign_key="users.id", index=True, ondelete="CASCADE")
    rating: int
    comment: str = Field(sa_column=Column(Text, nullable=False))
    # How much of the course the author had completed when writing (0-100).
    progress_percent: int = 0
    helpful_count: int = 0
    # Reports not yet handled by a moderator.
    open_report_count: int = 0
    is_hidden: bool = False
    hidden_reason: str | None = Field(default=None, max_length=REASON_MAX)
    hidden_at: datetime | None = Field(
        default=None, sa_column=Column(DateTime(timezone=True), nullable=True)
    )
    reply_body: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    reply_author_id: int | None = Field(default=None, foreign_key="users.id", ondelete="SET NULL")
    replied_at: datetime | None = Field(
        default=None, sa_column=Column(DateTime(timezone=True), nullable=True)
    )
    reply_updated_at: datetime | None = Field(
        default=None, sa_column=Column(DateTime(timezone=True), nullable=True)
    )
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(DateTime(timezone=True), nullable=False)
    )
    updated_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(DateTime(timezone=True), nullable=False)
    )


class ReviewHelpfulVote(SQLModel, table=True):
    """A signed-in user found a review helpful (once per user and review)."""

    __tablename__ = "review_helpful_votes"

    review_id: int = Field(foreign_key="reviews.id", primary_key=True, ondelete="CASCADE")
    user_id: int = Field(foreign_key="users.id", primary_key=True, index=True, ondelete="CASCADE")
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(DateTime(timezone=True), nullable=False)
    )


class ReviewReport(SQLModel, table=True):
    """Someone reported a review as abusive; open until a moderator hides or restores it."""

    __tablename__ = "review_reports"
    __table_args__ = (
        UniqueConstraint("review_id", "reporter_id", name="uq_review_reports_review_reporter"),
    )

    id: int | None = Field(default=None, primary_key=True)
    review_id: int = Field(foreign_key="reviews.id", index=True, ondelete="CASCADE")
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


# Whole stars only: 3.5, "4" and true are refused rather than rounded or converted.
Rating = Annotated[int, PydanticField(strict=True, ge=RATING_MIN, le=RATING_MAX)]


class _TextInput(BaseModel):
    model_config = ConfigDict(extra="forbid")

    @staticmethod
    def _required(value: str, *, what: str, limit: int, minimum: int = 1) -> str:
        cleaned = clean_text(value)
        if len(cleaned) < minimum:
            if minimum == 1:
                raise ValueError(f"Write {what}.")
            raise ValueError(f"Write {what} of at least {minimum} characters.")
        if len(cleaned) > limit:
            raise ValueError(f"Keep {what} to at most {limit} characters.")
        return cleaned


class ReviewCreate(_TextInput):
    rating: Rating
    comment: str = PydanticField(max_length=COMMENT_MAX + 200)

    @field_validator("comment")
    @classmethod
    def _comment(cls, value: str) -> str:
        return cls._required(value, what="a comment", limit=COMMENT_MAX)


class ReviewUpdate(_TextInput):
    """Change the rating, the comment or both."""

    rating: Rating | None = None
    comment: str | None = PydanticField(default=None, max_length=COMMENT_MAX + 200)

    @field_validator("comment")
    @classmethod
    def _comment(cls, value: str | None) -> str | None:
        return None if value is None else cls._required(value, what="a comment", limit=COMMENT_MAX)

    @model_validator(mode="after")
    def _something(self) -> ReviewUpdate:
        if self.rating is None and self.comment is None:
            raise ValueError("Send a new rating, a new comment or both.")
        return self


class ReplyCreate(_TextInput):
    body: str = PydanticField(max_length=REPLY_MAX + 200)

    @field_validator("body")
    @classmethod
    def _body(cls, value: str) -> str:
        return cls._required(value, what="a reply", limit=REPLY_MAX)


class ReasonInput(_TextInput):
    reason: str = PydanticField(max_length=REASON_MAX + 200)

    @field_validator("reason")
    @classmethod
    def _reason(cls, value: str) -> str:
        return cls._required(value, what="a reason", limit=REASON_MAX, minimum=REASON_MIN)


class ReviewSort(StrEnum):
    newest = "newest"
    highest = "highest"
    lowest = "lowest"
    helpful = "helpful"


# ---- output schemas ------------------------------------------------------------------------


class PersonRef(BaseModel):
    id: int
    full_name: str


class ReplyPublic(BaseModel):
    instructor: PersonRef
    body: str
    created_at: datetime
    updated_at: datetime


class ReviewPublic(BaseModel):
    """A review as the course page shows it (`hidden_reason` only to its author and admins)."""

    id: int
    course_id: int
    author: PersonRef
    rating: int
    comment: str
    progress_percent: int
    helpful_count: int
    created_at: datetime
    updated_at: datetime
    edited: bool
    reply: ReplyPublic | None = None
    is_hidden: bool = False
    hidden_reason: str | None = None
    # For the signed-in caller (false for anonymous callers)
    voted_helpful: bool = False
    is_mine: bool = False


class ReviewPage(BaseModel):
    items: list[ReviewPublic]
    total: int
    page: int
    page_size: int


class RatingSummary(BaseModel):
    """The course's ratings: average to one decimal, count and how many of each star level."""

    course_id: int
    average: float
    count: int
    distribution: dict[str, int]


class ReportPublic(BaseModel):
    reporter: PersonRef
    reason: str
    created_at: datetime


class CourseRef(BaseModel):
    id: int
    slug: str
    title: str


class ModerationItem(BaseModel):
    """A review in the moderation queue with its course and the reports against it."""

    review: ReviewPublic
    course: CourseRef
    open_report_count: int
    reports: list[ReportPublic]
    hidden_at: datetime | None = None


class ModerationStatus(StrEnum):
    reported = "reported"
    hidden = "hidden"
