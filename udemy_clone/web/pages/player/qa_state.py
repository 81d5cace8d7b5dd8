"""The player's Q&A panel: the course's questions, asking at the video's moment, answering,
upvotes, reports, and hiding for the course's instructor and admins."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import reflex as rx
from pydantic import ValidationError
from reflex.event import EventSpec

from udemy_clone.core import db
from udemy_clone.core.errors import DomainError
from udemy_clone.qa import service
from udemy_clone.qa.models import (
    ANSWER_MAX,
    BODY_MAX,
    QUERY_MAX,
    TITLE_MAX,
    AnswerCreate,
    PostKind,
    QaSort,
    QuestionCreate,
    QuestionDetail,
    QuestionPage,
    ReportCreate,
)
from udemy_clone.web.kit import routes
from udemy_clone.web.kit.form_errors import first_error
from udemy_clone.web.kit.format import clock
from udemy_clone.web.kit.quiet_state import QuietHydrate
from udemy_clone.web.kit.state import AuthState
from udemy_clone.web.kit.use_case import run_use_case
from udemy_clone.web.pages.player.qa_rows import AnswerRow, QuestionRow, answer_row, question_row
from udemy_clone.web.pages.player.state import PlayerState

# Reads the player's clock in the browser (the <video> carries id="lecture-video").
CURRENT_TIME_JS = "(document.getElementById('lecture-video') || {}).currentTime || 0"


def seek_js(seconds: float) -> str:
    """Script: move the video to `seconds`, play, and bring it into view."""
    return (
        "(() => { const v = document.getElementById('lecture-video');"
        f" if (v) {{ v.currentTime = {json.dumps(round(seconds, 1))};"
        " v.play().catch(() => {}); v.scrollIntoView({block: 'center', behavior: 'smooth'}); } })()"
    )


def _whole_seconds(value: object) -> int:
    try:
        seconds = float(value or 0)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 0
    return int(seconds) if seconds == seconds and 0 <= seconds < 86400 else 0


def _int(value: object) -> int:
    text = str(value or "")
    return int(text) if text.isascii() and text.isdigit() and len(text) < 10 else 0


# The database work of the panel's loading runs in worker threads (see AuthState._restore).


def _can_take_part(user_id: int, roles: list[str], course_id: int) -> bool:
    with db.read_session() as session:
        return service.can_take_part(
            session=session, user_id=user_id, roles=roles, course_id=course_id
        )


def _list_questions(
    user_id: int,
    roles: list[str],
    course_id: int,
    lecture_id: int | None,
    sort: QaSort,
    query: str,
) -> QuestionPage:
    with db.read_session() as session:
        return service.list_questions(
            session=session,
            user_id=user_id,
            roles=roles,
            course_id=course_id,
            lecture_id=lecture_id,
            sort=sort,
            q=query,
            page=1,
            page_size=50,
        )


def _get_question(user_id: int, roles: list[str], question_id: int) -> QuestionDetail:
    with db.read_session() as session:
        return service.get_question(
            session=session, user_id=user_id, roles=roles, question_id=question_id
        )


class QAState(QuietHydrate, rx.State):
    """Q&A of the open course, as the signed-in viewer may see it."""

    loaded: bool = False
    can_take_part: bool = False
    scope: str = "lecture"  # lecture | course
    sort: str = QaSort.recent.value
    query: str = ""
    questions: list[QuestionRow] = []
    total: int = 0
    list_error: str = ""
    # asking
    asking: bool = False
    draft_title: str = ""
    draft_body: str = ""
    attach_time: bool = True
    draft_position: int = 0
    ask_error: str = ""
    saving: bool = False
    # the open question
    open_id: int = 0
    current: QuestionRow = QuestionRow()
    answers: list[AnswerRow] = []
    can_moderate: bool = False
    answer_draft: str = ""
    answer_error: str = ""
    notice: str = ""
    # reporting
    report_open: bool = False
    report_kind: str = ""
    report_id: int = 0
    report_error: str = ""

    @rx.var
    def draft_stamp(self) -> str:
        return clock(self.draft_position)

    async def _viewer(self) -> tuple[int, list[str], int, int]:
        auth = await self.get_state(AuthState)
        player = await self.get_state(PlayerState)
        return auth.user_id, list(auth.roles), player.course_id, player.lecture_id

    async def _refresh(self) -> None:
        user_id, roles, course_id, lecture_id = await self._viewer()
        if not user_id or not course_id:
            self.questions, self.total = [], 0
            return
        try:
            page = await asyncio.to_thread(
                _list_questions,
                user_id,
                roles,
                course_id,
                lecture_id if self.scope == "lecture" else None,
                QaSort(self.sort),
                self.query,
            )
        except DomainError as exc:
            self.questions, self.total, self.list_error = [], 0, exc.message
            return
        self.list_error = ""
        self.questions = [question_row(q) for q in page.items]
        self.total = page.total

    async def _load_open(self) -> None:
        user_id, roles, _course_id, _lecture_id = await self._viewer()
        try:
            detail = await asyncio.to_thread(_get_question, user_id, roles, self.open_id)
        except DomainError as exc:
            self.open_id = 0
            self.list_error = exc.message
            return
        self.current = question_row(detail)
        self.answers = [answer_row(a) for a in detail.answers]
        self.can_moderate = detail.can_moderate

    @rx.event
    async def load(self) -> None:
        """After the player loaded: may the viewer take part; the lecture's questions; the
        question named by ?question= (a notification's link) opened."""
        await self._load()

    async def _load(self) -> None:
        self.loaded = False
        self.asking = False
        self.open_id = 0
        self.notice = self.ask_error = self.answer_error = self.list_error = ""
        self.draft_title = self.draft_body = self.answer_draft = ""
        user_id, roles, course_id, _lecture_id = await self._viewer()
        player = await self.get_state(PlayerState)
        if not user_id or not course_id or player.not_found:
            self.can_take_part, self.questions, self.loaded = False, [], True
            return
        self.can_take_part = await asyncio.to_thread(_can_take_part, user_id, roles, course_id)
        if self.can_take_part:
            await self._refresh()
            wanted = _int(self.router.page.params.get("question"))
            if wanted:
                self.open_id = wanted
                await self._load_open()
        self.loaded = True

    @rx.event
    async def set_scope(self, scope: str | list[str]) -> None:
        self.scope = "course" if scope == "course" else "lecture"
        await self._refresh()

    @rx.event
    async def set_sort(self, sort: str) -> None:
        self.sort = sort if sort in {s.value for s in QaSort} else QaSort.recent.value
        await self._refresh()

    @rx.event
    async def search(self, text: str) -> None:
        self.query = str(text)[:QUERY_MAX]
        await self._refresh()

    # ---- asking --------------------------------------------------------------------------

    @rx.event
    def start_ask(self) -> EventSpec:
        """Open the form, remembering the video's current moment for the question."""
        self.asking = True
        self.open_id = 0
        self.ask_error = ""
        self.attach_time = True
        return rx.call_script(CURRENT_TIME_JS, callback=QAState.set_draft_position)

    @rx.event
    def set_draft_position(self, seconds: Any) -> None:
        self.draft_position = _whole_seconds(seconds)

    @rx.event
    def cancel_ask(self) -> None:
        self.asking = False
        self.ask_error = ""

    @rx.event
    def set_draft_title(self, value: str) -> None:
        self.draft_title = value[: TITLE_MAX + 1]

    @rx.event
    def set_draft_body(self, value: str) -> None:
        self.draft_body = value[: BODY_MAX + 1]

    @rx.event
    def set_attach_time(self, value: bool) -> None:
        self.attach_time = bool(value)

    @rx.event
    async def submit_question(self) -> None:
        """Ask the drafted question on the open lecture (at the remembered moment if ticked)."""
        if self.saving:
            return
        user_id, roles, _course_id, lecture_id = await self._viewer()
        try:
            data = QuestionCreate(
                title=self.draft_title,
                body=self.draft_body,
                position_seconds=self.draft_position if self.attach_time else None,
            )
        except ValidationError as exc:
            self.ask_error = first_error(exc)
            return
        self.saving = True
        result = run_use_case(
            service.ask_question, user_id=user_id, roles=roles, lecture_id=lecture_id, data=data
        )
        self.saving = False
        if not result.ok:
            self.ask_error = result.error
            return
        self.asking = False
        self.draft_title = self.draft_body = self.ask_error = ""
        self.notice = "Your question is posted. You will be told when someone answers."
        await self._refresh()

    # ---- reading and answering -----------------------------------------------------------

    @rx.event
    async def open_question(self, question_id: int) -> None:
        self.open_id = int(question_id)
        self.asking = False
        self.answer_draft = self.answer_error = self.notice = ""
        await self._load_open()

    @rx.event
    async def close_question(self) -> None:
        self.open_id = 0
        self.notice = ""
        await self._refresh()

    @rx.event
    def set_answer_draft(self, value: str) -> None:
        self.answer_draft = value[: ANSWER_MAX + 1]

    @rx.event
    async def submit_answer(self) -> None:
        """Post the drafted answer to the open question."""
        user_id, roles, _course_id, _lecture_id = await self._viewer()
        try:
            data = AnswerCreate(body=self.answer_draft)
        except ValidationError as exc:
            self.answer_error = first_error(exc)
            return
        result = run_use_case(
            service.answer_question,
            user_id=user_id,
            roles=roles,
            question_id=self.open_id,
            data=data,
        )
        if not result.ok:
            self.answer_error = result.error
            return
        self.answer_draft = self.answer_error = ""
        await self._load_open()

    @rx.event
    async def seek(self, question_id: int) -> EventSpec | None:
        """The "at 3:21" of a question: seek the video, or open its lecture at that moment."""
        row = self.current if self.current.id == int(question_id) else None
        row = row or next((q for q in self.questions if q.id == int(question_id)), None)
        if row is None or not row.has_position:
            return None
        player = await self.get_state(PlayerState)
        if row.lecture_id == player.lecture_id:
            return rx.call_script(seek_js(row.position))
        href = routes.learn_url(player.course_slug, row.lecture_id)
        return rx.redirect(f"{href}?question={row.id}&t={row.position}")

    # ---- upvotes, reports, moderation ----------------------------------------------------

    async def _after_change(self) -> None:
        if self.open_id:
            await self._load_open()
        else:
            await self._refresh()

    async def _toggle(self, kind: PostKind, post_id: int) -> None:
        user_id, roles, _c, _l = await self._viewer()
        result = run_use_case(
            service.toggle_upvote, user_id=user_id, roles=roles, kind=kind, post_id=int(post_id)
        )
        if not result.ok:
            self.notice = result.error
        await self._after_change()

    @rx.event
    async def upvote_question(self, question_id: int) -> None:
        await self._toggle(PostKind.question, question_id)

    @rx.event
    async def upvote_answer(self, answer_id: int) -> None:
        await self._toggle(PostKind.answer, answer_id)

    @rx.event
    def open_report(self, kind: str, post_id: int) -> None:
        self.report_kind = PostKind(kind).value
        self.report_id = int(post_id)
        self.report_error = ""
        self.report_open = True

    @rx.event
    def set_report_open(self, value: bool) -> None:
        self.report_open = bool(value)

    @rx.event
    async def submit_report(self, form: dict[str, Any]) -> None:
        """Report the chosen question or answer with the reason written in the dialog."""
        user_id, roles, _c, _l = await self._viewer()
        try:
            data = ReportCreate(reason=str(form.get("reason", "")))
        except ValidationError as exc:
            self.report_error = first_error(exc)
            return
        result = run_use_case(
            service.report_post,
            user_id=user_id,
            roles=roles,
            kind=PostKind(self.report_kind),
            post_id=self.report_id,
            data=data,
        )
        if not result.ok:
            self.report_error = result.error
            return
        self.report_open = False
        self.notice = "Thanks: a moderator will look at it."
        await self._after_change()

    async def _set_hidden(self, kind: str, post_id: int, hidden: bool) -> None:
        user_id, roles, _c, _l = await self._viewer()
        result = run_use_case(
            service.set_hidden,
            user_id=user_id,
            roles=roles,
            kind=PostKind(kind),
            post_id=int(post_id),
            hidden=hidden,
        )
        self.notice = result.error or (
            "Hidden from students." if hidden else "Shown to students again."
        )
        await self._after_change()

    @rx.event
    async def hide(self, kind: str, post_id: int) -> None:
        await self._set_hidden(kind, post_id, True)

    @rx.event
    async def unhide(self, kind: str, post_id: int) -> None:
        await self._set_hidden(kind, post_id, False)
