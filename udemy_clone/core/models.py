"""Tables owned by the core: the transactional outbox and the record of failed jobs."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, DateTime, Index, Text
from sqlmodel import Field, SQLModel

from udemy_clone.core.db import utcnow


class OutboxEvent(SQLModel, table=True):
    """A domain event written in the same transaction as the change it describes."""

    __tablename__ = "outbox_events"
    __table_args__ = (Index("ix_outbox_events_pending", "dispatched_at", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    topic: str = Field(max_length=100, index=True)
    payload: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(DateTime(timezone=True), nullable=False)
    )
    dispatched_at: datetime | None = Field(
        default=None, sa_column=Column(DateTime(timezone=True), nullable=True)
    )
    attempts: int = 0


class JobFailure(SQLModel, table=True):
    """A background job that failed after its retries, for a person to see and retry."""

    __tablename__ = "job_failures"

    id: int | None = Field(default=None, primary_key=True)
    job_id: str = Field(max_length=200, index=True)
    func_name: str = Field(max_length=200)
    args: list[Any] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    queue: str = Field(max_length=50, default="default")
    error: str = Field(sa_column=Column(Text, nullable=False))
    failed_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(DateTime(timezone=True), nullable=False)
    )
    resolved_at: datetime | None = Field(
        default=None, sa_column=Column(DateTime(timezone=True), nullable=True)
    )
