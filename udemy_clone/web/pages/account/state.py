"""The account page's state: profile and password changes."""

from __future__ import annotations

import reflex as rx
from reflex.event import EventSpec

from udemy_clone.auth import service as auth_service
from udemy_clone.auth.models import UserProfileUpdate
from udemy_clone.core import db
from udemy_clone.core.errors import DomainError
from udemy_clone.web.kit.format import month_year
from udemy_clone.web.kit.state import AuthState


class AccountState(rx.State):
    full_name: str = ""
    headline: str = ""
    bio: str = ""
    member_since: str = ""
    profile_message: str = ""
    profile_error: str = ""
    password_message: str = ""
    password_error: str = ""

    @rx.event
    async def load(self) -> EventSpec | None:
        """Fill the form from the signed-in user."""
        auth = await self.get_state(AuthState)
        redirect = await auth.ensure_signed_in()
        if redirect is not None or not auth.user_id:
            return redirect
        with db.read_session() as session:
            user = auth_service.get_user(session=session, user_id=auth.user_id)
            self.full_name = user.full_name
            self.headline = user.headline
            self.bio = user.bio
            self.member_since = month_year(user.created_at)
        self.profile_message = self.profile_error = ""
        self.password_message = self.password_error = ""
        return None

    @rx.event
    async def save_profile(self, form: dict) -> None:
        """Save name, headline and bio."""
        self.profile_message = self.profile_error = ""
        auth = await self.get_state(AuthState)
        if not auth.user_id:
            self.profile_error = "Sign in again to change your profile."
            return
        try:
            data = UserProfileUpdate(
                full_name=str(form.get("full_name", "")).strip() or None,
                headline=str(form.get("headline", "")).strip(),
                bio=str(form.get("bio", "")).strip(),
            )
        except ValueError:
            self.profile_error = "Names are 1-100 characters, headlines up to 120, bios up to 4000."
            return
        try:
            with db.transaction() as session:
                user = auth_service.update_profile(session=session, user_id=auth.user_id, data=data)
                self.full_name, self.headline, self.bio = user.full_name, user.headline, user.bio
        except DomainError as exc:
            self.profile_error = exc.message
            return
        auth.user_name = self.full_name
        self.profile_message = "Profile saved."

    @rx.event
    async def change_password(self, form: dict) -> None:
        """Change the password (other sessions end)."""
        self.password_message = self.password_error = ""
        auth = await self.get_state(AuthState)
        current = str(form.get("current_password", ""))
        new = str(form.get("new_password", ""))
        if new != str(form.get("confirm_password", "")):
            self.password_error = "The two new passwords differ."
            return
        try:
            with db.transaction() as session:
                auth_service.change_password(
                    session=session,
                    user_id=auth.user_id,
                    current_password=current[:200],
                    new_password=new[:200],
                )
                user = auth_service.get_user(session=session, user_id=auth.user_id)
                auth._apply_auth(auth_service.issue_session(session=session, user=user))
        except DomainError as exc:
            self.password_error = exc.message
            return
        self.password_message = "Password changed. Other devices have been signed out."
