"""Issue #14 (UI events under load): a handler's sibling states come from Redis in one read.

`prefetch_states` loads the states a handler is about to use with one MGET on Reflex's Redis
state manager (the real one, on the test Redis database); the `get_state` calls that follow
find them in the tab's tree, with the values the tab saved."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

from redis.asyncio import Redis
from reflex.istate.manager.redis import StateManagerRedis
from reflex.istate.manager.token import BaseStateToken
from reflex.state import BaseState, State

from udemy_clone.web.kit.state import AuthState
from udemy_clone.web.kit.state_prefetch import prefetch_states
from udemy_clone.web.pages.player.notes_state import NotesState
from udemy_clone.web.pages.player.page_load import PlayerPageLoadState
from udemy_clone.web.pages.player.qa_state import QAState
from udemy_clone.web.pages.player.quiz_state import QuizState
from udemy_clone.web.pages.player.state import PlayerState
from udemy_clone.web.pages.player.transcript_state import TranscriptState

PANELS = (AuthState, PlayerState, NotesState, QAState, QuizState, TranscriptState)


class CountingRedis(Redis):
    """The real client, counting the commands it sends."""

    sent = 0

    async def execute_command(self, *args: Any, **options: Any) -> Any:
        CountingRedis.sent += 1
        return await super().execute_command(*args, **options)


def _substate(root: BaseState, cls: type[BaseState]) -> BaseState:
    return root.get_substate(cls.get_full_name().split(".")[1:])


async def _saved_tab(manager: StateManagerRedis) -> str:
    """A tab whose sign-in and player were saved, as its earlier events would have."""
    token = str(uuid.uuid4())
    root = State(_reflex_internal_init=True)
    root._update_router_vars({"token": token, "pathname": "/learn/rust/7"}, {})
    auth = _substate(root, AuthState)
    assert isinstance(auth, AuthState)
    auth.user_id, auth.user_name = 42, "Ada Lovelace"
    player = _substate(root, PlayerState)
    assert isinstance(player, PlayerState)
    player.course_title = "Rust for beginners"
    await manager.set_state(BaseStateToken(ident=token, cls=State), root)
    return token


def test_the_states_a_handler_needs_come_in_one_read_with_their_saved_values(redis_url):
    async def scenario() -> None:
        manager = StateManagerRedis(redis=CountingRedis.from_url(redis_url))
        try:
            token = await _saved_tab(manager)
            # what Reflex loads for an event of the page-load state: it and its parents
            root = await manager.get_state(BaseStateToken(ident=token, cls=PlayerPageLoadState))
            page = _substate(root, PlayerPageLoadState)
            before = CountingRedis.sent
            await prefetch_states(page, *PANELS, manager=manager)
            assert CountingRedis.sent == before + 1

            # in the tree now: get_state reads nothing more (without the prefetch it would need
            # the running app's state manager, which this test has not got)
            auth = await page.get_state(AuthState)
            player = await page.get_state(PlayerState)
            quiz = await page.get_state(QuizState)
            assert (auth.user_id, auth.user_name) == (42, "Ada Lovelace")
            assert player.course_title == "Rust for beginners"
            assert quiz == _substate(root, QuizState)  # never saved: its defaults
            assert player.parent_state is root
            assert CountingRedis.sent == before + 1

            # asking again for states already there sends nothing
            await prefetch_states(page, AuthState, PlayerState, manager=manager)
            assert CountingRedis.sent == before + 1
        finally:
            await manager.close()

    asyncio.run(scenario())


def test_a_state_changed_after_the_prefetch_is_saved_as_before(redis_url):
    async def scenario() -> None:
        manager = StateManagerRedis(redis=CountingRedis.from_url(redis_url))
        try:
            token = await _saved_tab(manager)
            root = await manager.get_state(BaseStateToken(ident=token, cls=PlayerPageLoadState))
            page = _substate(root, PlayerPageLoadState)
            await prefetch_states(page, *PANELS, manager=manager)
            player = await page.get_state(PlayerState)
            player.lecture_title = "Ownership"
            await manager.set_state(BaseStateToken(ident=token, cls=PlayerPageLoadState), root)

            again = await manager.get_state(BaseStateToken(ident=token, cls=PlayerState))
            saved = _substate(again, PlayerState)
            assert isinstance(saved, PlayerState)
            assert (saved.course_title, saved.lecture_title) == ("Rust for beginners", "Ownership")
            # a prefetched state nobody changed is not written back
            keys = await manager.redis.keys(f"{token}_*")
            assert f"{token}_{QuizState.get_full_name()}".encode() not in keys
        finally:
            await manager.close()

    asyncio.run(scenario())
