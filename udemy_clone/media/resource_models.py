"""Lecture resources: files an instructor attaches to a lecture (PDF, ZIP, source, images)."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel
from sqlalchemy import BigInteger, Column, DateTime
from sqlmodel import Field, SQLModel

from udemy_clone.core.db import utcnow

FILENAME_MAX = 120


class ResourceKind(StrEnum):
    """What a resource holds, decided from its bytes (never from its name alone)."""

    pdf = "pdf"
    zip = "zip"
    image = "image"
    text = "text"  # source code, notes, data: UTF-8 text


class LectureResource(SQLModel, table=True):
    """One downloadable file of a lecture; the bytes live in storage under `storage_key`."""

    __tablename__ = "lecture_resources"

    id: int | None = Field(default=None, primary_key=True)
    # The catalog's lecture and course (no foreign key across domains; the catalog owns them).
    lecture_id: int = Field(index=True)
    course_id: int = Field(index=True)
    uploaded_by: int = Field(foreign_key="users.id", index=True, ondelete="CASCADE")
    filename: str = Field(max_length=FILENAME_MAX)
    kind: str = Field(max_length=10)
    content_type: str = Field(max_length=100)
    size_bytes: int = Field(default=0, sa_column=Column(BigInteger, nullable=False))
    storage_key: str = Field(max_length=300)
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(DateTime(timezone=True), nullable=False)
    )


class ResourcePublic(BaseModel):
    """A lecture resource as its instructor and learners see it."""

    id: int
    lecture_id: int
    course_id: int
    filename: str
    kind: ResourceKind
    content_type: str
    size_bytes: int
    created_at: datetime


class ResourceDownload(BaseModel):
    """A signed, expiring download URL of one resource."""

    url: str
    expires_at: datetime
    filename: str


def resource_public(resource: LectureResource) -> ResourcePublic:
    """The public view of a stored resource."""
    return ResourcePublic(
        id=int(resource.id or 0),
        lecture_id=resource.lecture_id,
        course_id=resource.course_id,
        filename=resource.filename,
        kind=ResourceKind(resource.kind),
        content_type=resource.content_type,
        size_bytes=resource.size_bytes,
        created_at=resource.created_at,
    )
