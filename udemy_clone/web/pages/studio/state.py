"""Instructor studio state: the course list, the course editor and its curriculum.

Handlers check the input, call one catalog service function in a transaction and show the
result; every refusal is the service's own sentence.
"""

from __future__ import annotations

import io
from collections.abc import AsyncGenerator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

import reflex as rx
from pydantic import ValidationError
from reflex.event import EventSpec

from udemy_clone.catalog import service as catalog_service
from udemy_clone.catalog.description import TextBlock, description_blocks
from udemy_clone.catalog.models import (
    CURRENCIES,
    LANGUAGES,
    MAX_TAGS,
    TITLE_MAX,
    CourseCreate,
    CourseEditorView,
    CourseLevel,
    CourseListItem,
    CourseStatus,
    CourseUpdate,
    LectureCreate,
    LectureUpdate,
    SectionCreate,
    SectionUpdate,
)
from udemy_clone.core import db
from udemy_clone.core.errors import DomainError
from udemy_clone.core.money import format_price, minor_unit_digits
from udemy_clone.taxonomy import service as taxonomy_service
from udemy_clone.web.kit import routes
from udemy_clone.web.kit.auth import current_user
from udemy_clone.web.kit.format import clock, format_date, length_label

CURRENCY_OPTIONS = sorted(CURRENCIES)
LANGUAGE_OPTIONS = [
    {"value": code, "label": name} for code, name in sorted(LANGUAGES.items(), key=lambda i: i[1])
]
LEVEL_OPTIONS = [
    {"value": CourseLevel.all.value, "label": "All levels"},
    {"value": CourseLevel.beginner.value, "label": "Beginner"},
    {"value": CourseLevel.intermediate.value, "label": "Intermediate"},
    {"value": CourseLevel.advanced.value, "label": "Advanced"},
]
STATUS_LABELS = {
    CourseStatus.draft.value: "Draft",
    CourseStatus.in_review.value: "In review",
    CourseStatus.published.value: "Published",
}
# Friendlier sentences than pydantic's for the fields of the course form.
FIELD_MESSAGES = {
    "title": "Give the course a title of 3 to 120 characters.",
    "subtitle": "Keep the subtitle under 200 characters.",
    "description": "Keep the description under 20,000 characters.",
    "category_id": "Choose a category.",
    "price_cents": "Enter a price between 0 and 10,000.",
    "tags": f"Use at most {MAX_TAGS} tags of up to 40 characters each.",
}


def price_text(cents: int, currency: str) -> str:
    """Minor units as the text of the price field ("19.99", "1200" for JPY)."""
    digits = minor_unit_digits(currency)
    return f"{Decimal(cents) / (10**digits):.{digits}f}"


def parse_price(text: str, currency: str) -> int:
    """The typed price in minor units; ValueError with a sentence when it is not a price."""
    try:
        value = Decimal(text.strip().replace(",", ""))
    except InvalidOperation:
        raise ValueError("Enter the price as a number, such as 19.99.") from None
    digits = minor_unit_digits(currency)
    if value <= 0:
        raise ValueError("Enter a price above zero, or make the course free.")
    if value != value.quantize(Decimal(1).scaleb(-digits)):
        places = "no decimals" if digits == 0 else f"at most {digits} decimals"
        raise ValueError(f"{currency} prices have {places}.")
    return int(value * (10**digits))


def field_errors(exc: ValidationError) -> dict[str, str]:
    """The first error of each field of a rejected form, as sentences."""
    found: dict[str, str] = {}
    for error in exc.errors():
        name = str(error["loc"][0]) if error["loc"] else "form"
        if name in found:
            continue
        message = str(error.get("msg", "")).removeprefix("Value error, ")
        if error.get("type") != "value_error" and name in FIELD_MESSAGES:
            message = FIELD_MESSAGES[name]
        found[name] = message
    return found


@dataclass
class StudioCourseRow:
    id: int
    slug: str
    title: str
    subtitle: str
    status: str
    status_label: str
    rejection_reason: str
    thumbnail_url: str
    price: str
    lecture_count: int
    students: int
    rating: str
    duration: str
    updated: str


