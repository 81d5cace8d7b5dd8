"""Jobs of the playback domain (outbox event handlers)."""

from __future__ import annotations

from udemy_clone.core import db
from udemy_clone.core.log import get_logger
from udemy_clone.orders.events import OrderPaid, OrderRefunded
from udemy_clone.playback import service

log = get_logger(__name__)


def revoke_certificates_on_refund(event: OrderRefunded, *, event_id: int) -> None:
    """OrderRefunded: certificates of the refunded courses stop being valid (idempotent)."""
    if event.gift:
        return  # the buyer of a gift was never enrolled by it
    with db.transaction() as session:
        revoked = service.revoke_refunded_certificates(
            session=session, user_id=event.user_id, course_ids=list(event.course_ids)
        )
    if revoked:
        log.info("certificates_revoked", order_id=event.order_id, count=revoked, event_id=event_id)


def reinstate_certificates_on_purchase(event: OrderPaid, *, event_id: int) -> None:
    """OrderPaid: a course bought again after a refund, already complete, gets its
    certificate back (idempotent; courses not yet complete are left alone)."""
    if event.gift:
        return
    with db.transaction() as session:
        for course_id in event.course_ids:
            service.issue_certificate_if_complete(
                session=session, user_id=event.user_id, course_id=course_id
            )
