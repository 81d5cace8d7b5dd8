"""The buy box's "Buy this course as a gift" form: who gets it, then the normal checkout."""

from __future__ import annotations

import asyncio
from typing import Any

import reflex as rx
from pydantic import ValidationError
from reflex.event import EventSpec

from udemy_clone.core.errors import DomainError
from udemy_clone.orders import service as orders_service
from udemy_clone.orders.models import GIFT_MESSAGE_MAX, GiftCheckoutRequest
from udemy_clone.web.kit import routes
from udemy_clone.web.kit.auth import current_path, current_user, login_redirect
from udemy_clone.web.pages.course.buy_box_state import BuyBoxState

FIELD_LABELS = {
    "recipient_email": "Recipient's email",
    "recipient_name": "Recipient's name",
    "message": "Message",
}


def _first_error(exc: ValidationError) -> tuple[str, str]:
    error = exc.errors()[0]
    field = str(error["loc"][0]) if error.get("loc") else ""
    message = str(error.get("msg", "Check this field.")).removeprefix("Value error, ")
    if error.get("type") == "string_too_short":
        message = f"Enter the {FIELD_LABELS.get(field, field).lower()}."
    elif error.get("type") == "string_too_long":
        message = f"{FIELD_LABELS.get(field, field)} is too long."
    return field, message


class GiftFormState(rx.State):
    """The gift dialog: open or not, the fields' errors, and the checkout in progress."""

    open: bool = False
    error: str = ""
    field: str = ""  # the field the error is about ("" for the whole form)
    busy: bool = False
    message_max: int = GIFT_MESSAGE_MAX

    @rx.event
    async def open_form(self) -> EventSpec | None:
        """ "Buy as a gift": sign in first, then the form."""
        auth = await current_user(self)
        if not auth.user_id:
            return login_redirect(current_path(self))
        self.open = True
        self.error = ""
        self.field = ""
        return None

    @rx.event
    def clear_error(self, _value: str = "") -> None:
        """A field changed: the last refusal no longer applies."""
        if self.error:
            self.error = ""
            self.field = ""

    @rx.event
    def set_open(self, value: bool) -> None:
        """The dialog was closed (Escape, outside click, Cancel)."""
        self.open = value
        if not value:
            self.error = ""
            self.field = ""

    @rx.event(background=True)
    async def submit(self, form: dict[str, Any]) -> Any:
        """Check the form, create the gift order and go to the payment page."""
        async with self:
            if self.busy:
                return None
            auth = await current_user(self)
            user_id = auth.user_id
            box = await self.get_state(BuyBoxState)
            course_id, code = box.course_id, box.applied_code or None
            self.error, self.field = "", ""
            if not user_id:
                return login_redirect(current_path(self))
            try:
                data = GiftCheckoutRequest(
                    course_id=course_id,
                    recipient_email=str(form.get("recipient_email", "")),
                    recipient_name=str(form.get("recipient_name", "")),
                    message=str(form.get("message", "")),
                    coupon_code=code,
                )
            except ValidationError as exc:
                self.field, self.error = _first_error(exc)
                return None
            self.busy = True
        try:
            result = await asyncio.to_thread(
                orders_service.start_gift_checkout,
                buyer_id=user_id,
                data=data,
                coupon_code=code,
            )
        except DomainError as exc:
            async with self:
                self.busy = False
                self.error = exc.message
                self.field = str(exc.details.get("field", ""))
            return None
        async with self:
            self.busy = False
            self.open = False
        if result.status == "paid" or not result.checkout_url:
            return rx.redirect(routes.checkout_success_url(result.order_id))
        return rx.redirect(result.checkout_url)
