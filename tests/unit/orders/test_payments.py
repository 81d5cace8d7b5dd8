"""Payment gateway adapters: the real stripe library against a fake Stripe API, and the sandbox."""

from __future__ import annotations

import time

import pytest
import stripe

from tests.support.fake_stripe import (
    TEST_SECRET_KEY,
    TEST_WEBHOOK_SECRET,
    FakeStripe,
    build_event,
    charge_refunded_event,
    checkout_completed_event,
    checkout_expired_event,
    event_payload,
    sign_webhook_payload,
)
from udemy_clone.core.config import Settings
from udemy_clone.orders.payments import (
    CheckoutSession,
    InvalidWebhook,
    LineItem,
    PaymentEvent,
    PaymentGateway,
    PaymentGatewayError,
    SandboxGateway,
    StripeGateway,
    get_payment_gateway,
)

ITEMS = [LineItem(name="Python for Beginners", amount_cents=1999), LineItem("SQL Deep Dive", 4550)]


def _checkout(
    gateway: PaymentGateway, *, order_id: int = 42, key: str = "order-42"
) -> CheckoutSession:
    return gateway.create_checkout(
        order_id=order_id,
        items=ITEMS,
        currency="USD",
        customer_email="student@example.com",
        success_url="http://courses.test:3000/orders/42?paid=1",
        cancel_url="http://courses.test:3000/cart",
        idempotency_key=key,
    )


def _assert_sentence(message: str) -> None:
    assert message[0].isupper() and message.endswith("."), message
    assert "Traceback" not in message and TEST_SECRET_KEY not in message


# --- choosing a gateway -------------------------------------------------------------------------


def test_stripe_is_chosen_when_both_keys_are_set(stripe_settings: Settings) -> None:
    assert stripe_settings.payments_gateway == "stripe"
    gateway = get_payment_gateway()
    assert isinstance(gateway, StripeGateway) and gateway.name == "stripe"
    assert isinstance(gateway, PaymentGateway)


