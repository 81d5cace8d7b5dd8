"""The caption box of one lecture in the curriculum editor: its tracks, upload, delete."""

from __future__ import annotations

from typing import Any

import reflex as rx
from reflex.event import passthrough_event_spec

from udemy_clone.media.caption_format import CAPTION_LANGUAGES, MAX_CAPTION_BYTES
from udemy_clone.web.pages.studio.captions_state import StudioCaptionsState

_events: Any = StudioCaptionsState
LANGUAGE_ITEMS = [[code, f"{name} ({code})"] for code, name in CAPTION_LANGUAGES.items()]


class CaptionUploadInput(rx.NoSSRComponent):
    """assets/caption_upload.jsx: language menu, file picker, XHR upload."""

    library = rx.asset("caption_upload.jsx").importable_path
    tag = "CaptionUpload"

    lecture_id: rx.Var[int]
    languages: rx.Var[list[list[str]]]
    default_language: rx.Var[str]
    max_bytes: rx.Var[int]
    token_key: rx.Var[str]

    # Reflex reads the argument spec from the annotation; mypy cannot follow it.
    on_uploaded: rx.EventHandler[passthrough_event_spec(str)]  # type: ignore[type-arg,valid-type]
    on_error: rx.EventHandler[passthrough_event_spec(str)]  # type: ignore[type-arg,valid-type]


def _track(row: Any, lecture_id: rx.Var[int]) -> rx.Component:
    return rx.cond(
        row.lecture_id == lecture_id,
        rx.badge(
            rx.cond(row.is_auto, rx.icon("sparkles", size=12), rx.icon("captions", size=12)),
            rx.text(row.label),
            rx.text("· ", row.cue_count.to_string(), " cues", color="var(--gray-10)"),
            rx.icon_button(
                rx.icon("x", size=12),
                size="1",
                variant="ghost",
                color_scheme="gray",
                aria_label="Delete " + row.label + " captions",
                title="Delete these captions",
                on_click=_events.delete(lecture_id, row.language),
                class_name="caption-delete",
                type="button",
            ),
            variant="soft",
            color_scheme=rx.cond(row.is_auto, "gray", "violet"),
            size="2",
            class_name="caption-track",
            data_language=row.language,
            style={"gap": "0.35rem"},
        ),
    )


@rx.memo
def lecture_captions(lecture_id: rx.Var[int]) -> rx.Component:
    """One lecture's caption tracks and the upload control (a memo: its on-mount runs per
    lecture, like the video widget's)."""
    key = rx.Var.create(lecture_id).to_string()
    state: Any = StudioCaptionsState
    error: Any = state.error_by_lecture.get(key, "")
    notice: Any = state.notice_by_lecture.get(key, "")
    return rx.vstack(
        rx.flex(
            rx.text("Captions", size="1", weight="bold", color="var(--gray-11)"),
            rx.foreach(StudioCaptionsState.rows, lambda row: _track(row, lecture_id)),
            wrap="wrap",
            gap="0.4rem",
            align="center",
        ),
        CaptionUploadInput.create(
            lecture_id=lecture_id,
            languages=LANGUAGE_ITEMS,
            default_language="en",
            max_bytes=MAX_CAPTION_BYTES,
            token_key="uc_access_token",
            on_uploaded=lambda language: _events.uploaded(lecture_id, language),
            on_error=lambda message: _events.upload_failed(lecture_id, message),
        ),
        rx.text(
            "WebVTT or SRT, UTF-8, up to 1 MB. A file in a language that has captions "
            "replaces them.",
            size="1",
            color="var(--gray-10)",
        ),
        rx.cond(
            error != "",
            rx.text(
                error, size="1", color="var(--red-11)", role="alert", class_name="caption-error"
            ),
        ),
        rx.cond(
            notice != "",
            rx.text(notice, size="1", color="var(--green-11)", class_name="caption-notice"),
        ),
        on_mount=_events.track_lecture(lecture_id),
        spacing="2",
        width="100%",
        align="start",
        class_name="lecture-captions",
    )
