"""Stripe Checkout end to end: the real stripe library against the fake Stripe API, and
webhooks signed exactly as Stripe signs them (duplicates, reordering, forgeries)."""

from __future__ import annotations

import time

from sqlmodel import col, select

from tests.support.factories import make_published_course, user_headers
from tests.support.fake_stripe import (
    TEST_WEBHOOK_SECRET,
    FakeStripe,
    charge_refunded_event,
    checkout_completed_event,
    checkout_expired_event,
    event_payload,
    sign_webhook_payload,
)
from tests.support.http import API
from udemy_clone.core import db
from udemy_clone.core.db import as_utc, utcnow
from udemy_clone.core.models import OutboxEvent
from udemy_clone.orders import service
from udemy_clone.orders.events import OrderPaid
from udemy_clone.orders.models import Order, PaymentEventRecord

WEBHOOK = f"{API}/webhooks/stripe"


def deliver(api, event: dict, *, secret: str = TEST_WEBHOOK_SECRET, timestamp: int | None = None):
    payload = event_payload(event)
    signature = sign_webhook_payload(payload, secret, timestamp)
    return api.post(
        WEBHOOK,
        content=payload,
        headers={"Stripe-Signature": signature, "Content-Type": "application/json"},
    )


def start_stripe_checkout(api, fake: FakeStripe, price_cents: int = 2500):
    user, headers = user_headers(api)
    course = make_published_course(price_cents=price_cents)
    response = api.post(f"{API}/checkout", json={"course_ids": [course.id]}, headers=headers)
    assert response.status_code == 201, response.text
    body = response.json()
    session_id = next(iter(fake.sessions))
    return user, headers, course, body, session_id


def order_row(order_id: int) -> Order:
    with db.read_session() as session:
        order = session.get(Order, order_id)
        assert order is not None
        return order


def paid_events(order_id: int) -> int:
    with db.read_session() as session:
        rows = session.exec(select(OutboxEvent).where(col(OutboxEvent.topic) == OrderPaid.topic))
        return len([r for r in rows if r.payload.get("order_id") == order_id])


def recorded_events() -> int:
    with db.read_session() as session:
        return len(session.exec(select(PaymentEventRecord)).all())


def test_checkout_opens_a_stripe_session_for_the_order(api, stripe_on):
    _, _, course, body, session_id = start_stripe_checkout(api, stripe_on)
    assert body["checkout_url"].startswith("https://checkout.stripe.com/")
    created = stripe_on.requests_to("POST", "/v1/checkout/sessions")
    assert len(created) == 1
    form = created[0].form
    assert created[0].idempotency_key == f"order-{body['order_id']}-checkout"
    assert form["client_reference_id"] == str(body["order_id"])
    assert form["success_url"] == (
        f"http://shop.test:3000/checkout/success?order_id={body['order_id']}"
    )
    assert form["cancel_url"] == "http://shop.test:3000/cart"
    assert form["line_items"][0]["price_data"]["unit_amount"] == "2500"
    assert form["line_items"][0]["price_data"]["product_data"]["name"] == course.title
    assert order_row(body["order_id"]).checkout_session_id == session_id


def test_the_same_webhook_four_times_pays_once(api, stripe_on):
    user, headers, course, body, session_id = start_stripe_checkout(api, stripe_on)
    paid = stripe_on.complete_session(session_id)
    event = checkout_completed_event(
        order_id=body["order_id"],
        amount_total=2500,
        session_id=session_id,
        payment_intent=paid["payment_intent"],
    )
    outcomes = [deliver(api, event) for _ in range(4)]
    assert [r.status_code for r in outcomes] == [200] * 4
    assert [r.json()["status"] for r in outcomes] == ["applied"] + ["duplicate"] * 3
    order = order_row(body["order_id"])
    assert order.status == "paid" and order.payment_intent_id == paid["payment_intent"]
    assert paid_events(body["order_id"]) == 1
    courses = api.get(f"{API}/me/courses", headers=headers).json()
    assert [c["course_id"] for c in courses] == [course.id]
    # a different event id for the same payment (Stripe retries are the same id; this is not)
    again = checkout_completed_event(
        order_id=body["order_id"], amount_total=2500, payment_intent=paid["payment_intent"]
    )
    assert deliver(api, again).json()["status"] == "no_change"
    assert paid_events(body["order_id"]) == 1


