"""Reflex state of the sign-in, sign-up and account pages."""

from __future__ import annotations

import reflex as rx
from reflex.event import EventSpec

from udemy_clone.auth import service as auth_service
from udemy_clone.auth.models import Role, UserProfileUpdate
from udemy_clone.core import db
from udemy_clone.core.client_address import client_address_from_headers
from udemy_clone.core.errors import DomainError
from udemy_clone.web.kit.format import month_year
from udemy_clone.web.kit.state import AuthState, safe_next


class LoginState(rx.State):
    error: str = ""
    loading: bool = False

    @rx.event
    async def submit(self, form: dict) -> EventSpec | None:
        """Sign in with the form's email and password."""
        self.error = ""
        email = str(form.get("email", "")).strip()
        password = str(form.get("password", ""))
        if not email or not password:
            self.error = "Enter your email and password."
            return None
        auth = await self.get_state(AuthState)
        try:
            with db.transaction() as session:
                response = auth_service.login(
                    session=session,
                    email=email[:254],
                    password=password[:200],
                    client_ip=client_address_from_headers(
                        self.router.session.client_ip, self.router.headers.raw_headers
                    ),
                )
        except DomainError as exc:
            self.error = exc.message
            return None
        auth._apply_auth(response)
        return rx.redirect(safe_next(self.router.url.query_parameters.get("next")))


class RegisterState(rx.State):
    error: str = ""
    field_errors: dict[str, str] = {}

    @rx.var
    def default_role(self) -> str:
        role = self.router.url.query_parameters.get("role", "student")
        return role if role in ("student", "instructor") else "student"

    @rx.event
    async def submit(self, form: dict) -> EventSpec | None:
        """Create the account and sign in."""
        self.error = ""
        self.field_errors = {}
        email = str(form.get("email", "")).strip()
        full_name = str(form.get("full_name", "")).strip()
        password = str(form.get("password", ""))
        role = str(form.get("role", "student"))
        if role not in ("student", "instructor"):
            role = "student"
        if not full_name:
            self.field_errors = {"full_name": "Tell us your name."}
            return None
        if "@" not in email or len(email) > 254:
            self.field_errors = {"email": "Enter a valid email address."}
            return None
        try:
            from pydantic import validate_email

            validate_email(email)
        except Exception:
            self.field_errors = {"email": "Enter a valid email address."}
            return None
        auth = await self.get_state(AuthState)
        try:
            with db.transaction() as session:
                response = auth_service.register_user(
                    session=session,
                    email=email,
                    password=password[:200],
                    full_name=full_name[:100],
                    role=Role(role),
                )
        except DomainError as exc:
            field = exc.details.get("field")
            if field:
                self.field_errors = {str(field): exc.message}
            else:
                self.error = exc.message
            return None
        auth._apply_auth(response)
        target = "/studio" if role == "instructor" else "/"
        return rx.redirect(safe_next(self.router.url.query_parameters.get("next") or target))


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
        redirect = auth.ensure_signed_in()
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
