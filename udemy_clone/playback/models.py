"""Where each learner is in each lecture, and how long they watched per day."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict
from pydantic import Field as PydanticField
from sqlalchemy import Column, Date, DateTime, Index
from sqlmodel import Field, SQLModel

from udemy_clone.core.db import utcnow

HEARTBEAT_SECONDS = 10
# The most a heartbeat may report as watched: two heartbeat windows (one at 2x speed, or a
# beat sent late) plus slack for timers firing late.
MAX_WATCHED_PER_BEAT = 2 * HEARTBEAT_SECONDS + 5
# Rejects numbers no video can have (the real check is against the lecture's duration).
MAX_POSITION_SECONDS = 7 * 24 * 3600


class LectureProgress(SQLModel, table=True):
    """One learner in one lecture: where to resume, how much was watched, whether done."""

    __tablename__ = "lecture_progress"

    user_id: int = Field(foreign_key="users.id", primary_key=True, ondelete="CASCADE")
    # The catalog's lecture and course (no foreign keys across domains).
    lecture_id: int = Field(primary_key=True, index=True)
    course_id: int = Field(index=True)
    position_seconds: float = 0.0
    watched_seconds: float = 0.0
    completed: bool = False
    completed_at: datetime | None = Field(
        default=None, sa_column=Column(DateTime(timezone=True), nullable=True)
    )
    last_beat_at: datetime | None = Field(
        default=None, sa_column=Column(DateTime(timezone=True), nullable=True)
    )
    updated_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(DateTime(timezone=True), nullable=False)
    )


class DailyWatchTime(SQLModel, table=True):
    """Seconds watched per learner, lecture and UTC day (read by the stats domain)."""

    __tablename__ = "daily_watch_time"
    __table_args__ = (
        Index("ix_daily_watch_time_course_day", "course_id", "day"),
        Index("ix_daily_watch_time_day", "day"),
    )

    user_id: int = Field(foreign_key="users.id", primary_key=True, ondelete="CASCADE")
    lecture_id: int = Field(primary_key=True)
    day: date = Field(sa_column=Column(Date, primary_key=True, nullable=False))
    course_id: int
    seconds: float = 0.0


# ---- schemas -------------------------------------------------------------------------------


class PlaybackGrant(BaseModel):
    """A signed, expiring HLS master playlist URL for one viewer and lecture."""

    url: str
    expires_at: datetime


class ProgressBeat(BaseModel):
    """A heartbeat from the player: where it is, and seconds watched since the last beat."""

    model_config = ConfigDict(extra="forbid")

    position_seconds: float = PydanticField(ge=0, le=MAX_POSITION_SECONDS, allow_inf_nan=False)
    watched_seconds: float = PydanticField(ge=0, le=MAX_WATCHED_PER_BEAT, allow_inf_nan=False)


class ProgressResult(BaseModel):
    completed: bool
    position_seconds: float
    watched_seconds: float


class LectureCompletionUpdate(BaseModel):
    """A learner ticks a lecture complete (or unticks it) by hand."""

    model_config = ConfigDict(extra="forbid")

    completed: bool = PydanticField(strict=True, description="true: done; false: not done")


class CourseProgress(BaseModel):
    """A learner's progress through a course."""

    completed_lectures: list[int]
    percent: int
    last_lecture_id: int | None
    last_position_seconds: float


class DailyWatchSeconds(BaseModel):
    day: date
    seconds: int


class PlayerLecture(BaseModel):
    id: int
    title: str
    duration_seconds: int
    is_preview: bool
    playable: bool
    kind: str = "video"
    question_count: int = 0


class PlayerSection(BaseModel):
    id: int
    title: str
    lectures: list[PlayerLecture]


class PlayerView(BaseModel):
    """Everything the lecture player page shows for one viewer."""

    course_id: int
    course_slug: str
    course_title: str
    lecture_id: int
    lecture_title: str
    sections: list[PlayerSection]
    # "" when the viewer may watch; "enroll" when they may not; "no_video" when none is ready
    blocked: str
    playback_url: str | None
    start_position: float
    completed_lecture_ids: list[int]
    percent: int
    previous_lecture_id: int | None
    next_lecture_id: int | None
    # an enrolled student may tick lectures complete by hand
    enrolled: bool = False
    # "quiz": the player shows the quiz instead of a video (no playback URL)
    lecture_kind: str = "video"


class MyCourse(BaseModel):
    """A course in "My courses": the card, since when, and how far the student got."""

    course_id: int
    slug: str
    title: str
    instructor_name: str
    thumbnail_url: str | None
    enrolled_at: datetime
    progress_percent: int
