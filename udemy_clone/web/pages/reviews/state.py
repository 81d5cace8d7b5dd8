"""Reflex state of the reviews section, the "all reviews" page and the moderation page.

Handlers check input, call one function of `reviews.service` and set vars (STYLE rule 1).
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

import reflex as rx
from reflex.event import EventSpec

from udemy_clone.catalog import service as catalog_service
from udemy_clone.core import db
from udemy_clone.core.errors import DomainError
from udemy_clone.reviews import service
from udemy_clone.reviews.models import (
    COMMENT_MAX,
    REASON_MAX,
    REPLY_MAX,
    ModerationItem,
    ModerationStatus,
    ReasonInput,
    ReplyCreate,
    ReviewCreate,
    ReviewPublic,
    ReviewSort,
    ReviewUpdate,
)
from udemy_clone.web.kit import routes
from udemy_clone.web.kit.auth import current_path, current_user, login_redirect
from udemy_clone.web.kit.components import stars_percent
from udemy_clone.web.kit.format import format_date
from udemy_clone.web.kit.state import AuthState

PAGE_SIZE = 10
SORT_LABELS: dict[str, str] = {
    ReviewSort.newest.value: "Newest",
    ReviewSort.highest.value: "Highest rated",
    ReviewSort.lowest.value: "Lowest rated",
    ReviewSort.helpful.value: "Most helpful",
}


@dataclasses.dataclass
class ReviewRow:
    """A review as the section shows it."""

    id: int = 0
    author: str = ""
    initials: str = ""
    rating: int = 0
    stars: str = "0%"
    comment: str = ""
    date: str = ""
    progress_label: str = ""
    helpful_count: int = 0
    voted_helpful: bool = False
    is_mine: bool = False
    edited: bool = False
    has_reply: bool = False
    reply_author: str = ""
    reply_body: str = ""
    reply_date: str = ""
    hidden: bool = False
    hidden_reason: str = ""


@dataclasses.dataclass
class StarBar:
    """One line of the distribution: "5 stars ████░░ 62%"."""

    star: int = 0
    count: int = 0
    percent: str = "0%"


@dataclasses.dataclass
class ModerationRow:
    """A review in the admin queue."""

    review_id: int = 0
    course_title: str = ""
    course_href: str = ""
    author: str = ""
    rating: int = 0
    stars: str = "0%"
    comment: str = ""
    date: str = ""
    report_count: int = 0
    report_label: str = ""
    reports: list[str] = dataclasses.field(default_factory=list)
    hidden_reason: str = ""


def _initials(name: str) -> str:
    return "".join(part[0] for part in name.split()[:2]).upper() or "?"


def _share(part: int, whole: int) -> str:
    return f"{round(part * 100 / whole) if whole else 0}%"


def review_row(review: ReviewPublic) -> ReviewRow:
    """The display shape of a review."""
    progress = review.progress_percent
    if progress >= 100:
        progress_label = "Finished the course"
    elif progress > 0:
        progress_label = f"{progress}% through the course"
    else:
        progress_label = "Just started"
    reply = review.reply
    return ReviewRow(
        id=review.id,
        author=review.author.full_name,
        initials=_initials(review.author.full_name),
        rating=review.rating,
        stars=stars_percent(review.rating),
        comment=review.comment,
        date=format_date(review.created_at),
        progress_label=progress_label,
        helpful_count=review.helpful_count,
        voted_helpful=review.voted_helpful,
        is_mine=review.is_mine,
        edited=review.edited,
        has_reply=reply is not None,
        reply_author=reply.instructor.full_name if reply else "",
        reply_body=reply.body if reply else "",
        reply_date=format_date(reply.updated_at) if reply else "",
        hidden=review.is_hidden,
        hidden_reason=review.hidden_reason or "",
    )


class ReviewsState(rx.State):
    """The reviews section of one course: summary, list, and what this viewer may do."""

    course_id: int = 0
    loaded: bool = False
    unavailable: bool = False
    average_label: str = "0.0"
    average_stars: str = "0%"
    rating_count: int = 0
    bars: list[StarBar] = []
    reviews: list[ReviewRow] = []
    total: int = 0
    page: int = 1
    page_count: int = 1
    sort: str = ReviewSort.newest.value
    star_filter: int = 0
    # what this viewer may do
    signed_in: bool = False
    can_review: bool = False
    is_course_instructor: bool = False
    has_mine: bool = False
    mine: ReviewRow = ReviewRow()
    notice: str = ""
    error: str = ""
    # the "Leave a rating" / "Edit your review" dialog
    dialog_open: bool = False
    draft_rating: int = 0
    draft_comment: str = ""
    form_error: str = ""
    # the instructor's reply dialog and the report dialog
    reply_open: bool = False
    reply_review_id: int = 0
    reply_draft: str = ""
    reply_error: str = ""
    report_open: bool = False
    report_review_id: int = 0
    report_error: str = ""

    @rx.var
    def count_label(self) -> str:
        n = self.rating_count
        return f"{n:,} rating" if n == 1 else f"{n:,} ratings"

    @rx.var
    def total_label(self) -> str:
        if self.star_filter:
            return (
                f"{self.total:,} with {self.star_filter} star{'s' if self.star_filter > 1 else ''}"
            )
        return f"{self.total:,} review" if self.total == 1 else f"{self.total:,} reviews"

    @rx.var
    def sort_label(self) -> str:
        return SORT_LABELS.get(self.sort, "Newest")

    @rx.var
    def draft_rating_label(self) -> str:
        labels = ["Select a rating", "Awful", "Poor", "Average", "Good", "Amazing"]
        return labels[self.draft_rating] if 0 <= self.draft_rating <= 5 else labels[0]

    def _refresh(self, viewer_id: int, roles: list[str]) -> None:
        """Reload the summary, the current page and the viewer's own review."""
        self.signed_in = viewer_id > 0
        try:
            with db.read_session() as session:
                summary = service.rating_summary(
                    session=session,
                    course_id=self.course_id,
                    viewer_id=viewer_id or None,
                    viewer_roles=roles,
                )
                page = service.list_reviews(
                    session=session,
                    course_id=self.course_id,
                    sort=ReviewSort(self.sort),
                    rating=self.star_filter or None,
                    page=self.page,
                    page_size=PAGE_SIZE,
                    viewer_id=viewer_id or None,
                    viewer_roles=roles,
                )
                mine = None
                refusal: str | None = "Sign in to rate this course."
                owner_id = catalog_service.get_course(
                    session=session, course_id=self.course_id
                ).owner_id
                if viewer_id:
                    mine = service.my_review(
                        session=session, course_id=self.course_id, user_id=viewer_id
                    )
                    refusal = service.review_refusal(
                        session=session, course_id=self.course_id, user_id=viewer_id
                    )
        except DomainError as exc:
            self.unavailable = True
            self.error = exc.message
            self.loaded = True
            return
        self.unavailable = False
        self.average_label = f"{summary.average:.1f}"
        self.average_stars = stars_percent(summary.average)
        self.rating_count = summary.count
        counts = {star: summary.distribution.get(str(star), 0) for star in range(1, 6)}
        self.bars = [
            StarBar(star=star, count=counts[star], percent=_share(counts[star], summary.count))
            for star in range(5, 0, -1)
        ]
        self.reviews = [review_row(r) for r in page.items]
        self.total = page.total
        self.page_count = max(1, -(-page.total // PAGE_SIZE))
        self.has_mine = mine is not None
        self.mine = review_row(mine) if mine is not None else ReviewRow()
        self.can_review = mine is None and refusal is None
        self.is_course_instructor = bool(viewer_id) and viewer_id == owner_id
        self.loaded = True

    async def _reload(self) -> None:
        auth = await current_user(self)
        self._refresh(auth.user_id, list(auth.roles))

    @rx.event
    async def load_course_reviews(self, course_id: int) -> None:
        """Show the reviews of this course (first page, newest first)."""
        try:
            self.course_id = int(course_id)
        except (TypeError, ValueError):
            self.course_id = 0
        self.loaded = False
        self.page = 1
        self.sort = ReviewSort.newest.value
        self.star_filter = 0
        self.notice = ""
        self.error = ""
        self.dialog_open = self.reply_open = self.report_open = False
        if self.course_id <= 0:
            self.unavailable = True
            self.loaded = True
            return
        await self._reload()

    @rx.event
    async def set_sort(self, value: str) -> None:
        """Order the reviews: newest, highest, lowest or most helpful first."""
        self.sort = value if value in SORT_LABELS else ReviewSort.newest.value
        self.page = 1
        await self._reload()

    @rx.event
    async def toggle_star_filter(self, star: int) -> None:
        """Show only reviews with this many stars (clicking the same level again shows all)."""
        star = int(star) if str(star).isdigit() else 0
        self.star_filter = 0 if star == self.star_filter or not 1 <= star <= 5 else star
        self.page = 1
        await self._reload()

    @rx.event
    async def go_to_page(self, page: int) -> None:
        """Another page of reviews."""
        self.page = max(1, min(self.page_count, int(page)))
        await self._reload()

    # ---- writing, editing and deleting one's own review ----------------------------------------

    @rx.event
    async def open_review_dialog(self) -> EventSpec | None:
        """Open the rating dialog, filled with the viewer's review when editing."""
        auth = await current_user(self)
        if not auth.user_id:
            return login_redirect(current_path(self))
        self.form_error = ""
        self.draft_rating = self.mine.rating if self.has_mine else 0
        self.draft_comment = self.mine.comment if self.has_mine else ""
        self.dialog_open = True
        return None

    @rx.event
    def set_dialog_open(self, value: bool) -> None:
        """The rating dialog was opened or closed."""
        self.dialog_open = bool(value)

    @rx.event
    def pick_rating(self, star: int) -> None:
        """A star of the picker was chosen."""
        self.draft_rating = max(0, min(5, int(star)))
        self.form_error = ""

    @rx.event
    async def submit_review(self, form: dict[str, Any]) -> None:
        """Save the rating and comment (new review, or the viewer's edited one)."""
        auth = await current_user(self)
        if not auth.user_id:
            self.form_error = "Sign in to rate this course."
            return
        comment = str(form.get("comment", ""))
        self.draft_comment = comment[: COMMENT_MAX + 200]
        if not 1 <= self.draft_rating <= 5:
            self.form_error = "Choose from 1 to 5 stars."
            return
        try:
            if self.has_mine:
                update = ReviewUpdate(rating=self.draft_rating, comment=self.draft_comment)
                with db.transaction() as session:
                    service.update_review(
                        session=session, review_id=self.mine.id, actor_id=auth.user_id, data=update
                    )
                self.notice = "Your review was updated."
            else:
                create = ReviewCreate(rating=self.draft_rating, comment=self.draft_comment)
                with db.transaction() as session:
                    service.create_review(
                        session=session,
                        course_id=self.course_id,
                        author_id=auth.user_id,
                        data=create,
                    )
                self.notice = "Thanks! Your review is posted."
        except ValueError as exc:  # pydantic's ValidationError: the comment's length
            self.form_error = _first_error(exc)
            return
        except DomainError as exc:
            self.form_error = exc.message
            return
        self.dialog_open = False
        self._refresh(auth.user_id, list(auth.roles))

    @rx.event
    async def delete_my_review(self) -> None:
        """Delete the viewer's review of this course."""
        auth = await current_user(self)
        if not auth.user_id or not self.has_mine:
            return
        try:
            with db.transaction() as session:
                service.delete_review(
                    session=session,
                    review_id=self.mine.id,
                    actor_id=auth.user_id,
                    actor_roles=list(auth.roles),
                )
        except DomainError as exc:
            self.error = exc.message
            return
        self.notice = "Your review was deleted."
        self.dialog_open = False
        self._refresh(auth.user_id, list(auth.roles))

    # ---- helpful votes and reports -------------------------------------------------------------

    @rx.event
    async def toggle_helpful(self, review_id: int) -> EventSpec | None:
        """Mark a review helpful, or take the vote back."""
        auth = await current_user(self)
        if not auth.user_id:
            return login_redirect(current_path(self))
        review_id = int(review_id)
        voted = any(r.voted_helpful for r in self.reviews if r.id == review_id)
        try:
            with db.transaction() as session:
                if voted:
                    service.unmark_helpful(
                        session=session, review_id=review_id, user_id=auth.user_id
                    )
                else:
                    service.mark_helpful(session=session, review_id=review_id, user_id=auth.user_id)
        except DomainError as exc:
            self.error = exc.message
        self._refresh(auth.user_id, list(auth.roles))
        return None

    @rx.event
    async def open_report(self, review_id: int) -> EventSpec | None:
        """Open the report dialog for a review."""
        auth = await current_user(self)
        if not auth.user_id:
            return login_redirect(current_path(self))
        self.report_review_id = int(review_id)
        self.report_error = ""
        self.report_open = True
        return None

    @rx.event
    def set_report_open(self, value: bool) -> None:
        """The report dialog was opened or closed."""
        self.report_open = bool(value)

    @rx.event
    async def submit_report(self, form: dict[str, Any]) -> None:
        """Report the review as abusive."""
        auth = await current_user(self)
        if not auth.user_id:
            self.report_error = "Sign in to report a review."
            return
        try:
            data = ReasonInput(reason=str(form.get("reason", ""))[: REASON_MAX + 200])
            with db.transaction() as session:
                service.report_review(
                    session=session,
                    review_id=self.report_review_id,
                    reporter_id=auth.user_id,
                    data=data,
                )
        except ValueError as exc:
            self.report_error = _first_error(exc)
            return
        except DomainError as exc:
            self.report_error = exc.message
            return
        self.report_open = False
        self.notice = "Thanks for telling us. A moderator will look at this review."

    # ---- the instructor's reply ----------------------------------------------------------------

    @rx.event
    def open_reply(self, review_id: int) -> None:
        """Open the reply dialog for a review (filled with the existing reply)."""
        self.reply_review_id = int(review_id)
        existing = next((r for r in self.reviews if r.id == self.reply_review_id), None)
        self.reply_draft = existing.reply_body if existing else ""
        self.reply_error = ""
        self.reply_open = True

    @rx.event
    def set_reply_open(self, value: bool) -> None:
        """The reply dialog was opened or closed."""
        self.reply_open = bool(value)

    @rx.event
    async def submit_reply(self, form: dict[str, Any]) -> None:
        """Post or replace the instructor's reply."""
        auth = await current_user(self)
        if not auth.user_id:
            self.reply_error = "Sign in to reply."
            return
        self.reply_draft = str(form.get("body", ""))[: REPLY_MAX + 200]
        try:
            data = ReplyCreate(body=self.reply_draft)
            with db.transaction() as session:
                service.reply_to_review(
                    session=session,
                    review_id=self.reply_review_id,
                    actor_id=auth.user_id,
                    data=data,
                )
        except ValueError as exc:
            self.reply_error = _first_error(exc)
            return
        except DomainError as exc:
            self.reply_error = exc.message
            return
        self.reply_open = False
        self.notice = "Your reply is posted."
        self._refresh(auth.user_id, list(auth.roles))

    @rx.event
    async def remove_reply(self, review_id: int) -> None:
        """Delete the instructor's reply."""
        auth = await current_user(self)
        try:
            with db.transaction() as session:
                service.delete_reply(
                    session=session,
                    review_id=int(review_id),
                    actor_id=auth.user_id,
                    actor_roles=list(auth.roles),
                )
        except DomainError as exc:
            self.error = exc.message
            return
        self.notice = "Your reply was removed."
        self._refresh(auth.user_id, list(auth.roles))

    @rx.event
    def dismiss_messages(self) -> None:
        """Hide the notice and the error."""
        self.notice = ""
        self.error = ""


def _first_error(exc: Exception) -> str:
    errors = getattr(exc, "errors", None)
    if callable(errors):
        for error in errors():
            return str(error.get("msg", "Check what you wrote.")).removeprefix("Value error, ")
    return "Check what you wrote."


_REVIEWS_PATH = re.compile(r"^/course/([^/?#]+)/reviews")


class CourseReviewsPageState(rx.State):
    """The "all reviews" page of a course (/course/[slug]/reviews)."""

    course_id: int = 0
    course_title: str = ""
    course_href: str = ""
    found: bool = True

    @rx.event
    async def load(self) -> None:
        """Find the course from the address; the section loads its reviews when shown."""
        auth = await current_user(self)
        match = _REVIEWS_PATH.match(self.router.url.path or "")
        slug = match.group(1)[:100] if match else ""
        try:
            with db.read_session() as session:
                course = catalog_service.get_course_detail(
                    session=session,
                    id_or_slug=slug,
                    viewer_id=auth.user_id or None,
                    viewer_roles=list(auth.roles),
                )
        except DomainError:
            self.found = False
            self.course_id = 0
            return
        self.found = True
        self.course_id = course.id
        self.course_title = course.title
        self.course_href = routes.course_url(course.slug)


def moderation_row(item: ModerationItem) -> ModerationRow:
    """The display shape of a review in the moderation queue."""
    return ModerationRow(
        review_id=item.review.id,
        course_title=item.course.title,
        course_href=routes.course_reviews_url(item.course.slug),
        author=item.review.author.full_name,
        rating=item.review.rating,
        stars=stars_percent(item.review.rating),
        comment=item.review.comment,
        date=format_date(item.review.created_at),
        report_count=item.open_report_count,
        report_label=f"{item.open_report_count} open report"
        + ("" if item.open_report_count == 1 else "s"),
        reports=[f"{r.reporter.full_name}: {r.reason}" for r in item.reports],
        hidden_reason=item.review.hidden_reason or "",
    )


class AdminReviewsState(rx.State):
    """The moderation queue: reported reviews to hide or keep, hidden ones to restore."""

    status: str = ModerationStatus.reported.value
    items: list[ModerationRow] = []
    total: int = 0
    notice: str = ""
    error: str = ""
    hide_open: bool = False
    hide_review_id: int = 0
    hide_error: str = ""

    async def _admin(self) -> AuthState | None:
        auth = await current_user(self)
        return auth if auth.is_admin else None

    def _refresh(self, roles: list[str]) -> None:
        with db.read_session() as session:
            items, total = service.moderation_queue(
                session=session,
                actor_roles=roles,
                status=ModerationStatus(self.status),
                page=1,
                page_size=100,
            )
        self.items = [moderation_row(item) for item in items]
        self.total = total

    @rx.event
    async def load(self) -> None:
        """On load (after AuthState.require_admin): the reported reviews."""
        auth = await self._admin()
        if auth is None:
            return
        self.notice = self.error = ""
        self._refresh(list(auth.roles))

    @rx.event
    async def show(self, status: str | list[str]) -> None:
        """Switch between reported and hidden reviews."""
        auth = await self._admin()
        if auth is None:
            return
        chosen = status[0] if isinstance(status, list) and status else status
        valid = {s.value for s in ModerationStatus}
        self.status = chosen if isinstance(chosen, str) and chosen in valid else "reported"
        self._refresh(list(auth.roles))

    @rx.event
    def open_hide(self, review_id: int) -> None:
        """Ask for the reason before hiding a review."""
        self.hide_review_id = int(review_id)
        self.hide_error = ""
        self.hide_open = True

    @rx.event
    def set_hide_open(self, value: bool) -> None:
        """The hide dialog was opened or closed."""
        self.hide_open = bool(value)

    @rx.event
    async def submit_hide(self, form: dict[str, Any]) -> None:
        """Hide the review with the reason its author will see."""
        auth = await self._admin()
        if auth is None:
            return
        try:
            data = ReasonInput(reason=str(form.get("reason", ""))[: REASON_MAX + 200])
            with db.transaction() as session:
                service.hide_review(
                    session=session,
                    review_id=self.hide_review_id,
                    actor_roles=list(auth.roles),
                    data=data,
                )
        except ValueError as exc:
            self.hide_error = _first_error(exc)
            return
        except DomainError as exc:
            self.hide_error = exc.message
            return
        self.hide_open = False
        self.notice = "The review is hidden; its author sees your reason."
        self._refresh(list(auth.roles))

    @rx.event
    async def restore(self, review_id: int) -> None:
        """Show a hidden review again, or keep a reported one and dismiss its reports."""
        auth = await self._admin()
        if auth is None:
            return
        try:
            with db.transaction() as session:
                service.restore_review(
                    session=session, review_id=int(review_id), actor_roles=list(auth.roles)
                )
        except DomainError as exc:
            self.error = exc.message
            return
        self.notice = (
            "The review is visible again."
            if self.status == ModerationStatus.hidden.value
            else "Reports dismissed; the review stays up."
        )
        self._refresh(list(auth.roles))
