"""The HLS player component (assets/hls_player.jsx, hls.js from npm)."""

from __future__ import annotations

from typing import Any

import reflex as rx
from reflex.event import no_args_event_spec, passthrough_event_spec


class HlsPlayer(rx.NoSSRComponent):
    """A <video> playing an HLS URL, with a controls row and watch-time heartbeats.

    The controls row below the picture: speed (0.5x-2x), quality, captions (the video's text
    tracks), autoplay of the next lecture, theatre mode and the keyboard shortcuts ("?").
    Speed, caption language and autoplay are remembered in localStorage. When a lecture ends
    and autoplay is on, a 5-second "Up next: `next_title`" countdown fires `on_play_next`.

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
    # the lecture the autoplay countdown offers when this one ends ("" = none)
    next_title: rx.Var[str]
    theatre: rx.Var[bool]
    # caption tracks: [{src, language, label, default}] -> <track kind="subtitles"> children
    subtitles: rx.Var[list[dict[str, Any]]]

    # Reflex reads the argument spec from the annotation; mypy cannot follow it.
    on_heartbeat: rx.EventHandler[passthrough_event_spec(int, float, float)]  # type: ignore[type-arg,valid-type]
    on_ended: rx.EventHandler[no_args_event_spec]  # type: ignore[type-arg,valid-type]
    on_playback_error: rx.EventHandler[passthrough_event_spec(str)]  # type: ignore[type-arg,valid-type]
    on_play_next: rx.EventHandler[no_args_event_spec]  # type: ignore[type-arg,valid-type]
    on_toggle_theatre: rx.EventHandler[no_args_event_spec]  # type: ignore[type-arg,valid-type]


hls_player = HlsPlayer.create
