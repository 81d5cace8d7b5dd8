"""Sign-in and sign-up form state."""

from __future__ import annotations

import reflex as rx
from reflex.event import EventSpec

from udemy_clone.auth import service as auth_service
from udemy_clone.auth.models import Role
from udemy_clone.core import db
from udemy_clone.core.client_address import client_address_from_headers
from udemy_clone.core.errors import DomainError
from udemy_clone.web.kit import routes
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
        requested = self.router.url.query_parameters.get("next")
        if not requested:
            # admins start in the admin area, everyone else on the home page
            return rx.redirect(routes.landing_after_sign_in(list(response.user.roles)))
        return rx.redirect(safe_next(requested))


class RegisterState(rx.State):
    error: str = ""
    field_errors: dict[str, str] = {}

    role: str = "student"

    def _default_role(self) -> str:
        # a method, not a computed var: one that reads the router is worked out (and the state
        # saved in Redis) on every page of every tab (issue #14); only `load` needs it
        role = self.router.url.query_parameters.get("role", "student")
        return role if role in ("student", "instructor") else "student"

    @rx.event
    async def load(self) -> EventSpec | None:
        """Preselect the role the link asked for; signed-in people upgrade on /teach instead."""
        self.error, self.field_errors = "", {}
        self.role = self._default_role()
        auth = await self.get_state(AuthState)
        await auth._restore()
        if auth.is_authenticated:
            return rx.redirect(routes.TEACH if self.role == "instructor" else routes.HOME)
        return None

    @rx.event
    def choose_role(self, role: str) -> None:
        """The visitor picked "learn" or "learn and teach"."""
        self.role = role if role in ("student", "instructor") else "student"

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
        target = routes.STUDIO if role == "instructor" else routes.HOME
        return rx.redirect(safe_next(self.router.url.query_parameters.get("next") or target))
