"""Events the auth domain emits."""

from __future__ import annotations

from dataclasses import dataclass

from udemy_clone.core.events import DomainEvent


@dataclass(frozen=True, kw_only=True)
class UserRegistered(DomainEvent):
    """Someone created an account (students and instructors; admins come from the CLI)."""

    topic = "user.registered"
    user_id: int
    role: str


@dataclass(frozen=True, kw_only=True)
class SessionsEnded(DomainEvent):
    """Every session of an account ended at once: its owner closed it, or an admin
    deactivated it. Open tabs of that account sign out."""

    topic = "user.sessions_ended"
    user_id: int
    reason: str  # "closed" | "deactivated"
