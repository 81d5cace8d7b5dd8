"""The instructor's coupons page state."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import reflex as rx

from udemy_clone.catalog import service as catalog_service
from udemy_clone.core import db
from udemy_clone.core.errors import DomainError
from udemy_clone.orders import service
from udemy_clone.orders.models import CouponCreate
from udemy_clone.web.kit.auth import current_user
from udemy_clone.web.kit.select_options import SelectOption
from udemy_clone.web.kit.use_case import run_use_case
from udemy_clone.web.pages.studio.coupon_rows import CouponRow, coupon_rows, course_choices


class CouponStudioState(rx.State):
    """Instructor studio: coupons for own courses (admins: also site-wide)."""

    coupons: list[CouponRow] = []
    courses: list[SelectOption] = []
    error: str = ""
    message: str = ""
    kind: str = "percent"

    def _load(self, user_id: int, roles: list[str]) -> None:
        with db.read_session() as session:
            coupons = service.list_coupons(session=session, actor_id=user_id, actor_roles=roles)
            own, _total = catalog_service.list_instructor_courses(
                session=session, owner_id=user_id, page=1, page_size=100
            )
        self.courses = course_choices(own)
        self.coupons = coupon_rows(coupons, own)

    @rx.event
    async def load(self) -> None:
        """On load of /studio/coupons (the role check runs first)."""
        auth = await current_user(self)
        if not auth.is_instructor:
            return
        self._load(auth.user_id, auth.roles)

    @rx.event
    def set_kind(self, value: str) -> None:
        """Percent or fixed amount."""
        self.kind = "amount" if value == "amount" else "percent"

    @rx.event
    async def create(self, form: dict[str, Any]) -> None:
        """Create a coupon from the form."""
        auth = await current_user(self)
        self.error = ""
        self.message = ""
        try:
            value = float(str(form.get("value", "")).strip() or "0")
            course = str(form.get("course_id", "") or "")
            max_raw = str(form.get("max_redemptions", "")).strip()
            expires_raw = str(form.get("expires_at", "")).strip()
            body: dict[str, Any] = {
                "code": str(form.get("code", "")),
                "course_id": int(course) if (course.isascii() and course.isdigit()) else None,
                "max_redemptions": int(max_raw) if max_raw else None,
                "public": str(form.get("public", "")).lower() in ("on", "true", "1"),
                "expires_at": datetime.fromisoformat(f"{expires_raw}T23:59:59+00:00")
                if expires_raw
                else None,
            }
            if self.kind == "amount":
                body["amount_off_cents"] = round(value * 100)
            else:
                body["percent_off"] = int(value)
            data = CouponCreate(**body)
        except (ValueError, TypeError) as exc:
            message = str(exc).splitlines()
            self.error = (
                message[-1].removeprefix("  Value error, ").split(" [type=")[0].strip()
                if message
                else "Check the form."
            )
            return
        try:
            with db.transaction() as session:
                coupon = service.create_coupon(
                    session=session, actor_id=auth.user_id, actor_roles=auth.roles, data=data
                )
        except DomainError as exc:
            self.error = exc.message
            return
        self.message = (
            f"Sale {coupon.code} is on: every visitor sees the lower price, and students who "
            "wished for the course hear about it."
            if coupon.public
            else f"Coupon {coupon.code} is ready to share."
        )
        self._load(auth.user_id, auth.roles)

    @rx.event
    async def deactivate(self, coupon_id: int) -> None:
        """Stop a coupon."""
        auth = await current_user(self)
        result = run_use_case(
            service.deactivate_coupon,
            actor_id=auth.user_id,
            actor_roles=auth.roles,
            coupon_id=int(coupon_id),
        )
        if not result.ok:
            self.error = result.error
        self._load(auth.user_id, auth.roles)
