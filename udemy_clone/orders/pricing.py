"""What a course costs: its list price less the best coupon that applies.

One function prices every line that anyone sees or pays: `price_courses` (the cart, checkout,
gift checkout) and `quote_courses` (course cards, the course page's buy box, its coupon
preview) both choose, per course, between the code the student typed and the public coupons
(sales) that apply by themselves, taking the larger discount. So the price a page shows is the
price checkout charges.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from sqlalchemy import func
from sqlmodel import Session, col, or_, select

from udemy_clone.catalog import service as catalog_service
from udemy_clone.catalog.service import CourseStatus
from udemy_clone.core.db import as_utc, utcnow
from udemy_clone.core.errors import InvalidInput, NotFound
from udemy_clone.orders.coupons import coupon_discount
from udemy_clone.orders.models import (
    COUPON_CODE_PATTERN,
    Coupon,
    Order,
    OrderStatus,
    PriceQuotePublic,
)


class Priceable(Protocol):
    """What pricing needs of a course (a catalog `Course` or a `PriceBasis`)."""

    @property
    def id(self) -> int | None: ...
    @property
    def owner_id(self) -> int: ...
    @property
    def price_cents(self) -> int: ...
    @property
    def currency(self) -> str: ...


@dataclass(frozen=True)
class PriceBasis:
    """A course's pricing facts taken from a catalog summary (cards)."""

    id: int | None
    owner_id: int
    price_cents: int
    currency: str


@dataclass(frozen=True)
class PricedLine:
    """One course priced: the discount and the coupon (typed or public) that gave it."""

    course: Priceable
    discount_cents: int
    coupon: Coupon | None

    @property
    def final_cents(self) -> int:
        return self.course.price_cents - self.discount_cents


def public_coupons_for(session: Session, courses: Sequence[Priceable]) -> list[Coupon]:
    """The usable public coupons (sales) that may apply to any of these courses."""
    if not courses:
        return []
    course_ids = [c.id for c in courses if c.id is not None]
    owner_ids = sorted({c.owner_id for c in courses})
    now = utcnow()
    statement = select(Coupon).where(
        col(Coupon.public).is_(True),
        col(Coupon.active).is_(True),
        or_(col(Coupon.expires_at).is_(None), col(Coupon.expires_at) > now),
        or_(
            col(Coupon.max_redemptions).is_(None),
            col(Coupon.redemptions) < col(Coupon.max_redemptions),
        ),
        or_(
            col(Coupon.course_id).in_(course_ids),
            col(Coupon.course_id).is_(None) & col(Coupon.instructor_id).in_(owner_ids),
            col(Coupon.course_id).is_(None) & col(Coupon.instructor_id).is_(None),
        ),
    )
    # expiry re-checked in Python: SQLite compares the stored text of aware datetimes
    return [
        c
        for c in session.exec(statement.order_by(col(Coupon.id)))
        if c.expires_at is None or as_utc(c.expires_at) > now
    ]


def best_line(course: Priceable, typed: Coupon | None, public: Sequence[Coupon]) -> PricedLine:
    """The line with the largest discount; on a tie the typed code wins, then the oldest sale."""
    best = PricedLine(course=course, discount_cents=0, coupon=None)
    for coupon in [*([typed] if typed else []), *public]:
        discount = coupon_discount(coupon, course)  # type: ignore[arg-type]
        if discount > best.discount_cents:
            best = PricedLine(course=course, discount_cents=discount, coupon=coupon)
    return best


def price_courses(
    session: Session, courses: Sequence[Priceable], typed: Coupon | None
) -> list[PricedLine]:
    """Every course priced with the typed coupon or the public sales, whichever takes more."""
    public = public_coupons_for(session, courses)
    return [best_line(course, typed, public) for course in courses]


def _days_left(ends_at: datetime | None) -> int | None:
    if ends_at is None:
        return None
    seconds = (as_utc(ends_at) - utcnow()).total_seconds()
    return max(1, math.ceil(seconds / 86_400))