def test_sandbox_is_chosen_without_keys_or_with_only_one(
    sandbox_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert get_payment_gateway().name == "sandbox"
    monkeypatch.setenv("STRIPE_SECRET_KEY", TEST_SECRET_KEY)
    assert get_payment_gateway(Settings()).name == "sandbox"


# --- checkout -----------------------------------------------------------------------------------


def test_checkout_session_carries_line_items_amounts_and_order_reference(
    stripe_gateway: StripeGateway, fake_stripe: FakeStripe
) -> None:
    session = _checkout(stripe_gateway)

    created = fake_stripe.sessions[session.session_id]
    assert session.url == created["url"]
    assert created["amount_total"] == 1999 + 4550
    [request] = fake_stripe.requests_to("POST", "/v1/checkout/sessions")
    assert request.headers["authorization"] == f"Bearer {TEST_SECRET_KEY}"
    form = request.form
    assert form["mode"] == "payment"
    assert form["client_reference_id"] == "42"
    assert form["metadata"] == {"order_id": "42"}
    assert form["customer_email"] == "student@example.com"
    assert form["success_url"] == "http://courses.test:3000/orders/42?paid=1"
    assert form["cancel_url"] == "http://courses.test:3000/cart"
    assert form["line_items"] == [
        {
            "quantity": "1",
            "price_data": {
                "currency": "usd",
                "unit_amount": "1999",
                "product_data": {"name": "Python for Beginners"},
            },
        },
        {
            "quantity": "1",
            "price_data": {
                "currency": "usd",
                "unit_amount": "4550",
                "product_data": {"name": "SQL Deep Dive"},
            },
        },
    ]


def test_checkout_sends_idempotency_key_and_a_replay_returns_the_same_session(
    stripe_gateway: StripeGateway, fake_stripe: FakeStripe
) -> None:
    first = _checkout(stripe_gateway, key="order-42-attempt-1")
    replay = _checkout(stripe_gateway, key="order-42-attempt-1")
    other = _checkout(stripe_gateway, key="order-42-attempt-2")

    requests = fake_stripe.requests_to("POST", "/v1/checkout/sessions")
    assert [r.idempotency_key for r in requests] == [
        "order-42-attempt-1",
        "order-42-attempt-1",
        "order-42-attempt-2",
    ]
    assert replay == first
    assert other.session_id != first.session_id
    assert len(fake_stripe.sessions) == 2


def test_reusing_a_key_for_a_different_order_is_refused_with_a_sentence(
    stripe_gateway: StripeGateway,
) -> None:
    _checkout(stripe_gateway, order_id=42, key="same-key")
    with pytest.raises(PaymentGatewayError) as caught:
        _checkout(stripe_gateway, order_id=43, key="same-key")
    assert caught.value.code == "idempotency_conflict"
    _assert_sentence(caught.value.message)


def test_get_checkout_reports_payment_after_the_buyer_paid(
    stripe_gateway: StripeGateway, fake_stripe: FakeStripe
) -> None:
    session = _checkout(stripe_gateway)
    before = stripe_gateway.get_checkout(session_id=session.session_id)
    assert (before.status, before.paid, before.order_id) == ("open", False, 42)

    paid = fake_stripe.complete_session(session.session_id)
    after = stripe_gateway.get_checkout(session_id=session.session_id)
    assert after.paid and after.status == "complete"
    assert (after.amount_cents, after.currency) == (6549, "USD")
    assert after.payment_intent_id == paid["payment_intent"]


@pytest.mark.parametrize(
    ("items", "currency"),
    [
        ([], "USD"),
        ([LineItem("Free course", 0)], "USD"),
        ([LineItem("Course", -5)], "USD"),
        ([LineItem("Course", 10)], "dollars"),
    ],
)
def test_checkout_rejects_input_the_service_should_never_send(
    stripe_gateway: StripeGateway, fake_stripe: FakeStripe, items: list[LineItem], currency: str
) -> None:
    with pytest.raises(ValueError):
        stripe_gateway.create_checkout(
            order_id=1,
            items=items,
            currency=currency,
            customer_email=None,
            success_url="http://x/s",
            cancel_url="http://x/c",
            idempotency_key="k",
        )
    assert fake_stripe.requests == []


# --- refunds ------------------------------------------------------------------------------------


def test_refund_is_sent_with_amount_and_idempotency_key(
    stripe_gateway: StripeGateway, fake_stripe: FakeStripe
) -> None:
    intent = fake_stripe.add_payment_intent(amount=6549)

    result = stripe_gateway.refund(
        payment_intent_id=intent, amount_cents=1999, idempotency_key="refund-order-42"
    )
    replay = stripe_gateway.refund(
        payment_intent_id=intent, amount_cents=1999, idempotency_key="refund-order-42"
    )

    assert result.status == "succeeded"
    assert replay == result
    assert list(fake_stripe.refunds) == [result.refund_id]  # refunded once, not twice
    [first, _] = fake_stripe.requests_to("POST", "/v1/refunds")
    assert first.idempotency_key == "refund-order-42"
    assert first.form["payment_intent"] == intent
    assert first.form["amount"] == "1999"


def test_refunding_an_already_refunded_payment_says_so(
    stripe_gateway: StripeGateway, fake_stripe: FakeStripe
) -> None:
    intent = fake_stripe.add_payment_intent(amount=1999)
    stripe_gateway.refund(payment_intent_id=intent, amount_cents=1999, idempotency_key="r1")

    with pytest.raises(PaymentGatewayError) as caught:
        stripe_gateway.refund(payment_intent_id=intent, amount_cents=1999, idempotency_key="r2")

    assert caught.value.code == "charge_already_refunded"
    assert "already been refunded" in caught.value.message
    _assert_sentence(caught.value.message)


# --- provider errors ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "error_type", "expected_code", "retryable"),
    [
        (500, "api_error", "provider_error", True),
        (429, "invalid_request_error", "rate_limited", True),
        (400, "invalid_request_error", "invalid_request", False),
        (402, "card_error", "card_declined", False),
    ],
)
def test_stripe_errors_become_a_gateway_error_with_a_sentence(
    stripe_gateway: StripeGateway,
    fake_stripe: FakeStripe,
    status: int,
    error_type: str,
    expected_code: str,
    retryable: bool,
) -> None:
    code = "card_declined" if error_type == "card_error" else None
    fake_stripe.fail_next(
        status, error_type=error_type, code=code, message="Your card was declined."
    )

    with pytest.raises(PaymentGatewayError) as caught:
        _checkout(stripe_gateway)

    assert caught.value.code == expected_code
    assert caught.value.retryable is retryable
    assert isinstance(caught.value.__cause__, stripe.StripeError)
    _assert_sentence(caught.value.message)


