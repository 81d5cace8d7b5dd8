"""The instructor's coupons and the course picker of the coupon form as typed rows."""

from __future__ import annotations

from dataclasses import dataclass

from udemy_clone.catalog.models import CourseListItem
from udemy_clone.orders import service as orders_service
from udemy_clone.orders.models import Coupon
from udemy_clone.web.kit.format import format_date
from udemy_clone.web.kit.select_options import SelectOption


@dataclass
class CouponRow:
    """A coupon: its code, the discount, what it applies to, uses, expiry."""

    id: int = 0
    code: str = ""
    discount: str = ""
    course: str = ""
    used: str = ""
    expires: str = ""
    active: bool = False
    public: bool = False  # a sale: applies by itself, no code to type


def course_choices(courses: list[CourseListItem]) -> list[SelectOption]:
    """The instructor's courses as choices of the coupon's scope (value: the course id)."""
    return [SelectOption(value=str(c.id), label=c.title) for c in courses]


def coupon_scope(coupon: Coupon, titles: dict[int, str]) -> str:
    """One course by title, all the instructor's courses, or every course (site-wide)."""
    if coupon.course_id:
        return titles.get(coupon.course_id, f"Course {coupon.course_id}")
    return "All your courses" if coupon.instructor_id else "Every course"


def coupon_rows(coupons: list[Coupon], courses: list[CourseListItem]) -> list[CouponRow]:
    """Coupons in the service's order; a course not among `courses` shows as "Course <id>"."""
    titles = {c.id: c.title for c in courses}
    return [
        CouponRow(
            id=c.id or 0,
            code=c.code,
            discount=orders_service.describe_coupon(c),
            course=coupon_scope(c, titles),
            used=f"{c.redemptions} / {c.max_redemptions}"
            if c.max_redemptions
            else f"{c.redemptions} / unlimited",
            expires=format_date(c.expires_at) or "Never",
            active=c.active,
            public=c.public,
        )
        for c in coupons
    ]
