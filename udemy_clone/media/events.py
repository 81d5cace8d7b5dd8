"""Events the media domain emits."""

from __future__ import annotations

from dataclasses import dataclass

from udemy_clone.core.events import DomainEvent


@dataclass(frozen=True, kw_only=True)
class VideoEvent(DomainEvent):
    """Fields shared by every video event."""

    video_id: int
    lecture_id: int
    owner_id: int


@dataclass(frozen=True, kw_only=True)
class VideoUploaded(VideoEvent):
    """An upload was accepted and stored; it waits for transcoding."""

    topic = "media.video_uploaded"


@dataclass(frozen=True, kw_only=True)
class VideoReady(VideoEvent):
    """Transcoding finished; the lecture can be watched."""

    topic = "media.video_ready"


@dataclass(frozen=True, kw_only=True)
class VideoFailed(VideoEvent):
    """Transcoding failed for good; the instructor is told why."""

    topic = "media.video_failed"


@dataclass(frozen=True, kw_only=True)
class CaptionsChanged(DomainEvent):
    """A lecture's caption track was added, replaced or removed (its cues changed)."""

    topic = "media.captions_changed"

    lecture_id: int
    course_id: int
    language: str
