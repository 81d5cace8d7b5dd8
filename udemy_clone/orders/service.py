"""The orders domain's API: enrollments, the cart, coupons, checkout, fulfilment and refunds.

Other domains call `is_enrolled`, `enroll_student`, `list_enrollments` and `enrolled_user_ids`.
Functions taking `session=` never commit. The few use cases that call the payment provider
(`start_checkout`, `confirm_checkout_return`) own their transactions instead, so that no
database transaction stays open while the provider is being asked.

Fulfilment is one function, `fulfil_order`, reached from the Stripe webhook, the success
redirect and the sandbox page alike; a conditional UPDATE (`... WHERE status = 'pending'`)
makes it run once however many of them arrive, in whatever order.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Literal

from sqlalchemy import func, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, SQLModel, col, select

from udemy_clone.auth import service as auth_service
from udemy_clone.catalog import service as catalog_service
from udemy_clone.catalog.models import Course, CourseStatus
from udemy_clone.core import db, outbox
from udemy_clone.core.config import get_settings
from udemy_clone.core.db import as_utc, utcnow
from udemy_clone.core.errors import (
    Conflict,
    DomainError,
    InvalidInput,
    NotFound,
    PermissionDenied,
    ServiceUnavailable,
)
from udemy_clone.core.log import get_logger
from udemy_clone.core.money import format_money
from udemy_clone.orders.events import OrderPaid, OrderRefunded
from udemy_clone.orders.models import (
    MAX_CART_ITEMS,
    AppliedCoupon,
    CartItem,
    CartLine,
    CartPublic,
    CheckoutResult,
    Coupon,
    CouponCreate,
    CouponPublic,
    Enrollment,
    EnrollmentStatus,
    MyCourse,
    Order,
    OrderItem,
    OrderItemPublic,
    OrderPublic,
    OrderStatus,
    PaymentEventRecord,
)
from udemy_clone.orders.payments import (
    InvalidWebhook,
    LineItem,
    PaymentEvent,
    PaymentGateway,
    PaymentGatewayError,
    SandboxGateway,
    StripeGateway,
    get_payment_gateway,
)

log = get_logger(__name__)

# Events other domains subscribe to (udemy_clone/events.py); payloads carry ids only.

ORDER_TRANSITIONS: dict[OrderStatus, frozenset[OrderStatus]] = {
    OrderStatus.pending: frozenset({OrderStatus.paid, OrderStatus.expired}),
    OrderStatus.paid: frozenset({OrderStatus.refunded}),
    OrderStatus.refunded: frozenset(),
    OrderStatus.expired: frozenset(),
}


class PaymentRejected(DomainError):
    """A payment notification that does not fit our records (bad signature, amount, order)."""

    status_code = 400
    code = "payment_rejected"


def _insert_once(session: Session, model: type[SQLModel], values: dict[str, Any]) -> bool:
    """INSERT ... ON CONFLICT DO NOTHING; False when a unique key already had the row.

    Used instead of a savepoint around a plain INSERT: a concurrent twin waits for the first
    transaction and then does nothing, on PostgreSQL and SQLite alike.
    """
    table = model.__table__  # type: ignore[attr-defined]
    if session.get_bind().dialect.name == "postgresql":
        statement: Any = postgresql_insert(table).values(**values).on_conflict_do_nothing()
    else:
        statement = sqlite_insert(table).values(**values).on_conflict_do_nothing()
    # RETURNING, not rowcount: drivers do not all report a row count for this statement.
    return session.exec(statement.returning(table.c.id)).first() is not None


def _claim_write_lock(session: Session) -> None:
    """SQLite: take the database's write lock now, as the transaction's first statement.

    A SQLite transaction that has read cannot start writing while another connection writes
    ("database is locked" at once, no waiting); one whose first statement writes waits its
    turn instead. PostgreSQL locks rows, so nothing is needed there.
    """
    if session.get_bind().dialect.name == "sqlite":
        session.exec(update(Order).where(col(Order.id) == -1).values(status=col(Order.status)))


# ---- the order state machine -------------------------------------------------------------------


def can_transition(current: str, target: str) -> bool:
    """True when an order may go from `current` to `target` (pending→paid→refunded, →expired)."""
    try:
        return OrderStatus(target) in ORDER_TRANSITIONS[OrderStatus(current)]
    except ValueError:
        return False


def check_transition(current: str, target: str) -> None:
    """Refuse a transition the state machine does not allow (409)."""
    if not can_transition(current, target):
        raise Conflict(
            f"This order is {current}, so it cannot become {target}.", code="invalid_order_status"
        )


def _transition(session: Session, order: Order, target: OrderStatus, **values: Any) -> bool:
    """Move the order on if nobody else did first; True when this call made the change.

    The UPDATE is conditional on the status read before, so two concurrent callers (webhook and
    success redirect) cannot both win: the second matches no row and sees the new status.
    """
    assert order.id is not None
    current = order.status
    check_transition(current, target.value)
    result = session.exec(
        update(Order)
        .where(col(Order.id) == order.id, col(Order.status) == current)
        .values(status=target.value, **values)
        .execution_options(synchronize_session=False)
    )
    session.refresh(order)
    return bool(getattr(result, "rowcount", 0) == 1)


# ---- enrollments (used by playback, reviews, stats) -----------------------------------------


def is_enrolled(*, session: Session, user_id: int, course_id: int) -> bool:
    """True when the user has active access to the course through an enrollment."""
    statement = select(Enrollment.id).where(
        col(Enrollment.user_id) == user_id,
        col(Enrollment.course_id) == course_id,
        col(Enrollment.status) == EnrollmentStatus.active.value,
    )
    return session.exec(statement.limit(1)).first() is not None


def _enrollment(session: Session, user_id: int, course_id: int) -> Enrollment | None:
    return session.exec(
        select(Enrollment).where(
            col(Enrollment.user_id) == user_id, col(Enrollment.course_id) == course_id
        )
    ).first()


def enroll_student(
    *, session: Session, user_id: int, course_id: int, order_id: int | None = None
) -> Enrollment:
    """Give the user access to the course (idempotent; re-activates a revoked enrollment)."""
    existing = _enrollment(session, user_id, course_id)
    if existing is not None and existing.status == EnrollmentStatus.active.value:
        return existing
    catalog_service.get_course(session=session, course_id=course_id)  # 404 for unknown courses
    if existing is not None:
        existing.status = EnrollmentStatus.active.value
        existing.order_id = order_id
        existing.revoked_at = None
        existing.created_at = utcnow()
        session.add(existing)
        enrollment = existing
    else:
        created = _insert_once(
            session,
            Enrollment,
            {
                "user_id": user_id,
                "course_id": course_id,
                "order_id": order_id,
                "status": EnrollmentStatus.active.value,
                "created_at": utcnow(),
            },
        )
        found = _enrollment(session, user_id, course_id)
        assert found is not None
        if not created:
            return found  # another transaction enrolled the same student at the same moment
        enrollment = found
    session.flush()
    catalog_service.record_enrollment_change(session=session, course_id=course_id, delta=1)
    return enrollment


def _revoke_enrollment(session: Session, *, user_id: int, course_id: int, order_id: int) -> bool:
    enrollment = _enrollment(session, user_id, course_id)
    # Only the access this order gave is taken back (a later purchase keeps its own).
    if (
        enrollment is None
        or enrollment.status != EnrollmentStatus.active.value
        or enrollment.order_id != order_id
    ):
        return False
    enrollment.status = EnrollmentStatus.revoked.value
    enrollment.revoked_at = utcnow()
    session.add(enrollment)
    session.flush()
    catalog_service.record_enrollment_change(session=session, course_id=course_id, delta=-1)
    return True


def list_enrollments(*, session: Session, user_id: int) -> list[Enrollment]:
    """The user's active enrollments, newest first."""
    statement = (
        select(Enrollment)
        .where(
            col(Enrollment.user_id) == user_id,
            col(Enrollment.status) == EnrollmentStatus.active.value,
        )
        .order_by(col(Enrollment.created_at).desc(), col(Enrollment.id).desc())
    )
    return list(session.exec(statement))


