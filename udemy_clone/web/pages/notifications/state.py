"""Reflex state of the bell, the notification page, preferences, follow buttons, admin emails."""

from __future__ import annotations

import asyncio

import reflex as rx
from reflex.event import EventSpec

from udemy_clone.core import db
from udemy_clone.core.errors import DomainError
from udemy_clone.notifications import emails, push, service
from udemy_clone.notifications.models import (
    PREFERENCE_KINDS,
    FollowKind,
    PreferencesUpdate,
)
from udemy_clone.web.kit.auth import current_path, login_redirect
from udemy_clone.web.kit.quiet_state import QuietHydrate
from udemy_clone.web.kit.state import AuthState, safe_next
from udemy_clone.web.kit.state_prefetch import prefetch_states
from udemy_clone.web.pages.notifications.rows import (
    EmailRow,
    NotificationRow,
    PreferenceRow,
    email_rows,
    notification_rows,
    preference_rows,
)

BELL_SIZE = 8
PAGE_SIZE = 20


def load_bell(user_id: int) -> tuple[int, list[NotificationRow]]:
    """The unread count and the latest notifications of a user."""
    with db.read_session() as session:
        count = service.unread_count(session=session, user_id=user_id)
        latest, _total = service.list_notifications(
            session=session, user_id=user_id, page_size=BELL_SIZE
        )
    return count, notification_rows(latest)


# The database work of the handlers below runs in worker threads (see AuthState._restore).


def _register_and_load_bell(user_id: int, client_token: str) -> tuple[int, list[NotificationRow]]:
    push.register_tab(user_id=user_id, client_token=client_token)
    return load_bell(user_id)


def _mark_read(user_id: int, notification_id: int) -> None:
    try:
        with db.transaction() as session:
            service.mark_read(
                session=session, user_id=user_id, notification_id=int(notification_id)
            )
    except (DomainError, ValueError):
        pass


def _mark_read_and_load_bell(
    user_id: int, notification_id: int
) -> tuple[int, list[NotificationRow]]:
    _mark_read(user_id, notification_id)
    return load_bell(user_id)


def _read_all_and_load_bell(user_id: int) -> tuple[int, list[NotificationRow]]:
    with db.transaction() as session:
        service.mark_all_read(session=session, user_id=user_id)
    return load_bell(user_id)


def _notification_page(
    user_id: int, unread_only: bool, page: int
) -> tuple[list[NotificationRow], int]:
    with db.read_session() as session:
        notes, total = service.list_notifications(
            session=session,
            user_id=user_id,
            unread_only=unread_only,
            page=page,
            page_size=PAGE_SIZE,
        )
    return notification_rows(notes), total


class NotificationBellState(rx.State):
    """The bell in the header: unread count and latest notifications; live-updated."""

    unread: int = 0
    latest: list[NotificationRow] = []
    loaded_for: str = ""  # the AuthState.counts_key the bell was loaded for

    @rx.var
    def badge(self) -> str:
        return "99+" if self.unread > 99 else str(self.unread)

    @rx.event
    async def connect(self) -> None:
        """Remember this tab for live pushes and load the bell (asked for by the header only
        when `loaded_for` is not the tab's AuthState.counts_key; live push keeps it current)."""
        auth = await self.get_state(AuthState)
        self.loaded_for = auth.counts_key
        if not auth.user_id:
            self.unread, self.latest = 0, []
            return
        self.unread, self.latest = await asyncio.to_thread(
            _register_and_load_bell, auth.user_id, self.router.session.client_token
        )

    @rx.event
    async def open_item(self, notification_id: int, link: str) -> EventSpec | None:
        """Mark the notification read and go where it points."""
        auth = await self.get_state(AuthState)
        if not auth.user_id:
            return login_redirect(current_path(self))
        self.unread, self.latest = await asyncio.to_thread(
            _mark_read_and_load_bell, auth.user_id, notification_id
        )
        return rx.redirect(safe_next(link))

    @rx.event
    async def read_all(self) -> None:
        """Mark everything read."""
        auth = await self.get_state(AuthState)
        if not auth.user_id:
            return
        self.unread, self.latest = await asyncio.to_thread(_read_all_and_load_bell, auth.user_id)
        page = await self.get_state(NotificationsPageState)
        if page.items:
            await page._load(auth.user_id)