def test_a_wrong_api_key_is_reported_as_misconfiguration(fake_stripe: FakeStripe) -> None:
    gateway = StripeGateway(
        secret_key="sk_test_wrong",
        webhook_secret=TEST_WEBHOOK_SECRET,
        api_base=fake_stripe.api_base,
    )
    with pytest.raises(PaymentGatewayError) as caught:
        _checkout(gateway)
    assert caught.value.code == "provider_misconfigured"
    _assert_sentence(caught.value.message)
    assert "sk_test_wrong" not in caught.value.message


def test_an_unreachable_stripe_is_a_retryable_gateway_error() -> None:
    with FakeStripe() as stopped_soon:
        dead_base = stopped_soon.api_base  # a loopback port nobody listens on afterwards
    gateway = StripeGateway(
        secret_key=TEST_SECRET_KEY,
        webhook_secret=TEST_WEBHOOK_SECRET,
        api_base=dead_base,
        max_network_retries=0,
    )
    with pytest.raises(PaymentGatewayError) as caught:
        gateway.refund(payment_intent_id="pi_x", amount_cents=100, idempotency_key="k")
    assert caught.value.code == "provider_unreachable" and caught.value.retryable
    _assert_sentence(caught.value.message)


# --- webhooks -----------------------------------------------------------------------------------


def _signed(event: dict[str, object], *, secret: str = TEST_WEBHOOK_SECRET) -> tuple[bytes, str]:
    payload = event_payload(event)
    return payload, sign_webhook_payload(payload, secret)


def test_our_signature_header_matches_the_stripe_library() -> None:
    payload = b'{"id": "evt_1", "object": "event"}'
    expected = stripe.WebhookSignature.generate_signature_header(
        payload.decode(), TEST_WEBHOOK_SECRET, timestamp=1_700_000_000
    )
    assert sign_webhook_payload(payload, TEST_WEBHOOK_SECRET, timestamp=1_700_000_000) == expected


def test_checkout_completed_is_normalized(stripe_gateway: StripeGateway) -> None:
    event = checkout_completed_event(
        order_id=42, amount_total=6549, session_id="cs_test_1", payment_intent="pi_test_1"
    )
    payload, header = _signed(event)

    parsed = stripe_gateway.parse_webhook(payload=payload, signature_header=header)

    assert parsed == PaymentEvent(
        event_id=event["id"],
        event_type="checkout.session.completed",
        kind="checkout_completed",
        created=event["created"],
        order_id=42,
        session_id="cs_test_1",
        payment_intent_id="pi_test_1",
        amount_cents=6549,
        currency="USD",
        payment_status="paid",
    )
    assert parsed.paid


def test_completed_checkout_with_a_delayed_payment_is_not_yet_paid(
    stripe_gateway: StripeGateway,
) -> None:
    event = checkout_completed_event(order_id=7, amount_total=1000, payment_status="unpaid")
    payload, header = _signed(event)
    parsed = stripe_gateway.parse_webhook(payload=payload, signature_header=header)
    assert parsed.kind == "checkout_completed" and not parsed.paid

    event["type"] = "checkout.session.async_payment_succeeded"
    event["data"]["object"]["payment_status"] = "paid"
    payload, header = _signed(event)
    later = stripe_gateway.parse_webhook(payload=payload, signature_header=header)
    assert later.kind == "checkout_completed" and later.paid and later.order_id == 7


