"""Coupons: what they take off, whether they can be used, and their redemption count."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, update
from sqlmodel import Session, col, select

from udemy_clone.catalog import service as catalog_service
from udemy_clone.catalog.service import Course
from udemy_clone.core import outbox
from udemy_clone.core.db import as_utc, utcnow
from udemy_clone.core.errors import (
    Conflict,
    InvalidInput,
    NotFound,
    PermissionDenied,
)
from udemy_clone.core.money import format_money
from udemy_clone.orders._rows import insert_once
from udemy_clone.orders.events import CouponPublished
from udemy_clone.orders.models import (
    Coupon,
    CouponCreate,
    CouponPublic,
    Order,
    OrderStatus,
)


def coupon_applies(coupon: Coupon, course: Course) -> bool:
    if coupon.course_id is not None:
        return coupon.course_id == course.id
    if coupon.instructor_id is not None:
        return coupon.instructor_id == course.owner_id
    return True


def coupon_discount(coupon: Coupon, course: Course) -> int:
    """The discount in minor units the coupon gives on this course (0 when it does not apply).

    Percent coupons round to the nearest minor unit; fixed amounts come off each course they
    apply to, in the coupon's currency only, and never below zero.
    """
    if not coupon_applies(coupon, course):
        return 0
    price = course.price_cents
    if coupon.percent_off is not None:
        return min(price, (price * coupon.percent_off + 50) // 100)
    if coupon.amount_off_cents is not None and coupon.currency == course.currency:
        return min(price, coupon.amount_off_cents)
    return 0


def describe_coupon(coupon: Coupon) -> str:
    """ "20% off" or "$5.00 off", with its scope."""
    if coupon.percent_off is not None:
        amount = f"{coupon.percent_off}% off"
    else:
        amount = f"{format_money(coupon.amount_off_cents or 0, coupon.currency)} off"
    if coupon.course_id is not None:
        return f"{amount} this course"
    if coupon.instructor_id is not None:
        return f"{amount} this instructor's courses"
    return f"{amount} every course"


# One answer for every code that cannot be used here, whether it exists or not, so that the
# cart preview does not tell which codes exist (`GET /cart?coupon_code=`).
COUPON_REFUSAL = (
    "This coupon code cannot be used for the courses in your cart. Check the spelling, "
    "or use it on the courses it was made for."
)


def _coupon_usable(coupon: Coupon | None, now: datetime) -> bool:
    if coupon is None or not coupon.active:
        return False
    if coupon.expires_at is not None and as_utc(coupon.expires_at) <= now:
        return False
    return coupon.max_redemptions is None or coupon.redemptions < coupon.max_redemptions


def coupon_is_usable(coupon: Coupon) -> bool:
    """Active, not expired, redemptions left."""
    return _coupon_usable(coupon, utcnow())


def coupon_gives_discount(coupon: Coupon, course: Course) -> bool:
    """True when the coupon applies to the course and can take something off its price."""
    return coupon_discount(coupon, course) > 0


def find_usable_coupon(*, session: Session, code: str) -> Coupon:
    """The active, unexpired coupon with this code that still has redemptions left (422)."""
    normalized = code.strip().upper()[:40]
    coupon = session.exec(select(Coupon).where(col(Coupon.code) == normalized)).first()
    if not _coupon_usable(coupon, utcnow()):
        raise InvalidInput(COUPON_REFUSAL, code="coupon_not_usable", field="coupon_code")
    assert coupon is not None
    return coupon


def reserve_coupon(session: Session, coupon: Coupon, *, user_id: int, order_id: int) -> None:
    """Count one redemption for this new order, within the coupon's and the student's limits.

    The conditional UPDATE counts atomically (two checkouts cannot pass `max_redemptions`)
    and, on PostgreSQL, locks the coupon's row until commit: a concurrent checkout with the
    same coupon waits, then counts this student's orders including the one committed first.
    """
    result = session.exec(
        update(Coupon)
        .where(
            col(Coupon.id) == coupon.id,
            col(Coupon.active).is_(True),
            (col(Coupon.max_redemptions).is_(None))
            | (col(Coupon.redemptions) < col(Coupon.max_redemptions)),
        )
        .values(redemptions=col(Coupon.redemptions) + 1)
        .execution_options(synchronize_session=False)
    )
    if getattr(result, "rowcount", 0) != 1:
        raise Conflict("This coupon has just been used up.", code="coupon_exhausted")
    session.refresh(coupon)
    if coupon.public:
        return  # a sale: everyone's price, no per-student limit (a course is bought once)
    used = session.exec(
        select(func.count(col(Order.id))).where(
            col(Order.coupon_id) == coupon.id,
            col(Order.user_id) == user_id,
            col(Order.id) != order_id,
            col(Order.status).in_([OrderStatus.pending.value, OrderStatus.paid.value]),
        )
    ).one()
    if int(used) >= coupon.max_per_student:
        times = "once" if coupon.max_per_student == 1 else f"{coupon.max_per_student} times"
        raise Conflict(
            f"You have already used this coupon; it can be used {times} per student "
            "(an open checkout counts until it is paid or expires).",
            code="coupon_already_used",
        )


def release_coupon(session: Session, coupon_id: int | None) -> None:
    """Give back the redemption of an order that was never paid."""
    if coupon_id is None:
        return
    session.exec(
        update(Coupon)
        .where(col(Coupon.id) == coupon_id, col(Coupon.redemptions) > 0)
        .values(redemptions=col(Coupon.redemptions) - 1)
        .execution_options(synchronize_session=False)
    )


def create_coupon(
    *, session: Session, actor_id: int, actor_roles: Sequence[str], data: CouponCreate
) -> Coupon:
    """Instructor: a coupon for one own course or all of them; admin: also site-wide."""
    is_admin = "admin" in actor_roles
    if not is_admin and "instructor" not in actor_roles:
        raise PermissionDenied("Only instructors and admins can create coupons.")
    instructor_id: int | None = None
    currency = data.currency
    if data.course_id is not None:
        course = catalog_service.get_course(session=session, course_id=data.course_id)
        if course.owner_id != actor_id and not is_admin:
            raise PermissionDenied(
                "You can create coupons for your own courses only.", code="not_owner"
            )
        currency = course.currency
    elif not is_admin:
        instructor_id = actor_id  # every course this instructor teaches
    if data.expires_at is not None and as_utc(data.expires_at) <= utcnow():
        raise InvalidInput("Choose an expiry date in the future.", field="expires_at")
    exists = session.exec(select(Coupon.id).where(col(Coupon.code) == data.code)).first()
    if exists is not None:
        raise Conflict("This coupon code is taken; choose another.", code="coupon_code_taken")
    coupon = Coupon(
        code=data.code,
        created_by=actor_id,
        instructor_id=instructor_id,
        course_id=data.course_id,
        percent_off=data.percent_off,
        amount_off_cents=data.amount_off_cents,
        currency=currency,
        max_redemptions=data.max_redemptions,
        max_per_student=data.max_per_student,
        expires_at=data.expires_at,
        public=data.public,
    )
    if not insert_once(session, Coupon, coupon.model_dump(exclude={"id"})):
        raise Conflict("This coupon code is taken; choose another.", code="coupon_code_taken")
    created = session.exec(select(Coupon).where(col(Coupon.code) == data.code)).one()
    if created.public:
        assert created.id is not None
        outbox.emit(session, CouponPublished(coupon_id=created.id))
    return created


def get_coupon(*, session: Session, coupon_id: int) -> Coupon:
    """A coupon by id (404)."""
    coupon = session.get(Coupon, coupon_id)
    if coupon is None:
        raise NotFound("This coupon does not exist.", code="coupon_not_found")
    return coupon


def list_coupons(*, session: Session, actor_id: int, actor_roles: Sequence[str]) -> list[Coupon]:
    """Admin: every coupon; instructor: the coupons they created, newest first."""
    statement = select(Coupon).order_by(col(Coupon.created_at).desc(), col(Coupon.id).desc())
    if "admin" not in actor_roles:
        statement = statement.where(col(Coupon.created_by) == actor_id)
    return list(session.exec(statement))


def deactivate_coupon(
    *, session: Session, actor_id: int, actor_roles: Sequence[str], coupon_id: int
) -> Coupon:
    """Creator or admin: stop a coupon from being used (orders already placed keep it)."""
    coupon = session.get(Coupon, coupon_id)
    if coupon is None:
        raise NotFound("This coupon does not exist.", code="coupon_not_found")
    if coupon.created_by != actor_id and "admin" not in actor_roles:
        raise PermissionDenied("Only the coupon's creator can change it.", code="not_owner")
    coupon.active = False
    session.add(coupon)
    session.flush()
    return coupon


def activate_coupon(
    *, session: Session, actor_id: int, actor_roles: Sequence[str], coupon_id: int
) -> Coupon:
    """Creator or admin: let a deactivated coupon be used again (a public one tells wishers,
    once per coupon: the notifications are keyed by the coupon)."""
    coupon = session.get(Coupon, coupon_id)
    if coupon is None:
        raise NotFound("This coupon does not exist.", code="coupon_not_found")
    if coupon.created_by != actor_id and "admin" not in actor_roles:
        raise PermissionDenied("Only the coupon's creator can change it.", code="not_owner")
    if coupon.expires_at is not None and as_utc(coupon.expires_at) <= utcnow():
        raise Conflict("This coupon has expired; create a new one instead.", code="coupon_expired")
    if not coupon.active:
        coupon.active = True
        session.add(coupon)
        session.flush()
        if coupon.public:
            assert coupon.id is not None
            outbox.emit(session, CouponPublished(coupon_id=coupon.id))
    return coupon


def to_coupon_public(coupon: Coupon) -> CouponPublic:
    """The API shape of a coupon."""
    assert coupon.id is not None
    return CouponPublic(
        id=coupon.id,
        code=coupon.code,
        course_id=coupon.course_id,
        instructor_id=coupon.instructor_id,
        percent_off=coupon.percent_off,
        amount_off_cents=coupon.amount_off_cents,
        currency=coupon.currency,
        max_redemptions=coupon.max_redemptions,
        max_per_student=coupon.max_per_student,
        redemptions=coupon.redemptions,
        expires_at=as_utc(coupon.expires_at) if coupon.expires_at else None,
        active=coupon.active,
        created_at=as_utc(coupon.created_at),
        public=coupon.public,
    )
