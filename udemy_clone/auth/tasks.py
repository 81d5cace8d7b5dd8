"""Background jobs of the auth domain."""

from __future__ import annotations

from typing import Any

from udemy_clone.core.log import get_logger

log = get_logger(__name__)


def log_registration(*, event_id: int, payload: dict[str, Any]) -> None:
    """Record a sign-up in the log (other domains hang welcome emails and stats on this event)."""
    log.info(
        "user_registered",
        event_id=event_id,
        user_id=payload.get("user_id"),
        role=payload.get("role"),
    )