def test_checkout_expired_is_normalized(stripe_gateway: StripeGateway) -> None:
    event = checkout_expired_event(order_id=42, session_id="cs_test_2")
    payload, header = _signed(event)

    parsed = stripe_gateway.parse_webhook(payload=payload, signature_header=header)

    assert (parsed.kind, parsed.order_id, parsed.session_id) == (
        "checkout_expired",
        42,
        "cs_test_2",
    )
    assert parsed.event_id == event["id"] and not parsed.paid


@pytest.mark.parametrize(("refunded", "total", "full"), [(6549, 6549, True), (1999, 6549, False)])
def test_charge_refunded_is_normalized(
    stripe_gateway: StripeGateway, refunded: int, total: int, full: bool
) -> None:
    event = charge_refunded_event(
        payment_intent="pi_test_1", amount_refunded=refunded, amount=total, currency="eur"
    )
    payload, header = _signed(event)

    parsed = stripe_gateway.parse_webhook(payload=payload, signature_header=header)

    assert parsed.kind == "charge_refunded" and parsed.event_type == "charge.refunded"
    assert (parsed.payment_intent_id, parsed.amount_cents, parsed.currency) == (
        "pi_test_1",
        refunded,
        "EUR",
    )
    assert parsed.fully_refunded is full
    assert parsed.order_id is None


def test_other_event_types_and_foreign_sessions_are_ignored(stripe_gateway: StripeGateway) -> None:
    other = build_event("customer.created", {"id": "cus_1", "object": "customer"})
    payload, header = _signed(other)
    parsed = stripe_gateway.parse_webhook(payload=payload, signature_header=header)
    assert (parsed.kind, parsed.event_type, parsed.event_id) == (
        "ignored",
        "customer.created",
        other["id"],
    )

    foreign = checkout_completed_event(order_id=None, amount_total=500)  # e.g. a Payment Link
    payload, header = _signed(foreign)
    assert stripe_gateway.parse_webhook(payload=payload, signature_header=header).kind == "ignored"


def test_order_id_falls_back_to_metadata(stripe_gateway: StripeGateway) -> None:
    event = checkout_completed_event(order_id=42, amount_total=500)
    event["data"]["object"]["client_reference_id"] = None
    payload, header = _signed(event)
    assert stripe_gateway.parse_webhook(payload=payload, signature_header=header).order_id == 42


def test_a_signature_within_five_minutes_and_rolled_secrets_are_accepted(
    stripe_gateway: StripeGateway,
) -> None:
    payload = event_payload(checkout_expired_event(order_id=1))
    recent = sign_webhook_payload(payload, TEST_WEBHOOK_SECRET, timestamp=int(time.time()) - 290)
    assert stripe_gateway.parse_webhook(payload=payload, signature_header=recent).order_id == 1

    # While a secret is being rolled Stripe sends one v1 per secret.
    old = sign_webhook_payload(payload, "whsec_old_secret")
    current = sign_webhook_payload(payload, TEST_WEBHOOK_SECRET)
    both = f"{old},{current.split(',')[1]}"
    assert stripe_gateway.parse_webhook(payload=payload, signature_header=both).order_id == 1


def _tampered() -> tuple[bytes, str]:
    payload = event_payload(checkout_completed_event(order_id=42, amount_total=6549))
    header = sign_webhook_payload(payload, TEST_WEBHOOK_SECRET)
    return payload.replace(b"6549", b"1"), header


def _wrong_secret() -> tuple[bytes, str]:
    payload = event_payload(checkout_completed_event(order_id=42, amount_total=6549))
    return payload, sign_webhook_payload(payload, "whsec_someone_else")


def _stale() -> tuple[bytes, str]:
    payload = event_payload(checkout_completed_event(order_id=42, amount_total=6549))
    return payload, sign_webhook_payload(
        payload, TEST_WEBHOOK_SECRET, timestamp=int(time.time()) - 301
    )


def _valid_payload(header: str) -> tuple[bytes, str]:
    return event_payload(checkout_completed_event(order_id=42, amount_total=6549)), header


def _signed_body(body: bytes) -> tuple[bytes, str]:
    return body, sign_webhook_payload(body, TEST_WEBHOOK_SECRET)


