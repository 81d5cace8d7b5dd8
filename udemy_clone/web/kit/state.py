"""Sign-in state shared by every page: tokens in the browser, the user in the backend state.

The UI uses the same auth service as the REST API (one user store). Tokens live in the
browser's localStorage (synced across tabs); the access token is checked on every page load
and renewed with the rotating refresh token when it has expired.
"""

from __future__ import annotations

import asyncio
import time
import zlib

import reflex as rx
from reflex.event import EventSpec

from udemy_clone.auth import service as auth_service
from udemy_clone.auth.models import AuthResponse, Role
from udemy_clone.core import db
from udemy_clone.core.errors import DomainError
from udemy_clone.web.kit import routes

PUBLIC_NEXT_FALLBACK = "/"
COUNTS_REFRESH_SECONDS = 60  # how stale the header counts may get when nothing pushes


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


SignedIn = tuple[int, str, str, list[str]]  # user id, name, email, roles


def _signed_in(principal: auth_service.principal_cache.CachedPrincipal) -> SignedIn:
    user = principal.user
    assert user.id is not None
    return user.id, user.full_name, user.email, list(principal.roles)


def _cached_session(access_token: str) -> SignedIn | None:
    """The user of a valid access token from the principal cache: no query, no thread. The
    cache drops an account at once when it is deactivated or its roles change."""
    if not access_token:
        return None
    principal = auth_service.cached_principal_for_token(access_token)
    return _signed_in(principal) if principal is not None else None


def _lookup_session(access_token: str, refresh_token: str) -> SignedIn | AuthResponse | None:
    """Who the stored tokens belong to: the user (id, name, email, roles) from a valid access
    token (the account through the principal cache, loaded on a miss), a new token pair from a
    valid refresh token, else None."""
    if access_token:
        try:
            principal = auth_service.load_principal(auth_service.access_token_user_id(access_token))
            return _signed_in(principal)
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
    # Which load of the header's counts (the bell, the cart badge) this tab should show:
    # "<user id>:<sign-in number>:<round>". The header asks for the counts only when the key
    # they were loaded for differs, so they load once per sign-in and then at most once per
    # COUNTS_REFRESH_SECONDS of navigation; in between, live push and the cart's own events
    # keep them current.
    counts_key: str = ""
    sign_ins: int = 0

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

    def _counts_round(self) -> int:
        # each tab renews at its own moment (an offset from its token), not all at once
        offset = zlib.crc32(self.router.session.client_token.encode()) % COUNTS_REFRESH_SECONDS
        return int((time.time() + offset) // COUNTS_REFRESH_SECONDS)

    def _renew_counts_key(self) -> None:
        key = f"{self.user_id}:{self.sign_ins}:{self._counts_round()}"
        if key != self.counts_key:
            self.counts_key = key

    def _set_user(self, user_id: int, name: str, email: str, roles: list[str]) -> None:
        if user_id != self.user_id:
            self.sign_ins += 1
        self.user_id = user_id
        self.user_name = name
        self.user_email = email
        self.roles = roles
        self._renew_counts_key()

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

        A valid access token whose account is in the principal cache is answered on the loop
        (no query; the cache drops an account at once when it changes). Otherwise the lookups
        run in a worker thread: an event handler that waits on the database on the event loop
        stalls every other tab's events on this worker.
        """
        self.session_checked = True
        found: SignedIn | AuthResponse | None = _cached_session(self.access_token)
        if found is None:
            found = await asyncio.to_thread(_lookup_session, self.access_token, self.refresh_token)
        if isinstance(found, AuthResponse):
            self._apply_auth(found)
        elif found is not None:
            self._set_user(*found)
        elif self.user_id or self.access_token or self.refresh_token:
            self._clear()
        else:
            self._renew_counts_key()

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
