"""Gifts: their redemption links, and what payment, expiry, refund and redemption do to them.

`fulfilment` calls `gift_paid` / `gift_cancelled` / `gift_refunded` from the order's own
transitions, so the Stripe webhook, the success redirect and the sandbox page all treat a gift
order the same way. The buying side (the gift checkout) is in `gifts.py`.
"""

from __future__ import annotations

from sqlalchemy import update
from sqlmodel import Session, col, select

from udemy_clone.auth import service as auth_service
from udemy_clone.catalog import service as catalog_service
from udemy_clone.core import outbox
from udemy_clone.core.db import as_utc, utcnow
from udemy_clone.core.errors import Conflict, NotFound
from udemy_clone.core.security import sign, verify_signature
from udemy_clone.orders.enrollments import enroll_student, is_enrolled, revoke_enrollment
from udemy_clone.orders.events import GiftPurchased
from udemy_clone.orders.models import (
    Gift,
    GiftPublic,
    GiftSent,
    GiftStatus,
    GiftSummary,
    Order,
)

GIFT_LINK_PURPOSE = "gift-link-v1"
INVALID_LINK = "This gift link is not valid. Check that you copied the whole link from the email."


def gift_token(gift: Gift) -> str:
    """The secret part of a gift's redemption link: `<id>-<HMAC(id, salt)>`."""
    assert gift.id is not None
    return f"{gift.id}-{sign(f'{gift.id}:{gift.token_salt}', purpose=GIFT_LINK_PURPOSE)}"


def gift_link(gift: Gift) -> str:
    """The redemption page of a gift (a path of the app)."""
    return f"/gift/{gift_token(gift)}"


def gift_of_order(session: Session, order_id: int) -> Gift | None:
    return session.exec(select(Gift).where(col(Gift.order_id) == order_id)).first()


def gift_by_token(session: Session, token: str) -> Gift:
    """The gift a link names, or 404 for any link that was not made here."""
    gift_id, _, mac = (token or "").strip().partition("-")
    if not (gift_id.isascii() and gift_id.isdigit()) or len(gift_id) > 9 or not mac:
        raise NotFound(INVALID_LINK, code="gift_not_found")
    gift = session.get(Gift, int(gift_id))
    if gift is None or not verify_signature(
        f"{gift.id}:{gift.token_salt}", mac, purpose=GIFT_LINK_PURPOSE
    ):
        raise NotFound(INVALID_LINK, code="gift_not_found")
    return gift


def gift_link_of(*, session: Session, gift_id: int) -> str:
    """The redemption path of a gift (for the email to its recipient)."""
    gift = session.get(Gift, gift_id)
    if gift is None:
        raise NotFound("This gift does not exist.", code="gift_not_found")
    return gift_link(gift)


def gift_details(*, session: Session, gift_id: int) -> Gift:
    """A gift's row (the notifications domain reads recipient, message and course)."""
    gift = session.get(Gift, gift_id)
    if gift is None:
        raise NotFound("This gift does not exist.", code="gift_not_found")
    return gift


def _move(
    session: Session, gift: Gift, source: GiftStatus, target: GiftStatus, **values: object
) -> bool:
    """Conditional status change: True when this call made it (a second caller matches no row)."""
    result = session.exec(
        update(Gift)
        .where(col(Gift.id) == gift.id, col(Gift.status) == source.value)
        .values(status=target.value, **values)
        .execution_options(synchronize_session=False)
    )
    session.refresh(gift)
    return bool(getattr(result, "rowcount", 0) == 1)


def gift_paid(session: Session, order: Order) -> None:
    """The gift order was paid: the link starts working and its email goes out (once)."""
    assert order.id is not None
    gift = gift_of_order(session, order.id)
    if gift is None or not _move(session, gift, GiftStatus.awaiting_payment, GiftStatus.sent):
        return
    assert gift.id is not None
    outbox.emit(
        session,
        GiftPurchased(
            gift_id=gift.id, order_id=order.id, buyer_id=order.user_id, course_id=gift.course_id
        ),
    )


def gift_cancelled(session: Session, order: Order) -> None:
    """The gift order expired unpaid: its link never works."""
    assert order.id is not None
    gift = gift_of_order(session, order.id)
    if gift is not None:
        _move(session, gift, GiftStatus.awaiting_payment, GiftStatus.cancelled)


