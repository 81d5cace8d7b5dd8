"""Become an instructor (/teach): terms, a short profile and a photo, no admin involved."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from typing import Any

import reflex as rx
from reflex.event import EventSpec

from udemy_clone.auth import service as auth_service
from udemy_clone.auth.models import parse_instructor_application
from udemy_clone.core import images
from udemy_clone.core.errors import DomainError
from udemy_clone.web.kit import routes
from udemy_clone.web.kit.auth import current_user
from udemy_clone.web.kit.use_case import run_use_case

MAX_PHOTO_BYTES = images.MAX_UPLOAD_BYTES


class TeachState(rx.State):
    """The onboarding form of one tab."""

    loaded: bool = False
    error: str = ""
    field_errors: dict[str, str] = {}
    photo_name: str = ""
    photo_error: str = ""
    photo_busy: bool = False
    submitting: bool = False
    _photo: bytes = b""

    @rx.event
    async def load(self) -> None:
        """Restore who is signed in; the page shows the pitch, the form or the studio link."""
        await current_user(self)
        self.error, self.field_errors, self.loaded = "", {}, True

    @rx.event
    async def choose_photo(self, files: list[rx.UploadFile]) -> AsyncGenerator[None, None]:
        """A chosen photo is checked by content at once (the account changes only on submit)."""
        self.photo_error = ""
        if not files:
            return
        self.photo_busy = True
        yield None
        try:
            data = await files[0].read()
            if len(data) > MAX_PHOTO_BYTES:
                raise DomainError("The photo is larger than 5 MB; choose a smaller one.")
            auth_service.render_avatar(data, field="photo")  # refuses what is not a picture
            self._photo = data
            self.photo_name = str(files[0].name or "photo")[-80:]
        except DomainError as exc:
            self._photo, self.photo_name, self.photo_error = b"", "", exc.message
        finally:
            self.photo_busy = False

    @rx.event
    def photo_rejected(self, _rejections: list[dict[str, Any]]) -> None:
        """The file picker refused a file before upload (type or size)."""
        self.photo_error = "Choose one JPEG, PNG or WebP picture of at most 5 MB."

    @rx.event
    def remove_photo(self) -> None:
        """Forget the chosen photo."""
        self._photo, self.photo_name, self.photo_error = b"", "", ""

    @rx.event
    async def submit(self, form: dict[str, Any]) -> AsyncGenerator[EventSpec | None, None]:
        """Accept the terms and become an instructor; the session carries the role at once."""
        self.error, self.field_errors = "", {}
        auth = await current_user(self)
        if not auth.is_authenticated:
            yield rx.redirect(routes.login_url(routes.TEACH))
            return
        try:
            application = parse_instructor_application(
                accept_terms=form.get("accept_terms") in ("on", "true", True),
                headline=str(form.get("headline", ""))[:200],
                bio=str(form.get("bio", ""))[:5000],
            )
        except DomainError as exc:
            self.field_errors = {str(exc.details.get("field", "form")): exc.message}
            return
        self.submitting = True
        yield None
        result = run_use_case(
            auth_service.become_instructor,
            user_id=auth.user_id,
            data=application,
            photo=self._photo or None,
        )
        self.submitting = False
        if not result.ok or result.value is None:
            self.error = result.error
            return
        auth._apply_auth(result.value)
        self._photo, self.photo_name = b"", ""
        yield rx.toast.success("Welcome, instructor! Create your first course.")
        yield rx.redirect(routes.STUDIO)
