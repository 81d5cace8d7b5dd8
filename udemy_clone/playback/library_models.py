"""My learning's own tables and shapes: archived courses and the lists students make."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict
from pydantic import Field as PydanticField
from sqlalchemy import Column, DateTime, UniqueConstraint
from sqlmodel import Field, SQLModel

from udemy_clone.core.db import utcnow
from udemy_clone.core.text import SingleLineText

LIST_NAME_MAX = 60
MAX_LISTS_PER_STUDENT = 50


class ArchivedCourse(SQLModel, table=True):
    """A course the student put away: hidden from My learning until unarchived."""

    __tablename__ = "learning_archived_courses"

    user_id: int = Field(foreign_key="users.id", primary_key=True, ondelete="CASCADE")
    course_id: int = Field(primary_key=True)  # the catalog's course (no cross-domain key)
    archived_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(DateTime(timezone=True), nullable=False)
    )


class LearningList(SQLModel, table=True):
    """A list a student made ("Weekend projects") to group their courses."""

    __tablename__ = "learning_lists"
    __table_args__ = (UniqueConstraint("user_id", "name", name="uq_learning_lists_user_name"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="users.id", index=True, ondelete="CASCADE")
    name: str = Field(max_length=LIST_NAME_MAX)
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(DateTime(timezone=True), nullable=False)
    )


class LearningListCourse(SQLModel, table=True):
    """One course in one list."""

    __tablename__ = "learning_list_courses"

    list_id: int = Field(foreign_key="learning_lists.id", primary_key=True, ondelete="CASCADE")
    course_id: int = Field(primary_key=True)
    added_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(DateTime(timezone=True), nullable=False)
    )


# ---- schemas -------------------------------------------------------------------------------


class LearningFilter(StrEnum):
    all = "all"
    in_progress = "in_progress"
    not_started = "not_started"
    completed = "completed"
    archived = "archived"


class LearningSort(StrEnum):
    recent = "recent"  # recently accessed
    title = "title"  # type: ignore[assignment]
    progress = "progress"


class ListCreate(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    name: SingleLineText = PydanticField(min_length=1, max_length=LIST_NAME_MAX)


class ListRename(ListCreate):
    pass


class ListCourseAdd(BaseModel):
    model_config = ConfigDict(extra="forbid")

    course_id: int = PydanticField(ge=1, le=2**31 - 1)


class LearningListPublic(BaseModel):
    id: int
    name: str
    course_ids: list[int]
    created_at: datetime


class LearningCourse(BaseModel):
    """A course on My learning: card, progress, where the student left it."""

    course_id: int
    slug: str
    title: str
    instructor_name: str
    thumbnail_url: str | None
    enrolled_at: datetime
    last_accessed_at: datetime | None  # None: never opened a lecture
    progress_percent: int
    started: bool  # anything watched at all
    last_lecture_id: int | None
    last_lecture_title: str | None
    archived: bool
    list_ids: list[int]


class ResumePoint(BaseModel):
    """'Continue where you left off': the course and the lecture watched last."""

    course_id: int
    slug: str
    course_title: str
    lecture_id: int
    lecture_title: str
    position_seconds: float
    progress_percent: int
    thumbnail_url: str | None


class MyLearning(BaseModel):
    """Everything My learning shows for one filter, list and sort."""

    courses: list[LearningCourse]
    lists: list[LearningListPublic]
    resume: ResumePoint | None
    archived_count: int
    total_enrolled: int
