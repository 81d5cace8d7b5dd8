"""The reviews section's state: list, filters, pages, the viewer's review, replies, reports."""

from __future__ import annotations

import asyncio
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
    RatingSummary,
    ReasonInput,
    ReplyCreate,
    ReviewCreate,
    ReviewPage,
    ReviewPublic,
    ReviewSort,
    ReviewUpdate,
)
from udemy_clone.web.kit.auth import current_path, current_user, login_redirect
from udemy_clone.web.kit.components import stars_percent
from udemy_clone.web.kit.form_errors import first_error
from udemy_clone.web.kit.format import rating_label
from udemy_clone.web.kit.quiet_state import QuietHydrate
from udemy_clone.web.kit.use_case import run_use_case
from udemy_clone.web.pages.course.reviews.rows import ReviewRow, StarBar, review_row, share

PAGE_SIZE = 10

SORT_LABELS: dict[str, str] = {
    ReviewSort.newest.value: "Newest",
    ReviewSort.highest.value: "Highest rated",
    ReviewSort.lowest.value: "Lowest rated",
    ReviewSort.helpful.value: "Most helpful",
}


def _fetch_reviews(
    *,
    course_id: int,
    sort: ReviewSort,
    star_filter: int,
    page: int,
    viewer_id: int,
    roles: list[str],
    query: str = "",
) -> tuple[RatingSummary, ReviewPage, ReviewPublic | None, str | None, int | None]:
    """Summary, one page, the viewer's review, why they may not review, the course owner.

    Run in a worker thread (see AuthState._restore)."""
    with db.read_session() as session:
        summary = service.rating_summary(
            session=session,
            course_id=course_id,
            viewer_id=viewer_id or None,
            viewer_roles=roles,
        )
        listed = service.list_reviews(
            session=session,
            course_id=course_id,
            sort=sort,
            rating=star_filter or None,
            q=query,
            page=page,
            page_size=PAGE_SIZE,
            viewer_id=viewer_id or None,
            viewer_roles=roles,
        )
        mine = None
        refusal: str | None = "Sign in to rate this course."
        owner_id = catalog_service.get_course(session=session, course_id=course_id).owner_id
        if viewer_id:
            mine = service.my_review(session=session, course_id=course_id, user_id=viewer_id)
            refusal = service.review_refusal(
                session=session, course_id=course_id, user_id=viewer_id
            )
    return summary, listed, mine, refusal, owner_id


class ReviewsState(QuietHydrate, rx.State):
    """The reviews section of one course: summary, list, and what this viewer may do."""

    course_id: int = 0
    loaded: bool = False
    unavailable: bool = False
    average_label: str = "New"
    average_stars: str = "0%"
    rating_count: int = 0
    bars: list[StarBar] = []
    reviews: list[ReviewRow] = []
    total: int = 0
    page: int = 1
    page_count: int = 1
    sort: str = ReviewSort.newest.value
    star_filter: int = 0
    # a search in the comments ("" = every review)
    query: str = ""
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
        if self.query:
            found = f"{self.total:,} review" if self.total == 1 else f"{self.total:,} reviews"
            return f"{found} mentioning “{self.query}”"
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

    async def _refresh(self, viewer_id: int, roles: list[str]) -> None:
        """Reload the summary, the current page and the viewer's own review."""
        self.signed_in = viewer_id > 0
        try:
            summary, page, mine, refusal, owner_id = await asyncio.to_thread(
                _fetch_reviews,
                course_id=self.course_id,
                sort=ReviewSort(self.sort),
                star_filter=self.star_filter,
                query=self.query,
                page=self.page,
                viewer_id=viewer_id,
                roles=roles,
            )
        except DomainError as exc:
            self.unavailable = True
            self.error = exc.message
            self.loaded = True
            return
        self.unavailable = False
        self.average_label = rating_label(summary.average, summary.count)
        self.average_stars = stars_percent(summary.average)
        self.rating_count = summary.count
        counts = {star: summary.distribution.get(str(star), 0) for star in range(1, 6)}
        self.bars = [
            StarBar(star=star, count=counts[star], percent=share(counts[star], summary.count))
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
        await self._refresh(auth.user_id, list(auth.roles))

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
        self.query = ""
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
    async def search(self, form: dict) -> None:
        """Show only reviews whose comment has every typed word (an empty box shows all)."""
        self.query = " ".join(str(form.get("q", "")).split())[:100]
        self.page = 1
        await self._reload()

    @rx.event
    async def clear_search(self) -> None:
        """Every review again."""
        self.query = ""
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
            self.form_error = first_error(exc)
            return
        except DomainError as exc:
            self.form_error = exc.message
            return
        self.dialog_open = False
        await self._refresh(auth.user_id, list(auth.roles))

    @rx.event
    async def delete_my_review(self) -> None:
        """Delete the viewer's review of this course."""
        auth = await current_user(self)
        if not auth.user_id or not self.has_mine:
            return
        result = run_use_case(
            service.delete_review,
            review_id=self.mine.id,
            actor_id=auth.user_id,
            actor_roles=list(auth.roles),
        )
        if not result.ok:
            self.error = result.error
            return
        self.notice = "Your review was deleted."
        self.dialog_open = False
        await self._refresh(auth.user_id, list(auth.roles))

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
        await self._refresh(auth.user_id, list(auth.roles))
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
            self.report_error = first_error(exc)
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
            self.reply_error = first_error(exc)
            return
        except DomainError as exc:
            self.reply_error = exc.message
            return
        self.reply_open = False
        self.notice = "Your reply is posted."
        await self._refresh(auth.user_id, list(auth.roles))

    @rx.event
    async def remove_reply(self, review_id: int) -> None:
        """Delete the instructor's reply."""
        auth = await current_user(self)
        result = run_use_case(
            service.delete_reply,
            review_id=int(review_id),
            actor_id=auth.user_id,
            actor_roles=list(auth.roles),
        )
        if not result.ok:
            self.error = result.error
            return
        self.notice = "Your reply was removed."
        await self._refresh(auth.user_id, list(auth.roles))

    @rx.event
    def dismiss_messages(self) -> None:
        """Hide the notice and the error."""
        self.notice = ""
        self.error = ""