def gift_refunded(session: Session, order: Order) -> None:
    """The gift order was refunded: an unredeemed link stops working; a redeemed gift's
    enrollment loses this order's grant (revoked unless something else gives access)."""
    assert order.id is not None
    gift = gift_of_order(session, order.id)
    if gift is None:
        return
    if _move(session, gift, GiftStatus.sent, GiftStatus.revoked):
        return
    redeemer = gift.redeemed_by
    if _move(session, gift, GiftStatus.redeemed, GiftStatus.revoked) and redeemer is not None:
        revoke_enrollment(session, user_id=redeemer, course_id=gift.course_id, order_id=order.id)


def redeem_gift(*, session: Session, token: str, user_id: int) -> Gift:
    """Enroll the signed-in account in the gift's course; a link works once (409 after).

    Any account may redeem (the email need not match); not the buyer, the course's
    instructor, or a student who already owns the course (the gift would be wasted).
    """
    gift = gift_by_token(session, token)
    if gift.status == GiftStatus.redeemed.value:
        if gift.redeemed_by == user_id:
            return gift
        raise Conflict("This gift has already been redeemed.", code="gift_already_redeemed")
    if gift.status == GiftStatus.revoked.value:
        raise Conflict(
            "This gift was refunded to its sender, so it can no longer be redeemed.",
            code="gift_revoked",
        )
    if gift.status != GiftStatus.sent.value:
        raise Conflict(
            "This gift is not ready: its payment has not gone through.", code="gift_not_paid"
        )
    if gift.buyer_id == user_id:
        raise Conflict(
            "You bought this gift, so it is for someone else: forward the email to them.",
            code="own_gift",
        )
    course = catalog_service.get_course(session=session, course_id=gift.course_id)
    if course.owner_id == user_id:
        raise Conflict("You teach this course, so you cannot redeem it.", code="own_course")
    if is_enrolled(session=session, user_id=user_id, course_id=gift.course_id):
        raise Conflict(
            "You already own this course. Sign in with another account, or let the sender "
            "know so they can ask for a refund.",
            code="already_enrolled",
        )
    if not _move(
        session,
        gift,
        GiftStatus.sent,
        GiftStatus.redeemed,
        redeemed_by=user_id,
        redeemed_at=utcnow(),
    ):
        raise Conflict("This gift has already been redeemed.", code="gift_already_redeemed")
    enroll_student(
        session=session, user_id=user_id, course_id=gift.course_id, order_id=gift.order_id
    )
    return gift


def to_gift_public(*, session: Session, gift: Gift) -> GiftPublic:
    """A gift as its redeem page shows it."""
    course = catalog_service.get_course(session=session, course_id=gift.course_id)
    sender = auth_service.get_user(session=session, user_id=gift.buyer_id)
    return GiftPublic(
        course_id=gift.course_id,
        course_slug=course.slug,
        course_title=course.title,
        recipient_name=gift.recipient_name,
        sender_name=sender.full_name,
        message=gift.message,
        status=gift.status,
    )


def get_gift(*, session: Session, token: str) -> GiftPublic:
    """The gift a redemption link names (404 for a link not made here)."""
    return to_gift_public(session=session, gift=gift_by_token(session, token))


def gift_summary(session: Session, order_id: int) -> GiftSummary | None:
    """The gift of an order, as its buyer sees it on the order."""
    gift = gift_of_order(session, order_id)
    if gift is None:
        return None
    return GiftSummary(
        recipient_email=gift.recipient_email,
        recipient_name=gift.recipient_name,
        status=gift.status,
        redeemed_at=as_utc(gift.redeemed_at) if gift.redeemed_at else None,
    )


def list_gifts_sent(*, session: Session, user_id: int) -> list[GiftSent]:
    """The gifts the user bought (paid or not), newest first."""
    rows = session.exec(
        select(Gift, Order)
        .join(Order, col(Order.id) == col(Gift.order_id))
        .where(col(Gift.buyer_id) == user_id)
        .order_by(col(Gift.created_at).desc(), col(Gift.id).desc())
    ).all()
    titles: dict[int, str] = {}
    result = []
    for gift, order in rows:
        if gift.course_id not in titles:
            try:
                titles[gift.course_id] = catalog_service.get_course(
                    session=session, course_id=gift.course_id
                ).title
            except NotFound:
                titles[gift.course_id] = "A course that was removed"
        assert order.id is not None
        result.append(
            GiftSent(
                order_id=order.id,
                course_id=gift.course_id,
                course_title=titles[gift.course_id],
                recipient_email=gift.recipient_email,
                recipient_name=gift.recipient_name,
                status=gift.status,
                order_status=order.status,
                amount_cents=order.amount_cents,
                currency=order.currency,
                created_at=as_utc(gift.created_at),
                redeemed_at=as_utc(gift.redeemed_at) if gift.redeemed_at else None,
            )
        )
    return result
