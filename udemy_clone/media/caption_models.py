"""Lecture captions: one track per lecture and language (uploaded WebVTT/SRT or auto-generated
by offline speech recognition), and its cues, which the transcript and the search read."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import Column, DateTime, Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from udemy_clone.core.db import utcnow

MAX_CUE_CHARS = 1000


class CaptionSource(StrEnum):
    uploaded = "uploaded"
    auto = "auto"  # offline speech recognition; shown as "auto-generated", replaceable


class LectureCaption(SQLModel, table=True):
    """One caption track of a lecture in one language; the normalised WebVTT is in storage."""

    __tablename__ = "lecture_captions"
    __table_args__ = (
        UniqueConstraint("lecture_id", "language", name="uq_lecture_captions_lecture_language"),
    )

    id: int | None = Field(default=None, primary_key=True)
    # The catalog's lecture (no foreign key across domains; the catalog owns lectures).
    lecture_id: int = Field(index=True)
    course_id: int = Field(index=True)
    language: str = Field(max_length=16)  # BCP 47: "en", "es", "pt-BR"
    label: str = Field(max_length=60)  # "English", "English (auto-generated)"
    source: str = Field(default=CaptionSource.uploaded.value, max_length=20)
    storage_key: str = Field(max_length=300)  # normalised WebVTT
    cue_count: int = 0
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(DateTime(timezone=True), nullable=False)
    )
    updated_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(DateTime(timezone=True), nullable=False)
    )


class CaptionCue(SQLModel, table=True):
    """One cue of a caption track: what is said from start_ms to end_ms."""

    __tablename__ = "caption_cues"
    __table_args__ = (Index("ix_caption_cues_caption_start", "caption_id", "start_ms"),)

    id: int | None = Field(default=None, primary_key=True)
    caption_id: int = Field(foreign_key="lecture_captions.id", ondelete="CASCADE")
    lecture_id: int = Field(index=True)
    course_id: int = Field(index=True)
    language: str = Field(max_length=16)
    start_ms: int
    end_ms: int
    text: str = Field(max_length=MAX_CUE_CHARS)
