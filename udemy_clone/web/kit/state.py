"""Sign-in state shared by every page: tokens in the browser, the user in the backend state.

The UI uses the same auth service as the REST API (one user store). Tokens live in the
browser's localStorage (synced across tabs); the access token is checked on every page load
and renewed with the rotating refresh token when it has expired.
"""

from __future__ import annotations

import asyncio

import reflex as rx
from reflex.event import EventSpec

from udemy_clone.auth import service as auth_service
from udemy_clone.auth.models import AuthResponse, Role
from udemy_clone.core import db
from udemy_clone.core.errors import DomainError
from udemy_clone.web.kit import routes

PUBLIC_NEXT_FALLBACK = "/"


def safe_next(target: str | None) -> str:
    """Only same-site paths are followed after sign-in (no open redirects)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return PUBLIC_NEXT_FALLBACK
    return target


def current_path(state: rx.State) -> str:
    """The page a tab is on, with its query string."""
    url = state.router.url
    path = url.path or "/"
    return f"{path}?{url.query}" if url.query else path


def _lookup_session(
    access_token: str, refresh_token: str
) -> tuple[int, str, str, list[str]] | AuthResponse | None:
    """Who the stored tokens belong to: the user (id, name, email, roles) from a valid access
    token, a new token pair from a valid refresh token, else None."""
    if access_token:
        try:
            with db.read_session() as session:
                user, roles = auth_service.user_from_access_token(
                    session=session, token=access_token
                )
                assert user.id is not None
                return user.id, user.full_name, user.email, roles
        except DomainError:
            pass
    if refresh_token:
        try:
            with db.transaction() as session:
                return auth_service.rotate_refresh_token(
                    session=session, refresh_token=refresh_token
                )
        except DomainError:
            pass
    return None


def _logout(refresh_token: str) -> None:
    try:
        with db.transaction() as session:
            auth_service.logout(session=session, refresh_token=refresh_token)
    except DomainError:
        pass


class AuthState(rx.State):
    """Who is signed in in this tab."""

    access_token: str = rx.LocalStorage("", name="uc_access_token", sync=True)
    refresh_token: str = rx.LocalStorage("", name="uc_refresh_token", sync=True)
    user_id: int = 0
    user_name: str = ""
    user_email: str = ""
    roles: list[str] = []
    session_checked: bool = False
    forbidden: bool = False

    @rx.var
    def is_authenticated(self) -> bool:
        return self.user_id > 0

    @rx.var
    def is_instructor(self) -> bool:
        return "instructor" in self.roles or "admin" in self.roles

    @rx.var
    def is_admin(self) -> bool:
        return "admin" in self.roles

    @rx.var
    def initials(self) -> str:
        parts = [p for p in self.user_name.split() if p]
        return "".join(p[0] for p in parts[:2]).upper() or "?"

    def _set_user(self, user_id: int, name: str, email: str, roles: list[str]) -> None:
        self.user_id = user_id
        self.user_name = name
        self.user_email = email
        self.roles = roles

    def _clear(self) -> None:
        self._set_user(0, "", "", [])
        self.access_token = ""
        self.refresh_token = ""

    def _apply_auth(self, response: AuthResponse) -> None:
        self.access_token = response.access_token
        self.refresh_token = response.refresh_token
        user = response.user
        self._set_user(user.id, user.full_name, user.email, list(user.roles))

    async def _restore(self) -> None:
        """Load the user from the access token, renewing it with the refresh token if needed.

        The lookups run in a worker thread: an event handler that waits on the database on the
        event loop stalls every other tab's events on this worker.
        """
        self.session_checked = True
        found = await asyncio.to_thread(_lookup_session, self.access_token, self.refresh_token)
        if isinstance(found, AuthResponse):
            self._apply_auth(found)
        elif found is not None:
            self._set_user(*found)
        elif self.user_id or self.access_token or self.refresh_token:
            self._clear()

    @rx.event
    async def restore_session(self) -> None:
        """On every page load: who is signed in?"""
        self.forbidden = False
        await self._restore()

    async def ensure_signed_in(self) -> EventSpec | None:
        """Restore the session; a redirect to the sign-in page when nobody is signed in."""
        self.forbidden = False
        await self._restore()
        if not self.is_authenticated:
            return rx.redirect(routes.login_url(current_path(self)))
        return None

    async def ensure_role(self, role: str) -> EventSpec | None:
        """Like ensure_signed_in; signed-in users without `role` (or admin) see 'not allowed'."""
        redirect = await self.ensure_signed_in()
        if redirect is not None:
            return redirect
        self.forbidden = not (role in self.roles or Role.admin.value in self.roles)
        return None

    @rx.event
    async def require_signed_in(self) -> EventSpec | None:
        """On load of pages for signed-in users: send others to the sign-in page."""
        return await self.ensure_signed_in()

    @rx.event
    async def require_instructor(self) -> EventSpec | None:
        """On load of instructor pages."""
        return await self.ensure_role(Role.instructor.value)

    @rx.event
    async def require_admin(self) -> EventSpec | None:
        """On load of admin pages."""
        return await self.ensure_role(Role.admin.value)

    @rx.event
    async def sign_out(self) -> EventSpec:
        """End this session everywhere the refresh token was used."""
        if self.refresh_token:
            await asyncio.to_thread(_logout, self.refresh_token)
        self._clear()
        return rx.redirect(routes.HOME)