def _malformed_completed() -> tuple[bytes, str]:
    event = checkout_completed_event(order_id=42, amount_total=6549)
    event["data"]["object"]["amount_total"] = "6549"
    return _signed(event)


@pytest.mark.parametrize(
    "delivery",
    [
        pytest.param(_tampered, id="tampered-body"),
        pytest.param(_wrong_secret, id="wrong-secret"),
        pytest.param(_stale, id="stale-timestamp"),
        pytest.param(lambda: _valid_payload(""), id="missing-header"),
        pytest.param(lambda: _valid_payload("garbage"), id="garbage-header"),
        pytest.param(lambda: _valid_payload("t=abc,v1=deadbeef"), id="garbage-timestamp"),
        pytest.param(lambda: _valid_payload(f"t={int(time.time())}"), id="no-v1-signature"),
        pytest.param(lambda: _signed_body(b"this is not json"), id="non-json-body"),
        pytest.param(lambda: _signed_body(b"\xff\xfe\x00binary"), id="non-utf8-body"),
        pytest.param(lambda: _signed_body(b'["an", "array"]'), id="not-an-event"),
        pytest.param(lambda: _signed_body(b'{"id": "evt_1", "type": 3}'), id="no-data-object"),
        pytest.param(_malformed_completed, id="string-amount"),
    ],
)
def test_bad_deliveries_raise_invalid_webhook(
    stripe_gateway: StripeGateway, delivery: object
) -> None:
    payload, header = delivery()  # type: ignore[operator]
    with pytest.raises(InvalidWebhook) as caught:
        stripe_gateway.parse_webhook(payload=payload, signature_header=header)
    assert caught.value.message


def test_webhook_parsing_makes_no_api_calls(
    stripe_gateway: StripeGateway, fake_stripe: FakeStripe
) -> None:
    payload, header = _signed(checkout_completed_event(order_id=1, amount_total=100))
    stripe_gateway.parse_webhook(payload=payload, signature_header=header)
    assert fake_stripe.requests == []


# --- sandbox ------------------------------------------------------------------------------------


def test_sandbox_checkout_points_at_the_local_payment_page(sandbox_gateway: SandboxGateway) -> None:
    session = _checkout(sandbox_gateway, order_id=42, key="order-42")
    again = _checkout(sandbox_gateway, order_id=42, key="order-42")
    other = _checkout(sandbox_gateway, order_id=43, key="order-43")

    assert session.url == "http://courses.test:3000/checkout/sandbox/42"
    assert again == session
    assert other.session_id != session.session_id
    assert sandbox_gateway.name == "sandbox"


def test_sandbox_refund_succeeds_locally(sandbox_gateway: SandboxGateway) -> None:
    result = sandbox_gateway.refund(
        payment_intent_id="sandbox_pi_42", amount_cents=1999, idempotency_key="refund-42"
    )
    again = sandbox_gateway.refund(
        payment_intent_id="sandbox_pi_42", amount_cents=1999, idempotency_key="refund-42"
    )
    assert result.status == "succeeded" and result.refund_id.startswith("re_sandbox_")
    assert again == result
    with pytest.raises(ValueError):
        sandbox_gateway.refund(payment_intent_id="pi", amount_cents=0, idempotency_key="r")


def test_sandbox_refuses_webhooks_and_status_lookups(sandbox_gateway: SandboxGateway) -> None:
    payload, header = _signed(checkout_completed_event(order_id=1, amount_total=100))
    with pytest.raises(InvalidWebhook):
        sandbox_gateway.parse_webhook(payload=payload, signature_header=header)
    with pytest.raises(PaymentGatewayError) as caught:
        sandbox_gateway.get_checkout(session_id="cs_sandbox_x")
    _assert_sentence(caught.value.message)


def test_sandbox_never_calls_the_network(
    sandbox_gateway: SandboxGateway, fake_stripe: FakeStripe, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("the sandbox gateway opened a network connection")

    monkeypatch.setattr("socket.socket.connect", no_network)
    _checkout(sandbox_gateway)
    sandbox_gateway.refund(payment_intent_id="pi", amount_cents=100, idempotency_key="r")
    assert fake_stripe.requests == []
