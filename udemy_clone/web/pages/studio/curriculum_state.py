"""The course editor's curriculum and workflow handlers, mixed into `CourseEditorState`.

Sections and lectures (add, rename, move, preview, delete), the confirmation dialog, and the
draft → review → published workflow. The editor state owns loading and `_refresh`.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator
from typing import TYPE_CHECKING, Any

import reflex as rx
from pydantic import ValidationError
from reflex.event import EventSpec

from udemy_clone.catalog import service as catalog_service
from udemy_clone.catalog.models import (
    TITLE_MAX,
    LectureCreate,
    LectureKind,
    LectureUpdate,
    SectionCreate,
    SectionUpdate,
)
from udemy_clone.core import db
from udemy_clone.core.errors import DomainError
from udemy_clone.web.kit import routes
from udemy_clone.web.pages.studio.access import actor
from udemy_clone.web.pages.studio.listing_form import field_errors
from udemy_clone.web.pages.studio.rows import SectionRow


class CurriculumEditing(rx.State, mixin=True):
    """Curriculum editing and the course workflow of the course editor."""

    curriculum_error: str = ""
    workflow_error: str = ""
    workflow_busy: bool = False
    editing_key: str = ""
    confirm_kind: str = ""
    confirm_id: int = 0
    confirm_label: str = ""

    if TYPE_CHECKING:  # provided by CourseEditorState
        editor_course_id: int
        curriculum: list[SectionRow]

        async def _refresh(self) -> None: ...

    # ---- curriculum ------------------------------------------------------------------------

    async def _curriculum_change(self, change: Any) -> None:
        """Run one curriculum service call in a transaction, then show the new curriculum."""
        self.curriculum_error = ""
        user_id, roles = await actor(self)
        try:
            with db.transaction() as session:
                change(session, user_id, roles)
        except DomainError as exc:
            self.curriculum_error = exc.message
            return
        except ValidationError as exc:
            self.curriculum_error = next(iter(field_errors(exc).values()), "Check the title.")
            return
        await self._refresh()

    @rx.event
    async def add_section(self, form: dict[str, Any]) -> None:
        """The "Add section" form."""
        title = str(form.get("title", "")).strip()[:TITLE_MAX]
        if not title:
            self.curriculum_error = "Give the section a title."
            return
        await self._curriculum_change(
            lambda session, user_id, roles: catalog_service.add_section(
                session=session,
                actor_id=user_id,
                actor_roles=roles,
                course_id=self.editor_course_id,
                data=SectionCreate(title=title),
            )
        )

    @rx.event
    async def add_lecture(self, form: dict[str, Any]) -> None:
        """A section's "Add lecture" form."""
        section_id = str(form.get("section_id", ""))
        title = str(form.get("title", "")).strip()[:TITLE_MAX]
        kind = LectureKind.quiz if form.get("kind") == "quiz" else LectureKind.video
        if not (section_id.isascii() and section_id.isdigit()):
            return
        if not title:
            self.curriculum_error = "Give the lecture a title."
            return
        await self._curriculum_change(
            lambda session, user_id, roles: catalog_service.add_lecture(
                session=session,
                actor_id=user_id,
                actor_roles=roles,
                section_id=int(section_id),
                data=LectureCreate(title=title, kind=kind),
            )
        )

    @rx.event
    def start_rename(self, key: str) -> None:
        """Click on a title's pencil: edit it in place ("section-<id>" or "lecture-<id>")."""
        self.editing_key = key
        self.curriculum_error = ""

    @rx.event
    def cancel_rename(self) -> None:
        """Leave the title as it was."""
        self.editing_key = ""

    @rx.event
    async def save_rename(self, form: dict[str, Any]) -> None:
        """Save the edited title."""
        kind, _, raw_id = self.editing_key.partition("-")
        title = str(form.get("title", "")).strip()[:TITLE_MAX]
        if not (raw_id.isascii() and raw_id.isdigit()):
            return
        if not title:
            self.curriculum_error = "A title cannot be empty."
            return
        item_id = int(raw_id)
        if kind == "section":
            await self._curriculum_change(
                lambda session, user_id, roles: catalog_service.update_section(
                    session=session,
                    actor_id=user_id,
                    actor_roles=roles,
                    section_id=item_id,
                    data=SectionUpdate(title=title),
                )
            )
        else:
            await self._curriculum_change(
                lambda session, user_id, roles: catalog_service.update_lecture(
                    session=session,
                    actor_id=user_id,
                    actor_roles=roles,
                    lecture_id=item_id,
                    data=LectureUpdate(title=title),
                )
            )
        if not self.curriculum_error:
            self.editing_key = ""

    @rx.event
    async def move_section(self, section_id: int, delta: int) -> None:
        """Up/down buttons of a section."""
        ids = [s.id for s in self.curriculum]
        if section_id not in ids:
            return
        index = ids.index(section_id)
        target = index + delta
        if not 0 <= target < len(ids):
            return
        ids[index], ids[target] = ids[target], ids[index]
        await self._curriculum_change(
            lambda session, user_id, roles: catalog_service.reorder_sections(
                session=session,
                actor_id=user_id,
                actor_roles=roles,
                course_id=self.editor_course_id,
                section_ids=ids,
            )
        )

    def _lecture_move(self, lecture_id: int, delta: int) -> LectureUpdate | None:
        """Where up/down takes a lecture: one place, or to the end/start of the next section."""
        for s_index, section in enumerate(self.curriculum):
            ids = [x.id for x in section.lectures]
            if lecture_id not in ids:
                continue
            target = ids.index(lecture_id) + delta
            if 0 <= target < len(ids):
                return LectureUpdate(position=target)
            neighbour = s_index + (1 if delta > 0 else -1)
            if not 0 <= neighbour < len(self.curriculum):
                return None
            other = self.curriculum[neighbour]
            return LectureUpdate(
                section_id=other.id, position=0 if delta > 0 else len(other.lectures)
            )
        return None

    @rx.event
    async def move_lecture(self, lecture_id: int, delta: int) -> None:
        """Up/down buttons of a lecture."""
        data = self._lecture_move(lecture_id, delta)
        if data is None:
            return
        await self._curriculum_change(
            lambda session, user_id, roles: catalog_service.update_lecture(
                session=session,
                actor_id=user_id,
                actor_roles=roles,
                lecture_id=lecture_id,
                data=data,
            )
        )

    @rx.event
    async def set_preview(self, lecture_id: int, value: bool) -> None:
        """The "Free preview" switch of a lecture."""
        await self._curriculum_change(
            lambda session, user_id, roles: catalog_service.update_lecture(
                session=session,
                actor_id=user_id,
                actor_roles=roles,
                lecture_id=lecture_id,
                data=LectureUpdate(is_preview=bool(value)),
            )
        )

    # ---- confirmations (delete section / lecture / course, unpublish) ------------------------

    @rx.event
    def ask_confirm(self, kind: str, item_id: int, label: str) -> None:
        """Open the confirmation dialog for a destructive action."""
        self.confirm_kind, self.confirm_id, self.confirm_label = kind, int(item_id), label
        self.workflow_error = ""

    @rx.event
    def close_confirm(self, open_: bool = False) -> None:
        """Cancel, Escape or a click outside the dialog."""
        if not open_:
            self.confirm_kind, self.confirm_id, self.confirm_label = "", 0, ""

    @rx.event
    async def confirm(self) -> AsyncGenerator[EventSpec | None, None]:
        """Carry out the confirmed action."""
        kind, item_id = self.confirm_kind, self.confirm_id
        self.confirm_kind = ""
        if kind == "section":
            await self._curriculum_change(
                lambda session, user_id, roles: catalog_service.delete_section(
                    session=session, actor_id=user_id, actor_roles=roles, section_id=item_id
                )
            )
        elif kind == "lecture":
            await self._curriculum_change(
                lambda session, user_id, roles: catalog_service.delete_lecture(
                    session=session, actor_id=user_id, actor_roles=roles, lecture_id=item_id
                )
            )
        elif kind in ("course", "unpublish"):
            async for event in self._workflow(kind):
                yield event

    # ---- workflow ---------------------------------------------------------------------------

    async def _workflow(self, action: str) -> AsyncGenerator[EventSpec | None, None]:
        self.workflow_error = ""
        self.workflow_busy = True
        yield None
        user_id, roles = await actor(self)
        course_id = self.editor_course_id
        try:
            with db.transaction() as session:
                if action == "submit":
                    catalog_service.submit_course(
                        session=session, actor_id=user_id, course_id=course_id
                    )
                elif action == "unpublish":
                    catalog_service.unpublish_course(
                        session=session, actor_id=user_id, actor_roles=roles, course_id=course_id
                    )
                elif action == "course":
                    catalog_service.delete_course(
                        session=session, actor_id=user_id, actor_roles=roles, course_id=course_id
                    )
        except DomainError as exc:
            self.workflow_busy = False
            self.workflow_error = exc.message
            return
        self.workflow_busy = False
        if action == "course":
            yield rx.redirect(routes.STUDIO)
            yield rx.toast.success("The course was deleted.")
            return
        await self._refresh()
        if action == "submit":
            yield rx.toast.success("Submitted for review. An admin will look at it soon.")
        else:
            yield rx.toast.info("The course is unpublished and back to draft.")

    @rx.event
    async def submit_for_review(self) -> AsyncGenerator[EventSpec | None, None]:
        """Send the draft to the review queue."""
        async for event in self._workflow("submit"):
            yield event

    @rx.event
    async def refresh_status(self) -> None:
        """Reload the workflow state (a video finished processing)."""
        await self._refresh()
