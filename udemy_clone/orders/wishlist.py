"""The wishlist: courses a student keeps for later, and price-drop alerts.

Each item remembers the price the student last saw. When a course changes (the catalog's
`CourseChanged` event), `check_price_drops` compares its price with what every wisher saw: a
lower price emits `WishlistPriceDropped` per wisher (the notifications domain tells them, in-app
and by email, following their preferences) and becomes the price they saw, so one drop tells
once; a higher price is remembered silently, so dropping back later tells again.
"""

from __future__ import annotations

from pydantic import BaseModel
from sqlalchemy import func
from sqlmodel import Session, col, select

from udemy_clone.catalog import service as catalog_service
from udemy_clone.catalog.service import CourseStatus, CourseSummary
from udemy_clone.core import outbox
from udemy_clone.core.db import utcnow
from udemy_clone.core.errors import Conflict, NotFound
from udemy_clone.orders._rows import insert_once
from udemy_clone.orders.coupons import coupon_discount, coupon_is_usable
from udemy_clone.orders.enrollments import is_enrolled
from udemy_clone.orders.events import WishlistPriceDropped
from udemy_clone.orders.models import MAX_WISHLIST_ITEMS, Coupon, WishlistItem


class WishlistPublic(BaseModel):
    """The wished-for courses still on sale, most recently added first."""

    items: list[CourseSummary]
    count: int


def _item(session: Session, user_id: int, course_id: int) -> WishlistItem | None:
    return session.exec(
        select(WishlistItem).where(
            col(WishlistItem.user_id) == user_id, col(WishlistItem.course_id) == course_id
        )
    ).first()


def add_to_wishlist(*, session: Session, user_id: int, course_id: int) -> WishlistItem:
    """Keep a published course for later (idempotent); own or owned courses → 409."""
    course = catalog_service.get_course(session=session, course_id=course_id)
    if course.status != CourseStatus.published.value:
        raise NotFound("This course does not exist or is not published.", code="course_not_found")
    if course.owner_id == user_id:
        raise Conflict("You teach this course.", code="own_course")
    if is_enrolled(session=session, user_id=user_id, course_id=course_id):
        raise Conflict("You already own this course.", code="already_enrolled")
    existing = _item(session, user_id, course_id)
    if existing is not None:
        return existing
    count = session.exec(
        select(func.count()).select_from(WishlistItem).where(col(WishlistItem.user_id) == user_id)
    ).one()
    if int(count) >= MAX_WISHLIST_ITEMS:
        raise Conflict(
            f"A wishlist holds at most {MAX_WISHLIST_ITEMS} courses.", code="wishlist_full"
        )
    insert_once(
        session,
        WishlistItem,
        {
            "user_id": user_id,
            "course_id": course_id,
            "price_cents_seen": course.price_cents,
            "currency": course.currency,
            "added_at": utcnow(),
        },
    )
    item = _item(session, user_id, course_id)
    assert item is not None
    return item


def remove_from_wishlist(*, session: Session, user_id: int, course_id: int) -> None:
    """Take a course off the wishlist (404 when it is not there)."""
    item = _item(session, user_id, course_id)
    if item is None:
        raise NotFound("This course is not on your wishlist.", code="not_in_wishlist")
    session.delete(item)
    session.flush()


def wishlist_course_ids(*, session: Session, user_id: int) -> list[int]:
    """Ids of the wished-for courses, most recently added first (the hearts on cards)."""
    return [
        int(cid)
        for cid in session.exec(
            select(WishlistItem.course_id)
            .where(col(WishlistItem.user_id) == user_id)
            .order_by(col(WishlistItem.added_at).desc(), col(WishlistItem.id).desc())
        )
    ]


def list_wishlist(*, session: Session, user_id: int) -> WishlistPublic:
    """Cards of the wished-for courses that are still published, most recent first."""
    ids = wishlist_course_ids(session=session, user_id=user_id)
    items = catalog_service.published_summaries(session=session, course_ids=ids)
    return WishlistPublic(items=items, count=len(items))


def forget_owned(*, session: Session, user_id: int, course_ids: list[int]) -> None:
    """Bought courses leave the wishlist (called when an order is paid)."""
    for course_id in course_ids:
        item = _item(session, user_id, course_id)
        if item is not None:
            session.delete(item)
    session.flush()


def check_price_drops(*, session: Session, course_id: int) -> int:
    """Compare a course's price with what its wishers saw; emit a drop per wisher who saw more.

    Returns how many were told. Idempotent: a rerun finds the lowered `price_cents_seen`.
    """
    try:
        course = catalog_service.get_course(session=session, course_id=course_id)
    except NotFound:
        return 0
    if course.status != CourseStatus.published.value:
        return 0
    items = list(
        session.exec(
            select(WishlistItem)
            .where(col(WishlistItem.course_id) == course_id)
            .order_by(col(WishlistItem.id))
            .with_for_update()
        )
    )
    told = 0
    for item in items:
        if item.currency != course.currency or item.price_cents_seen < course.price_cents:
            item.price_cents_seen, item.currency = course.price_cents, course.currency
            session.add(item)
        elif item.price_cents_seen > course.price_cents:
            outbox.emit(
                session,
                WishlistPriceDropped(
                    user_id=item.user_id,
                    course_id=course_id,
                    old_price_cents=item.price_cents_seen,
                    new_price_cents=course.price_cents,
                    currency=course.currency,
                ),
            )
            item.price_cents_seen = course.price_cents
            session.add(item)
            told += 1
    session.flush()
    return told


def coupon_wishers(*, session: Session, coupon_id: int) -> list[tuple[int, int]]:
    """(student, course) for each student who wished for a course the public coupon takes
    something off, one course per student (their most recent wish); [] when the coupon is no
    longer a usable public one (deactivated, expired or used up before the job ran)."""
    coupon = session.get(Coupon, coupon_id)
    if coupon is None or not coupon.public or not coupon_is_usable(coupon):
        return []
    statement = select(WishlistItem).order_by(
        col(WishlistItem.added_at).desc(), col(WishlistItem.id).desc()
    )
    if coupon.course_id is not None:
        statement = statement.where(col(WishlistItem.course_id) == coupon.course_id)
    chosen: dict[int, int] = {}
    courses: dict[int, bool] = {}
    for item in session.exec(statement):
        if item.user_id in chosen:
            continue
        if item.course_id not in courses:
            try:
                course = catalog_service.get_course(session=session, course_id=item.course_id)
            except NotFound:
                courses[item.course_id] = False
                continue
            courses[item.course_id] = (
                course.status == CourseStatus.published.value
                and coupon_discount(coupon, course) > 0
            )
        if courses[item.course_id] and not is_enrolled(
            session=session, user_id=item.user_id, course_id=item.course_id
        ):
            chosen[item.user_id] = item.course_id
    return sorted(chosen.items())
