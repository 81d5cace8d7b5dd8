"""The cart: what may be bought, adding and removing courses, pricing with a coupon."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from sqlalchemy import func
from sqlmodel import Session, col, select

from udemy_clone.catalog import service as catalog_service
from udemy_clone.catalog.service import Course, CourseStatus
from udemy_clone.core.db import utcnow
from udemy_clone.core.errors import (
    Conflict,
    InvalidInput,
    NotFound,
)
from udemy_clone.orders._rows import cart_rows, insert_once
from udemy_clone.orders.coupons import (
    COUPON_REFUSAL,
    coupon_gives_discount,
    describe_coupon,
    find_usable_coupon,
)
from udemy_clone.orders.enrollments import is_enrolled
from udemy_clone.orders.models import (
    MAX_CART_ITEMS,
    AppliedCoupon,
    CartItem,
    CartLine,
    CartPublic,
    Coupon,
)
from udemy_clone.orders.pricing import PricedLine, price_courses


def purchasable_course(session: Session, *, user_id: int, course_id: int) -> Course:
    """A published course the user neither owns nor is enrolled in (404/409 otherwise)."""
    course = catalog_service.get_course(session=session, course_id=course_id)
    if course.status != CourseStatus.published.value:
        raise NotFound("This course does not exist or is not published.", code="course_not_found")
    if course.owner_id == user_id:
        raise Conflict("You teach this course, so there is no need to buy it.", code="own_course")
    if is_enrolled(session=session, user_id=user_id, course_id=course_id):
        raise Conflict(
            "You already own this course; find it in My courses.", code="already_enrolled"
        )
    return course


def cart_count(*, session: Session, user_id: int) -> int:
    """How many courses are in the user's cart (the header badge)."""
    statement = select(func.count()).select_from(CartItem).where(col(CartItem.user_id) == user_id)
    return int(session.exec(statement).one())


def add_to_cart(*, session: Session, user_id: int, course_id: int) -> CartItem:
    """Put a published course in the cart (idempotent); own or owned courses → 409."""
    purchasable_course(session, user_id=user_id, course_id=course_id)
    existing = session.exec(
        select(CartItem).where(
            col(CartItem.user_id) == user_id, col(CartItem.course_id) == course_id
        )
    ).first()
    if existing is not None:
        return existing
    if cart_count(session=session, user_id=user_id) >= MAX_CART_ITEMS:
        raise Conflict(
            f"A cart holds at most {MAX_CART_ITEMS} courses; check out first.", code="cart_full"
        )
    # ON CONFLICT DO NOTHING: the same course added twice at once (double click) is one row.
    insert_once(
        session, CartItem, {"user_id": user_id, "course_id": course_id, "added_at": utcnow()}
    )
    item = session.exec(
        select(CartItem).where(
            col(CartItem.user_id) == user_id, col(CartItem.course_id) == course_id
        )
    ).one()
    return item


def remove_from_cart(*, session: Session, user_id: int, course_id: int) -> None:
    """Take a course out of the cart (404 when it is not there)."""
    item = session.exec(
        select(CartItem).where(
            col(CartItem.user_id) == user_id, col(CartItem.course_id) == course_id
        )
    ).first()
    if item is None:
        raise NotFound("This course is not in your cart.", code="not_in_cart")
    session.delete(item)
    session.flush()


def clear_cart(session: Session, user_id: int, course_ids: Sequence[int]) -> None:
    for item in cart_rows(session, user_id):
        if item.course_id in course_ids:
            session.delete(item)
    session.flush()


def typed_coupon_used(lines: Sequence[PricedLine], coupon: Coupon | None) -> Coupon | None:
    """The typed coupon if it priced a line; 422 when the sales beat it on every course."""
    if coupon is None:
        return None
    if any(line.coupon is coupon for line in lines):
        return coupon
    raise InvalidInput(
        "The sale price is already lower than this coupon would make it.",
        code="coupon_not_better",
        field="coupon_code",
    )


def coupon_for(session: Session, code: str | None, courses: Sequence[Course]) -> Coupon | None:
    """The coupon for these courses, or one 422 for any code that gives nothing off them.

    Unknown, expired, used-up codes and codes for other courses (an empty cart included) get
    the same status, code and message, so the answer does not tell which codes exist.
    """
    if not code or not code.strip():
        return None
    coupon = find_usable_coupon(session=session, code=code)
    if not any(coupon_gives_discount(coupon, c) for c in courses):
        raise InvalidInput(COUPON_REFUSAL, code="coupon_not_usable", field="coupon_code")
    return coupon


def purchase_status(
    *, session: Session, user_id: int, course_id: int
) -> Literal["enrolled", "in_cart", "none"]:
    """Where a viewer stands with a course: enrolled, has it in the cart, or neither."""
    if is_enrolled(session=session, user_id=user_id, course_id=course_id):
        return "enrolled"
    in_cart = session.exec(
        select(CartItem.id)
        .where(CartItem.user_id == user_id)
        .where(CartItem.course_id == course_id)
        .limit(1)
    ).first()
    return "in_cart" if in_cart is not None else "none"


def get_cart(*, session: Session, user_id: int, coupon_code: str | None = None) -> CartPublic:
    """The cart priced, with the coupon's discount when a code is given (422 if unusable).

    Courses that were unpublished or bought meanwhile drop out of the cart here.
    """
    courses: list[Course] = []
    for item in cart_rows(session, user_id):
        try:
            courses.append(purchasable_course(session, user_id=user_id, course_id=item.course_id))
        except (NotFound, Conflict):
            session.delete(item)
    session.flush()
    coupon = coupon_for(session, coupon_code, courses)
    lines = price_courses(session, courses, coupon)
    coupon = typed_coupon_used(lines, coupon)
    summaries = {s.id: s for s in catalog_service.to_summaries(session=session, courses=courses)}
    currencies = sorted({c.currency for c in courses})
    cart_lines = []
    for course, line in zip(courses, lines, strict=True):
        assert course.id is not None
        summary = summaries[course.id]
        cart_lines.append(
            CartLine(
                course_id=course.id,
                slug=course.slug,
                title=course.title,
                instructor_name=summary.instructor.full_name,
                thumbnail_url=summary.thumbnail_url,
                currency=course.currency,
                price_cents=course.price_cents,
                discount_cents=line.discount_cents,
                final_price_cents=line.final_cents,
            )
        )
    subtotal = sum(line.course.price_cents for line in lines)
    discount = sum(line.discount_cents for line in lines)
    return CartPublic(
        items=cart_lines,
        count=len(cart_lines),
        currency=currencies[0] if currencies else "USD",
        subtotal_cents=subtotal,
        discount_cents=discount,
        total_cents=subtotal - discount,
        coupon=AppliedCoupon(code=coupon.code, description=describe_coupon(coupon))
        if coupon
        else None,
        mixed_currencies=len(currencies) > 1,
    )
