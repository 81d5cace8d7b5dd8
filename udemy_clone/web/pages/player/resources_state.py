"""The player's Resources tab: the files the instructor attached to the open lecture."""

from __future__ import annotations

import json
from dataclasses import dataclass

import reflex as rx
from reflex.event import EventSpec

from udemy_clone.core import db
from udemy_clone.core.errors import DomainError
from udemy_clone.media import service
from udemy_clone.media.resource_models import LectureResource
from udemy_clone.web.kit.state import AuthState
from udemy_clone.web.pages.player.state import PlayerState

KIND_ICONS = {"pdf": "file-text", "zip": "file-archive", "image": "file-image", "text": "file-code"}


def size_label(size: int) -> str:
    """1.2 MB, 340 KB, 12 bytes."""
    if size >= 1024**2:
        return f"{size / 1024**2:.1f} MB"
    if size >= 1024:
        return f"{round(size / 1024)} KB"
    return f"{size} bytes"


@dataclass
class ResourceRow:
    """One file of a lecture, as a row of the tab."""

    id: int = 0
    filename: str = ""
    size: str = ""
    kind: str = ""
    icon: str = "file"


def resource_rows(found: list[LectureResource]) -> list[ResourceRow]:
    return [
        ResourceRow(
            id=int(r.id or 0),
            filename=r.filename,
            size=size_label(r.size_bytes),
            kind=r.kind.upper() if r.kind != "text" else r.filename.rsplit(".", 1)[-1].upper(),
            icon=KIND_ICONS.get(r.kind, "file"),
        )
        for r in found
    ]


class LectureResourcesState(rx.State):
    """The open lecture's resources, and the one being downloaded."""

    loaded: bool = False
    rows: list[ResourceRow] = []
    message: str = ""  # why there is nothing to show (not enrolled …)
    error: str = ""
    downloading_id: int = 0

    @rx.event
    async def load(self) -> None:
        """When the tab opens (or the lecture changes): read the lecture's resources."""
        self.loaded = False
        self.error = ""
        self.message = ""
        auth = await self.get_state(AuthState)
        player = await self.get_state(PlayerState)
        if not auth.user_id or not player.lecture_id:
            self.rows, self.loaded = [], True
            self.message = "Sign in and enroll to download this lecture's resources."
            return
        try:
            with db.read_session() as session:
                found = service.list_lecture_resources(
                    session=session,
                    lecture_id=player.lecture_id,
                    user_id=auth.user_id,
                    roles=list(auth.roles),
                )
        except DomainError as exc:
            self.rows, self.message = [], exc.message
        else:
            self.rows = resource_rows(found)
        self.loaded = True

    @rx.event
    async def download(self, resource_id: int) -> EventSpec | None:
        """Get a signed, short-lived link to the file and let the browser download it."""
        auth = await self.get_state(AuthState)
        self.error = ""
        try:
            with db.read_session() as session:
                signed = service.issue_download_url(
                    session=session,
                    resource_id=int(resource_id),
                    user_id=auth.user_id,
                    roles=list(auth.roles),
                )
        except DomainError as exc:
            self.error = exc.message
            return None
        # An attachment: the browser saves it and stays on the lecture.
        return rx.call_script(f"window.location.assign({json.dumps(signed.path)})")
