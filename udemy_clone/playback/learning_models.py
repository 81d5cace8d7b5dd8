"""Certificates of completion and personal lecture notes (tables and schemas)."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict
from pydantic import Field as PydanticField
from sqlalchemy import Column, DateTime, Index, String, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from udemy_clone.core.db import utcnow
from udemy_clone.playback.models import MAX_POSITION_SECONDS

MAX_NOTE_CHARS = 5000
TOKEN_PATTERN = r"^[A-Za-z0-9_-]{16,64}$"


class Certificate(SQLModel, table=True):
    """A certificate of completion: what it says is frozen when it is issued."""

    __tablename__ = "certificates"
    __table_args__ = (UniqueConstraint("user_id", "course_id", name="uq_certificates_user_course"),)

    id: int | None = Field(default=None, primary_key=True)
    # The public, unguessable id in the verification URL.
    token: str = Field(sa_column=Column(String(64), nullable=False, unique=True))
    user_id: int = Field(foreign_key="users.id", index=True, ondelete="CASCADE")
    course_id: int = Field(index=True)  # the catalog's course (no foreign key across domains)
    student_name: str = Field(sa_column=Column(String(200), nullable=False))
    course_title: str = Field(sa_column=Column(String(200), nullable=False))
    instructor_name: str = Field(sa_column=Column(String(200), nullable=False))
    video_seconds: int = 0
    issued_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(DateTime(timezone=True), nullable=False)
    )
    revoked_at: datetime | None = Field(
        default=None, sa_column=Column(DateTime(timezone=True), nullable=True)
    )
    revoked_reason: str = Field(default="", sa_column=Column(String(200), nullable=False))


class LectureNote(SQLModel, table=True):
    """A learner's personal note at a moment of a lecture."""

    __tablename__ = "lecture_notes"
    __table_args__ = (Index("ix_lecture_notes_user_course", "user_id", "course_id"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="users.id", ondelete="CASCADE")
    course_id: int  # the catalog's course and lecture (no foreign keys across domains)
    lecture_id: int = Field(index=True)
    position_seconds: float = 0.0
    body: str = Field(sa_column=Column(Text, nullable=False))
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(DateTime(timezone=True), nullable=False)
    )
    updated_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(DateTime(timezone=True), nullable=False)
    )


# ---- schemas -------------------------------------------------------------------------------


class CertificatePublic(BaseModel):
    """What a certificate says, as anyone holding its URL may check it."""

    id: str
    student_name: str
    course_id: int
    course_title: str
    instructor_name: str
    issued_at: datetime
    video_seconds: int
    length_hours: float
    status: str  # valid | revoked
    revoked_at: datetime | None
    verify_url: str
    pdf_url: str


class NoteCreate(BaseModel):
    """A new note: the lecture, the second of it, and the text."""

    model_config = ConfigDict(extra="forbid")

    lecture_id: int = PydanticField(ge=1, le=2**31 - 1)
    position_seconds: float = PydanticField(ge=0, le=MAX_POSITION_SECONDS, allow_inf_nan=False)
    body: str = PydanticField(min_length=1, max_length=MAX_NOTE_CHARS)


class NoteUpdate(BaseModel):
    """A change to a note's text or moment (fields left out stay as they are)."""

    model_config = ConfigDict(extra="forbid")

    body: str | None = PydanticField(default=None, min_length=1, max_length=MAX_NOTE_CHARS)
    position_seconds: float | None = PydanticField(
        default=None, ge=0, le=MAX_POSITION_SECONDS, allow_inf_nan=False
    )


class NotePublic(BaseModel):
    """A note as its owner sees it."""

    id: int
    course_id: int
    lecture_id: int
    lecture_title: str
    position_seconds: float
    body: str
    created_at: datetime
    updated_at: datetime