def enrolled_user_ids(*, session: Session, course_id: int) -> list[int]:
    """Ids of the students with active access to the course."""
    statement = select(Enrollment.user_id).where(
        col(Enrollment.course_id) == course_id,
        col(Enrollment.status) == EnrollmentStatus.active.value,
    )
    return sorted(int(uid) for uid in session.exec(statement))


def enrolled_course_ids(*, session: Session, user_id: int) -> set[int]:
    """Ids of the courses the user has active access to."""
    return {e.course_id for e in list_enrollments(session=session, user_id=user_id)}


def course_progress(*, session: Session, user_id: int, course_id: int) -> int:
    """Percent of the course watched, from the playback domain when it offers it (else 0)."""
    try:
        playback = importlib.import_module("udemy_clone.playback.service")
    except ImportError:
        return 0
    progress = getattr(playback, "course_progress_percent", None)
    if progress is None:
        return 0
    try:
        value = progress(session=session, user_id=user_id, course_id=course_id)
    except DomainError:
        return 0
    return max(0, min(100, round(float(value or 0))))


def my_courses(*, session: Session, user_id: int) -> list[MyCourse]:
    """The user's courses for "My courses": card, enrollment date and progress."""
    enrollments = list_enrollments(session=session, user_id=user_id)
    courses: list[Course] = []
    enrolled_at: dict[int, datetime] = {}
    for enrollment in enrollments:
        try:
            courses.append(
                catalog_service.get_course(session=session, course_id=enrollment.course_id)
            )
        except NotFound:
            continue
        enrolled_at[enrollment.course_id] = as_utc(enrollment.created_at)
    summaries = catalog_service.to_summaries(session=session, courses=courses)
    return [
        MyCourse(
            course_id=s.id,
            slug=s.slug,
            title=s.title,
            instructor_name=s.instructor.full_name,
            thumbnail_url=s.thumbnail_url,
            enrolled_at=enrolled_at[s.id],
            progress_percent=course_progress(session=session, user_id=user_id, course_id=s.id),
        )
        for s in summaries
    ]


# ---- what may be bought ------------------------------------------------------------------------


def _purchasable_course(session: Session, *, user_id: int, course_id: int) -> Course:
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


# ---- coupons ----------------------------------------------------------------------------------


def _coupon_applies(coupon: Coupon, course: Course) -> bool:
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
    if not _coupon_applies(coupon, course):
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


