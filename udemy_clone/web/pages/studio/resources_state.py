"""Lecture resources in the curriculum editor: list and delete per lecture (uploads go
straight from the browser to the REST endpoint, see resources_upload.py)."""

from __future__ import annotations

from dataclasses import dataclass

import reflex as rx

from udemy_clone.core import db
from udemy_clone.core.errors import DomainError
from udemy_clone.media import service
from udemy_clone.web.kit.auth import current_user
from udemy_clone.web.pages.player.resources_state import KIND_ICONS, size_label


@dataclass
class StudioResourceRow:
    id: int = 0
    lecture_id: int = 0
    filename: str = ""
    size: str = ""
    icon: str = "file"


class ResourcesEditorState(rx.State):
    """Every followed lecture's resources in one list (rows carry their lecture id)."""

    rows: list[StudioResourceRow] = []
    error_by_lecture: dict[str, str] = {}
    deleting_id: int = 0

    async def _reload(self, lecture_id: int) -> None:
        auth = await current_user(self)
        key = str(lecture_id)
        if not auth.user_id:
            return
        try:
            with db.read_session() as session:
                service.check_can_manage_resources(
                    session=session,
                    lecture_id=lecture_id,
                    actor_id=auth.user_id,
                    actor_roles=list(auth.roles),
                )
                found = service.list_lecture_resources(
                    session=session,
                    lecture_id=lecture_id,
                    user_id=auth.user_id,
                    roles=list(auth.roles),
                )
        except DomainError as exc:
            self.error_by_lecture[key] = exc.message
            return
        others = [r for r in self.rows if r.lecture_id != lecture_id]
        self.rows = others + [
            StudioResourceRow(
                id=int(r.id or 0),
                lecture_id=lecture_id,
                filename=r.filename,
                size=size_label(r.size_bytes),
                icon=KIND_ICONS.get(r.kind, "file"),
            )
            for r in found
        ]

    @rx.event
    async def track_lecture(self, lecture_id: int) -> None:
        """On mount of a lecture's resources area: show its files."""
        await self._reload(int(lecture_id))

    @rx.event
    def upload_started(self, lecture_id: int) -> None:
        self.error_by_lecture[str(lecture_id)] = ""

    @rx.event
    async def uploaded(self, lecture_id: int, resource_id: int) -> None:
        """The upload was accepted (201): list it."""
        self.error_by_lecture[str(lecture_id)] = ""
        await self._reload(int(lecture_id))

    @rx.event
    def upload_failed(self, lecture_id: int, message: str) -> None:
        """The upload was refused: the sentence says why (shown by the widget itself)."""
        self.error_by_lecture[str(lecture_id)] = ""

    @rx.event
    async def delete(self, resource_id: int) -> None:
        """Delete a resource and its file."""
        row = next((r for r in self.rows if r.id == int(resource_id)), None)
        if row is None:
            return
        auth = await current_user(self)
        self.deleting_id = row.id
        try:
            with db.transaction() as session:
                key = service.delete_resource(
                    session=session,
                    resource_id=row.id,
                    actor_id=auth.user_id,
                    actor_roles=list(auth.roles),
                )
            service.discard_resource_file(storage_key=key)
        except DomainError as exc:
            self.error_by_lecture[str(row.lecture_id)] = exc.message
        self.deleting_id = 0
        await self._reload(row.lecture_id)
