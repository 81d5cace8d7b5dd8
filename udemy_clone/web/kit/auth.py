"""Who is signed in, and where to send those who are not."""

# current_path lives beside AuthState (which needs it); re-exported for the pages.

from __future__ import annotations

import reflex as rx
from reflex.event import EventSpec

from udemy_clone.web.kit import routes
from udemy_clone.web.kit.state import AuthState, current_path


async def current_user(state: rx.State) -> AuthState:
    """The tab's AuthState, restored from the stored tokens when the page's on_load has not yet."""
    auth = await state.get_state(AuthState)
    if not auth.session_checked:
        await auth._restore()
    return auth


def login_redirect(next_path: str | None = None) -> EventSpec:
    """To the sign-in page, coming back to `next_path` afterwards."""
    return rx.redirect(routes.login_url(next_path))


__all__ = ["current_path", "current_user", "login_redirect"]
