"""Lecture videos: the uploaded source, its HLS renditions and where processing stands."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel
from sqlalchemy import JSON, BigInteger, Column, DateTime
from sqlmodel import Field, SQLModel

from udemy_clone.core.db import utcnow


class VideoStatus(StrEnum):
    uploaded = "uploaded"
    processing = "processing"
    ready = "ready"
    failed = "failed"


ERROR_MAX = 500


class Video(SQLModel, table=True):
    """One upload for a lecture. A lecture keeps playing its current video while a newer
    upload is processed; the catalog's lecture points at the video that plays."""

    __tablename__ = "videos"

    id: int | None = Field(default=None, primary_key=True)
    # The catalog's lecture (no foreign key across domains; the catalog owns lectures).
    lecture_id: int = Field(index=True)
    owner_id: int = Field(foreign_key="users.id", index=True, ondelete="CASCADE")
    status: str = Field(default=VideoStatus.processing.value, max_length=20, index=True)
    progress: int = 0
    # A sentence for the uploader when processing failed.
    error: str | None = Field(default=None, max_length=ERROR_MAX)
    duration_seconds: float = 0.0
    renditions: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    width: int = 0
    height: int = 0
    # The HLS ladder lives under {storage_prefix}/hls; the uploaded original at source_key.
    storage_prefix: str = Field(max_length=200)
    source_key: str | None = Field(default=None, max_length=300)
    poster_key: str | None = Field(default=None, max_length=300)
    source_size: int = Field(default=0, sa_column=Column(BigInteger, nullable=False))
    original_filename: str = Field(default="", max_length=255)
    # Transcoding runs: how many started, and until when the current one holds the video.
    attempts: int = 0
    lease_expires_at: datetime | None = Field(
        default=None, sa_column=Column(DateTime(timezone=True), nullable=True)
    )
    # The job holding the lease: a retry of that same job (its run died) takes the video over.
    lease_owner: str | None = Field(default=None, max_length=200)
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(DateTime(timezone=True), nullable=False)
    )
    updated_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(DateTime(timezone=True), nullable=False)
    )


# ---- schemas -------------------------------------------------------------------------------


class VideoAccepted(BaseModel):
    """POST /lectures/{id}/video: the upload is stored and queued for processing."""

    video_id: int
    status: str


class VideoPublic(BaseModel):
    """A video as its owner sees it while it is processed."""

    id: int
    lecture_id: int
    status: str
    progress: int
    duration_seconds: float
    renditions: list[str]
    error: str | None = None
    source_size: int
    created_at: datetime
    updated_at: datetime


def video_public(video: Video) -> VideoPublic:
    """The API shape of a video row."""
    assert video.id is not None
    return VideoPublic(
        id=video.id,
        lecture_id=video.lecture_id,
        status=video.status,
        progress=video.progress,
        duration_seconds=video.duration_seconds,
        renditions=list(video.renditions or []),
        error=video.error,
        source_size=video.source_size,
        created_at=video.created_at,
        updated_at=video.updated_at,
    )