def to_quote(line: PricedLine) -> PriceQuotePublic:
    """The API shape of a priced line."""
    course = line.course
    assert course.id is not None
    coupon = line.coupon
    ends_at = as_utc(coupon.expires_at) if coupon and coupon.expires_at else None
    percent = (
        round(line.discount_cents * 100 / course.price_cents)
        if course.price_cents and line.discount_cents
        else 0
    )
    return PriceQuotePublic(
        course_id=course.id,
        currency=course.currency,
        list_price_cents=course.price_cents,
        discount_cents=line.discount_cents,
        price_cents=line.final_cents,
        percent_off=percent,
        coupon_code=coupon.code if coupon else None,
        coupon_is_public=bool(coupon and coupon.public),
        discount_ends_at=ends_at,
        days_left=_days_left(ends_at),
    )


def quote_courses(*, session: Session, courses: Sequence[Priceable]) -> dict[int, PriceQuotePublic]:
    """Every course's price for any visitor (the public sales applied), by course id."""
    lines = price_courses(session, courses, None)
    return {q.course_id: q for q in map(to_quote, lines)}


# ---- the course page's coupon field --------------------------------------------------------

UNKNOWN_FOR_COURSE = (
    "This code does not work for this course. Check the spelling, or use it on the course "
    "it was made for."
)


def _typed_coupon_for_course(
    session: Session, *, code: str, course: Priceable, user_id: int | None
) -> Coupon:
    """The typed coupon, or a 422 whose sentence says why it cannot be used on this course.

    Unknown codes and codes for other courses get one sentence, so the field does not tell
    which codes exist for other courses; a code that can no longer be used anywhere (expired,
    used up) says so.
    """
    normalized = code.strip().upper()[:40]
    coupon = None
    if re.fullmatch(COUPON_CODE_PATTERN, normalized):
        coupon = session.exec(select(Coupon).where(col(Coupon.code) == normalized)).first()
    if coupon is None or not coupon.active or coupon_discount(coupon, course) <= 0:  # type: ignore[arg-type]
        raise InvalidInput(UNKNOWN_FOR_COURSE, code="coupon_not_usable", field="coupon_code")
    if coupon.expires_at is not None and as_utc(coupon.expires_at) <= utcnow():
        day = as_utc(coupon.expires_at).strftime("%-d %B %Y")
        raise InvalidInput(
            f"This coupon expired on {day}.", code="coupon_expired", field="coupon_code"
        )
    if coupon.max_redemptions is not None and coupon.redemptions >= coupon.max_redemptions:
        raise InvalidInput(
            "This coupon has been used as many times as its instructor allowed.",
            code="coupon_exhausted",
            field="coupon_code",
        )
    if user_id is not None and not coupon.public:
        used = session.exec(
            select(func.count(col(Order.id))).where(
                col(Order.coupon_id) == coupon.id,
                col(Order.user_id) == user_id,
                col(Order.status).in_([OrderStatus.pending.value, OrderStatus.paid.value]),
            )
        ).one()
        if int(used) >= coupon.max_per_student:
            raise InvalidInput(
                "You have already used this coupon.",
                code="coupon_already_used",
                field="coupon_code",
            )
    return coupon


def quote_course(
    *, session: Session, course_id: int, coupon_code: str | None = None, user_id: int | None = None
) -> PriceQuotePublic:
    """A published course's price now, with the typed code when given (422 with the reason
    when the code cannot be used on it, or gives less than the sale already does)."""
    course = catalog_service.get_course(session=session, course_id=course_id)
    if course.status != CourseStatus.published.value:
        raise NotFound("This course does not exist or is not published.", code="course_not_found")
    public = public_coupons_for(session, [course])
    if not coupon_code or not coupon_code.strip():
        return to_quote(best_line(course, None, public))
    if course.price_cents == 0:
        raise InvalidInput(
            "This course is free, so there is nothing to take off.",
            code="course_free",
            field="coupon_code",
        )
    typed = _typed_coupon_for_course(session, code=coupon_code, course=course, user_id=user_id)
    line = best_line(course, typed, public)
    if line.coupon is not typed:
        raise InvalidInput(
            "The sale price is already lower than this coupon would make it.",
            code="coupon_not_better",
            field="coupon_code",
        )
    return to_quote(line)
