"""Issue #14 (UI events under load): the tab state manager locks-and-reads and
saves-and-unlocks in one Redis script each, and keeps every guarantee of Reflex's own.

All on the real Redis (TEST_REDIS_DB). Two manager instances with their own clients stand for
two worker processes (each has its own lock waiters and its own keyspace subscription); the
kill -9 test uses a real second process."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import textwrap
import time
import uuid
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from redis.asyncio import Redis
from reflex.istate.manager.redis import StateManagerRedis
from reflex.istate.manager.token import BaseStateToken
from reflex.state import State, UpdateVarsInternalState
from reflex_base.utils.exceptions import LockExpiredError

from udemy_clone.web.kit import state_manager
from udemy_clone.web.kit.referral import ReferralState
from udemy_clone.web.kit.state import AuthState
from udemy_clone.web.kit.state_manager import TabStateManager
from udemy_clone.web.pages.player.state import PlayerState

ROOT = Path(__file__).resolve().parents[3]


class CountingRedis(Redis):
    """The real client, counting the commands it sends."""

    sent: list[str] = []

    async def execute_command(self, *args: Any, **options: Any) -> Any:
        CountingRedis.sent.append(str(args[0]))
        return await super().execute_command(*args, **options)


def _manager(redis_url: str, client: type[Redis] = Redis, **settings: Any) -> TabStateManager:
    return TabStateManager(redis=client.from_url(redis_url), always=(AuthState,), **settings)


def _token(cls: type = PlayerState, ident: str | None = None) -> BaseStateToken[Any]:
    return BaseStateToken(ident=ident or str(uuid.uuid4()), cls=cls)


async def _user_id(manager: TabStateManager, token: BaseStateToken[Any]) -> int | None:
    async with manager.modify_state(token) as root:
        return (await root.get_state(AuthState)).user_id


def test_an_event_costs_two_redis_commands_and_its_states_are_saved(redis_url):
    async def scenario() -> None:
        manager = _manager(redis_url, CountingRedis)
        token = _token()
        try:
            async with manager.modify_state(token) as root:  # loads the scripts into Redis
                (await root.get_state(PlayerState)).course_title = "Rust"
            CountingRedis.sent.clear()
            async with manager.modify_state(token) as root:
                player = await root.get_state(PlayerState)
                auth = await root.get_state(AuthState)  # read with the lock: no command
                assert player.course_title == "Rust"
                assert CountingRedis.sent == ["EVALSHA"]
                player.lecture_title = "Ownership"
                auth.user_name = "Ada"
            assert CountingRedis.sent == ["EVALSHA", "EVALSHA"]
            # saved, and the lock is gone
            assert await manager.redis.exists(manager._lock_key(token)) == 0
            async with manager.modify_state(_token(ident=token.ident)) as root:
                player = await root.get_state(PlayerState)
                assert (player.course_title, player.lecture_title) == ("Rust", "Ownership")
                assert (await root.get_state(AuthState)).user_name == "Ada"
        finally:
            await manager.close()

    asyncio.run(scenario())


def test_navigation_reads_the_browser_storage_states_with_the_lock(redis_url):
    async def scenario() -> None:
        manager = _manager(redis_url, CountingRedis)
        try:
            async with manager.modify_state(_token(UpdateVarsInternalState)):
                pass
            CountingRedis.sent.clear()
            async with manager.modify_state(_token(UpdateVarsInternalState)) as root:
                for cls in (AuthState, PlayerState, ReferralState):  # LocalStorage / Cookie vars
                    await root.get_state(cls)
                assert CountingRedis.sent == ["EVALSHA"]
        finally:
            await manager.close()

    asyncio.run(scenario())


def test_a_state_nobody_changed_is_not_written(redis_url):
    async def scenario() -> None:
        manager = _manager(redis_url)
        token = _token()
        try:
            async with manager.modify_state(token) as root:
                (await root.get_state(PlayerState)).course_title = "Rust"
            keys = await manager.redis.keys(f"{token.ident}_*")
            assert f"{token.ident}_{PlayerState.get_full_name()}".encode() in keys
            assert f"{token.ident}_{AuthState.get_full_name()}".encode() not in keys
        finally:
            await manager.close()

    asyncio.run(scenario())


def test_events_of_one_tab_from_two_processes_never_overlap(redis_url):
    """60 read-modify-write events on one tab from two managers (each with its own lock
    waiters and Redis subscription, as two worker processes): none is lost."""

    async def scenario() -> None:
        first, second = _manager(redis_url), _manager(redis_url)
        token = _token(AuthState)
        inside = 0
        overlaps = 0

        async def increment(manager: TabStateManager) -> None:
            nonlocal inside, overlaps
            async with manager.modify_state(token) as root:
                inside += 1
                overlaps += inside > 1
                auth = await root.get_state(AuthState)
                value = auth.user_id or 0
                await asyncio.sleep(0.001)  # let the other process's events try the lock
                auth.user_id = value + 1
                inside -= 1

        try:
            await asyncio.gather(*(increment(m) for _ in range(30) for m in (first, second)))
            assert overlaps == 0
            assert await _user_id(first, token) == 60
        finally:
            await first.close()
            await second.close()

    asyncio.run(scenario())


def test_a_waiting_process_gets_the_lock_as_soon_as_it_is_released(redis_url):
    """The release (the script's DEL) wakes a waiter in another process through Redis keyspace
    notifications, long before the lock would expire."""

    async def scenario() -> None:
        holder, waiter = _manager(redis_url), _manager(redis_url, lock_expiration=20_000)
        token = _token(AuthState)
        try:
            async with holder.modify_state(token):
                started = time.monotonic()
                waiting = asyncio.create_task(_user_id(waiter, token))
                await asyncio.sleep(0.3)
                assert not waiting.done()
            await waiting
            assert 0.3 <= time.monotonic() - started < 2.0
        finally:
            await holder.close()
            await waiter.close()

    asyncio.run(scenario())


def test_a_handler_that_raises_saves_nothing_and_releases_the_lock(redis_url):
    async def scenario() -> None:
        manager = _manager(redis_url)
        token = _token(AuthState)
        try:
            async with manager.modify_state(token) as root:
                (await root.get_state(AuthState)).user_id = 1
            with pytest.raises(RuntimeError, match="handler failed"):
                async with manager.modify_state(token) as root:
                    (await root.get_state(AuthState)).user_id = 2
                    raise RuntimeError("handler failed")
            assert await manager.redis.exists(manager._lock_key(token)) == 0
            started = time.monotonic()
            assert await _user_id(manager, token) == 1
            assert time.monotonic() - started < 1.0
        finally:
            await manager.close()

    asyncio.run(scenario())


def test_an_expired_lock_discards_the_writes_and_leaves_the_new_holders_lock(redis_url):
    async def scenario() -> None:
        slow = _manager(redis_url, lock_expiration=300, lock_warning_threshold=100)
        other = _manager(redis_url)
        token = _token(AuthState)
        try:
            with pytest.raises(LockExpiredError):
                async with slow.modify_state(token) as root:
                    (await root.get_state(AuthState)).user_id = 1
                    await asyncio.sleep(0.4)  # the lock expires; another event takes the tab
                    async with other.modify_state(token) as other_root:
                        (await other_root.get_state(AuthState)).user_id = 2
                    taken = asyncio.Event()
                    release = asyncio.Event()

                    async def hold() -> None:
                        async with other.modify_state(token):
                            taken.set()
                            await release.wait()

                    holding = asyncio.create_task(hold())
                    await taken.wait()
                    lock_id = await other.redis.get(other._lock_key(token))
            # the slow event wrote nothing and did not delete the holder's lock
            assert await other.redis.get(other._lock_key(token)) == lock_id
            release.set()
            await holding
            assert await _user_id(other, token) == 2
        finally:
            await slow.close()
            await other.close()

    asyncio.run(scenario())


KILLED_WORKER = textwrap.dedent(
    """
    import asyncio, os, signal, sys
    from redis.asyncio import Redis
    from reflex.istate.manager.token import BaseStateToken
    from udemy_clone.web.kit.state import AuthState
    from udemy_clone.web.kit.state_manager import TabStateManager

    async def main(url, ident):
        manager = TabStateManager(
            redis=Redis.from_url(url), lock_expiration=1500, lock_warning_threshold=500
        )
        token = BaseStateToken(ident=ident, cls=AuthState)
        async with manager.modify_state(token) as root:
            (await root.get_state(AuthState)).user_id = 7
        async with manager.modify_state(token) as root:
            (await root.get_state(AuthState)).user_id = 8
            print("holding", flush=True)
            os.kill(os.getpid(), signal.SIGKILL)

    asyncio.run(main(*sys.argv[1:]))
    """
)


def test_kill_9_in_the_middle_of_an_event_loses_no_saved_event_and_the_tab_frees_itself(
    redis_url,
):
    ident = str(uuid.uuid4())
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    worker = subprocess.run(
        [sys.executable, "-c", KILLED_WORKER, redis_url, ident],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert worker.returncode == -signal.SIGKILL, worker.stderr[-2000:]
    assert "holding" in worker.stdout

    async def scenario() -> None:
        manager = _manager(redis_url, lock_expiration=20_000)
        token = _token(AuthState, ident)
        try:
            # killed while holding the tab's lock: the lock outlives the process, until it expires
            assert await manager.redis.pttl(manager._lock_key(token)) > 0
            started = time.monotonic()
            assert await _user_id(manager, token) == 7  # the finished event; not the killed one
            assert time.monotonic() - started < 1.5 + 1.0
        finally:
            await manager.close()

    asyncio.run(scenario())


def test_install_replaces_only_the_redis_manager(redis_url):
    async def scenario() -> None:
        reflex_manager = StateManagerRedis(redis=Redis.from_url(redis_url), lock_expiration=7000)
        app = SimpleNamespace(_state_manager=reflex_manager)
        state_manager.install(app, always=(AuthState,))  # type: ignore[arg-type]
        installed = app._state_manager
        assert isinstance(installed, TabStateManager)
        assert installed.redis is reflex_manager.redis
        assert installed.lock_expiration == 7000
        assert installed.always == (AuthState,)
        state_manager.install(app, always=())  # type: ignore[arg-type]
        assert app._state_manager is installed
        memory = SimpleNamespace(_state_manager=None)
        state_manager.install(memory)  # type: ignore[arg-type]
        assert memory._state_manager is None
        await reflex_manager.close()

    asyncio.run(scenario())


def test_root_state_is_what_the_event_gets(redis_url):
    async def scenario() -> None:
        manager = _manager(redis_url)
        try:
            async with manager.modify_state(_token()) as root:
                assert type(root) is State
                player = await root.get_state(PlayerState)
                assert player.parent_state is root
        finally:
            await manager.close()

    asyncio.run(scenario())
