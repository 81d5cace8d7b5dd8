"""The lecture resources area of the curriculum editor: upload with progress, list, delete."""

from __future__ import annotations

from typing import Any

import reflex as rx
from reflex.event import passthrough_event_spec

from udemy_clone.core.config import get_settings
from udemy_clone.media.service import ACCEPTED_EXTENSIONS
from udemy_clone.web.kit.components import named_icon
from udemy_clone.web.pages.player.resources_state import KIND_ICONS
from udemy_clone.web.pages.studio.resources_state import ResourcesEditorState, StudioResourceRow

_events: Any = ResourcesEditorState


class ResourceUploadInput(rx.NoSSRComponent):
    """assets/lecture_uploads.jsx: file picker, XHR upload with a progress bar."""

    library = rx.asset("lecture_uploads.jsx").importable_path
    tag = "ResourceUpload"

    lecture_id: rx.Var[int]
    max_bytes: rx.Var[int]
    token_key: rx.Var[str]
    label: rx.Var[str]
    accept: rx.Var[str]
    disabled: rx.Var[bool]

    on_uploaded: rx.EventHandler[passthrough_event_spec(int)]  # type: ignore[type-arg,valid-type]
    on_error: rx.EventHandler[passthrough_event_spec(str)]  # type: ignore[type-arg,valid-type]
    on_started: rx.EventHandler[passthrough_event_spec(str)]  # type: ignore[type-arg,valid-type]


def _row(row: StudioResourceRow, lecture: Any) -> rx.Component:
    return rx.cond(
        row.lecture_id == lecture,
        rx.hstack(
            named_icon(
                row.icon,
                tuple(KIND_ICONS.values()),
                "file",
                size=14,
                color="var(--gray-10)",
                flex_shrink="0",
            ),
            rx.text(
                row.filename,
                size="1",
                class_name="studio-resource-name",
                style={"overflow_wrap": "anywhere"},
                flex="1",
                min_width="0",
            ),
            rx.text(row.size, size="1", color="var(--gray-10)", white_space="nowrap"),
            rx.icon_button(
                rx.icon("x", size=12),
                size="1",
                variant="ghost",
                color_scheme="red",
                on_click=_events.delete(row.id),
                loading=ResourcesEditorState.deleting_id == row.id,
                aria_label="Delete " + row.filename,  # type: ignore[operator]
                class_name="studio-resource-delete",
            ),
            align="center",
            spacing="2",
            width="100%",
            class_name="studio-resource",
        ),
    )


def lecture_resources_area(lecture_id: rx.Var[int] | int) -> rx.Component:
    """The files attached to one lecture, an upload button and the rules, in a small box."""
    lecture: Any = rx.Var.create(lecture_id)
    key = lecture.to_string()
    limit_mb = get_settings().max_resource_bytes // 1024**2
    return rx.vstack(
        rx.hstack(
            rx.icon("paperclip", size=14, color="var(--gray-10)"),
            rx.text("Resources", size="1", weight="bold", color="var(--gray-11)"),
            rx.text(
                f"PDF, ZIP, images, source files · up to {limit_mb} MB",
                size="1",
                color="var(--gray-10)",
            ),
            align="center",
            spacing="2",
            wrap="wrap",
        ),
        rx.foreach(ResourcesEditorState.rows, lambda row: _row(row, lecture)),
        ResourceUploadInput.create(
            lecture_id=lecture,
            max_bytes=get_settings().max_resource_bytes,
            token_key="uc_access_token",
            label="Add a file",
            accept=",".join("." + ext for ext in ACCEPTED_EXTENSIONS),
            on_uploaded=lambda resource_id: _events.uploaded(lecture, resource_id),
            on_error=lambda message: _events.upload_failed(lecture, message),
            on_started=lambda _name: _events.upload_started(lecture),
        ),
        rx.cond(
            ResourcesEditorState.error_by_lecture.get(key, "") != "",
            rx.text(
                ResourcesEditorState.error_by_lecture.get(key, ""),
                size="1",
                color="var(--red-11)",
                role="alert",
            ),
        ),
        on_mount=_events.track_lecture(lecture),
        spacing="2",
        width="100%",
        padding="0.5rem 0.75rem",
        border="1px dashed var(--gray-a6)",
        border_radius="8px",
        class_name="lecture-resources",
    )