@dataclass
class LectureRow:
    id: int
    title: str
    number: int
    is_preview: bool
    video_ready: bool
    has_video: bool
    duration: str
    can_up: bool
    can_down: bool


@dataclass
class SectionRow:
    id: int
    title: str
    number: int
    can_up: bool
    can_down: bool
    summary: str
    lectures: list[LectureRow] = field(default_factory=list)


def _course_row(item: CourseListItem) -> StudioCourseRow:
    rating = f"{item.rating.average:.1f} ({item.rating.count})" if item.rating.count else ""
    return StudioCourseRow(
        id=item.id,
        slug=item.slug,
        title=item.title,
        subtitle=item.subtitle,
        status=item.status,
        status_label=STATUS_LABELS.get(item.status, item.status),
        rejection_reason=item.rejection_reason or "",
        thumbnail_url=item.thumbnail_url or "",
        price=format_price(item.price_cents, item.currency),
        lecture_count=item.lecture_count,
        students=item.enrollment_count,
        rating=rating,
        duration=length_label(item.duration_seconds),
        updated=format_date(item.updated_at),
    )


def curriculum_rows(view: CourseEditorView) -> list[SectionRow]:
    """The editor's curriculum with numbering and which moves are possible."""
    sections = view.curriculum
    rows: list[SectionRow] = []
    number = 0
    for s_index, section in enumerate(sections):
        lectures: list[LectureRow] = []
        for l_index, lecture in enumerate(section.lectures):
            number += 1
            lectures.append(
                LectureRow(
                    id=lecture.id,
                    title=lecture.title,
                    number=number,
                    is_preview=lecture.is_preview,
                    video_ready=lecture.video_ready,
                    has_video=lecture.video_id is not None,
                    duration=clock(lecture.duration_seconds) if lecture.video_ready else "",
                    # lectures move across section borders too
                    can_up=l_index > 0 or s_index > 0,
                    can_down=l_index < len(section.lectures) - 1 or s_index < len(sections) - 1,
                )
            )
        total = sum(x.duration_seconds for x in section.lectures)
        count = len(section.lectures)
        summary = f"{count} lecture{'s' if count != 1 else ''}"
        if total:
            summary += f" · {length_label(total)}"
        rows.append(
            SectionRow(
                id=section.id,
                title=section.title,
                number=s_index + 1,
                can_up=s_index > 0,
                can_down=s_index < len(sections) - 1,
                summary=summary,
                lectures=lectures,
            )
        )
    return rows


async def _actor(state: rx.State) -> tuple[int, list[str]]:
    auth = await current_user(state)
    return auth.user_id, list(auth.roles)


def _is_instructor(roles: Sequence[str]) -> bool:
    return "instructor" in roles or "admin" in roles


class StudioListState(rx.State):
    """/studio: the instructor's own courses in every status."""

    courses: list[StudioCourseRow] = []
    status_filter: str = "all"
    loaded: bool = False
    error: str = ""

    @rx.var
    def visible_courses(self) -> list[StudioCourseRow]:
        if self.status_filter == "all":
            return self.courses
        return [c for c in self.courses if c.status == self.status_filter]

    @rx.var
    def status_counts(self) -> dict[str, int]:
        counts = {"all": len(self.courses)} | dict.fromkeys(STATUS_LABELS, 0)
        for course in self.courses:
            counts[course.status] = counts.get(course.status, 0) + 1
        return counts

    @rx.event
    async def load(self) -> None:
        """On load of /studio (after the role check): the instructor's courses."""
        user_id, roles = await _actor(self)
        if not user_id or not _is_instructor(roles):
            return
        self.error = ""
        try:
            with db.read_session() as session:
                items, _total = catalog_service.list_instructor_courses(
                    session=session, owner_id=user_id, page=1, page_size=100
                )
        except DomainError as exc:
            self.error = exc.message
            return
        self.courses = [_course_row(item) for item in items]
        self.loaded = True

    @rx.event
    def set_status_filter(self, value: str | list[str]) -> None:
        """Show the courses of one status (or all)."""
        self.status_filter = value if isinstance(value, str) and value in STATUS_LABELS else "all"


