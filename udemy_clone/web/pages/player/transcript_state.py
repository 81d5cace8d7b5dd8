"""State of the player's caption tracks and Transcript panel (the open lecture's captions)."""

from __future__ import annotations

import asyncio
from typing import Any

import reflex as rx

from udemy_clone.core import db
from udemy_clone.core.errors import DomainError
from udemy_clone.playback import captions
from udemy_clone.web.kit.quiet_state import QuietHydrate
from udemy_clone.web.kit.state import AuthState
from udemy_clone.web.pages.player.state import PlayerState
from udemy_clone.web.pages.player.transcript_rows import (
    MAX_QUERY_CHARS,
    TrackRow,
    TranscriptLine,
    player_tracks,
    search_lines,
    track_rows,
    transcript_lines,
)


def _tracks_and_lines(
    lecture_id: int, language: str, user_id: int | None, roles: list[str]
) -> tuple[list[TrackRow], str, list[TranscriptLine]]:
    with db.read_session() as session:
        links = captions.caption_links(
            session=session, lecture_id=lecture_id, user_id=user_id, roles=roles
        )
        rows = track_rows(links)
        if not rows:
            return [], "", []
        chosen = language if any(r.language == language for r in rows) else rows[0].language
        cues = captions.transcript(
            session=session, lecture_id=lecture_id, language=chosen, user_id=user_id, roles=roles
        )
    return rows, chosen, transcript_lines(cues)


class TranscriptState(QuietHydrate, rx.State):
    """The open lecture's caption tracks, and the transcript of the chosen one."""

    loaded: bool = False
    lecture_id: int = 0
    tracks: list[TrackRow] = []
    language: str = ""
    lines: list[TranscriptLine] = []
    query: str = ""
    error: str = ""

    @rx.var
    def player_tracks(self) -> list[dict[str, Any]]:
        return list(player_tracks(self.tracks))

    @rx.var
    def shown_lines(self) -> list[TranscriptLine]:
        return search_lines(self.lines, self.query)

    @rx.var
    def match_label(self) -> str:
        if not self.query.strip():
            return ""
        count = len(self.shown_lines)
        return (
            "No matching lines"
            if count == 0
            else f"{count} matching line" + ("" if count == 1 else "s")
        )

    @rx.var
    def language_items(self) -> list[list[str]]:
        return [[t.language, t.label] for t in self.tracks]

    async def _load(self, language: str) -> None:
        auth = await self.get_state(AuthState)
        player = await self.get_state(PlayerState)
        self.lecture_id = player.lecture_id
        if not player.lecture_id or player.not_found or not player.playback_url:
            self.tracks, self.lines, self.language = [], [], ""
            return
        try:
            self.tracks, self.language, self.lines = await asyncio.to_thread(
                _tracks_and_lines,
                player.lecture_id,
                language,
                auth.user_id or None,
                list(auth.roles),
            )
            self.error = ""
        except DomainError as exc:
            self.tracks, self.lines, self.language = [], [], ""
            self.error = exc.message

    @rx.event
    async def load(self) -> None:
        """After the player loaded: the lecture's tracks and the first one's transcript."""
        await self._load_panel()

    async def _load_panel(self) -> None:
        self.loaded = False
        self.query = ""
        await self._load(self.language)
        self.loaded = True

    @rx.event
    async def choose_language(self, language: str) -> None:
        """Show the transcript of another track."""
        await self._load(str(language)[:16])

    @rx.event
    def set_query(self, value: str) -> None:
        self.query = str(value)[:MAX_QUERY_CHARS]

    @rx.event
    def clear_query(self) -> None:
        self.query = ""
