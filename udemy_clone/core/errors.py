"""Errors the domains raise; the gateway and the UI turn them into sentences for people."""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """A rule said no. `message` is a sentence a person can act on."""

    status_code = 400
    code = "bad_request"
    # True: the transaction commits what was done before the refusal (see db.transaction)
    persist_changes = False

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        persist_changes: bool = False,
        **details: Any,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.persist_changes = persist_changes
        if code:
            self.code = code
        self.details = details


class InvalidInput(DomainError):
    status_code = 422
    code = "validation_error"


class NotAuthenticated(DomainError):
    status_code = 401
    code = "not_authenticated"


class PermissionDenied(DomainError):
    status_code = 403
    code = "forbidden"


class NotFound(DomainError):
    status_code = 404
    code = "not_found"


class Conflict(DomainError):
    status_code = 409
    code = "conflict"


class PayloadTooLarge(DomainError):
    status_code = 413
    code = "payload_too_large"


class RateLimited(DomainError):
    status_code = 429
    code = "rate_limited"

    def __init__(self, message: str, *, retry_after: int, code: str | None = None) -> None:
        super().__init__(message, code=code)
        self.retry_after = max(1, int(retry_after))


class ServiceUnavailable(DomainError):
    status_code = 503
    code = "service_unavailable"
