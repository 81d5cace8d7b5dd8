"""Review moderation state: the queue by status, hide with a reason, restore."""

from __future__ import annotations

from typing import Any

import reflex as rx

from udemy_clone.core import db
from udemy_clone.core.errors import DomainError
from udemy_clone.reviews import service
from udemy_clone.reviews.models import (
    REASON_MAX,
    ModerationStatus,
    ReasonInput,
)
from udemy_clone.web.kit.auth import current_user
from udemy_clone.web.kit.form_errors import first_error
from udemy_clone.web.kit.state import AuthState
from udemy_clone.web.kit.use_case import run_use_case
from udemy_clone.web.pages.admin.moderation_rows import ModerationRow, moderation_row


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
            self.hide_error = first_error(exc)
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
        result = run_use_case(
            service.restore_review, review_id=int(review_id), actor_roles=list(auth.roles)
        )
        if not result.ok:
            self.error = result.error
            return
        self.notice = (
            "The review is visible again."
            if self.status == ModerationStatus.hidden.value
            else "Reports dismissed; the review stays up."
        )
        self._refresh(list(auth.roles))