def _coupon_refusal(coupon: Coupon | None, now: datetime) -> str | None:
    if coupon is None or not coupon.active:
        return "This coupon code does not exist. Check the spelling and try again."
    if coupon.expires_at is not None and as_utc(coupon.expires_at) <= now:
        return "This coupon has expired."
    if coupon.max_redemptions is not None and coupon.redemptions >= coupon.max_redemptions:
        return "This coupon has been used up."
    return None


def find_usable_coupon(*, session: Session, code: str) -> Coupon:
    """The active, unexpired coupon with this code that still has redemptions left (422)."""
    normalized = code.strip().upper()[:40]
    coupon = session.exec(select(Coupon).where(col(Coupon.code) == normalized)).first()
    refusal = _coupon_refusal(coupon, utcnow())
    if refusal:
        raise InvalidInput(refusal, code="coupon_not_usable", field="coupon_code")
    assert coupon is not None
    return coupon


def _reserve_coupon(session: Session, coupon: Coupon) -> None:
    """Count one redemption atomically; two checkouts at once cannot pass the maximum."""
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


def _release_coupon(session: Session, coupon_id: int | None) -> None:
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
        expires_at=data.expires_at,
    )
    if not _insert_once(session, Coupon, coupon.model_dump(exclude={"id"})):
        raise Conflict("This coupon code is taken; choose another.", code="coupon_code_taken")
    return session.exec(select(Coupon).where(col(Coupon.code) == data.code)).one()


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
        redemptions=coupon.redemptions,
        expires_at=as_utc(coupon.expires_at) if coupon.expires_at else None,
        active=coupon.active,
        created_at=as_utc(coupon.created_at),
    )


# ---- the cart --------------------------------------------------------------------------------


def _cart_rows(session: Session, user_id: int) -> list[CartItem]:
    statement = (
        select(CartItem)
        .where(col(CartItem.user_id) == user_id)
        .order_by(col(CartItem.added_at), col(CartItem.id))
    )
    return list(session.exec(statement))


def cart_count(*, session: Session, user_id: int) -> int:
    """How many courses are in the user's cart (the header badge)."""
    statement = select(func.count()).select_from(CartItem).where(col(CartItem.user_id) == user_id)
    return int(session.exec(statement).one())


