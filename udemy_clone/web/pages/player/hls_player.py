"""The HLS player component (assets/hls_player.jsx, hls.js from npm)."""

from __future__ import annotations

from typing import Any

import reflex as rx
from reflex.event import no_args_event_spec, passthrough_event_spec


class HlsPlayer(rx.NoSSRComponent):
    """A <video> playing an HLS URL, with a quality menu and watch-time heartbeats.

    `on_heartbeat(lecture_id, position_seconds, watched_seconds)` fires every
    `heartbeat_seconds` while playing and on pause, end and leaving (watched: seconds of
    normal playback since the last beat, seeks excluded). `on_playback_error(kind)` fires
    on fatal network errors ("expired" when the signed URL was refused).
    """

    library = rx.asset("hls_player.jsx").importable_path
    tag = "HlsPlayer"
    lib_dependencies: list[str] = ["hls.js@1.7.4"]

    src: rx.Var[str]
    lecture_id: rx.Var[int]
    start_position: rx.Var[float]
    heartbeat_seconds: rx.Var[int]
    poster: rx.Var[str]
    # caption tracks: [{src, language, label, default}] -> <track kind="subtitles"> children
    tracks: rx.Var[list[dict[str, Any]]]

    # Reflex reads the argument spec from the annotation; mypy cannot follow it.
    on_heartbeat: rx.EventHandler[passthrough_event_spec(int, float, float)]  # type: ignore[type-arg,valid-type]
    on_ended: rx.EventHandler[no_args_event_spec]  # type: ignore[type-arg,valid-type]
    on_playback_error: rx.EventHandler[passthrough_event_spec(str)]  # type: ignore[type-arg,valid-type]


hls_player = HlsPlayer.create
