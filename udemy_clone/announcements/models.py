"""Tables and schemas of course announcements and their comments."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict
from pydantic import Field as PydanticField
from sqlalchemy import Column, DateTime, Index, Text
from sqlmodel import Field, SQLModel

from udemy_clone.core.db import utcnow

TITLE_MIN = 3
TITLE_MAX = 120
BODY_MAX = 5000
COMMENT_MAX = 1000


class Announcement(SQLModel, table=True):
    """A message from a course's instructor to everyone enrolled in it."""

    __tablename__ = "announcements"
    __table_args__ = (Index("ix_announcements_course_id_id", "course_id", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    # The catalog's course (no foreign key across domains; the catalog owns courses).
    course_id: int
    author_id: int = Field(foreign_key="users.id", index=True, ondelete="CASCADE")
    title: str = Field(max_length=TITLE_MAX)
    body: str = Field(sa_column=Column(Text, nullable=False))
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(DateTime(timezone=True), nullable=False)
    )


class AnnouncementComment(SQLModel, table=True):
    """A learner's (or the instructor's) comment under an announcement."""

    __tablename__ = "announcement_comments"
    __table_args__ = (
        Index("ix_announcement_comments_announcement_id_id", "announcement_id", "id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    announcement_id: int = Field(foreign_key="announcements.id", ondelete="CASCADE")
    course_id: int = Field(index=True)
    author_id: int = Field(foreign_key="users.id", index=True, ondelete="CASCADE")
    body: str = Field(max_length=COMMENT_MAX)
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(DateTime(timezone=True), nullable=False)
    )


class AnnouncementCreate(BaseModel):
    """POST body of a new announcement."""

    model_config = ConfigDict(extra="forbid")

    title: str = PydanticField(min_length=1, max_length=TITLE_MAX)
    body: str = PydanticField(min_length=1, max_length=BODY_MAX)


class CommentCreate(BaseModel):
    """POST body of a comment."""

    model_config = ConfigDict(extra="forbid")

    body: str = PydanticField(min_length=1, max_length=COMMENT_MAX)


class CommentPublic(BaseModel):
    id: int
    announcement_id: int
    author_id: int
    author_name: str
    is_instructor: bool
    body: str
    created_at: datetime
    can_delete: bool = False


class AnnouncementPublic(BaseModel):
    id: int
    course_id: int
    author_id: int
    author_name: str
    title: str
    body: str
    created_at: datetime
    comments: list[CommentPublic] = []
    can_comment: bool = False