class NotificationsPageState(QuietHydrate, rx.State):
    """/notifications: every notification, newest first, filter unread, pages of 20."""

    items: list[NotificationRow] = []
    total: int = 0
    page: int = 1
    unread_only: bool = False

    @rx.var
    def pages(self) -> int:
        return max(1, -(-self.total // PAGE_SIZE))

    async def _load(self, user_id: int) -> None:
        self.items, self.total = await asyncio.to_thread(
            _notification_page, user_id, self.unread_only, self.page
        )

    @rx.event
    async def load(self) -> EventSpec | None:
        """On page load: sign-in check, first page."""
        auth = await self.get_state(AuthState)
        redirect = await auth.ensure_signed_in()
        if redirect is not None:
            return redirect
        self.page = 1
        await self._load(auth.user_id)
        return None

    @rx.event
    async def set_filter(self, value: str | list[str]) -> None:
        """'all' or 'unread'."""
        auth = await self.get_state(AuthState)
        self.unread_only = value == "unread"
        self.page = 1
        await self._load(auth.user_id)

    @rx.event
    async def go_to_page(self, page: int) -> None:
        """Show another page."""
        auth = await self.get_state(AuthState)
        self.page = min(max(1, int(page)), self.pages)
        await self._load(auth.user_id)

    @rx.event
    async def mark_read(self, notification_id: int) -> None:
        """Mark one read without leaving the page."""
        await prefetch_states(self, AuthState, NotificationBellState)  # one Redis read
        auth = await self.get_state(AuthState)
        bell_unread, bell_latest = await asyncio.to_thread(
            _mark_read_and_load_bell, auth.user_id, notification_id
        )
        await self._load(auth.user_id)
        bell = await self.get_state(NotificationBellState)
        bell.unread, bell.latest = bell_unread, bell_latest


class PreferencesState(rx.State):
    """The account page's notification preferences card."""

    prefs: dict[str, bool] = {}
    saved: str = ""

    # only the kinds that apply to the person's roles (a student sees no "course sold")
    rows: list[PreferenceRow] = preference_rows(PREFERENCE_KINDS)

    @rx.event
    async def load(self) -> None:
        """On mount: the user's current choices."""
        auth = await self.get_state(AuthState)
        if not auth.user_id:
            return
        self.rows = preference_rows(service.preference_kinds_for_roles(auth.roles))
        with db.read_session() as session:
            self.prefs = service.get_preferences(session=session, user_id=auth.user_id).model_dump()
        self.saved = ""

    @rx.event
    async def toggle(self, name: str, value: bool) -> None:
        """Switch one channel of one kind on or off (saved at once)."""
        auth = await self.get_state(AuthState)
        if not auth.user_id or name not in PreferencesUpdate.model_fields:
            return
        with db.transaction() as session:
            self.prefs = service.update_preferences(
                session=session,
                user_id=auth.user_id,
                data=PreferencesUpdate.model_validate({name: bool(value)}),
            ).model_dump()
        self.saved = "Saved."


class FollowState(rx.State):
    """Follow buttons: keyed 'category:12' / 'instructor:7'."""

    following: dict[str, bool] = {}
    followers: dict[str, int] = {}
    error: str = ""

    @rx.event
    async def load_follow(self, kind: str, target_id: int | str) -> None:
        """On mount of a button: does the signed-in user follow this?"""
        try:
            follow_kind, target = FollowKind(kind), int(target_id)
        except ValueError:
            return
        auth = await self.get_state(AuthState)
        with db.read_session() as session:
            status = service.follow_status(
                session=session, user_id=auth.user_id or None, kind=follow_kind, target_id=target
            )
        key = f"{kind}:{target}"
        self.following[key] = status.following
        self.followers[key] = status.followers

    @rx.event
    async def toggle_follow(self, kind: str, target_id: int | str) -> EventSpec | None:
        """Follow or unfollow; signed-out visitors are sent to sign in first."""
        auth = await self.get_state(AuthState)
        if not auth.user_id:
            return login_redirect(current_path(self))
        try:
            follow_kind, target = FollowKind(kind), int(target_id)
        except ValueError:
            return None
        key = f"{kind}:{target}"
        try:
            with db.transaction() as session:
                if self.following.get(key):
                    service.unfollow(
                        session=session, user_id=auth.user_id, kind=follow_kind, target_id=target
                    )
                    status = service.follow_status(
                        session=session, user_id=auth.user_id, kind=follow_kind, target_id=target
                    )
                else:
                    status = service.follow(
                        session=session, user_id=auth.user_id, kind=follow_kind, target_id=target
                    )
        except DomainError as exc:
            return rx.toast.error(exc.message)
        self.following[key] = status.following
        self.followers[key] = status.followers
        return None


class UnsubscribeState(rx.State):
    """/unsubscribe?token=...: works without signing in."""

    message: str = ""
    error: str = ""

    @rx.event
    def load(self) -> None:
        """Turn the kind of email named by the token off."""
        token = self.router.url.query_parameters.get("token", "")
        self.message = self.error = ""
        try:
            with db.transaction() as session:
                self.message = service.unsubscribe(session=session, token=str(token)[:400]).message
        except DomainError as exc:
            self.error = exc.message


class AdminEmailsState(rx.State):
    """/admin/emails: the email log and the text of each email."""

    rows: list[EmailRow] = []
    total: int = 0
    preview_subject: str = ""
    preview_text: str = ""
    preview_open: bool = False

    @rx.event
    async def load(self) -> EventSpec | None:
        """On load: admins only."""
        auth = await self.get_state(AuthState)
        redirect = await auth.ensure_role("admin")
        if redirect is not None or auth.forbidden:
            return redirect
        with db.read_session() as session:
            logged, self.total = service.list_emails(session=session, page_size=100)
        self.rows = email_rows(logged)
        return None

    @rx.event
    async def preview(self, email_id: int) -> None:
        """Show the plain-text body of one email (rendered as it was sent)."""
        auth = await self.get_state(AuthState)
        if "admin" not in auth.roles:
            return
        with db.read_session() as session:
            found = emails.preview(session=session, email_id=int(email_id))
        if found is None:
            return
        self.preview_subject, self.preview_text = found
        self.preview_open = True

    @rx.event
    def close_preview(self, _open: bool = False) -> None:
        """Close the preview dialog."""
        self.preview_open = False