def test_refund_before_completion_and_expiry_after_payment(api, stripe_on):
    user, headers, course, body, session_id = start_stripe_checkout(api, stripe_on)
    order_id = body["order_id"]
    intent = stripe_on.complete_session(session_id)["payment_intent"]
    refund = charge_refunded_event(payment_intent=intent, amount_refunded=2500)
    assert deliver(api, refund).json()["status"] == "waiting"
    assert order_row(order_id).status == "pending"
    completed = checkout_completed_event(
        order_id=order_id, amount_total=2500, session_id=session_id, payment_intent=intent
    )
    assert deliver(api, completed).status_code == 200
    assert order_row(order_id).status == "refunded"
    with db.read_session() as session:
        assert not service.is_enrolled(session=session, user_id=user.id, course_id=course.id)
    assert deliver(api, refund).json()["status"] == "duplicate"

    # another order: paid, then a late "expired" for its session changes nothing
    _, _, _, second, second_session = start_stripe_checkout(api, stripe_on)
    intent2 = stripe_on.complete_session(second_session)["payment_intent"]
    deliver(
        api,
        checkout_completed_event(
            order_id=second["order_id"],
            amount_total=2500,
            session_id=second_session,
            payment_intent=intent2,
        ),
    )
    late = deliver(
        api,
        checkout_expired_event(
            order_id=second["order_id"], session_id=second_session, amount_total=2500
        ),
    )
    assert late.status_code == 200 and late.json()["status"] == "no_change"
    assert order_row(second["order_id"]).status == "paid"


def test_expired_checkout_expires_a_pending_order(api, stripe_on):
    _, _, _, body, session_id = start_stripe_checkout(api, stripe_on)
    response = deliver(
        api,
        checkout_expired_event(order_id=body["order_id"], session_id=session_id, amount_total=2500),
    )
    assert response.json()["status"] == "applied"
    assert order_row(body["order_id"]).status == "expired"


def test_refund_from_the_stripe_dashboard_revokes_access(api, stripe_on):
    user, headers, course, body, session_id = start_stripe_checkout(api, stripe_on)
    intent = stripe_on.complete_session(session_id)["payment_intent"]
    deliver(
        api,
        checkout_completed_event(
            order_id=body["order_id"],
            amount_total=2500,
            session_id=session_id,
            payment_intent=intent,
        ),
    )
    partial = charge_refunded_event(payment_intent=intent, amount_refunded=500, amount=2500)
    assert deliver(api, partial).json()["status"] == "no_change"
    assert order_row(body["order_id"]).status == "paid"
    full = charge_refunded_event(payment_intent=intent, amount_refunded=2500)
    assert deliver(api, full).json()["status"] == "applied"
    assert order_row(body["order_id"]).status == "refunded"
    assert api.get(f"{API}/me/courses", headers=headers).json() == []


def test_refund_request_goes_to_stripe_once(api, stripe_on):
    _, headers, _, body, session_id = start_stripe_checkout(api, stripe_on)
    intent = stripe_on.complete_session(session_id)["payment_intent"]
    deliver(
        api,
        checkout_completed_event(
            order_id=body["order_id"],
            amount_total=2500,
            session_id=session_id,
            payment_intent=intent,
        ),
    )
    response = api.post(f"{API}/orders/{body['order_id']}/refund", headers=headers)
    assert response.status_code == 200, response.text
    refunds = stripe_on.requests_to("POST", "/v1/refunds")
    assert len(refunds) == 1 and refunds[0].form["payment_intent"] == intent
    assert refunds[0].idempotency_key == f"order-{body['order_id']}-refund"
    # Stripe then notifies the refund: nothing more happens
    notice = charge_refunded_event(payment_intent=intent, amount_refunded=2500)
    assert deliver(api, notice).json()["status"] == "no_change"


