"""The lecture player's page load: the sign-in check, the lecture and its panels in one event.

Each Reflex event is a lock, a load and a save of the tab's state in Redis; the page used to
load in six (the sign-in check, the player, notes, Q&A, quiz, transcript), one after another.
"""

from __future__ import annotations

import asyncio

import reflex as rx

from udemy_clone.web.kit.state import AuthState
from udemy_clone.web.kit.state_prefetch import prefetch_states
from udemy_clone.web.pages.player.notes_state import NotesState
from udemy_clone.web.pages.player.qa_state import QAState
from udemy_clone.web.pages.player.quiz_state import QuizState
from udemy_clone.web.pages.player.state import PlayerState
from udemy_clone.web.pages.player.transcript_state import TranscriptState


class PlayerPageLoadState(rx.State):
    """Holds no vars: the handler of /learn/<course>/<lecture>'s on_load."""

    @rx.event
    async def load(self) -> None:
        """On page load: who is signed in, the lecture, then the panels (their queries run side
        by side in worker threads). The six states come from Redis in one read."""
        await prefetch_states(
            self, AuthState, PlayerState, NotesState, QAState, QuizState, TranscriptState
        )
        auth = await self.get_state(AuthState)
        auth.forbidden = False
        await auth._restore()
        await (await self.get_state(PlayerState))._load()
        notes = await self.get_state(NotesState)
        qa = await self.get_state(QAState)
        quiz = await self.get_state(QuizState)
        transcript = await self.get_state(TranscriptState)
        outcomes = await asyncio.gather(
            notes._load(),
            qa._load(),
            quiz._load(),
            transcript._load_panel(),
            return_exceptions=True,
        )
        # a panel that failed leaves the others loaded, as when each was an event of its own
        for outcome in outcomes:
            if isinstance(outcome, BaseException):
                raise outcome
