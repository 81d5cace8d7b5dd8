"""Reflex's Redis state manager with two Redis round trips per event instead of four (issue #14).

Reflex 0.10's `StateManagerRedis` spends four commands on every event of a tab: `SET NX` for
the tab's lock, `MGET` for its states, a script that checks the lock and saves the touched
states, and `GETDEL` to unlock. py-spy of the app under 200 tabs put half of the event loop's
busy time in those socket writes (each one a wake-up of Redis and a context switch on a busy
machine), plus one more round trip per `get_state` of a state the event had not loaded, which
nearly every handler makes for the sign-in (`AuthState`) and every navigation makes for the
states holding browser storage (`update_vars_internal`).

`TabStateManager` does the same work in two scripts:

- **lock and read:** `SET lock NX PX` and, only when it got the lock, `MGET` of the event's
  states (what Reflex would load: the handler's state, its substates, its parents, the states
  whose computed vars depend on it) plus the states most events ask for next (`AuthState`;
  the browser-storage states for `update_vars_internal`). A tab whose lock is held waits
  exactly as in Reflex (`_wait_lock`: keyspace notifications, the lock's expiry as the bound)
  and then reads with one `MGET`.
- **save and unlock:** the touched states are written only if the lock is still this
  event's, then the lock is deleted, atomically. The `DEL` wakes waiters in every process
  through the same keyspace notification Reflex's `GETDEL` sends.

What does not change: one event at a time per tab across all processes; every event's changes
are in Redis before the next event of the tab can start (no state is held in a process between
events, so a `kill -9` of a worker loses nothing saved and its lock expires after
`lock_expiration`); a handler that raises saves nothing and releases the lock; a lock that
expired under a slow handler discards its writes and raises `LockExpiredError` as Reflex
does. Reflex's opportunistic locking (`REFLEX_OPLOCK_ENABLED`, measured and refused in
docs/benchmarks.md) and non-state tokens take Reflex's own path.

It subclasses Reflex's manager and uses its internals (`_lock_key`, `_wait_lock`,
`_n_lock_waiters`, `_notify_next_waiter`, `_get_required_state_classes`): a Reflex upgrade
must keep `tests/integration/web/test_state_manager.py` green.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import uuid
from collections.abc import Iterable, Sequence
from types import TracebackType
from typing import Any

from redis.commands.core import AsyncScript
from reflex.app import App
from reflex.istate.manager.redis import StateManagerRedis
from reflex.istate.manager.token import BaseStateToken
from reflex.state import BaseState, State, UpdateVarsInternalState
from reflex_base.utils.exceptions import LockExpiredError, StateSchemaMismatchError

logger = logging.getLogger(__name__)

# KEYS[1] the lock, KEYS[2..] the states; ARGV[1] lock id, ARGV[2] lock expiration (ms).
# Replies nil when the lock is held, else the states (nil where a state was never saved).
_LOCK_AND_READ = """
if not redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2], 'NX') then
    return nil
end
return redis.call('MGET', unpack(KEYS, 2))
"""

# KEYS[1] the lock, KEYS[2..] the states; ARGV[1] lock id, ARGV[2] state expiration (s),
# ARGV[3..] the pickled states. Replies nil (nothing written) when the lock is not this
# event's any more, else the lock's remaining time (ms) before it was deleted.
_SAVE_AND_UNLOCK = """
if redis.call('GET', KEYS[1]) ~= ARGV[1] then
    return nil
end
for i = 2, #KEYS do
    redis.call('SET', KEYS[i], ARGV[i + 1], 'EX', ARGV[2])
end
local pttl = redis.call('PTTL', KEYS[1])
redis.call('DEL', KEYS[1])
return pttl
"""


def attach_states(
    populated: dict[str, BaseState],
    classes: Sequence[type[BaseState]],
    stored: Iterable[bytes | None],
) -> None:
    """Deserialize `stored` (one entry per class, None for never saved) and attach each state
    to its parent in `populated` (full name → state), as Reflex's `StateManagerRedis.get_state`
    does. `classes` must be sorted by full name, so parents come before their substates."""
    for cls, data in zip(classes, stored, strict=True):
        loaded: BaseState | None = None
        if data is not None:
            with contextlib.suppress(StateSchemaMismatchError):
                loaded = BaseState._deserialize(data=data)
        if loaded is None:  # never saved (or saved by another version of the class): defaults
            loaded = cls(init_substates=False, _reflex_internal_init=True)
        full_name = cls.get_full_name()
        populated[full_name] = loaded
        parent_name, _dot, name = full_name.rpartition(".")
        if parent_name:
            parent = populated[parent_name]
            parent.substates[name] = loaded
            loaded.parent_state = parent


def _client_storage_states() -> tuple[type[BaseState], ...]:
    """Every state class holding a browser-storage var (LocalStorage, SessionStorage, Cookie)."""
    found: list[type[BaseState]] = []
    pending: list[type[BaseState]] = [State]
    while pending:
        cls = pending.pop()
        pending.extend(cls.get_substates())
        if any(cls._is_client_storage(name) for name in cls.base_vars):
            found.append(cls)
    return tuple(found)


@dataclasses.dataclass
class TabStateManager(StateManagerRedis):
    """`StateManagerRedis` locking-and-reading and saving-and-unlocking in one script each."""

    # read with the lock by every event (a handler asks for them next, one round trip each)
    always: tuple[type[BaseState], ...] = ()

    _lock_and_read: AsyncScript | None = dataclasses.field(default=None, init=False)
    _save_and_unlock: AsyncScript | None = dataclasses.field(default=None, init=False)
    _states_for: dict[type[BaseState], tuple[type[BaseState], ...]] = dataclasses.field(
        default_factory=dict, init=False
    )

    def __post_init__(self) -> None:
        super().__post_init__()
        # EVALSHA, and EVAL once per script when Redis does not know it (NOSCRIPT)
        self._lock_and_read = self.redis.register_script(_LOCK_AND_READ)
        self._save_and_unlock = self.redis.register_script(_SAVE_AND_UNLOCK)

    @classmethod
    def replacing(
        cls, manager: StateManagerRedis, always: tuple[type[BaseState], ...]
    ) -> TabStateManager:
        """A manager with `manager`'s Redis client and settings."""
        return cls(
            redis=manager.redis,
            token_expiration=manager.token_expiration,
            lock_expiration=manager.lock_expiration,
            lock_warning_threshold=manager.lock_warning_threshold,
            always=always,
        )

    def states_for(self, cls: type[BaseState]) -> tuple[type[BaseState], ...]:
        """What an event of `cls` reads with its lock, sorted by full name (parents first)."""
        known = self._states_for.get(cls)
        if known is None:
            known = self._states_for[cls] = self._work_out_states_for(cls)
        return known

    def _work_out_states_for(self, cls: type[BaseState]) -> tuple[type[BaseState], ...]:
        required = self._get_required_state_classes(cls, subclasses=True)
        extra = self.always
        if issubclass(cls, UpdateVarsInternalState):
            extra = extra + _client_storage_states()
        for other in extra:
            self._get_required_state_classes(
                other, subclasses=True, required_state_classes=required
            )
        return tuple(sorted(required, key=lambda state_cls: state_cls.get_full_name()))

    def modify_state(self, token: Any, **context: Any) -> Any:
        token = self._coerce_token(token)
        if self._oplock_enabled or not isinstance(token, BaseStateToken):
            return super().modify_state(token, **context)
        return _LockedTab(self, token, context)


