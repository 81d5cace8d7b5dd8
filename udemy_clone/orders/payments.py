"""Payment gateway adapters: Stripe Checkout in production, a local sandbox everywhere else.

The orders service talks to a `PaymentGateway` only; it never imports `stripe`. Money is integer
minor units (`amount_cents`) everywhere; currencies are ISO 4217 codes, upper case on our side
(Stripe wants and sends lower case, the adapter converts).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal, Protocol, runtime_checkable

import stripe

from udemy_clone.core.config import Settings, get_settings
from udemy_clone.core.log import get_logger

if TYPE_CHECKING:
    from stripe._base_address import BaseAddresses
    from stripe.params import RefundCreateParams
    from stripe.params.checkout import SessionCreateParams

logger = get_logger(__name__)

GatewayName = Literal["stripe", "sandbox"]
PaymentEventKind = Literal["checkout_completed", "checkout_expired", "charge_refunded", "ignored"]
CheckoutStatusName = Literal["open", "complete", "expired"]

# Stripe's own default: a signature older than five minutes is a replay, not a delivery.
WEBHOOK_TOLERANCE_SECONDS = 300
# A checkout create/refund runs inside a user's request; do not hang on Stripe for 80 s.
STRIPE_TIMEOUT_SECONDS = 30.0


class PaymentGatewayError(Exception):
    """A call to the payment provider failed; `message` is a sentence a person can act on."""

    def __init__(self, message: str, *, code: str = "payment_failed", retryable: bool = False):
        super().__init__(message)
        self.message = message
        self.code = code
        self.retryable = retryable


class InvalidWebhook(Exception):
    """A webhook delivery was not signed by us, was too old, or was not a Stripe event."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class LineItem:
    """One thing being bought (a course), at its final price in minor units."""

    name: str
    amount_cents: int


@dataclass(frozen=True)
class CheckoutSession:
    """Where to send the buyer to pay, and the provider's id for that payment page."""

    session_id: str
    url: str


@dataclass(frozen=True)
class CheckoutStatus:
    """The provider's current view of a checkout session (for reconciling without a webhook)."""

    session_id: str
    status: CheckoutStatusName
    payment_status: str
    order_id: int | None
    amount_cents: int | None
    currency: str | None
    payment_intent_id: str | None

    @property
    def paid(self) -> bool:
        """True once money has been captured (or nothing was due)."""
        return self.status == "complete" and self.payment_status in ("paid", "no_payment_required")


@dataclass(frozen=True)
class RefundResult:
    """A refund as the provider reports it; status is 'succeeded', 'pending', 'failed', ..."""

    refund_id: str
    status: str


@dataclass(frozen=True)
class PaymentEvent:
    """A verified webhook event, reduced to what the orders service acts on.

    - checkout_completed: order_id, session_id, payment_intent_id, amount_cents (amount_total),
      currency, payment_status ('paid' for cards; 'unpaid' while a delayed method is pending).
    - checkout_expired: order_id, session_id.
    - charge_refunded: payment_intent_id, amount_cents (total refunded so far on the charge),
      currency, fully_refunded.
    - ignored: any other event type, or a session that does not belong to one of our orders.
    """

    event_id: str
    event_type: str
    kind: PaymentEventKind
    created: int | None = None
    order_id: int | None = None
    session_id: str | None = None
    payment_intent_id: str | None = None
    amount_cents: int | None = None
    currency: str | None = None
    payment_status: str | None = None
    fully_refunded: bool | None = None

    @property
    def paid(self) -> bool:
        """True for a completed checkout whose money has been captured."""
        return self.kind == "checkout_completed" and self.payment_status in (
            "paid",
            "no_payment_required",
        )


@runtime_checkable
class PaymentGateway(Protocol):
    """What the orders service needs from a payment provider."""

    @property
    def name(self) -> GatewayName:
        """'stripe' or 'sandbox'."""
        ...

    def create_checkout(
        self,
        *,
        order_id: int,
        items: list[LineItem],
        currency: str,
        customer_email: str | None,
        success_url: str,
        cancel_url: str,
        idempotency_key: str,
        expires_at: datetime | None = None,
    ) -> CheckoutSession:
        """Open a hosted payment page for an order; the same key returns the same session."""
        ...

    def get_checkout(self, *, session_id: str) -> CheckoutStatus:
        """Ask the provider for the current state of a checkout session."""
        ...

    def refund(
        self, *, payment_intent_id: str, amount_cents: int, idempotency_key: str
    ) -> RefundResult:
        """Give money back for a captured payment; the same key refunds only once."""
        ...

    def parse_webhook(self, *, payload: bytes, signature_header: str) -> PaymentEvent:
        """Verify a webhook delivery against its raw body and normalize it, or raise."""
        ...


