"""Stripe webhooks: forged or stale signatures change nothing; a replay is harmless."""

from __future__ import annotations

import time

from tests.integration.orders.conftest import sandbox_payments, stripe_on  # noqa: F401
from tests.integration.orders.test_stripe_webhooks import (
    WEBHOOK,
    deliver,
    order_row,
    paid_events,
    start_stripe_checkout,
)
from tests.support.fake_stripe import checkout_completed_event, event_payload


def test_forged_and_stale_signatures_are_refused(api, stripe_on):  # noqa: F811
    _, _, _, body, session_id = start_stripe_checkout(api, stripe_on)
    order_id = body["order_id"]
    event = checkout_completed_event(order_id=order_id, amount_total=2500, session_id=session_id)
    forged = [
        deliver(api, event, secret="whsec_attacker_guess"),
        deliver(api, event, timestamp=int(time.time()) - 3600),
        api.post(WEBHOOK, content=event_payload(event)),
        api.post(WEBHOOK, content=event_payload(event),
                 headers={"Stripe-Signature": "t=1,v1=" + "0" * 64}),
    ]
    assert [r.status_code for r in forged] == [400] * 4
    assert {r.json()["error"]["code"] for r in forged} == {"invalid_signature"}
    assert order_row(order_id).status == "pending"


def test_a_replayed_webhook_pays_once(api, stripe_on):  # noqa: F811
    _, _, _, body, session_id = start_stripe_checkout(api, stripe_on)
    order_id = body["order_id"]
    event = checkout_completed_event(order_id=order_id, amount_total=2500, session_id=session_id)
    first = deliver(api, event)
    replays = [deliver(api, event) for _ in range(3)]
    assert first.status_code == 200
    assert all(r.status_code == 200 for r in replays)
    assert order_row(order_id).status == "paid"
    assert paid_events(order_id) == 1