class _LockedTab:
    """`async with manager.modify_state(token) as root:` — the tab's states under its lock.

    A class, not an `asynccontextmanager`, like Reflex's own wrapper of this call: every event
    enters it, and building an async generator costs more than what it wraps."""

    __slots__ = (
        "_classes",
        "_context",
        "_lock_id",
        "_lock_key",
        "_locked",
        "_manager",
        "_root",
        "_token",
    )

    def __init__(
        self, manager: TabStateManager, token: BaseStateToken, context: dict[str, Any]
    ) -> None:
        self._manager = manager
        self._token = token
        self._context = context
        self._lock_key = manager._lock_key(token)
        event = context.get("event")
        name = getattr(event, "name", None)
        self._lock_id = (f"{name}:{uuid.uuid4().hex}" if name else uuid.uuid4().hex).encode()
        self._locked = False
        self._classes: tuple[type[BaseState], ...] = ()
        self._root: BaseState | None = None

    async def __aenter__(self) -> BaseState:
        manager = self._manager
        token = self._token
        classes = self._classes = manager.states_for(token.cls)
        keys = [token._state_key(cls) for cls in classes]
        stored: list[bytes | None] | None = None
        if not manager._n_lock_waiters(self._lock_key):  # nobody in this process is queued
            assert manager._lock_and_read is not None
            stored = await manager._lock_and_read(
                keys=[self._lock_key, *keys], args=[self._lock_id, manager.lock_expiration]
            )
        if stored is None:  # the tab is busy: wait for its lock as Reflex does, then read
            await manager._wait_lock(self._lock_key, self._lock_id)
            stored = await manager.redis.mget(keys)
        self._locked = True
        populated: dict[str, BaseState] = {}
        attach_states(populated, classes, stored)
        self._root = populated[classes[0].get_full_name()]
        return self._root

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> bool:
        manager = self._manager
        try:
            if exc_type is None:
                await self._save_and_unlock()
        finally:
            if self._locked:  # the handler raised (nothing is saved) or the save failed
                self._locked = False
                deleted = await manager.redis.getdel(self._lock_key)
                if deleted not in (None, self._lock_id):  # as Reflex's own unlock reports it
                    logger.warning(
                        "%s was released by %s, but it belonged to %s",
                        self._lock_key.decode(),
                        self._lock_id.decode(),
                        deleted.decode(),
                    )
            manager._notify_next_waiter(self._lock_key)
        return False

    async def _save_and_unlock(self) -> None:
        manager = self._manager
        token = self._token
        assert self._root is not None
        writes = manager._collect_state_writes(token, self._root)
        assert manager._save_and_unlock is not None
        pttl = await manager._save_and_unlock(
            keys=[self._lock_key, *(key for key, _ in writes)],
            args=[self._lock_id, manager.token_expiration, *(data for _, data in writes)],
        )
        self._locked = False  # deleted by the script, or not this event's any more
        if pttl is None:
            event = self._context.get("event")
            suffix = f" Happened in event: {event.name}" if event is not None else ""
            msg = (
                f"Lock expired for token {token} while processing; its writes were discarded "
                f"(lock_expiration {manager.lock_expiration} ms).{suffix}"
            )
            raise LockExpiredError(msg)


def install(app: App, always: tuple[type[BaseState], ...] = ()) -> None:
    """Put a `TabStateManager` in place of the Redis state manager Reflex made for `app`
    (through `App._state_manager`, which Reflex sets once, when the app is created). The
    memory and disk managers (no Redis configured) are left as they are."""
    manager = app._state_manager
    if isinstance(manager, StateManagerRedis) and not isinstance(manager, TabStateManager):
        app._state_manager = TabStateManager.replacing(manager, always)