def _validate_checkout_input(items: list[LineItem], currency: str) -> str:
    if not items:
        raise ValueError("A checkout needs at least one line item.")
    for item in items:
        if isinstance(item.amount_cents, bool) or not isinstance(item.amount_cents, int):
            raise ValueError(f"amount_cents must be an integer, got {item.amount_cents!r}.")
        if item.amount_cents < 0:
            raise ValueError("amount_cents cannot be negative.")
        if not item.name.strip():
            raise ValueError("Every line item needs a name.")
    if sum(item.amount_cents for item in items) <= 0:
        raise ValueError("A free order is fulfilled at once and never reaches the gateway.")
    if len(currency) != 3 or not currency.isalpha():
        raise ValueError(f"currency must be an ISO 4217 code, got {currency!r}.")
    return currency.upper()


def _validate_refund_amount(amount_cents: int) -> None:
    if isinstance(amount_cents, bool) or not isinstance(amount_cents, int) or amount_cents <= 0:
        raise ValueError(f"A refund needs a positive integer amount, got {amount_cents!r}.")


class StripeGateway:
    """Stripe Checkout through the official `stripe` library (StripeClient)."""

    def __init__(
        self,
        *,
        secret_key: str,
        webhook_secret: str,
        api_base: str | None = None,
        max_network_retries: int = 2,
        timeout_seconds: float = STRIPE_TIMEOUT_SECONDS,
    ) -> None:
        self._webhook_secret = webhook_secret
        base_addresses: BaseAddresses = {}
        if api_base:
            base_addresses["api"] = api_base.rstrip("/")
        self._client = stripe.StripeClient(
            secret_key,
            base_addresses=base_addresses,
            # Retries are safe: every create call carries an idempotency key.
            max_network_retries=max_network_retries,
            http_client=stripe.new_default_http_client(timeout=timeout_seconds),
        )

    @property
    def name(self) -> GatewayName:
        """Always 'stripe'."""
        return "stripe"

    @classmethod
    def from_settings(cls, settings: Settings) -> StripeGateway:
        """Build the gateway from STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET and STRIPE_API_BASE."""
        if not (settings.stripe_secret_key and settings.stripe_webhook_secret):
            raise ValueError("STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET must both be set.")
        return cls(
            secret_key=settings.stripe_secret_key,
            webhook_secret=settings.stripe_webhook_secret,
            api_base=settings.stripe_api_base,
        )

    def create_checkout(
        self,
        *,
        order_id: int,
        items: list[LineItem],
        currency: str,
        customer_email: str | None,
        success_url: str,
        cancel_url: str,
        idempotency_key: str,
        expires_at: datetime | None = None,
    ) -> CheckoutSession:
        """Create a Stripe Checkout Session (mode=payment) for the order."""
        stripe_currency = _validate_checkout_input(items, currency).lower()
        reference = str(order_id)
        params: SessionCreateParams = {
            "mode": "payment",
            "line_items": [
                {
                    "quantity": 1,
                    "price_data": {
                        "currency": stripe_currency,
                        "unit_amount": item.amount_cents,
                        "product_data": {"name": item.name[:250]},
                    },
                }
                for item in items
            ],
            "client_reference_id": reference,
            "metadata": {"order_id": reference},
            # Lets a refund seen only as a charge be traced back to the order in the dashboard.
            "payment_intent_data": {"metadata": {"order_id": reference}},
            "success_url": success_url,
            "cancel_url": cancel_url,
        }
        if customer_email:
            params["customer_email"] = customer_email
        if expires_at is not None:
            # Stripe refuses the payment page after this moment (the order expires with it).
            params["expires_at"] = int(expires_at.timestamp())
        try:
            session = self._client.v1.checkout.sessions.create(
                params, {"idempotency_key": idempotency_key}
            )
        except stripe.StripeError as exc:
            raise _gateway_error(exc, action="start the checkout") from exc
        if not session.url:
            raise PaymentGatewayError(
                "The payment page could not be opened; please start the checkout again.",
                code="checkout_unavailable",
            )
        return CheckoutSession(session_id=session.id, url=session.url)

    def get_checkout(self, *, session_id: str) -> CheckoutStatus:
        """Retrieve a Checkout Session's status from Stripe."""
        try:
            session = self._client.v1.checkout.sessions.retrieve(session_id)
        except stripe.StripeError as exc:
            raise _gateway_error(exc, action="check the payment") from exc
        values = session.to_dict()
        status = values.get("status")
        if status not in ("open", "complete", "expired"):
            raise PaymentGatewayError(
                "The payment provider returned an unexpected answer; please try again later.",
                code="unexpected_response",
                retryable=True,
            )
        currency = values.get("currency")
        return CheckoutStatus(
            session_id=session.id,
            status=status,
            payment_status=str(values.get("payment_status") or "unpaid"),
            order_id=_order_id_of_session(values),
            amount_cents=_optional_int(values.get("amount_total")),
            currency=currency.upper() if isinstance(currency, str) else None,
            payment_intent_id=_id_of(values.get("payment_intent")),
        )

    def refund(
        self, *, payment_intent_id: str, amount_cents: int, idempotency_key: str
    ) -> RefundResult:
        """Refund part or all of a captured PaymentIntent."""
        _validate_refund_amount(amount_cents)
        params: RefundCreateParams = {
            "payment_intent": payment_intent_id,
            "amount": amount_cents,
            "reason": "requested_by_customer",
        }
        try:
            refund = self._client.v1.refunds.create(params, {"idempotency_key": idempotency_key})
        except stripe.StripeError as exc:
            raise _gateway_error(exc, action="refund the payment") from exc
        return RefundResult(refund_id=refund.id, status=str(refund.status or "pending"))

    def processing_fee(self, *, payment_intent_id: str) -> int | None:
        """Stripe's fee on a payment, from its balance transaction; None while not known."""
        try:
            intent = self._client.v1.payment_intents.retrieve(
                payment_intent_id, {"expand": ["latest_charge.balance_transaction"]}
            )
        except stripe.StripeError as exc:
            raise _gateway_error(exc, action="read the payment's fee") from exc
        raw: dict[str, Any] = intent.to_dict()
        charge: Any = raw.get("latest_charge")
        balance: Any = charge.get("balance_transaction") if isinstance(charge, dict) else None
        if not isinstance(balance, dict):
            return None
        fee = balance.get("fee")
        return fee if isinstance(fee, int) and fee >= 0 else None

    def parse_webhook(self, *, payload: bytes, signature_header: str) -> PaymentEvent:
        """Verify `Stripe-Signature` against the raw body and normalize the event."""
        try:
            stripe.WebhookSignature.verify_header(
                payload, signature_header, self._webhook_secret, WEBHOOK_TOLERANCE_SECONDS
            )
        except stripe.SignatureVerificationError as exc:
            raise InvalidWebhook(f"The Stripe signature is not valid: {exc.user_message}") from exc
        except UnicodeDecodeError as exc:  # the library decodes the body before hashing it
            raise InvalidWebhook("The webhook body is not UTF-8 text.") from exc
        try:
            event = json.loads(payload)
        except ValueError as exc:
            raise InvalidWebhook("The webhook body is not JSON.") from exc
        return normalize_stripe_event(event)