class CourseEditorState(rx.State):
    """/studio/new and /studio/course/[course_id]: the listing form and the curriculum."""

    editor_course_id: int = 0
    loaded: bool = False
    load_error: str = ""
    tab: str = "details"

    # the listing form
    title: str = ""
    subtitle: str = ""
    description: str = ""
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
    category_options: list[dict[str, str]] = []

    # the course as saved
    slug: str = ""
    saved_title: str = ""
    status: str = ""
    rejection_reason: str = ""
    slug_locked: bool = False
    thumbnail_url: str = ""
    can_submit: bool = False
    submit_blocker: str = ""
    lecture_count: int = 0
    curriculum: list[SectionRow] = []

    # feedback
    field_errors: dict[str, str] = {}
    form_error: str = ""
    saved_notice: str = ""
    saving: bool = False
    thumbnail_error: str = ""
    thumbnail_busy: bool = False
    curriculum_error: str = ""
    workflow_error: str = ""
    workflow_busy: bool = False

    # curriculum editing
    editing_key: str = ""
    confirm_kind: str = ""
    confirm_id: int = 0
    confirm_label: str = ""

    @rx.var
    def is_new(self) -> bool:
        return self.editor_course_id == 0

    @rx.var
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)

    @rx.var
    def description_preview(self) -> list[TextBlock]:
        return description_blocks(self.description)

    @rx.var
    def lecture_keys(self) -> list[str]:
        return [str(x.id) for section in self.curriculum for x in section.lectures]

    @rx.var
    def description_length(self) -> int:
        return len(self.description)

    # ---- loading ------------------------------------------------------------------------

    def _reset_form(self) -> None:
        self.title = self.subtitle = self.description = ""
        self.category_id = ""
        self.tags, self.tag_query, self.tag_suggestions = [], "", []
        self.is_free, self.price, self.currency = False, "19.99", "USD"
        self.level, self.language = CourseLevel.all.value, "en"
        self.slug = self.saved_title = self.status = self.rejection_reason = ""
        self.slug_locked = False
        self.thumbnail_url = ""
        self.can_submit, self.submit_blocker = False, ""
        self.lecture_count, self.curriculum = 0, []
        self._clear_feedback()
        self.editing_key = ""
        self.confirm_kind, self.confirm_id, self.confirm_label = "", 0, ""
        self.show_preview = False

    def _clear_feedback(self) -> None:
        self.field_errors = {}
        self.form_error = self.saved_notice = ""
        self.thumbnail_error = self.curriculum_error = self.workflow_error = ""

    def _load_options(self) -> None:
        with db.read_session() as session:
            options = taxonomy_service.category_options(session=session)
        self.category_options = [{"value": str(cid), "label": label} for cid, label in options]

    def _apply_view(self, view: CourseEditorView, *, form: bool) -> None:
        """Show a freshly loaded editor view; `form` also resets the listing fields."""
        course = view.course
        if form:
            self.title, self.subtitle, self.description = (
                course.title,
                course.subtitle,
                course.description,
            )
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
        user_id, roles = await _actor(self)
        try:
            self._apply_view(self._editor_view(user_id, roles), form=False)
        except DomainError as exc:
            self.curriculum_error = exc.message

    @rx.event
    async def load_new(self) -> None:
        """On load of /studio/new: an empty form."""
        user_id, roles = await _actor(self)
        self.editor_course_id = 0
        self._reset_form()
        self.tab = "details"
        self.loaded = False
        if not user_id or not _is_instructor(roles):
            return
        self._load_options()
        self.load_error = ""
        self.loaded = True

    @rx.event
    async def load_course(self) -> None:
        """On load of /studio/course/<id>: the course, its curriculum and workflow state."""
        user_id, roles = await _actor(self)
        self._reset_form()
        self.loaded = False
        self.load_error = ""
        raw = (self.router.url.path or "").rstrip("/").rsplit("/", 1)[-1]
        query_tab = self.router.url.query_parameters.get("tab", "")
        self.tab = "curriculum" if query_tab == "curriculum" else "details"
        if not user_id or not _is_instructor(roles):
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
        """Switch between the details and the curriculum."""
        self.tab = "curriculum" if value == "curriculum" else "details"

    @rx.event
    def set_title(self, value: str) -> None:
        """Typed in the title field."""
        self.title = value
        self.field_errors.pop("title", None)

    @rx.event
    def set_subtitle(self, value: str) -> None:
        """Typed in the subtitle field."""
        self.subtitle = value
        self.field_errors.pop("subtitle", None)

    @rx.event
    def set_description(self, value: str) -> None:
        """Typed in the description."""
        self.description = value
        self.field_errors.pop("description", None)

    @rx.event
    def set_show_preview(self, value: str | list[str]) -> None:
        """Write or preview the description."""
        self.show_preview = value == "preview"

    @rx.event
    def set_category(self, value: str) -> None:
        """Picked a category."""
        self.category_id = value
        self.field_errors.pop("category_id", None)

    @rx.event
    def set_free(self, value: bool) -> None:
        """The free toggle."""
        self.is_free = bool(value)
        self.field_errors.pop("price_cents", None)

    @rx.event
    def set_price(self, value: str) -> None:
        """Typed in the price field."""
        self.price = value
        self.field_errors.pop("price_cents", None)

    @rx.event
    def set_currency(self, value: str) -> None:
        """Picked a currency."""
        if value in CURRENCIES:
            self.currency = value

    @rx.event
    def set_level(self, value: str) -> None:
        """Picked a level."""
        self.level = value

    @rx.event
    def set_language(self, value: str) -> None:
        """Picked a language."""
        self.language = value

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
        self.field_errors.pop("tags", None)

    def _listing(self) -> dict[str, Any] | None:
        """The form as service input; None (with errors shown) when it cannot be sent."""
        errors: dict[str, str] = {}
        price_cents = 0
        if not self.is_free:
            try:
                price_cents = parse_price(self.price, self.currency)
            except ValueError as exc:
                errors["price_cents"] = str(exc)
        if not (self.category_id.isascii() and self.category_id.isdigit()):
            errors["category_id"] = FIELD_MESSAGES["category_id"]
        if len(self.title.strip()) < 3:
            errors["title"] = FIELD_MESSAGES["title"]
        if errors:
            self.field_errors = errors
            self.form_error = "Check the highlighted fields."
            return None
        return {
            "title": self.title,
            "subtitle": self.subtitle,
            "description": self.description,
            "category_id": int(self.category_id),
            "tags": list(self.tags),
            "price_cents": price_cents,
            "currency": self.currency,
            "level": self.level,
            "language": self.language,
        }

    def _show_error(self, exc: DomainError) -> None:
        name = exc.details.get("field")
        if isinstance(name, str) and name in FIELD_MESSAGES:
            self.field_errors = {**self.field_errors, name: exc.message}
            self.form_error = "Check the highlighted fields."
        else:
            self.form_error = exc.message

    @rx.event
    async def save(self) -> AsyncGenerator[EventSpec | None, None]:
        """Create the course (new) or save the listing (edit)."""
        self._clear_feedback()
        if self.tag_query.strip():
            self._add_tag(self.tag_query)
        listing = self._listing()
        if listing is None:
            return
        user_id, roles = await _actor(self)
        try:
            data: CourseCreate | CourseUpdate = (
                CourseCreate(**listing)
                if self.is_new
                else CourseUpdate(
                    **listing,
                    # drafts that were never public follow their title; live links stay put
                    regenerate_slug=not self.slug_locked and self.title != self.saved_title,
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
        user_id, roles = await _actor(self)
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

    # ---- curriculum ------------------------------------------------------------------------

    async def _curriculum_change(self, change: Any) -> None:
        """Run one curriculum service call in a transaction, then show the new curriculum."""
        self.curriculum_error = ""
        user_id, roles = await _actor(self)
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
                data=LectureCreate(title=title),
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
        user_id, roles = await _actor(self)
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
            yield rx.redirect("/studio")
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
