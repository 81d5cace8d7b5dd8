"""The account page's photo and data-rights cards: profile photo, download my data, close."""

from __future__ import annotations

import io
from collections.abc import AsyncGenerator
from typing import Any

import reflex as rx
from reflex.event import EventSpec

from udemy_clone.account import service as account_service
from udemy_clone.auth import service as auth_service
from udemy_clone.core import db
from udemy_clone.core.errors import DomainError
from udemy_clone.web.kit import routes
from udemy_clone.web.kit.state import AuthState
from udemy_clone.web.kit.theme import card_style

PHOTO_UPLOAD_ID = "profile-photo-upload"
MAX_PHOTO_BYTES = 5 * 1024 * 1024


class PhotoState(rx.State):
    """The signed-in person's profile photo."""

    photo_url: str = ""
    busy: bool = False
    error: str = ""

    @rx.event
    async def load(self) -> None:
        """On mount: the current photo."""
        auth = await self.get_state(AuthState)
        if not auth.user_id:
            return
        with db.read_session() as session:
            user = auth_service.get_user(session=session, user_id=auth.user_id)
            self.photo_url = auth_service.photo_url(user) or ""
        self.error = ""

    @rx.event
    async def upload(self, files: list[rx.UploadFile]) -> AsyncGenerator[EventSpec | None, None]:
        """A dropped or chosen picture becomes the profile photo (checked by its content)."""
        self.error = ""
        if not files:
            return
        auth = await self.get_state(AuthState)
        if not auth.user_id:
            return
        self.busy = True
        yield None
        data = await files[0].read()
        try:
            with db.transaction() as session:
                user = auth_service.set_photo(
                    session=session, user_id=auth.user_id, upload=io.BytesIO(data)
                )
                self.photo_url = auth_service.photo_url(user) or ""
        except DomainError as exc:
            self.error = exc.message
            return
        finally:
            self.busy = False
        yield rx.toast.success("Profile photo updated.")

    @rx.event
    def rejected(self, rejections: list[dict[str, Any]]) -> None:
        """The file picker refused a file before upload (type or size)."""
        codes = {
            str(error.get("code", ""))
            for rejected in rejections
            for error in rejected.get("errors", [])
        }
        if "file-too-large" in codes:
            self.error = "That photo is larger than 5 MB; upload a smaller one."
        else:
            self.error = "That file is not a picture we can use. Upload a JPEG, PNG or WebP photo."

    @rx.event
    async def remove(self) -> None:
        """Back to initials."""
        auth = await self.get_state(AuthState)
        if not auth.user_id:
            return
        with db.transaction() as session:
            auth_service.remove_photo(session=session, user_id=auth.user_id)
        self.photo_url = ""


class DataRightsState(rx.State):
    """Download my data; close my account."""

    closing: bool = False  # the close dialog is open
    close_error: str = ""

    @rx.event
    async def download(self) -> EventSpec | None:
        """Download everything the platform holds about me as JSON."""
        auth = await self.get_state(AuthState)
        if not auth.user_id:
            return None
        with db.read_session() as session:
            body = account_service.export_json(session=session, user_id=auth.user_id)
        return rx.download(
            data=body,
            filename=account_service.export_filename(user_id=auth.user_id),
            mime_type="application/json",
        )

    @rx.event
    def open_close(self, value: bool = True) -> None:
        """The Close account button (and the dialog's Cancel)."""
        self.closing = bool(value)
        self.close_error = ""

    @rx.event
    async def close_account(self, form: dict[str, Any]) -> EventSpec | None:
        """Close the account after the password and the word CLOSE; sign out everywhere."""
        auth = await self.get_state(AuthState)
        if not auth.user_id:
            return None
        try:
            with db.transaction() as session:
                account_service.close_account(
                    session=session,
                    user_id=auth.user_id,
                    password=str(form.get("password", ""))[:200],
                    confirm=str(form.get("confirm", ""))[:20],
                )
        except DomainError as exc:
            self.close_error = exc.message
            return None
        self.closing = False
        auth._clear()
        return rx.redirect(routes.HOME)


_photo: Any = PhotoState
_rights: Any = DataRightsState


