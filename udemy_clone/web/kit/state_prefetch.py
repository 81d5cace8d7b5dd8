"""Load several substates of a tab from Redis in one read (issue #14, UI events under load).

An event handler's `await self.get_state(OtherState)` costs one Redis round trip for each
state not yet in the tab's tree: the player page's load asked for six states one after the
other. Under load most of the event loop's time went into Redis commands (py-spy: the socket
writes of get, set, lock and unlock), so `prefetch_states` reads every state a handler will
need with one MGET and attaches them to the tree; the `get_state` calls that follow find them
there. The states are loaded exactly as Reflex's `StateManagerRedis.get_state` loads one
(its parents, its substates and the states whose computed vars depend on it) and saved by
Reflex as before, only the touched ones, under the lock the event already holds.

It mirrors `StateManagerRedis.get_state` (Reflex 0.10) and uses two of its internals
(`_get_required_state_classes`, `_get_populated_states`): a Reflex upgrade must keep
`tests/integration/web/test_state_prefetch.py` green. The other state managers (memory, disk)
keep the whole tree in memory: nothing to read.
"""

from __future__ import annotations

from reflex.istate.manager import StateManager, get_state_manager
from reflex.istate.manager.redis import StateManagerRedis
from reflex.istate.manager.token import BaseStateToken
from reflex.state import BaseState

from udemy_clone.web.kit.state_manager import attach_states


async def prefetch_states(
    state: BaseState, *classes: type[BaseState], manager: StateManager | None = None
) -> None:
    """Attach `classes` (with what Reflex loads with each) to `state`'s tree in one Redis read.

    `manager` is the running app's state manager unless given."""
    manager = manager or get_state_manager()
    if not isinstance(manager, StateManagerRedis):
        return
    populated = manager._get_populated_states(state)
    required: set[type[BaseState]] = set()
    for cls in classes:
        manager._get_required_state_classes(cls, subclasses=True, required_state_classes=required)
    # a parent's full name sorts before its substates': parents are attached first
    missing = sorted(
        (cls for cls in required if cls.get_full_name() not in populated),
        key=lambda cls: cls.get_full_name(),
    )
    if not missing:
        return
    token = BaseStateToken(ident=state.router.session.client_token, cls=type(state))
    stored = await manager.redis.mget([token._state_key(cls) for cls in missing])
    attach_states(populated, missing, stored)
