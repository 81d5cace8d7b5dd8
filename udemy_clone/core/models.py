"""Tables owned by the core: the outbox, durable jobs, schedules and failed jobs."""

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
    kwargs: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    queue: str = Field(max_length=50, default="default")
    error: str = Field(sa_column=Column(Text, nullable=False))
    failed_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(DateTime(timezone=True), nullable=False)
    )
    resolved_at: datetime | None = Field(
        default=None, sa_column=Column(DateTime(timezone=True), nullable=True)
    )


class JobStatus:
    """The states of a job row (embedded mode)."""

    queued = "queued"
    running = "running"
    done = "done"
    failed = "failed"


class Job(SQLModel, table=True):
    """A background job kept in the database (embedded mode): claimed with a renewed lease."""

    __tablename__ = "jobs"
    __table_args__ = (Index("ix_jobs_claim", "status", "priority", "run_at"),)

    id: str = Field(primary_key=True, max_length=200)
    func_name: str = Field(max_length=200)
    args: list[Any] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    kwargs: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    queue: str = Field(max_length=50, default="default")
    priority: int = 1
    status: str = Field(max_length=20, default=JobStatus.queued)
    attempts: int = 0
    max_attempts: int = 1
    retry_intervals: list[int] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    timeout_seconds: int = 300
    run_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(DateTime(timezone=True), nullable=False)
    )
    lease_until: datetime | None = Field(
        default=None, sa_column=Column(DateTime(timezone=True), nullable=True)
    )
    worker_id: str | None = Field(default=None, max_length=200)
    last_error: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(DateTime(timezone=True), nullable=False)
    )
    updated_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(DateTime(timezone=True), nullable=False)
    )


class JobSchedule(SQLModel, table=True):
    """A periodic job and the next time it is due (the clock decides, not the previous run)."""

    __tablename__ = "job_schedules"

    name: str = Field(primary_key=True, max_length=100)
    func_name: str = Field(max_length=200)
    interval_seconds: int
    next_run_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))
    last_enqueued_at: datetime | None = Field(
        default=None, sa_column=Column(DateTime(timezone=True), nullable=True)
    )


class LeaderLease(SQLModel, table=True):
    """Who holds a cluster-wide role (the scheduler) and until when."""

    __tablename__ = "leader_leases"

    name: str = Field(primary_key=True, max_length=100)
    holder: str = Field(max_length=200)
    lease_until: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))
