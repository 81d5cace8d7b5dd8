"""My learning's state: the course to continue, filters, sort, archive and the student's lists."""

from __future__ import annotations

import reflex as rx
from reflex.event import EventSpec

from udemy_clone.core import db
from udemy_clone.core.errors import DomainError
from udemy_clone.playback import service as playback_service
from udemy_clone.playback.library_models import LIST_NAME_MAX, LearningFilter, LearningSort
from udemy_clone.web.kit.auth import current_path, current_user, login_redirect
from udemy_clone.web.kit.quiet_state import QuietHydrate
from udemy_clone.web.kit.use_case import run_use_case
from udemy_clone.web.pages.certificate.rows import CertificateRow, certificate_row
from udemy_clone.web.pages.learning.rows import (
    EnrolledCourse,
    ListRow,
    ResumeRow,
    learning_cards,
    list_rows,
    resume_row,
)

FILTERS = tuple(f.value for f in LearningFilter)
SORTS = tuple(s.value for s in LearningSort)
ALL_LISTS = "all"


class MyCoursesState(QuietHydrate, rx.State):
    """The courses the student is enrolled in, as My learning shows them."""

    courses: list[EnrolledCourse] = []
    certificates: list[CertificateRow] = []
    lists: list[ListRow] = []
    resume: ResumeRow = ResumeRow()
    has_resume: bool = False
    archived_count: int = 0
    total_enrolled: int = 0
    loaded: bool = False
    which: str = LearningFilter.all.value
    sort: str = LearningSort.recent.value
    list_choice: str = ALL_LISTS  # a list's id as text, or "all"
    query: str = ""
    error: str = ""
    # the list dialog: "create", "rename" or "" (closed); a course to add to the new list
    list_dialog: str = ""
    list_name: str = ""
    list_error: str = ""
    list_for_course: int = 0
    confirm_delete_list: bool = False

    @rx.var
    def chosen_list_name(self) -> str:
        for row in self.lists:
            if row.value == self.list_choice:
                return row.name
        return ""

    def _list_id(self) -> int | None:
        return int(self.list_choice) if self.list_choice.isdigit() else None

    async def _user_id(self) -> int:
        auth = await current_user(self)
        return auth.user_id

    def _load(self, user_id: int) -> None:
        try:
            with db.read_session() as session:
                view = playback_service.my_learning(
                    session=session,
                    user_id=user_id,
                    which=LearningFilter(self.which),
                    sort=LearningSort(self.sort),
                    list_id=self._list_id(),
                    query=self.query,
                )
        except DomainError as exc:
            # the chosen list was deleted in another tab: say so and show every course again
            self.error = exc.message
            if self.list_choice != ALL_LISTS:
                self.list_choice = ALL_LISTS
                self._load(user_id)
            return
        with db.read_session() as session:
            certificates = playback_service.my_certificates(session=session, user_id=user_id)
        self.certificates = [certificate_row(c) for c in certificates]
        self.courses = learning_cards(view.courses)
        self.lists = list_rows(view.lists)
        resume = resume_row(view.resume)
        self.has_resume = resume is not None
        self.resume = resume or ResumeRow()
        self.archived_count = view.archived_count
        self.total_enrolled = view.total_enrolled
        self.loaded = True

    async def _reload(self) -> None:
        user_id = await self._user_id()
        if user_id:
            self._load(user_id)

    @rx.event
    async def load(self) -> EventSpec | None:
        """On load of /my-courses."""
        auth = await current_user(self)
        if not auth.user_id:
            return login_redirect(current_path(self))
        self.error = ""
        self._load(auth.user_id)
        return None

    @rx.event
    async def choose_filter(self, value: str) -> None:
        """All, in progress, not started, completed, archived."""
        self.which = value if value in FILTERS else LearningFilter.all.value
        await self._reload()

    @rx.event
    async def choose_sort(self, value: str) -> None:
        """Recently accessed, title, progress."""
        self.sort = value if value in SORTS else LearningSort.recent.value
        await self._reload()

    @rx.event
    async def choose_list(self, value: str) -> None:
        """Show one of the student's lists (or every course)."""
        self.list_choice = value if value.isdigit() else ALL_LISTS
        self.confirm_delete_list = False
        await self._reload()

    @rx.event
    async def search(self, value: str) -> None:
        """The search box: title or instructor contains the text."""
        self.query = value[:100]
        await self._reload()

    # ---- archive -----------------------------------------------------------------------

    @rx.event
    async def archive(self, course_id: int) -> EventSpec | None:
        """Put a course away (Archived shows it)."""
        user_id = await self._user_id()
        result = run_use_case(
            playback_service.archive_course, user_id=user_id, course_id=int(course_id)
        )
        self.error = result.error
        self._load(user_id)
        return rx.toast.info("Course archived. Find it under Archived.") if result.ok else None

    @rx.event
    async def unarchive(self, course_id: int) -> EventSpec | None:
        """Bring an archived course back."""
        user_id = await self._user_id()
        result = run_use_case(
            playback_service.unarchive_course, user_id=user_id, course_id=int(course_id)
        )
        self.error = result.error
        self._load(user_id)
        return rx.toast.success("Course back in My learning.") if result.ok else None

    # ---- lists -------------------------------------------------------------------------

    @rx.event
    def open_create_list(self, course_id: int = 0) -> None:
        """ "New list" (from the toolbar, or a card's menu to put that course in it)."""
        self.list_dialog, self.list_name, self.list_error = "create", "", ""
        self.list_for_course = int(course_id)

    @rx.event
    def open_rename_list(self) -> None:
        """Rename the list shown."""
        self.list_dialog, self.list_name, self.list_error = "rename", self.chosen_list_name, ""

    @rx.event
    def close_list_dialog(self, open_: bool = False) -> None:
        """Cancel the list dialog."""
        if not open_:
            self.list_dialog = ""

    @rx.event
    def set_list_name(self, value: str) -> None:
        """Typed in the list name box."""
        self.list_name = value[:LIST_NAME_MAX]
        self.list_error = ""

    @rx.event
    async def save_list(self, form: dict | None = None) -> EventSpec | None:
        """Create or rename the list with the typed name."""
        user_id = await self._user_id()
        name = " ".join(self.list_name.split())
        if not name:
            self.list_error = "Give the list a name."
            return None
        if self.list_dialog == "rename" and self._list_id() is not None:
            result = run_use_case(
                playback_service.rename_list, user_id=user_id, list_id=self._list_id(), name=name
            )
        else:
            result = run_use_case(
                playback_service.create_list,
                user_id=user_id,
                name=name,
                course_id=self.list_for_course or None,
            )
        if not result.ok:
            self.list_error = result.error
            return None
        self.list_dialog = ""
        self._load(user_id)
        return rx.toast.success(f"List “{name}” saved.")

    @rx.event
    def ask_delete_list(self, value: bool = True) -> None:
        """The Delete list button: ask first."""
        self.confirm_delete_list = bool(value)

    @rx.event
    async def delete_list(self) -> EventSpec | None:
        """Delete the list shown (its courses stay yours)."""
        user_id = await self._user_id()
        list_id = self._list_id()
        if list_id is None:
            return None
        name = self.chosen_list_name
        result = run_use_case(playback_service.delete_list, user_id=user_id, list_id=list_id)
        self.confirm_delete_list = False
        self.error = result.error
        self.list_choice = ALL_LISTS
        self._load(user_id)
        return rx.toast.info(f"List “{name}” deleted.") if result.ok else None

    @rx.event
    async def toggle_in_list(self, list_id: int, course_id: int) -> None:
        """A card menu's list entry: add the course to the list, or take it out."""
        user_id = await self._user_id()
        inside = any(
            row.id == int(list_id) and int(course_id) in row.course_ids for row in self.lists
        )
        action = playback_service.remove_from_list if inside else playback_service.add_to_list
        result = run_use_case(
            action,
            user_id=user_id,
            list_id=int(list_id),
            course_id=int(course_id),
        )
        self.error = result.error
        self._load(user_id)
