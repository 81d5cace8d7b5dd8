"""The course editor's state: loading, the listing form, the thumbnail.

The curriculum and the workflow handlers come from the `CurriculumEditing` mixin.
"""

from __future__ import annotations

import io
from collections.abc import AsyncGenerator
from typing import Any

import reflex as rx
from pydantic import ValidationError
from reflex.event import EventSpec

from udemy_clone.catalog import service as catalog_service
from udemy_clone.catalog.description import TextBlock, description_blocks
from udemy_clone.catalog.models import (
    MAX_TAGS,
    CourseCreate,
    CourseEditorView,
    CourseLevel,
    CourseUpdate,
)
from udemy_clone.core import db
from udemy_clone.core.errors import DomainError
from udemy_clone.taxonomy import service as taxonomy_service
from udemy_clone.web.kit import routes
from udemy_clone.web.kit.quiet_state import QuietHydrate
from udemy_clone.web.kit.select_options import SelectOption, id_options
from udemy_clone.web.pages.studio.access import actor, is_instructor
from udemy_clone.web.pages.studio.curriculum_state import CurriculumEditing
from udemy_clone.web.pages.studio.listing_form import (
    FIELD_MESSAGES,
    STATUS_LABELS,
    field_errors,
    price_text,
    saved_listing,
    submitted_listing,
)
from udemy_clone.web.pages.studio.rows import (
    ChecklistRow,
    SectionRow,
    checklist_rows,
    curriculum_rows,
    waits_only_for_video,
)