def add_to_cart(*, session: Session, user_id: int, course_id: int) -> CartItem:
    """Put a published course in the cart (idempotent); own or owned courses → 409."""
    _purchasable_course(session, user_id=user_id, course_id=course_id)
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
    _insert_once(
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


def _clear_cart(session: Session, user_id: int, course_ids: Sequence[int]) -> None:
    for item in _cart_rows(session, user_id):
        if item.course_id in course_ids:
            session.delete(item)
    session.flush()


@dataclass(frozen=True)
class _PricedLine:
    course: Course
    discount_cents: int

    @property
    def final_cents(self) -> int:
        return self.course.price_cents - self.discount_cents


def _price(courses: Sequence[Course], coupon: Coupon | None) -> list[_PricedLine]:
    return [
        _PricedLine(course=c, discount_cents=coupon_discount(coupon, c) if coupon else 0)
        for c in courses
    ]


def _coupon_for(session: Session, code: str | None, courses: Sequence[Course]) -> Coupon | None:
    if not code or not code.strip():
        return None
    coupon = find_usable_coupon(session=session, code=code)
    if courses and not any(_coupon_applies(coupon, c) for c in courses):
        raise InvalidInput(
            "This coupon does not apply to the courses in your cart.",
            code="coupon_not_applicable",
            field="coupon_code",
        )
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
    for item in _cart_rows(session, user_id):
        try:
            courses.append(_purchasable_course(session, user_id=user_id, course_id=item.course_id))
        except (NotFound, Conflict):
            session.delete(item)
    session.flush()
    coupon = _coupon_for(session, coupon_code, courses)
    lines = _price(courses, coupon)
    summaries = {s.id: s for s in catalog_service.to_summaries(session=session, courses=courses)}
    currencies = sorted({c.currency for c in courses})
    cart_lines = []
    for line in lines:
        assert line.course.id is not None
        summary = summaries[line.course.id]
        cart_lines.append(
            CartLine(
                course_id=line.course.id,
                slug=line.course.slug,
                title=line.course.title,
                instructor_name=summary.instructor.full_name,
                thumbnail_url=summary.thumbnail_url,
                currency=line.course.currency,
                price_cents=line.course.price_cents,
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


# ---- orders ----------------------------------------------------------------------------------


def _items_of(session: Session, order_id: int) -> list[OrderItem]:
    statement = select(OrderItem).where(col(OrderItem.order_id) == order_id)
    return list(session.exec(statement.order_by(col(OrderItem.id))))


def _same_pending_order(
    session: Session, user_id: int, course_ids: Sequence[int], coupon_code: str | None
) -> Order | None:
    """An open checkout for exactly these courses (a second click reuses it)."""
    statement = select(Order).where(
        col(Order.user_id) == user_id,
        col(Order.status) == OrderStatus.pending.value,
        col(Order.checkout_url).is_not(None),
    )
    wanted = sorted(course_ids)
    for order in session.exec(statement.order_by(col(Order.id).desc()).limit(5)):
        assert order.id is not None
        items = sorted(i.course_id for i in _items_of(session, order.id))
        if items == wanted and (order.coupon_code or None) == (coupon_code or None):
            return order
    return None


def create_order(
    *,
    session: Session,
    user_id: int,
    course_ids: Sequence[int] | None = None,
    coupon_code: str | None = None,
    gateway_name: str = "sandbox",
) -> Order:
    """A pending order for these courses (default: the cart); a free total is paid at once."""
    if course_ids is None:
        course_ids = [item.course_id for item in _cart_rows(session, user_id)]
    unique_ids = list(dict.fromkeys(course_ids))
    if not unique_ids:
        raise InvalidInput(
            "Your cart is empty; add a course first.", code="empty_cart", field="course_ids"
        )
    if len(unique_ids) > MAX_CART_ITEMS:
        raise InvalidInput(f"An order holds at most {MAX_CART_ITEMS} courses.", field="course_ids")
    courses = [_purchasable_course(session, user_id=user_id, course_id=cid) for cid in unique_ids]
    currencies = {c.currency for c in courses}
    if len(currencies) > 1:
        raise Conflict(
            "These courses are priced in different currencies; buy them in separate orders.",
            code="mixed_currencies",
        )
    coupon = _coupon_for(session, coupon_code, courses)
    normalized_code = coupon.code if coupon else None
    reusable = _same_pending_order(session, user_id, unique_ids, normalized_code)
    if reusable is not None:
        return reusable
    lines = _price(courses, coupon)
    subtotal = sum(line.course.price_cents for line in lines)
    discount = sum(line.discount_cents for line in lines)
    if coupon is not None:
        _reserve_coupon(session, coupon)
    order = Order(
        user_id=user_id,
        currency=currencies.pop(),
        subtotal_cents=subtotal,
        discount_cents=discount,
        amount_cents=subtotal - discount,
        coupon_id=coupon.id if coupon else None,
        coupon_code=normalized_code,
        gateway="free" if subtotal - discount == 0 else gateway_name,
    )
    session.add(order)
    session.flush()
    assert order.id is not None
    for line in lines:
        assert line.course.id is not None
        session.add(
            OrderItem(
                order_id=order.id,
                course_id=line.course.id,
                title=line.course.title,
                instructor_id=line.course.owner_id,
                list_price_cents=line.course.price_cents,
                discount_cents=line.discount_cents,
                price_cents=line.final_cents,
            )
        )
    session.flush()
    if order.amount_cents == 0:
        fulfil_order(session=session, order_id=order.id)
    return order


def attach_checkout(*, session: Session, order_id: int, session_id: str, url: str) -> Order:
    """Remember the provider's payment page of a pending order."""
    order = _get_order_row(session, order_id)
    order.checkout_session_id = session_id
    order.checkout_url = url
    session.add(order)
    session.flush()
    return order


def _get_order_row(session: Session, order_id: int) -> Order:
    order = session.get(Order, order_id)
    if order is None:
        raise NotFound("This order does not exist.", code="order_not_found")
    return order


def _visible_order(
    session: Session, *, actor_id: int, actor_roles: Sequence[str], order_id: int
) -> Order:
    order = _get_order_row(session, order_id)
    if order.user_id != actor_id and "admin" not in actor_roles:
        raise PermissionDenied("This order belongs to someone else.", code="not_owner")
    return order


def refund_deadline(order: Order) -> datetime | None:
    """Until when the student may ask for a refund of a paid order."""
    if order.paid_at is None:
        return None
    return as_utc(order.paid_at) + timedelta(days=get_settings().refund_window_days)


def to_order_public(*, session: Session, order: Order) -> OrderPublic:
    """The API shape of an order, with its items."""
    assert order.id is not None
    deadline = refund_deadline(order)
    return OrderPublic(
        id=order.id,
        user_id=order.user_id,
        status=order.status,
        items=[
            OrderItemPublic(
                course_id=i.course_id,
                title=i.title,
                list_price_cents=i.list_price_cents,
                discount_cents=i.discount_cents,
                price_cents=i.price_cents,
            )
            for i in _items_of(session, order.id)
        ],
        currency=order.currency,
        subtotal_cents=order.subtotal_cents,
        discount_cents=order.discount_cents,
        amount_cents=order.amount_cents,
        coupon_code=order.coupon_code,
        gateway=order.gateway,
        created_at=as_utc(order.created_at),
        paid_at=as_utc(order.paid_at) if order.paid_at else None,
        refunded_at=as_utc(order.refunded_at) if order.refunded_at else None,
        refundable=order.status == OrderStatus.paid.value
        and order.amount_cents > 0
        and deadline is not None
        and deadline > utcnow(),
        refund_deadline=deadline,
    )


def get_order(
    *, session: Session, actor_id: int, actor_roles: Sequence[str], order_id: int
) -> OrderPublic:
    """An order of the caller (admins: any order); 404 unknown, 403 someone else's."""
    order = _visible_order(session, actor_id=actor_id, actor_roles=actor_roles, order_id=order_id)
    return to_order_public(session=session, order=order)


def list_orders(
    *,
    session: Session,
    user_id: int | None,
    status: str | None = None,
    page: int = 1,
    page_size: int = 20,
) -> tuple[list[OrderPublic], int]:
    """Orders newest first: one user's (purchase history) or everyone's (`user_id=None`, admin)."""
    statement = select(Order)
    count = select(func.count()).select_from(Order)
    if user_id is not None:
        statement = statement.where(col(Order.user_id) == user_id)
        count = count.where(col(Order.user_id) == user_id)
    if status:
        statement = statement.where(col(Order.status) == status)
        count = count.where(col(Order.status) == status)
    total = int(session.exec(count).one())
    rows = session.exec(
        statement.order_by(col(Order.created_at).desc(), col(Order.id).desc())
        .offset((page - 1) * page_size)
        .limit(page_size)
    )
    return [to_order_public(session=session, order=o) for o in rows], total


# ---- fulfilment: the one path from "paid" to enrollments -------------------------------------


def fulfil_order(
    *,
    session: Session,
    order_id: int,
    payment_intent_id: str | None = None,
    amount_cents: int | None = None,
    currency: str | None = None,
) -> Order:
    """Mark the order paid and enroll its buyer, once; later calls change nothing.

    `amount_cents`/`currency` are what the provider says was paid; a mismatch is refused (400)
    before anything changes.
    """
    order = session.get(Order, order_id)
    if order is None:
        raise PaymentRejected("The payment names an order we do not know.", code="unknown_order")
    if amount_cents is not None and (
        amount_cents != order.amount_cents or (currency or "").upper() != order.currency
    ):
        log.warning(
            "payment_amount_mismatch",
            order_id=order_id,
            expected=order.amount_cents,
            got=amount_cents,
            currency=currency,
        )
        raise PaymentRejected("The amount paid does not match the order.", code="amount_mismatch")
    if order.status != OrderStatus.pending.value:
        if order.status == OrderStatus.expired.value:
            log.error("payment_for_expired_order", order_id=order_id, intent=payment_intent_id)
        return order
    values: dict[str, Any] = {"paid_at": utcnow()}
    if payment_intent_id:
        values["payment_intent_id"] = payment_intent_id
    if not _transition(session, order, OrderStatus.paid, **values):
        return order  # someone else fulfilled it a moment ago
    items = _items_of(session, order_id)
    course_ids = [i.course_id for i in items]
    for item in items:
        enroll_student(
            session=session, user_id=order.user_id, course_id=item.course_id, order_id=order_id
        )
        catalog_service.record_sale(session=session, course_id=item.course_id, delta=1)
    _clear_cart(session, order.user_id, course_ids)
    outbox.emit(
        session,
        OrderPaid(
            order_id=order_id,
            user_id=order.user_id,
            course_ids=tuple(course_ids),
            amount_cents=order.amount_cents,
            currency=order.currency,
        ),
    )
    log.info("order_paid", order_id=order_id, amount_cents=order.amount_cents)
    if payment_intent_id:
        _apply_waiting_refund(session, order)
    return order


def expire_order(*, session: Session, order_id: int) -> Order:
    """A checkout ended without payment: pending → expired, coupon redemption given back."""
    order = _get_order_row(session, order_id)
    if order.status != OrderStatus.pending.value:
        return order  # paid, refunded or already expired: an expiry notice changes nothing
    if _transition(session, order, OrderStatus.expired, expired_at=utcnow()):
        _release_coupon(session, order.coupon_id)
    return order


def _mark_refunded(session: Session, order: Order, *, refund_id: str | None) -> bool:
    assert order.id is not None
    if not _transition(
        session, order, OrderStatus.refunded, refunded_at=utcnow(), refund_id=refund_id
    ):
        return False
    items = _items_of(session, order.id)
    for item in items:
        _revoke_enrollment(
            session, user_id=order.user_id, course_id=item.course_id, order_id=order.id
        )
        catalog_service.record_sale(session=session, course_id=item.course_id, delta=-1)
    outbox.emit(
        session,
        OrderRefunded(
            order_id=order.id,
            user_id=order.user_id,
            course_ids=tuple(i.course_id for i in items),
            amount_cents=order.amount_cents,
            currency=order.currency,
        ),
    )
    log.info("order_refunded", order_id=order.id)
    return True


def refund_order(
    *,
    session: Session,
    actor_id: int,
    actor_roles: Sequence[str],
    order_id: int,
    gateway: PaymentGateway | None = None,
) -> Order:
    """Buyer within the refund window, or an admin: money back, access revoked."""
    _claim_write_lock(session)
    order = _visible_order(session, actor_id=actor_id, actor_roles=actor_roles, order_id=order_id)
    is_admin = "admin" in actor_roles
    if order.status != OrderStatus.paid.value:
        raise Conflict(
            f"Only a paid order can be refunded; this one is {order.status}.",
            code="invalid_order_status",
        )
    if order.amount_cents == 0:
        raise Conflict("This order was free, so there is nothing to refund.", code="free_order")
    deadline = refund_deadline(order)
    if not is_admin and (deadline is None or deadline <= utcnow()):
        days = get_settings().refund_window_days
        raise Conflict(
            f"Refunds are possible within {days} days of purchase; this order is older.",
            code="refund_window_closed",
        )
    if not _mark_refunded(session, order, refund_id=None):
        return order  # refunded by someone else (or a provider notice) a moment ago
    # Ask the provider last: if it refuses, the transaction (and the refund above) rolls back.
    provider = _refund_gateway(order, gateway)
    try:
        result = provider.refund(
            payment_intent_id=order.payment_intent_id or f"pi_sandbox_{order_id}",
            amount_cents=order.amount_cents,
            idempotency_key=f"order-{order_id}-refund",
        )
    except PaymentGatewayError as exc:
        raise ServiceUnavailable(exc.message, code=exc.code) from exc
    order.refund_id = result.refund_id
    session.add(order)
    session.flush()
    return order


def _refund_gateway(order: Order, gateway: PaymentGateway | None) -> PaymentGateway:
    """The provider that took the order's money (a sandbox order is refunded by the sandbox)."""
    if order.gateway == "sandbox":
        return SandboxGateway(public_url=get_settings().public_url)
    gateway = gateway or get_payment_gateway()
    if gateway.name != order.gateway:
        raise ServiceUnavailable(
            "This order was paid through a payment provider that is not set up now; "
            "refund it from the provider's dashboard.",
            code="provider_unavailable",
        )
    return gateway


# ---- payment provider events -----------------------------------------------------------------


def _record_event(session: Session, event: PaymentEvent) -> PaymentEventRecord | None:
    """Write the event id; None when it was handled before (a duplicate delivery)."""
    event_id = event.event_id[:255]
    created = _insert_once(
        session,
        PaymentEventRecord,
        {
            "event_id": event_id,
            "event_type": event.event_type[:100],
            "order_id": event.order_id,
            "payment_intent_id": event.payment_intent_id,
            "amount_cents": event.amount_cents,
            "outcome": "received",
            "received_at": utcnow(),
        },
    )
    if not created:
        return None
    return session.exec(
        select(PaymentEventRecord).where(col(PaymentEventRecord.event_id) == event_id)
    ).one()


def _apply_waiting_refund(session: Session, order: Order) -> None:
    """A refund notice that arrived before the payment it refunds is applied now."""
    waiting = session.exec(
        select(PaymentEventRecord).where(
            col(PaymentEventRecord.payment_intent_id) == order.payment_intent_id,
            col(PaymentEventRecord.outcome) == "waiting",
        )
    ).all()
    for record in waiting:
        if (record.amount_cents or 0) >= order.amount_cents and order.status == "paid":
            _mark_refunded(session, order, refund_id=None)
            record.order_id = order.id
            record.outcome = "applied"
            session.add(record)
    session.flush()


def _order_by_payment_intent(session: Session, payment_intent_id: str | None) -> Order | None:
    if not payment_intent_id:
        return None
    return session.exec(
        select(Order).where(col(Order.payment_intent_id) == payment_intent_id)
    ).first()


def apply_payment_event(*, session: Session, event: PaymentEvent) -> str:
    """Act on a verified provider event once; returns what happened (applied, duplicate, ...).

    Unknown orders and amounts that do not match are refused (400) and leave no trace, so the
    provider's retry is not swallowed.
    """
    record = _record_event(session, event)
    if record is None:
        return "duplicate"
    outcome = "ignored"
    if event.kind == "checkout_completed":
        assert event.order_id is not None
        before = session.get(Order, event.order_id)
        was_pending = before is not None and before.status == OrderStatus.pending.value
        if not event.paid:
            # A delayed payment method: the money is not there yet; wait for async success.
            if before is None:
                raise PaymentRejected(
                    "The payment names an order we do not know.", code="unknown_order"
                )
            outcome = "no_change"
        else:
            order = fulfil_order(
                session=session,
                order_id=event.order_id,
                payment_intent_id=event.payment_intent_id,
                amount_cents=event.amount_cents,
                currency=event.currency,
            )
            outcome = "applied" if was_pending and order.status != "pending" else "no_change"
    elif event.kind == "checkout_expired":
        assert event.order_id is not None
        order_row = session.get(Order, event.order_id)
        if order_row is None:
            raise PaymentRejected("The notice names an order we do not know.", code="unknown_order")
        was_pending = order_row.status == OrderStatus.pending.value
        expire_order(session=session, order_id=event.order_id)
        outcome = "applied" if was_pending else "no_change"
    elif event.kind == "charge_refunded":
        order_or_none = _order_by_payment_intent(session, event.payment_intent_id)
        if order_or_none is None:
            outcome = "waiting"  # the payment's own notice has not arrived yet
        else:
            order = order_or_none
            if (event.currency or "").upper() != order.currency or (
                event.amount_cents or 0
            ) > order.amount_cents:
                raise PaymentRejected(
                    "The refunded amount does not match the order.", code="amount_mismatch"
                )
            record.order_id = order.id
            if event.fully_refunded and order.status == OrderStatus.paid.value:
                outcome = (
                    "applied" if _mark_refunded(session, order, refund_id=None) else "no_change"
                )
            else:
                outcome = "no_change"  # partial refunds keep access; already refunded is done
    record.outcome = outcome
    session.add(record)
    session.flush()
    log.info("payment_event", event_id=event.event_id, kind=event.kind, outcome=outcome)
    return outcome


def _webhook_verifier() -> PaymentGateway:
    settings = get_settings()
    if not settings.stripe_webhook_secret:
        raise NotFound("Stripe webhooks are not configured here.", code="webhooks_disabled")
    gateway = get_payment_gateway(settings)
    if isinstance(gateway, StripeGateway):
        return gateway
    # Only the webhook secret is set: verify signatures without an API key.
    return StripeGateway(
        secret_key=settings.stripe_secret_key or "sk_unused_for_webhooks",
        webhook_secret=settings.stripe_webhook_secret,
        api_base=settings.stripe_api_base,
    )


def handle_stripe_webhook(*, session: Session, payload: bytes, signature_header: str) -> str:
    """Verify a Stripe delivery on its raw body and apply it (400 for a bad or stale one)."""
    verifier = _webhook_verifier()
    try:
        event = verifier.parse_webhook(payload=payload, signature_header=signature_header)
    except InvalidWebhook as exc:
        raise PaymentRejected(exc.message, code="invalid_signature") from exc
    return apply_payment_event(session=session, event=event)


def _sandbox_order(
    session: Session, *, actor_id: int, actor_roles: Sequence[str], order_id: int
) -> Order:
    if get_payment_gateway().name != "sandbox":
        raise NotFound(
            "The sandbox payment page is off because real payments are set up.",
            code="sandbox_disabled",
        )
    return _visible_order(session, actor_id=actor_id, actor_roles=actor_roles, order_id=order_id)


def complete_sandbox_payment(
    *, session: Session, actor_id: int, actor_roles: Sequence[str], order_id: int
) -> Order:
    """Sandbox "Pay": the same path as a Stripe checkout.session.completed webhook."""
    _claim_write_lock(session)
    order = _sandbox_order(session, actor_id=actor_id, actor_roles=actor_roles, order_id=order_id)
    if order.status == OrderStatus.expired.value:
        raise Conflict(
            "This checkout was cancelled; start a new one from your cart.",
            code="invalid_order_status",
        )
    event = PaymentEvent(
        event_id=f"sandbox_{order_id}_completed",
        event_type="checkout.session.completed",
        kind="checkout_completed",
        order_id=order_id,
        session_id=order.checkout_session_id,
        payment_intent_id=f"pi_sandbox_{order_id}",
        amount_cents=order.amount_cents,
        currency=order.currency,
        payment_status="paid",
    )
    apply_payment_event(session=session, event=event)
    return order


def cancel_sandbox_payment(
    *, session: Session, actor_id: int, actor_roles: Sequence[str], order_id: int
) -> Order:
    """Sandbox "Cancel": the same path as a Stripe checkout.session.expired webhook."""
    _claim_write_lock(session)
    order = _sandbox_order(session, actor_id=actor_id, actor_roles=actor_roles, order_id=order_id)
    event = PaymentEvent(
        event_id=f"sandbox_{order_id}_expired",
        event_type="checkout.session.expired",
        kind="checkout_expired",
        order_id=order_id,
        session_id=order.checkout_session_id,
    )
    apply_payment_event(session=session, event=event)
    return order


# ---- use cases that talk to the payment provider (they own their transactions) ---------------


def checkout_urls(order_id: int) -> tuple[str, str]:
    """Where Stripe sends the buyer back: (success URL, cancel URL)."""
    base = get_settings().public_url.rstrip("/")
    return f"{base}/checkout/success?order_id={order_id}", f"{base}/cart"


def start_checkout(
    *,
    user_id: int,
    course_ids: Sequence[int] | None = None,
    coupon_code: str | None = None,
    gateway: PaymentGateway | None = None,
) -> CheckoutResult:
    """Create the order and open the provider's payment page (free orders are paid at once)."""
    gateway = gateway or get_payment_gateway()
    with db.transaction() as session:
        _claim_write_lock(session)
        order = create_order(
            session=session,
            user_id=user_id,
            course_ids=course_ids,
            coupon_code=coupon_code,
            gateway_name=gateway.name,
        )
        assert order.id is not None
        order_id = order.id
        if order.status != OrderStatus.pending.value or order.checkout_url:
            return _checkout_result(order)
        items = [
            LineItem(name=i.title, amount_cents=i.price_cents) for i in _items_of(session, order_id)
        ]
        email = auth_service.get_user(session=session, user_id=user_id).email
        currency = order.currency
    # Zero-priced lines (a 100% coupon on one course) are left out; the total is unchanged.
    payable = [item for item in items if item.amount_cents > 0]
    success_url, cancel_url = checkout_urls(order_id)
    try:
        checkout = gateway.create_checkout(
            order_id=order_id,
            items=payable,
            currency=currency,
            customer_email=email,
            success_url=success_url,
            cancel_url=cancel_url,
            idempotency_key=f"order-{order_id}-checkout",
        )
    except PaymentGatewayError as exc:
        with db.transaction() as session:
            expire_order(session=session, order_id=order_id)
        raise ServiceUnavailable(exc.message, code=exc.code) from exc
    with db.transaction() as session:
        order = attach_checkout(
            session=session, order_id=order_id, session_id=checkout.session_id, url=checkout.url
        )
        return _checkout_result(order)


def _checkout_result(order: Order) -> CheckoutResult:
    assert order.id is not None
    return CheckoutResult(
        order_id=order.id,
        status=order.status,
        amount_cents=order.amount_cents,
        currency=order.currency,
        checkout_url=order.checkout_url if order.status == OrderStatus.pending.value else None,
    )


def confirm_checkout_return(
    *,
    user_id: int,
    user_roles: Sequence[str] = (),
    order_id: int,
    gateway: PaymentGateway | None = None,
) -> OrderPublic:
    """The buyer is back from Stripe: ask Stripe about the payment and fulfil it if paid.

    The webhook may have done it already, or do it at the same moment; fulfilment runs once.
    """
    gateway = gateway or get_payment_gateway()
    with db.read_session() as session:
        order = _visible_order(session, actor_id=user_id, actor_roles=user_roles, order_id=order_id)
        checkout_id = order.checkout_session_id
        pending = order.status == OrderStatus.pending.value
    if pending and checkout_id and gateway.name == "stripe" and order.gateway == "stripe":
        try:
            status = gateway.get_checkout(session_id=checkout_id)
        except PaymentGatewayError as exc:
            log.warning("checkout_status_unavailable", order_id=order_id, error=exc.message)
            status = None
        if status is not None and status.paid and status.order_id == order_id:
            # The same path as the webhook; its first statement is a write, which on SQLite
            # takes the write lock before anything is read.
            event = PaymentEvent(
                event_id=f"return_{checkout_id}",
                event_type="checkout.session.completed",
                kind="checkout_completed",
                order_id=order_id,
                session_id=checkout_id,
                payment_intent_id=status.payment_intent_id,
                amount_cents=status.amount_cents,
                currency=status.currency,
                payment_status=status.payment_status,
            )
            with db.transaction() as session:
                apply_payment_event(session=session, event=event)
    with db.read_session() as session:
        return to_order_public(session=session, order=_get_order_row(session, order_id))


# ---- figures for the stats domain's daily rollups (read only) ---------------------------------


@dataclass(frozen=True)
class CourseSalesTotal:
    """Paid (or refunded) order lines of one course in a time window."""

    course_id: int
    count: int
    amount_cents: int


@dataclass(frozen=True)
class OrderTotals:
    """Orders paid and refunded in a time window, and the money each way."""

    paid_orders: int
    paid_cents: int
    refunded_orders: int
    refunded_cents: int


def _course_lines_between(
    session: Session, timestamp: Any, start: datetime, end: datetime
) -> list[CourseSalesTotal]:
    statement = (
        select(
            OrderItem.course_id,
            func.count(col(OrderItem.id)),
            func.coalesce(func.sum(OrderItem.price_cents), 0),
        )
        # Orders of the period first, then their lines by order_id: joining the other way round
        # read every order line through the course index (10x slower, bench/stats.py).
        .where(
            col(OrderItem.order_id).in_(
                select(col(Order.id)).where(timestamp >= start, timestamp < end)
            )
        )
        .group_by(col(OrderItem.course_id))
    )
    return [
        CourseSalesTotal(course_id=int(cid), count=int(n), amount_cents=int(cents))
        for cid, n, cents in session.exec(statement)
    ]


def sales_between(*, session: Session, start: datetime, end: datetime) -> list[CourseSalesTotal]:
    """Per course: order lines paid in [start, end), whatever happened to them later (stats)."""
    return _course_lines_between(session, col(Order.paid_at), start, end)


def refunds_between(*, session: Session, start: datetime, end: datetime) -> list[CourseSalesTotal]:
    """Per course: order lines refunded in [start, end) (stats)."""
    return _course_lines_between(session, col(Order.refunded_at), start, end)


def order_totals_between(*, session: Session, start: datetime, end: datetime) -> OrderTotals:
    """Orders paid and orders refunded in [start, end), with their amounts (stats)."""

    def totals(timestamp: Any) -> tuple[int, int]:
        n, cents = session.exec(
            select(func.count(col(Order.id)), func.coalesce(func.sum(Order.amount_cents), 0)).where(
                timestamp >= start, timestamp < end
            )
        ).one()
        return int(n), int(cents)

    paid = totals(col(Order.paid_at))
    refunded = totals(col(Order.refunded_at))
    return OrderTotals(
        paid_orders=paid[0],
        paid_cents=paid[1],
        refunded_orders=refunded[0],
        refunded_cents=refunded[1],
    )


def enrollments_between(*, session: Session, start: datetime, end: datetime) -> dict[int, int]:
    """Per course: enrollments that began in [start, end) (stats; revoked ones included)."""
    statement = (
        select(Enrollment.course_id, func.count(col(Enrollment.id)))
        .where(col(Enrollment.created_at) >= start, col(Enrollment.created_at) < end)
        .group_by(col(Enrollment.course_id))
    )
    return {int(cid): int(n) for cid, n in session.exec(statement)}


def active_enrollment_counts(*, session: Session, course_ids: Sequence[int]) -> dict[int, int]:
    """Per course: students with active access now (stats: completion and drop-off rates)."""
    if not course_ids:
        return {}
    statement = (
        select(Enrollment.course_id, func.count(col(Enrollment.id)))
        .where(
            col(Enrollment.course_id).in_(list(course_ids)),
            col(Enrollment.status) == EnrollmentStatus.active.value,
        )
        .group_by(col(Enrollment.course_id))
    )
    counts = dict.fromkeys(course_ids, 0)
    counts.update({int(cid): int(n) for cid, n in session.exec(statement)})
    return counts


def money_totals_by_currency(*, session: Session) -> dict[str, tuple[int, int, int, int]]:
    """Per currency, all time: (orders paid, cents paid, orders refunded, cents refunded)."""
    totals: dict[str, list[int]] = {}
    for offset, timestamp in ((0, col(Order.paid_at)), (2, col(Order.refunded_at))):
        statement = (
            select(Order.currency, func.count(col(Order.id)), func.sum(Order.amount_cents))
            .where(timestamp.is_not(None))
            .group_by(col(Order.currency))
        )
        for currency, n, cents in session.exec(statement):
            row = totals.setdefault(str(currency), [0, 0, 0, 0])
            row[offset], row[offset + 1] = int(n), int(cents or 0)
    return {currency: (r[0], r[1], r[2], r[3]) for currency, r in totals.items()}