def normalize_stripe_event(event: Any) -> PaymentEvent:
    """Reduce a verified Stripe event to a `PaymentEvent`; raise InvalidWebhook if malformed."""
    if not isinstance(event, dict):
        raise InvalidWebhook("The webhook body is not a Stripe event object.")
    event_id = event.get("id")
    event_type = event.get("type")
    data = event.get("data")
    obj = data.get("object") if isinstance(data, dict) else None
    if not (isinstance(event_id, str) and isinstance(event_type, str) and isinstance(obj, dict)):
        raise InvalidWebhook("The webhook body is not a Stripe event (id, type, data.object).")
    created = _optional_int(event.get("created"))
    base: dict[str, Any] = {"event_id": event_id, "event_type": event_type, "created": created}

    try:
        if event_type in ("checkout.session.completed", "checkout.session.async_payment_succeeded"):
            order_id = _order_id_of_session(obj)
            if order_id is None:
                return _ignored_foreign_session(base, obj)
            return PaymentEvent(
                **base,
                kind="checkout_completed",
                order_id=order_id,
                session_id=_required_str(obj, "id"),
                payment_intent_id=_id_of(obj.get("payment_intent")),
                amount_cents=_required_int(obj, "amount_total"),
                currency=_required_str(obj, "currency").upper(),
                payment_status=_required_str(obj, "payment_status"),
            )
        if event_type in ("checkout.session.expired", "checkout.session.async_payment_failed"):
            # Either way the checkout ended without money: the order can no longer be paid.
            order_id = _order_id_of_session(obj)
            if order_id is None:
                return _ignored_foreign_session(base, obj)
            currency = obj.get("currency")
            return PaymentEvent(
                **base,
                kind="checkout_expired",
                order_id=order_id,
                session_id=_required_str(obj, "id"),
                payment_intent_id=_id_of(obj.get("payment_intent")),
                amount_cents=_optional_int(obj.get("amount_total")),
                currency=currency.upper() if isinstance(currency, str) else None,
                payment_status=_optional_str(obj.get("payment_status")),
            )
        if event_type == "charge.refunded":
            amount_refunded = _required_int(obj, "amount_refunded")
            amount = _optional_int(obj.get("amount"))
            refunded = obj.get("refunded")
            return PaymentEvent(
                **base,
                kind="charge_refunded",
                payment_intent_id=_id_of(obj.get("payment_intent")),
                amount_cents=amount_refunded,
                currency=_required_str(obj, "currency").upper(),
                fully_refunded=(
                    refunded
                    if isinstance(refunded, bool)
                    else (amount is not None and amount_refunded >= amount)
                ),
            )
    except (KeyError, TypeError) as exc:
        raise InvalidWebhook(f"The {event_type} event is missing a field: {exc}.") from exc
    return PaymentEvent(**base, kind="ignored")