class CourseEditorState(QuietHydrate, CurriculumEditing, rx.State):
    """/studio/new and /studio/course/[course_id]: the listing form and the curriculum."""

    editor_course_id: int = 0
    loaded: bool = False
    load_error: str = ""
    tab: str = "details"

    # the listing form as loaded (the inputs' initial values; the form is submitted whole)
    title: str = ""
    subtitle: str = ""
    description: str = ""
    description_draft: str = ""  # what the description box holds now, for preview and count
    show_preview: bool = False
    category_id: str = ""
    tags: list[str] = []
    tag_query: str = ""
    tag_suggestions: list[str] = []
    is_free: bool = False
    price: str = "19.99"
    currency: str = "USD"
    level: str = CourseLevel.all.value
    language: str = "en"
    category_options: list[SelectOption] = []
    # the listing as last saved, to tell a submit that changes nothing
    _saved_listing: dict[str, Any] = {}

    # the course as saved
    slug: str = ""
    saved_title: str = ""
    status: str = ""
    rejection_reason: str = ""
    slug_locked: bool = False
    thumbnail_url: str = ""
    can_submit: bool = False
    submit_blocker: str = ""
    checklist: list[ChecklistRow] = []
    waits_only_for_video: bool = False
    lecture_count: int = 0
    curriculum: list[SectionRow] = []

    # feedback
    field_errors: dict[str, str] = {}
    form_error: str = ""
    saved_notice: str = ""
    saving: bool = False
    listing_dirty: bool = False  # something in the listing form changed since it was loaded
    thumbnail_error: str = ""
    thumbnail_busy: bool = False

    @rx.var
    def is_new(self) -> bool:
        return self.editor_course_id == 0

    @rx.var
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)

    @rx.var
    def description_preview(self) -> list[TextBlock]:
        return description_blocks(self.description_draft)

    @rx.var
    def lecture_keys(self) -> list[str]:
        return [str(x.id) for section in self.curriculum for x in section.lectures]

    @rx.var
    def description_length(self) -> int:
        return len(self.description_draft)

    # ---- loading ------------------------------------------------------------------------

    def _reset_form(self) -> None:
        self.title = self.subtitle = self.description = self.description_draft = ""
        self._saved_listing = {}
        self.listing_dirty = False
        self.category_id = ""
        self.tags, self.tag_query, self.tag_suggestions = [], "", []
        self.is_free, self.price, self.currency = False, "19.99", "USD"
        self.level, self.language = CourseLevel.all.value, "en"
        self.slug = self.saved_title = self.status = self.rejection_reason = ""
        self.slug_locked = False
        self.thumbnail_url = ""
        self.can_submit, self.submit_blocker = False, ""
        self.checklist, self.waits_only_for_video = [], False
        self.lecture_count, self.curriculum = 0, []
        self._clear_feedback()
        self.editing_key = ""
        self.confirm_kind, self.confirm_id, self.confirm_label = "", 0, ""
        self.show_preview = False

    @rx.event
    def mark_listing_changed(self) -> None:
        """Typed or picked something in the listing form: offer to save it."""
        self.listing_dirty = True
        self.saved_notice = ""

    def _clear_feedback(self) -> None:
        self.field_errors = {}
        self.form_error = self.saved_notice = ""
        self.thumbnail_error = self.curriculum_error = self.workflow_error = ""

    def _load_options(self) -> None:
        with db.read_session() as session:
            options = taxonomy_service.category_options(session=session)
        self.category_options = id_options(options)

    def _apply_view(self, view: CourseEditorView, *, form: bool) -> None:
        """Show a freshly loaded editor view; `form` also resets the listing fields."""
        course = view.course
        if form:
            self.title, self.subtitle, self.description = (
                course.title,
                course.subtitle,
                course.description,
            )
            self.description_draft = course.description
            self._saved_listing = saved_listing(view)
            self.listing_dirty = False
            self.category_id = str(view.category_id)
            self.tags = list(course.tags)
            self.is_free = course.price_cents == 0
            self.price = (
                price_text(course.price_cents, course.currency) if course.price_cents else ""
            )
            self.currency, self.level, self.language = (
                course.currency,
                course.level,
                course.language,
            )
        self.slug = course.slug
        self.saved_title = course.title
        self.status = course.status
        self.rejection_reason = course.rejection_reason or ""
        self.slug_locked = view.slug_locked
        self.thumbnail_url = course.thumbnail_url or ""
        self.can_submit = view.can_submit
        self.submit_blocker = view.submit_blocker or ""
        self.checklist = checklist_rows(view)
        self.waits_only_for_video = waits_only_for_video(view)
        self.lecture_count = course.lecture_count
        self.curriculum = curriculum_rows(view)

    def _editor_view(self, user_id: int, roles: list[str]) -> CourseEditorView:
        with db.read_session() as session:
            return catalog_service.get_course_for_editor(
                session=session,
                actor_id=user_id,
                actor_roles=roles,
                course_id=self.editor_course_id,
            )

    async def _refresh(self) -> None:
        """Reload the saved course (status, curriculum) without touching unsaved form fields."""
        user_id, roles = await actor(self)
        try:
            self._apply_view(self._editor_view(user_id, roles), form=False)
        except DomainError as exc:
            self.curriculum_error = exc.message

    @rx.event
    async def load_new(self) -> None:
        """On load of /studio/new: an empty form."""
        user_id, roles = await actor(self)
        self.editor_course_id = 0
        self._reset_form()
        self.tab = "details"
        self.loaded = False
        if not user_id or not is_instructor(roles):
            return
        self._load_options()
        self.load_error = ""
        self.loaded = True

    @rx.event
    async def load_course(self) -> None:
        """On load of /studio/course/<id>: the course, its curriculum and workflow state."""
        user_id, roles = await actor(self)
        self._reset_form()
        self.loaded = False
        self.load_error = ""
        raw = (self.router.url.path or "").rstrip("/").rsplit("/", 1)[-1]
        query_tab = self.router.url.query_parameters.get("tab", "")
        self.tab = query_tab if query_tab in ("curriculum", "announcements") else "details"
        if not user_id or not is_instructor(roles):
            return
        if not (raw.isascii() and raw.isdigit()) or not 0 < int(raw) < 2**31:
            self.load_error = "This course does not exist."
            return
        self.editor_course_id = int(raw)
        try:
            view = self._editor_view(user_id, roles)
        except DomainError as exc:
            self.load_error = exc.message
            return
        self._load_options()
        self._apply_view(view, form=True)
        self.loaded = True

    # ---- the listing form ------------------------------------------------------------------

    @rx.event
    def set_tab(self, value: str) -> None:
        """Switch between the details, the curriculum and the announcements."""
        self.tab = value if value in ("curriculum", "announcements") else "details"

    @rx.event
    def draft_description(self, value: str) -> None:
        """Typed in the description: keep the preview and the character count current."""
        self.description_draft = value

    @rx.event
    def set_show_preview(self, value: str | list[str]) -> None:
        """Write or preview the description."""
        self.show_preview = value == "preview"

    @rx.event
    def toggle_free(self, value: bool) -> None:
        """The free switch: hide the price field of a free course (the form sends the switch)."""
        self.is_free = bool(value)
        self.listing_dirty = True
        self.field_errors.pop("price_cents", None)

    @rx.event
    def set_tag_query(self, value: str) -> None:
        """Typed in the tag field: suggest existing tags that start with it."""
        self.tag_query = value[:40]
        prefix = self.tag_query.strip()
        if not prefix:
            self.tag_suggestions = []
            return
        with db.read_session() as session:
            found = catalog_service.suggest_tags(session=session, prefix=prefix, limit=8)
        chosen = {t.lower() for t in self.tags}
        self.tag_suggestions = [t.name for t in found if t.name.lower() not in chosen]

    def _add_tag(self, name: str) -> None:
        clean = " ".join(name.split())[:40]
        self.tag_query, self.tag_suggestions = "", []
        if not clean or clean.lower() in (t.lower() for t in self.tags):
            return
        if len(self.tags) >= MAX_TAGS:
            self.field_errors["tags"] = f"A course has at most {MAX_TAGS} tags."
            return
        self.tags = [*self.tags, clean]
        self.listing_dirty = True
        self.field_errors.pop("tags", None)

    @rx.event
    def submit_tag(self, form: dict[str, Any]) -> None:
        """Enter in the tag field adds the typed tag (commas separate several)."""
        for name in str(form.get("tag", "")).split(","):
            self._add_tag(name)

    @rx.event
    def add_tag(self, name: str) -> None:
        """Picked a suggested tag."""
        self._add_tag(name)

    @rx.event
    def remove_tag(self, name: str) -> None:
        """The × of a tag chip."""
        self.tags = [t for t in self.tags if t != name]
        self.listing_dirty = True
        self.field_errors.pop("tags", None)

    def _show_error(self, exc: DomainError) -> None:
        name = exc.details.get("field")
        if isinstance(name, str) and name in FIELD_MESSAGES:
            self.field_errors = {**self.field_errors, name: exc.message}
            self.form_error = "Check the highlighted fields."
        else:
            self.form_error = exc.message

    @rx.event
    async def save(self, form: dict[str, Any]) -> AsyncGenerator[EventSpec | None, None]:
        """The submitted listing form: create the course (new) or save its listing (edit)."""
        self._clear_feedback()
        if self.tag_query.strip():
            self._add_tag(self.tag_query)
        listing, errors = submitted_listing(form, tags=self.tags)
        if listing is None:
            self.field_errors = errors
            self.form_error = "Check the highlighted fields."
            return
        if not self.is_new and listing == self._saved_listing:
            self.listing_dirty = False
            self.saved_notice = "Nothing to save: the listing is as it was."
            return
        user_id, roles = await actor(self)
        try:
            data: CourseCreate | CourseUpdate = (
                CourseCreate(**listing)
                if self.is_new
                else CourseUpdate(
                    **listing,
                    # drafts that were never public follow their title; live links stay put
                    regenerate_slug=not self.slug_locked and listing["title"] != self.saved_title,
                )
            )
        except ValidationError as exc:
            self.field_errors = field_errors(exc)
            self.form_error = "Check the highlighted fields."
            return
        self.saving = True
        yield None
        try:
            with db.transaction() as session:
                if isinstance(data, CourseCreate):
                    course = catalog_service.create_course(
                        session=session, owner_id=user_id, owner_roles=roles, data=data
                    )
                else:
                    course = catalog_service.update_course(
                        session=session,
                        actor_id=user_id,
                        actor_roles=roles,
                        course_id=self.editor_course_id,
                        data=data,
                    )
                course_id = int(course.id or 0)
        except DomainError as exc:
            self.saving = False
            self._show_error(exc)
            return
        self.saving = False
        if self.is_new:
            yield rx.redirect(routes.studio_course_url(course_id, tab="curriculum"))
            return
        try:
            self._apply_view(self._editor_view(user_id, roles), form=True)
        except DomainError as exc:
            self.form_error = exc.message
            return
        self.saved_notice = "All changes saved."
        yield rx.toast.success("Course details saved.")

    @rx.event
    async def upload_thumbnail(self, files: list[rx.UploadFile]) -> AsyncGenerator[None, None]:
        """A dropped or chosen image becomes the course's thumbnail."""
        self.thumbnail_error = ""
        if not files or not self.editor_course_id:
            return
        self.thumbnail_busy = True
        yield None
        upload = files[0]
        data = await upload.read()
        user_id, roles = await actor(self)
        try:
            with db.transaction() as session:
                course = catalog_service.set_course_thumbnail(
                    session=session,
                    actor_id=user_id,
                    actor_roles=roles,
                    course_id=self.editor_course_id,
                    upload=io.BytesIO(data),
                )
                self.thumbnail_url = catalog_service.thumbnail_url(course.thumbnail_key) or ""
        except DomainError as exc:
            self.thumbnail_error = exc.message
        finally:
            self.thumbnail_busy = False

    @rx.event
    def thumbnail_rejected(self, rejections: list[dict[str, Any]]) -> None:
        """The file picker refused a file before upload (type or size)."""
        codes = {
            str(error.get("code", ""))
            for rejected in rejections
            for error in rejected.get("errors", [])
        }
        if "file-too-large" in codes:
            self.thumbnail_error = "That image is larger than 5 MB; upload a smaller one."
        elif "too-many-files" in codes:
            self.thumbnail_error = "Choose one image."
        else:
            self.thumbnail_error = "That file is not an image. Upload a JPEG, PNG or WebP picture."