def test_stripe_refusing_a_refund_keeps_the_order_paid(api, stripe_on):
    _, headers, _, body, session_id = start_stripe_checkout(api, stripe_on)
    intent = stripe_on.complete_session(session_id)["payment_intent"]
    deliver(
        api,
        checkout_completed_event(
            order_id=body["order_id"],
            amount_total=2500,
            session_id=session_id,
            payment_intent=intent,
        ),
    )
    stripe_on.fail_next(400, error_type="invalid_request_error", code="charge_disputed")
    response = api.post(f"{API}/orders/{body['order_id']}/refund", headers=headers)
    assert response.status_code == 503, response.text
    assert "refunded or disputed" in response.json()["error"]["message"]
    assert order_row(body["order_id"]).status == "paid"
    assert len(api.get(f"{API}/me/courses", headers=headers).json()) == 1


def test_forged_stale_unknown_and_mismatched_webhooks_change_nothing(api, stripe_on):
    _, _, _, body, session_id = start_stripe_checkout(api, stripe_on)
    order_id = body["order_id"]
    good = checkout_completed_event(order_id=order_id, amount_total=2500, session_id=session_id)
    attempts = [
        deliver(api, good, secret="whsec_someone_else"),
        deliver(api, good, timestamp=int(time.time()) - 3600),
        api.post(WEBHOOK, content=event_payload(good)),  # no signature at all
        deliver(api, checkout_completed_event(order_id=987654, amount_total=2500)),
        deliver(api, checkout_completed_event(order_id=order_id, amount_total=1)),
        deliver(
            api, checkout_completed_event(order_id=order_id, amount_total=2500, currency="eur")
        ),
        deliver(api, checkout_expired_event(order_id=987654)),
    ]
    assert [r.status_code for r in attempts] == [400] * len(attempts)
    for response in attempts:
        assert response.json()["error"]["message"]
    assert {r.json()["error"]["code"] for r in attempts} == {
        "invalid_signature",
        "unknown_order",
        "amount_mismatch",
    }
    assert order_row(order_id).status == "pending"
    assert recorded_events() == 0 and paid_events(order_id) == 0
    # the genuine delivery still works afterwards
    assert deliver(api, good).json()["status"] == "applied"


def test_webhook_is_off_without_a_webhook_secret(api):
    event = checkout_completed_event(order_id=1, amount_total=100)
    response = deliver(api, event)
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "webhooks_disabled"


def test_sandbox_endpoints_are_off_with_stripe(api, stripe_on):
    _, headers, _, body, _ = start_stripe_checkout(api, stripe_on)
    response = api.post(f"{API}/payments/sandbox/{body['order_id']}/complete", headers=headers)
    assert response.status_code == 404 and order_row(body["order_id"]).status == "pending"


def test_success_redirect_fulfils_after_asking_stripe(api, stripe_on):
    user, _, course, body, session_id = start_stripe_checkout(api, stripe_on)
    not_yet = service.confirm_checkout_return(user_id=user.id, order_id=body["order_id"])
    assert not_yet.status == "pending"
    stripe_on.complete_session(session_id)
    done = service.confirm_checkout_return(user_id=user.id, order_id=body["order_id"])
    assert done.status == "paid"
    assert stripe_on.requests_to("GET", f"/v1/checkout/sessions/{session_id}")
    with db.read_session() as session:
        assert service.is_enrolled(session=session, user_id=user.id, course_id=course.id)


def test_the_stripe_session_expires_with_the_pending_order(api, stripe_on):
    _, _, _, body, session_id = start_stripe_checkout(api, stripe_on)
    [created] = stripe_on.requests_to("POST", "/v1/checkout/sessions")
    order = order_row(body["order_id"])
    expires_at = int(created.form["expires_at"])
    # the order closes when Stripe's page does, 30 minutes (Stripe's minimum, the default) on
    assert expires_at == int(as_utc(order.expires_at).timestamp())
    assert stripe_on.sessions[session_id]["expires_at"] == expires_at
    left = expires_at - utcnow().timestamp()
    assert 30 * 60 <= left <= 32 * 60