def _ignored_foreign_session(base: dict[str, Any], obj: dict[str, Any]) -> PaymentEvent:
    # Payment Links or another integration on the same Stripe account: not one of our orders.
    logger.warning(
        "stripe_event_without_order_ignored",
        event_id=base["event_id"],
        event_type=base["event_type"],
        session_id=obj.get("id"),
    )
    return PaymentEvent(**base, kind="ignored", session_id=_optional_str(obj.get("id")))


def _order_id_of_session(obj: dict[str, Any]) -> int | None:
    metadata = obj.get("metadata")
    candidates = [
        obj.get("client_reference_id"),
        metadata.get("order_id") if isinstance(metadata, dict) else None,
    ]
    for candidate in candidates:
        if isinstance(candidate, str) and candidate.isdigit():
            return int(candidate)
    return None


def _id_of(value: Any) -> str | None:
    """An expandable Stripe field is either an id string or the expanded object."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict) and isinstance(value.get("id"), str):
        return str(value["id"])
    return None


def _optional_int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _optional_str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _required_int(obj: dict[str, Any], key: str) -> int:
    value = obj.get(key)
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{key} is not an integer")
    return value


def _required_str(obj: dict[str, Any], key: str) -> str:
    value = obj.get(key)
    if not isinstance(value, str) or not value:
        raise TypeError(f"{key} is not a string")
    return value


def _gateway_error(exc: stripe.StripeError, *, action: str) -> PaymentGatewayError:
    """Turn a Stripe exception into a sentence for people; the details go to the log."""
    logger.warning(
        "stripe_call_failed",
        action=action,
        error=type(exc).__name__,
        http_status=exc.http_status,
        stripe_code=exc.code,
        stripe_request_id=exc.request_id,
        stripe_message=exc.user_message,
    )
    if isinstance(exc, stripe.CardError):
        detail = (exc.user_message or "").strip().rstrip(".")
        reason = f": {detail}" if detail else ""
        return PaymentGatewayError(
            f"The card was declined{reason}. Please try another payment method.",
            code=exc.code or "card_declined",
        )
    if isinstance(exc, stripe.RateLimitError):
        return PaymentGatewayError(
            f"The payment provider is busy and could not {action}; please try again in a minute.",
            code="rate_limited",
            retryable=True,
        )
    if isinstance(exc, stripe.APIConnectionError):
        return PaymentGatewayError(
            f"We could not reach the payment provider to {action}; "
            "please try again in a few minutes.",
            code="provider_unreachable",
            retryable=True,
        )
    if isinstance(exc, (stripe.AuthenticationError, stripe.PermissionError)):
        logger.error("stripe_credentials_rejected", hint="check STRIPE_SECRET_KEY")
        return PaymentGatewayError(
            f"Payments are not set up correctly, so we could not {action}; please contact support.",
            code="provider_misconfigured",
        )
    if isinstance(exc, stripe.IdempotencyError):
        return PaymentGatewayError(
            f"This request does not match an earlier attempt to {action}; "
            "please start again from your order.",
            code="idempotency_conflict",
        )
    if isinstance(exc, stripe.InvalidRequestError):
        if exc.code in ("charge_already_refunded", "charge_disputed"):
            return PaymentGatewayError(
                "This payment has already been refunded or disputed, so nothing more can be "
                "refunded.",
                code=exc.code,
            )
        if exc.code == "resource_missing":
            return PaymentGatewayError(
                f"The payment provider has no record needed to {action}; please contact support.",
                code="resource_missing",
            )
        return PaymentGatewayError(
            f"The payment provider refused to {action}; please check the order and try again.",
            code=exc.code or "invalid_request",
        )
    return PaymentGatewayError(
        f"The payment provider had a problem and could not {action}; "
        "please try again in a few minutes.",
        code="provider_error",
        retryable=True,
    )


class SandboxGateway:
    """Local stand-in for development and tests: no network, payments completed on our own page."""

    def __init__(self, *, public_url: str) -> None:
        self._public_url = public_url.rstrip("/")

    @property
    def name(self) -> GatewayName:
        """Always 'sandbox'."""
        return "sandbox"

    def create_checkout(
        self,
        *,
        order_id: int,
        items: list[LineItem],
        currency: str,
        customer_email: str | None,
        success_url: str,
        cancel_url: str,
        idempotency_key: str,
        expires_at: datetime | None = None,
    ) -> CheckoutSession:
        """Point the buyer at the local sandbox payment page for the order."""
        _validate_checkout_input(items, currency)
        return CheckoutSession(
            session_id=f"cs_sandbox_{_digest(idempotency_key)}",
            url=f"{self._public_url}/checkout/sandbox/{order_id}",
        )

    def get_checkout(self, *, session_id: str) -> CheckoutStatus:
        """Not available: the sandbox keeps no state; the order itself is the record."""
        raise PaymentGatewayError(
            "The sandbox payment gateway keeps no payment records; check the order instead.",
            code="unsupported",
        )

    def refund(
        self, *, payment_intent_id: str, amount_cents: int, idempotency_key: str
    ) -> RefundResult:
        """Succeed at once; the same key yields the same refund id."""
        _validate_refund_amount(amount_cents)
        return RefundResult(refund_id=f"re_sandbox_{_digest(idempotency_key)}", status="succeeded")

    def parse_webhook(self, *, payload: bytes, signature_header: str) -> PaymentEvent:
        """Refuse: sandbox payments are completed by POST /payments/sandbox/{order_id}/complete."""
        raise InvalidWebhook(
            "Stripe webhooks are not accepted while the sandbox payment gateway is active."
        )


def _digest(key: str) -> str:
    # Deterministic ids make sandbox calls idempotent without keeping any state.
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


@lru_cache(maxsize=4)
def _stripe_gateway(secret_key: str, webhook_secret: str, api_base: str | None) -> StripeGateway:
    # One client per configuration keeps the HTTP connection pool warm between requests.
    return StripeGateway(secret_key=secret_key, webhook_secret=webhook_secret, api_base=api_base)


def get_payment_gateway(settings: Settings | None = None) -> PaymentGateway:
    """The gateway chosen by settings: Stripe when both Stripe keys are set, else the sandbox."""
    settings = settings or get_settings()
    if (
        settings.payments_gateway == "stripe"
        and settings.stripe_secret_key
        and settings.stripe_webhook_secret
    ):
        return _stripe_gateway(
            settings.stripe_secret_key, settings.stripe_webhook_secret, settings.stripe_api_base
        )
    return SandboxGateway(public_url=settings.public_url)
