"""Real commits from several threads: webhook vs success redirect, duplicate deliveries at
once, a coupon's last redemption, and a crash between the commit and the receipt job."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

import pytest
from sqlmodel import col, select

from tests.support.factories import make_coupon, make_published_course, make_user
from tests.support.fake_stripe import (
    TEST_WEBHOOK_SECRET,
    checkout_completed_event,
    event_payload,
    sign_webhook_payload,
)
from tests.support.threads import run_together
from udemy_clone.core import db, outbox, queue
from udemy_clone.core.errors import DomainError
from udemy_clone.core.models import OutboxEvent
from udemy_clone.orders import service
from udemy_clone.orders.events import OrderPaid
from udemy_clone.orders.models import Coupon, Enrollment, Order

RECEIPTS: Counter[int] = Counter()


def send_receipt(event: OrderPaid, *, event_id: int) -> None:
    """Stands in for the receipt email job other engineers subscribe to OrderPaid."""
    RECEIPTS[event.order_id] += 1


def webhook_call(order_id: int, amount: int, session_id: str, intent: str, event_id: str):
    payload = event_payload(
        checkout_completed_event(
            order_id=order_id,
            amount_total=amount,
            session_id=session_id,
            payment_intent=intent,
            event_id=event_id,
        )
    )
    signature = sign_webhook_payload(payload, TEST_WEBHOOK_SECRET)

    def call() -> str:
        with db.transaction() as session:
            return service.handle_stripe_webhook(
                session=session, payload=payload, signature_header=signature
            )

    return call


def counts(order_id: int, user_id: int) -> tuple[str, int, int]:
    with db.read_session() as session:
        order = session.get(Order, order_id)
        assert order is not None
        enrollments = session.exec(
            select(Enrollment).where(col(Enrollment.user_id) == user_id)
        ).all()
        paid = [
            e
            for e in session.exec(
                select(OutboxEvent).where(col(OutboxEvent.topic) == OrderPaid.topic)
            )
            if e.payload["order_id"] == order_id
        ]
        return order.status, len(enrollments), len(paid)


@pytest.fixture
def stripe_committed(committed_db, stripe_on):
    return stripe_on


def test_webhook_and_success_redirect_race(stripe_committed):
    fake = stripe_committed
    for round_ in range(3):
        user = make_user()
        courses = [make_published_course(price_cents=1500) for _ in range(2)]
        started = service.start_checkout(user_id=user.id, course_ids=[c.id for c in courses])
        session_id = next(
            s for s, v in fake.sessions.items() if v["client_reference_id"] == str(started.order_id)
        )
        intent = fake.complete_session(session_id)["payment_intent"]
        results = run_together(
            webhook_call(started.order_id, 3000, session_id, intent, f"evt_race_{round_}_a"),
            lambda u=user, o=started.order_id: service.confirm_checkout_return(
                user_id=u.id, order_id=o
            ),
            webhook_call(started.order_id, 3000, session_id, intent, f"evt_race_{round_}_a"),
        )
        assert not [r for r in results if isinstance(r, Exception)], results
        assert counts(started.order_id, user.id) == ("paid", 2, 1)
        with db.read_session() as session:
            from udemy_clone.catalog import service as catalog_service

            course = catalog_service.get_course(session=session, course_id=courses[0].id)
            assert (course.enrollment_count, course.sales_count) == (1, 1)


def test_the_last_coupon_redemption_goes_to_one_buyer(committed_db):
    course = make_published_course(price_cents=4000)
    coupon = make_coupon(percent_off=50, max_redemptions=1)
    buyers = [make_user() for _ in range(4)]
    results = run_together(
        *[
            (
                lambda b=b: service.start_checkout(
                    user_id=b.id, course_ids=[course.id], coupon_code=coupon.code
                )
            )
            for b in buyers
        ]
    )
    winners = [r for r in results if not isinstance(r, Exception)]
    losers = [r for r in results if isinstance(r, Exception)]
    assert len(winners) == 1, losers
    assert winners[0].amount_cents == 2000
    assert all(isinstance(r, DomainError) and r.status_code in (409, 422) for r in losers), losers
    with db.read_session() as session:
        assert session.get(Coupon, coupon.id).redemptions == 1


def test_crash_between_commit_and_receipt_job(stripe_committed, monkeypatch):
    fake = stripe_committed
    monkeypatch.setattr(outbox, "_handlers", defaultdict(list))
    outbox.subscribe(OrderPaid, send_receipt)
    RECEIPTS.clear()
    user = make_user()
    course = make_published_course(price_cents=900)
    started = service.start_checkout(user_id=user.id, course_ids=[course.id])
    session_id = next(
        s for s, v in fake.sessions.items() if v["client_reference_id"] == str(started.order_id)
    )
    intent = fake.complete_session(session_id)["payment_intent"]
    deliver = webhook_call(started.order_id, 900, session_id, intent, "evt_crash_1")
    assert deliver() == "applied"  # committed: order paid, event in the outbox

    # the process dies while handing the event to the job queue
    def crash(*_args: Any, **_kwargs: Any) -> str:
        raise RuntimeError("killed")

    with monkeypatch.context() as patch:
        patch.setattr(queue, "enqueue", crash)
        with pytest.raises(RuntimeError):
            outbox.relay_pending()
    assert RECEIPTS[started.order_id] == 0

    # Stripe retries the delivery (we never answered), then the relay runs after restart
    assert deliver() == "duplicate"
    outbox.relay_pending()
    outbox.relay_pending()
    assert queue.local_queue.wait_idle(10)
    assert RECEIPTS[started.order_id] == 1
    assert counts(started.order_id, user.id) == ("paid", 1, 1)
