"""The lecture video upload widget, for the instructor's curriculum editor.

Embed it once per lecture row; it takes the lecture id as a Reflex var (or an int):

    from udemy_clone.web.pages.studio.video_upload import video_upload

    rx.foreach(
        EditorState.lectures,
        lambda lecture: rx.hstack(rx.text(lecture["title"]), video_upload(lecture["id"])),
    )

The file goes from the browser straight to `POST /api/v1/lectures/{id}/video` with
XMLHttpRequest (upload progress bar, any size up to MAX_UPLOAD_BYTES, the signed-in user's
access token from localStorage 'uc_access_token'), never through the websocket. After the 202
the widget follows processing live (`VideoStatusState`, refreshed about once a second) until
the video is ready (with its duration) or failed (with the reason). On mount it shows the
lecture's latest upload. The page must restore the session on load (`AuthState.restore_session`
or `AuthState.require_instructor`). A page that shows its own "video ready" badges can read
`VideoStatusState.status_by_lecture[str(lecture_id)]` ("", "processing", "ready", "failed").
"""

from __future__ import annotations

from typing import Any

import reflex as rx
from reflex.event import passthrough_event_spec

from udemy_clone.core.config import get_settings
from udemy_clone.web.pages.studio.video_state import VideoStatusState

# Event handlers called with arguments: mypy sees `@rx.event` methods as EventNamespace.
_events: Any = VideoStatusState


class VideoUploadInput(rx.NoSSRComponent):
    """assets/lecture_uploads.jsx: file picker, XHR upload with a progress bar."""

    library = rx.asset("lecture_uploads.jsx").importable_path
    tag = "VideoUpload"

    lecture_id: rx.Var[int]
    max_bytes: rx.Var[int]
    token_key: rx.Var[str]
    label: rx.Var[str]
    disabled: rx.Var[bool]

    # Reflex reads the argument spec from the annotation; mypy cannot follow it.
    on_uploaded: rx.EventHandler[passthrough_event_spec(int)]  # type: ignore[type-arg,valid-type]
    on_error: rx.EventHandler[passthrough_event_spec(str)]  # type: ignore[type-arg,valid-type]
    on_started: rx.EventHandler[passthrough_event_spec(str)]  # type: ignore[type-arg,valid-type]


def _entry(by_lecture: Any, key: rx.Var[str], default: Any) -> Any:
    """`state_dict[key]` as a var (the state's dict attributes are vars at compile time)."""
    return by_lecture.get(key, default)


def _key(lecture_id: rx.Var[int] | int) -> rx.Var[str]:
    return rx.Var.create(lecture_id).to_string()


def video_status(lecture_id: rx.Var[int] | int) -> rx.Component:
    """The lecture's video state: processing with progress, ready with duration, or the error."""
    key = _key(lecture_id)
    status = _entry(VideoStatusState.status_by_lecture, key, "")
    progress = _entry(VideoStatusState.progress_by_lecture, key, 0)
    error = _entry(VideoStatusState.error_by_lecture, key, "")
    duration = _entry(VideoStatusState.duration_by_lecture, key, "")
    return rx.vstack(
        rx.match(
            status,
            (
                "processing",
                rx.vstack(
                    rx.hstack(
                        rx.spinner(size="1"),
                        rx.text("Processing video… ", progress.to_string(), "%", size="1"),
                        align="center",
                        spacing="2",
                    ),
                    rx.progress(value=progress.to(int), max=100, width="100%", size="1"),
                    width="100%",
                    spacing="1",
                ),
            ),
            (
                "uploaded",
                rx.text("Waiting to be processed…", size="1", color="var(--gray-11)"),
            ),
            (
                "ready",
                rx.hstack(
                    rx.icon("circle-check", size=14, color="var(--green-10)"),
                    rx.text("Video ready · ", duration, size="1", color="var(--green-11)"),
                    align="center",
                    spacing="1",
                ),
            ),
            (
                "failed",
                rx.hstack(
                    rx.icon("circle-x", size=14, color="var(--red-10)"),
                    rx.text("Processing failed.", size="1", color="var(--red-11)"),
                    align="center",
                    spacing="1",
                ),
            ),
            rx.text("No video yet.", size="1", color="var(--gray-11)"),
        ),
        rx.cond(
            error != "",
            rx.text(error, size="1", color="var(--red-11)", role="alert"),
        ),
        spacing="1",
        width="100%",
        align="start",
        class_name="video-status",
    )


def video_upload(
    lecture_id: rx.Var[int] | int, *, label: str = "Upload video", **props: Any
) -> rx.Component:
    """Upload button with progress, then the live processing state, for one lecture."""
    lecture: Any = rx.Var.create(lecture_id)
    return rx.vstack(
        VideoUploadInput.create(
            lecture_id=lecture,
            max_bytes=get_settings().max_upload_bytes,
            token_key="uc_access_token",
            label=label,
            on_uploaded=lambda video_id: _events.uploaded(lecture, video_id),
            on_error=lambda message: _events.upload_failed(lecture, message),
            on_started=lambda _name: _events.upload_started(lecture),
        ),
        video_status(lecture),
        on_mount=_events.track_lecture(lecture),
        spacing="2",
        width="100%",
        align="start",
        **props,
    )
