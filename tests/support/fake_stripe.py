"""A local stand-in for the few Stripe API endpoints we call, plus webhook signing helpers.

The real `stripe` library is pointed at `FakeStripe.api_base` (STRIPE_API_BASE), so tests exercise
its request encoding, headers, error mapping and retries without touching api.stripe.com.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import secrets
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

API_VERSION = "2025-09-30.clover"
TEST_SECRET_KEY = "sk_test_fake_stripe_0123456789"
TEST_WEBHOOK_SECRET = "whsec_fake_stripe_0123456789abcdef"

_KEY_PART = re.compile(r"\[([^\]]*)\]")


@dataclass
class RecordedRequest:
    """One request the fake server received, decoded for assertions."""

    method: str
    path: str
    headers: dict[str, str]  # lower-cased names
    raw_body: str
    form: dict[str, Any]  # bracket-encoded form fields decoded into nested dicts/lists

    @property
    def idempotency_key(self) -> str | None:
        """The Idempotency-Key header, if the client sent one."""
        return self.headers.get("idempotency-key")


@dataclass
class _CannedError:
    status: int
    error: dict[str, Any]


@dataclass
class _PaymentIntent:
    id: str
    amount: int
    currency: str
    refunded: int = 0


@dataclass
class _State:
    requests: list[RecordedRequest] = field(default_factory=list)
    sessions: dict[str, dict[str, Any]] = field(default_factory=dict)
    line_items: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    payment_intents: dict[str, _PaymentIntent] = field(default_factory=dict)
    refunds: dict[str, dict[str, Any]] = field(default_factory=dict)
    # idempotency key -> (method+path+body it was first used with, status, response body)
    idempotent: dict[str, tuple[str, int, dict[str, Any]]] = field(default_factory=dict)
    queued_errors: list[_CannedError] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


def decode_stripe_form(body: str) -> dict[str, Any]:
    """Decode `a[b][0][c]=v` form fields (as stripe-python encodes them) into nested values."""
    root: dict[str, Any] = {}
    for key, value in parse_qsl(body, keep_blank_values=True):
        head = key.split("[", 1)[0]
        parts = [head, *_KEY_PART.findall(key[len(head) :])]
        node: dict[str, Any] = root
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        node[parts[-1]] = value
    return _lists_from_indexed_dicts(root)


def _lists_from_indexed_dicts(value: Any) -> Any:
    if not isinstance(value, dict):
        return value
    converted = {k: _lists_from_indexed_dicts(v) for k, v in value.items()}
    if converted and all(k.isdigit() for k in converted):
        return [converted[k] for k in sorted(converted, key=int)]
    return converted


def _new_id(prefix: str) -> str:
    return f"{prefix}_test_{secrets.token_hex(12)}"


class FakeStripe:
    """A threaded HTTP server on 127.0.0.1 with a free port, speaking a subset of Stripe's API.

    Endpoints: POST /v1/checkout/sessions, GET /v1/checkout/sessions/{id}, POST /v1/refunds.
    Requests need `Authorization: Bearer <secret_key>`; Idempotency-Key replays return the stored
    response (with `Idempotent-Replayed: true`); reusing a key with other parameters is a 400
    idempotency_error, as on Stripe.
    """

    def __init__(self, *, secret_key: str = TEST_SECRET_KEY) -> None:
        self.secret_key = secret_key
        self._state = _State()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _make_handler(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.02},  # shutdown() waits up to one poll interval
            name="fake-stripe",
            daemon=True,
        )

    # lifecycle ---------------------------------------------------------------------------
    def start(self) -> FakeStripe:
        """Start serving in a background thread."""
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and release the port."""
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> FakeStripe:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def api_base(self) -> str:
        """The base URL to give the stripe library (STRIPE_API_BASE)."""
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    # inspection --------------------------------------------------------------------------
    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received, oldest first."""
        with self._state.lock:
            return list(self._state.requests)

    def requests_to(self, method: str, path: str) -> list[RecordedRequest]:
        """The requests received for one method and path."""
        return [r for r in self.requests if r.method == method and r.path == path]

    @property
    def sessions(self) -> dict[str, dict[str, Any]]:
        """Checkout sessions created so far, by id."""
        with self._state.lock:
            return dict(self._state.sessions)

    @property
    def refunds(self) -> dict[str, dict[str, Any]]:
        """Refunds created so far, by id."""
        with self._state.lock:
            return dict(self._state.refunds)

    def line_items_of(self, session_id: str) -> list[dict[str, Any]]:
        """The line items a session was created with (as Stripe would list them)."""
        with self._state.lock:
            return list(self._state.line_items[session_id])

    # scripting ---------------------------------------------------------------------------
    def fail_next(
        self,
        status: int,
        *,
        error_type: str = "api_error",
        code: str | None = None,
        message: str = "Something went wrong on Stripe's end.",
    ) -> None:
        """Answer the next API request with this Stripe error (not stored for idempotency)."""
        error: dict[str, Any] = {"type": error_type, "message": message}
        if code:
            error["code"] = code
        with self._state.lock:
            self._state.queued_errors.append(_CannedError(status=status, error=error))

    def add_payment_intent(self, *, amount: int, currency: str = "usd") -> str:
        """Register a captured PaymentIntent that refunds can be made against; returns its id."""
        intent = _PaymentIntent(id=_new_id("pi"), amount=amount, currency=currency)
        with self._state.lock:
            self._state.payment_intents[intent.id] = intent
        return intent.id

    def complete_session(self, session_id: str) -> dict[str, Any]:
        """Pay a session as a buyer would: status complete, paid, with a new PaymentIntent."""
        with self._state.lock:
            session = self._state.sessions[session_id]
            intent = _PaymentIntent(
                id=_new_id("pi"), amount=session["amount_total"], currency=session["currency"]
            )
            self._state.payment_intents[intent.id] = intent
            session.update(status="complete", payment_status="paid", payment_intent=intent.id)
            return dict(session)

    def expire_session(self, session_id: str) -> dict[str, Any]:
        """Let a session lapse unpaid."""
        with self._state.lock:
            session = self._state.sessions[session_id]
            session.update(status="expired", url=None)
            return dict(session)

    # request handling (called from the server thread) -----------------------------------
    def _handle(
        self, method: str, path: str, headers: dict[str, str], body: str
    ) -> tuple[int, dict[str, Any], dict[str, str]]:
        form = decode_stripe_form(body) if body else {}
        with self._state.lock:
            self._state.requests.append(
                RecordedRequest(method=method, path=path, headers=headers, raw_body=body, form=form)
            )
            if headers.get("authorization") != f"Bearer {self.secret_key}":
                return 401, _error("invalid_request_error", "Invalid API Key provided."), {}
            if self._state.queued_errors:
                canned = self._state.queued_errors.pop(0)
                return canned.status, {"error": canned.error}, {}

            key = headers.get("idempotency-key") if method == "POST" else None
            fingerprint = f"{method} {path} {body}"
            if key is not None and key in self._state.idempotent:
                first_fingerprint, status, response = self._state.idempotent[key]
                if first_fingerprint != fingerprint:
                    return (
                        400,
                        _error(
                            "idempotency_error",
                            "Keys for idempotent requests can only be used with the same "
                            "parameters they were first used with.",
                        ),
                        {},
                    )
                return status, response, {"Idempotent-Replayed": "true"}

            status, response = self._route(method, path, form)
            if key is not None:
                self._state.idempotent[key] = (fingerprint, status, response)
            return status, response, {}

    def _route(self, method: str, path: str, form: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        if method == "POST" and path == "/v1/checkout/sessions":
            return self._create_session(form)
        match = re.fullmatch(r"/v1/checkout/sessions/([A-Za-z0-9_]+)", path)
        if method == "GET" and match:
            session = self._state.sessions.get(match.group(1))
            if session is None:
                return 404, _missing("checkout.session", match.group(1))
            return 200, dict(session)
        if method == "POST" and path == "/v1/refunds":
            return self._create_refund(form)
        match = re.fullmatch(r"/v1/payment_intents/([A-Za-z0-9_]+)", path)
        if method == "GET" and match:
            return self._payment_intent(match.group(1))
        return 404, _error("invalid_request_error", f"Unrecognized request URL ({method}: {path}).")

    def _payment_intent(self, intent_id: str) -> tuple[int, dict[str, Any]]:
        """A PaymentIntent with its charge and balance transaction expanded (Stripe's fee:
        2.9 % + 30 minor units)."""
        intent = self._state.payment_intents.get(intent_id)
        if intent is None:
            return 404, _missing("payment_intent", intent_id)
        fee = round(intent.amount * 0.029) + 30
        charge = {
            "id": f"ch_{intent.id[3:]}",
            "object": "charge",
            "amount": intent.amount,
            "balance_transaction": {
                "id": f"txn_{intent.id[3:]}",
                "object": "balance_transaction",
                "amount": intent.amount,
                "fee": fee,
                "net": intent.amount - fee,
                "currency": intent.currency,
            },
        }
        return 200, {
            "id": intent.id,
            "object": "payment_intent",
            "amount": intent.amount,
            "currency": intent.currency,
            "status": "succeeded",
            "latest_charge": charge,
        }

    def _create_session(self, form: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        for required in ("mode", "success_url", "line_items"):
            if required not in form:
                return 400, _error(
                    "invalid_request_error",
                    f"Missing required param: {required}.",
                    code="parameter_missing",
                    param=required,
                )
        items: list[dict[str, Any]] = form["line_items"]
        currencies = {item["price_data"]["currency"] for item in items}
        if len(currencies) != 1:
            return 400, _error("invalid_request_error", "All line items need the same currency.")
        amount_total = sum(
            int(item["price_data"]["unit_amount"]) * int(item.get("quantity", 1)) for item in items
        )
        session_id = _new_id("cs")
        now = int(time.time())
        if "expires_at" in form and not (
            now + 30 * 60 <= int(form["expires_at"]) <= now + 24 * 3600
        ):
            # Stripe's rule: a Checkout Session expires 30 minutes to 24 hours after creation.
            return 400, _error(
                "invalid_request_error",
                "The `expires_at` timestamp must be between 30 minutes and 24 hours from now.",
                param="expires_at",
            )
        session: dict[str, Any] = {
            "id": session_id,
            "object": "checkout.session",
            "mode": form["mode"],
            "status": "open",
            "payment_status": "unpaid",
            "url": f"https://checkout.stripe.com/c/pay/{session_id}",
            "client_reference_id": form.get("client_reference_id"),
            "metadata": form.get("metadata", {}),
            "customer_email": form.get("customer_email"),
            "amount_subtotal": amount_total,
            "amount_total": amount_total,
            "currency": currencies.pop(),
            "payment_intent": None,
            "success_url": form["success_url"],
            "cancel_url": form.get("cancel_url"),
            "created": now,
            "expires_at": int(form.get("expires_at", now + 24 * 3600)),
            "livemode": False,
        }
        self._state.sessions[session_id] = session
        self._state.line_items[session_id] = [
            {
                "object": "item",
                "description": item["price_data"]["product_data"]["name"],
                "quantity": int(item.get("quantity", 1)),
                "amount_total": int(item["price_data"]["unit_amount"])
                * int(item.get("quantity", 1)),
                "currency": item["price_data"]["currency"],
            }
            for item in items
        ]
        return 200, dict(session)

    def _create_refund(self, form: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        intent_id = form.get("payment_intent")
        intent = self._state.payment_intents.get(intent_id or "")
        if intent is None:
            return 404, _missing("payment_intent", intent_id or "")
        remaining = intent.amount - intent.refunded
        amount = int(form.get("amount", remaining))
        if remaining == 0:
            return 400, _error(
                "invalid_request_error",
                f"Charge for {intent.id} has already been refunded.",
                code="charge_already_refunded",
            )
        if amount > remaining:
            return 400, _error(
                "invalid_request_error",
                f"Refund amount ({amount}) is greater than unrefunded amount on charge "
                f"({remaining}).",
                code="amount_too_large",
                param="amount",
            )
        intent.refunded += amount
        refund_id = _new_id("re")
        refund: dict[str, Any] = {
            "id": refund_id,
            "object": "refund",
            "amount": amount,
            "currency": intent.currency,
            "payment_intent": intent.id,
            "reason": form.get("reason"),
            "status": "succeeded",
            "created": int(time.time()),
        }
        self._state.refunds[refund_id] = refund
        return 200, dict(refund)


def _error(
    error_type: str, message: str, *, code: str | None = None, param: str | None = None
) -> dict[str, Any]:
    error: dict[str, Any] = {"type": error_type, "message": message}
    if code:
        error["code"] = code
    if param:
        error["param"] = param
    return {"error": error}


def _missing(kind: str, object_id: str) -> dict[str, Any]:
    return _error(
        "invalid_request_error",
        f"No such {kind}: '{object_id}'",
        code="resource_missing",
        param="id",
    )


def _make_handler(fake: FakeStripe) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            self._respond("GET")

        def do_POST(self) -> None:  # noqa: N802 - http.server's naming
            self._respond("POST")

        def _respond(self, method: str) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length).decode("utf-8") if length else ""
            parts = urlsplit(self.path)
            if method == "GET" and parts.query:
                body = parts.query  # GET parameters are encoded in the query string
            headers = {name.lower(): value for name, value in self.headers.items()}
            status, payload, extra_headers = fake._handle(method, parts.path, headers, body)
            encoded = json.dumps(payload).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(encoded)))
            self.send_header("Request-Id", f"req_{secrets.token_hex(8)}")
            if status >= 400:
                # Errors here are deterministic; tell the client not to retry (as Stripe does).
                self.send_header("Stripe-Should-Retry", "false")
            for name, value in extra_headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(encoded)

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            return  # keep pytest output clean

    return Handler


# webhooks -------------------------------------------------------------------------------------
def sign_webhook_payload(payload: bytes, secret: str, timestamp: int | None = None) -> str:
    """Build the `Stripe-Signature` header Stripe sends: `t=<ts>,v1=<hex HMAC-SHA256>`."""
    ts = int(time.time()) if timestamp is None else timestamp
    signed = f"{ts}.".encode() + payload
    signature = hmac.new(secret.encode("utf-8"), signed, hashlib.sha256).hexdigest()
    return f"t={ts},v1={signature}"


def event_payload(event: dict[str, Any]) -> bytes:
    """Serialize an event the way it goes over the wire."""
    return json.dumps(event, indent=2).encode("utf-8")


def build_event(
    event_type: str, obj: dict[str, Any], *, event_id: str | None = None, created: int | None = None
) -> dict[str, Any]:
    """Wrap an API object in a Stripe event envelope."""
    return {
        "id": event_id or _new_id("evt"),
        "object": "event",
        "api_version": API_VERSION,
        "created": int(time.time()) if created is None else created,
        "data": {"object": obj},
        "livemode": False,
        "pending_webhooks": 1,
        "request": {"id": None, "idempotency_key": None},
        "type": event_type,
    }


def _session_object(
    *,
    order_id: int | None,
    session_id: str | None,
    amount_total: int,
    currency: str,
    status: str,
    payment_status: str,
    payment_intent: str | None,
) -> dict[str, Any]:
    reference = None if order_id is None else str(order_id)
    return {
        "id": session_id or _new_id("cs"),
        "object": "checkout.session",
        "mode": "payment",
        "status": status,
        "payment_status": payment_status,
        "client_reference_id": reference,
        "metadata": {} if reference is None else {"order_id": reference},
        "amount_subtotal": amount_total,
        "amount_total": amount_total,
        "currency": currency,
        "payment_intent": payment_intent,
        "customer_details": {"email": "student@example.com"},
        "url": None,
        "livemode": False,
    }


def checkout_completed_event(
    *,
    order_id: int | None,
    amount_total: int,
    currency: str = "usd",
    session_id: str | None = None,
    payment_intent: str | None = None,
    payment_status: str = "paid",
    event_id: str | None = None,
    created: int | None = None,
) -> dict[str, Any]:
    """A `checkout.session.completed` event for a paid session of one of our orders."""
    obj = _session_object(
        order_id=order_id,
        session_id=session_id,
        amount_total=amount_total,
        currency=currency,
        status="complete",
        payment_status=payment_status,
        payment_intent=payment_intent or _new_id("pi"),
    )
    return build_event("checkout.session.completed", obj, event_id=event_id, created=created)


def checkout_expired_event(
    *,
    order_id: int | None,
    amount_total: int = 1999,
    currency: str = "usd",
    session_id: str | None = None,
    event_id: str | None = None,
    created: int | None = None,
) -> dict[str, Any]:
    """A `checkout.session.expired` event for an unpaid session."""
    obj = _session_object(
        order_id=order_id,
        session_id=session_id,
        amount_total=amount_total,
        currency=currency,
        status="expired",
        payment_status="unpaid",
        payment_intent=None,
    )
    return build_event("checkout.session.expired", obj, event_id=event_id, created=created)


def charge_refunded_event(
    *,
    payment_intent: str,
    amount_refunded: int,
    amount: int | None = None,
    currency: str = "usd",
    event_id: str | None = None,
    created: int | None = None,
) -> dict[str, Any]:
    """A `charge.refunded` event; `amount` (the charge total) defaults to `amount_refunded`."""
    total = amount_refunded if amount is None else amount
    obj = {
        "id": _new_id("ch"),
        "object": "charge",
        "amount": total,
        "amount_captured": total,
        "amount_refunded": amount_refunded,
        "currency": currency,
        "paid": True,
        "payment_intent": payment_intent,
        "refunded": amount_refunded >= total,
        "status": "succeeded",
        "livemode": False,
    }
    return build_event("charge.refunded", obj, event_id=event_id, created=created)
