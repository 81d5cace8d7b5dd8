"""Background jobs of the auth domain."""

from __future__ import annotations

from udemy_clone.auth.events import UserRegistered
from udemy_clone.core.log import get_logger

log = get_logger(__name__)


def log_registration(event: UserRegistered, *, event_id: int) -> None:
    """Record a sign-up in the log (other domains hang welcome emails and stats on this event)."""
    log.info(
        "user_registered",
        event_id=event_id,
        user_id=event.user_id,
        role=event.role,
    )
