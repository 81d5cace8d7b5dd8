"""A short-lived in-process cache of signed-in users (the account and its roles).

Every request with a bearer token needs the caller's account and roles. Looking them up costs two
queries and a hop to a worker thread; this cache answers from memory for `TTL_SECONDS`, and is
emptied for a user *at once* when their roles, active flag or profile change:

- in the process that made the change, right after it commits;
- with Redis, in every other process too: the change is published on `CHANNEL`, each process's
  listener thread drops the user and acknowledges, and the publisher waits until every listener
  has (`core.invalidation_channel`), so the answer to the admin's request is sent only when no
  process will serve the old roles any more. A process whose listener is not subscribed does
  not use its cache at all.

Without Redis there is a single web process (the embedded defaults), so the first rule is enough.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Any

from udemy_clone.auth.models import User
from udemy_clone.core import db
from udemy_clone.core.config import get_settings
from udemy_clone.core.invalidation_channel import InvalidationChannel

TTL_SECONDS = 30.0
MAX_ENTRIES = 10_000
CHANNEL = "auth:principal-changed"


@dataclass(frozen=True)
class CachedPrincipal:
    """An account as of its last lookup (detached from any session: read it, never change it)."""

    user: User
    roles: tuple[str, ...]
    public_json: bytes  # what GET /me answers


_lock = threading.Lock()
_entries: dict[int, tuple[float, CachedPrincipal]] = {}
# Bumped by every invalidation: a lookup that began before one must not store its result.
_epoch = 0


def epoch() -> int:
    """The invalidation counter; pass it to `store` to drop results loaded before a change."""
    return _epoch


def lookup(user_id: int) -> CachedPrincipal | None:
    """The cached principal, or None (expired, unknown, or no way to hear of changes)."""
    if get_settings().redis_url and not _changes.listening():
        return None
    found = _entries.get(user_id)
    if found is None or found[0] < time.monotonic():
        return None
    return found[1]


def store(user_id: int, principal: CachedPrincipal, *, loaded_at_epoch: int) -> None:
    """Keep a principal loaded from the database, unless something changed since it was read."""
    with _lock:
        if loaded_at_epoch != _epoch:
            return
        if len(_entries) >= MAX_ENTRIES:
            _entries.clear()
        _entries[user_id] = (time.monotonic() + TTL_SECONDS, principal)


def _drop(user_ids: list[int] | None) -> None:
    global _epoch
    with _lock:
        _epoch += 1
        if user_ids is None:
            _entries.clear()
        else:
            for user_id in user_ids:
                _entries.pop(user_id, None)


def reset() -> None:
    """Forget everything (tests: ids repeat across rolled-back tests)."""
    _drop(None)


def forget(user_id: int) -> None:
    """The user's roles, state or profile changed (call after commit): every process drops them."""
    _drop([user_id])
    _changes.publish({"user_id": user_id})


def _apply_message(payload: dict[str, Any]) -> None:
    _drop([int(payload["user_id"])])


_changes = InvalidationChannel(CHANNEL, on_message=_apply_message, on_reset=lambda: _drop(None))


def forget_after_commit(session: Any, user_id: int) -> None:
    """Once `session` commits, no process keeps serving the user's old roles, state or profile."""
    db.after_commit(session, lambda: forget(user_id))