def photo_card() -> rx.Component:
    """The avatar with Upload / Remove."""
    s: Any = PhotoState
    return rx.hstack(
        rx.avatar(
            src=s.photo_url,
            fallback=AuthState.initials,
            size="7",
            radius="full",
            id="profile-photo",
        ),
        rx.vstack(
            rx.upload.root(
                rx.button(
                    rx.cond(s.busy, rx.spinner(size="1"), rx.icon("camera", size=15)),
                    rx.cond(s.photo_url != "", "Change photo", "Add a photo"),
                    variant="soft",
                    size="2",
                    type="button",
                ),
                id=PHOTO_UPLOAD_ID,
                accept={
                    "image/jpeg": [".jpg", ".jpeg"],
                    "image/png": [".png"],
                    "image/webp": [".webp"],
                    "image/gif": [".gif"],
                },
                max_files=1,
                max_size=MAX_PHOTO_BYTES,
                multiple=False,
                on_drop=_photo.upload,
                on_drop_rejected=_photo.rejected,
                border="none",
                padding="0",
            ),
            rx.cond(
                s.photo_url != "",
                rx.button(
                    "Remove",
                    variant="ghost",
                    color_scheme="gray",
                    size="1",
                    on_click=_photo.remove,
                    id="remove-photo",
                ),
            ),
            rx.text("JPEG, PNG or WebP up to 5 MB.", size="1", color="var(--gray-10)"),
            rx.cond(
                s.error != "",
                rx.text(s.error, size="1", color="var(--red-11)", role="alert", id="photo-error"),
            ),
            spacing="1",
            align="start",
        ),
        spacing="3",
        align="center",
        on_mount=_photo.load,
    )


def _close_dialog() -> rx.Component:
    s: Any = DataRightsState
    return rx.alert_dialog.root(
        rx.alert_dialog.content(
            rx.alert_dialog.title("Close your account?"),
            rx.alert_dialog.description(
                "You lose access to your courses and lists, and you are signed out everywhere. "
                "We keep your orders for accounting, without your name or email. "
                "This cannot be undone.",
                size="2",
                color="var(--gray-11)",
            ),
            rx.form(
                rx.vstack(
                    rx.input(
                        name="password",
                        type="password",
                        placeholder="Your password",
                        width="100%",
                        required=True,
                        max_length=128,
                        id="close-password",
                    ),
                    rx.input(
                        name="confirm",
                        placeholder="Type CLOSE to confirm",
                        width="100%",
                        required=True,
                        max_length=20,
                        auto_complete="off",
                        id="close-confirm",
                    ),
                    rx.cond(
                        s.close_error != "",
                        rx.text(
                            s.close_error,
                            size="2",
                            color="var(--red-11)",
                            role="alert",
                            id="close-error",
                        ),
                    ),
                    rx.hstack(
                        rx.alert_dialog.cancel(
                            rx.button("Keep my account", variant="soft", color_scheme="gray")
                        ),
                        rx.button(
                            "Close account", color_scheme="red", type="submit", id="confirm-close"
                        ),
                        justify="end",
                        spacing="3",
                        width="100%",
                        wrap="wrap",
                    ),
                    spacing="3",
                    width="100%",
                    margin_top="1rem",
                ),
                on_submit=_rights.close_account,
                reset_on_submit=False,
            ),
            max_width="460px",
        ),
        open=s.closing,
        on_open_change=_rights.open_close,
    )


def data_rights_card() -> rx.Component:
    """Your data: download a JSON copy, close the account."""
    return rx.vstack(
        rx.heading("Your data", size="4"),
        rx.flex(
            rx.vstack(
                rx.text("Download my data", weight="medium", size="2"),
                rx.text(
                    "One JSON file with your profile, orders, enrollments, progress, lists, "
                    "reviews and notifications.",
                    size="2",
                    color="var(--gray-11)",
                ),
                spacing="1",
                align="start",
                flex="1",
            ),
            rx.button(
                rx.icon("download", size=15),
                "Download",
                variant="soft",
                on_click=_rights.download,
                id="download-data",
            ),
            gap="1rem",
            align="center",
            width="100%",
            direction=rx.breakpoints(initial="column", sm="row"),
        ),
        rx.separator(size="4"),
        rx.flex(
            rx.vstack(
                rx.text("Close my account", weight="medium", size="2", color="var(--red-11)"),
                rx.text(
                    "Your personal data is anonymised and you can no longer sign in.",
                    size="2",
                    color="var(--gray-11)",
                ),
                spacing="1",
                align="start",
                flex="1",
            ),
            rx.button(
                "Close account",
                variant="outline",
                color_scheme="red",
                on_click=_rights.open_close(True),
                id="close-account",
            ),
            gap="1rem",
            align="center",
            width="100%",
            direction=rx.breakpoints(initial="column", sm="row"),
        ),
        _close_dialog(),
        style=card_style,
        padding="1.5rem",
        spacing="3",
        width="100%",
        id="data-rights",
    )
