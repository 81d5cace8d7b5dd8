// The lecture player: HLS through hls.js (Safari plays HLS natively), a controls row (speed,
// quality, captions, autoplay, theatre, shortcuts), keyboard shortcuts, the autoplay countdown,
// and heartbeats that report the position and the seconds actually watched.
import React, { useEffect, useRef, useState } from "react";
import Hls from "hls.js";
import { getBackendURL } from "$/utils/state";
import env from "$/env.json";

// A beat may report at most this much (the server refuses more): two windows plus slack.
const MAX_WATCHED_PER_BEAT = 25;
export const SPEEDS = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2];
const SEEK_STEP = 5;
const VOLUME_STEP = 0.1;
const COUNTDOWN_SECONDS = 5;
// Remembered per browser.
const KEY_SPEED = "learnly.player.speed";
const KEY_CAPTION_LANG = "learnly.player.captionLang";
const KEY_CAPTIONS_ON = "learnly.player.captionsOn";
const KEY_AUTOPLAY = "learnly.player.autoplay";

export const SHORTCUTS = [
  ["Space", "Play / pause"],
  ["←  →", "Back / forward 5 seconds"],
  ["↑  ↓", "Volume up / down"],
  ["F", "Full screen"],
  ["M", "Mute / unmute"],
  ["C", "Captions on / off"],
  ["?", "This list of shortcuts"],
  ["Esc", "Close this list"],
];

// The next lecture opened by autoplay starts playing by itself (the page stays the same
// document: a client-side navigation keeps this module's state).
let startNextLecture = false;

function readSetting(key, fallback) {
  try {
    const value = window.localStorage.getItem(key);
    return value === null ? fallback : value;
  } catch (_error) {
    return fallback; // storage disabled: nothing is remembered
  }
}

function writeSetting(key, value) {
  try {
    window.localStorage.setItem(key, String(value));
  } catch (_error) {
    /* storage disabled or full: the choice lasts for this page only */
  }
}

function savedSpeed() {
  const value = Number(readSetting(KEY_SPEED, "1"));
  return SPEEDS.includes(value) ? value : 1;
}

function crossOriginFor(subtitles) {
  // Caption files from another origin (the development backend) load only with CORS.
  if (!subtitles || subtitles.length === 0 || typeof window === "undefined") return undefined;
  const url = backendUrl(subtitles[0].src);
  return url && url.startsWith("http") && !url.startsWith(window.location.origin)
    ? "anonymous"
    : undefined;
}

function backendUrl(src) {
  // The backend serves the playlists; in development it runs on another port.
  if (!src || !src.startsWith("/")) return src;
  return getBackendURL(env.UPLOAD).origin + src;
}

function levelLabel(level) {
  return level.height ? `${level.height}p` : `${Math.round(level.bitrate / 1000)} kbps`;
}

function captionTracks(video) {
  if (!video || !video.textTracks) return [];
  return Array.from(video.textTracks).filter(
    (track) => track.kind === "subtitles" || track.kind === "captions",
  );
}

function isTyping(target) {
  if (!target || !target.closest) return false;
  if (target.isContentEditable) return true;
  return Boolean(
    target.closest(
      "input, textarea, select, [contenteditable='true'], [role='textbox'], [role='combobox']," +
        " [role='listbox'], [role='slider'], [role='menu'], [role='dialog']:not(.lp-shortcuts)",
    ),
  );
}

const CSS = `
.lp-player { position: relative; width: 100%; background: #000; color: #fff; }
.lp-stage { position: relative; width: 100%; }
.lp-video { width: 100%; aspect-ratio: 16 / 9; display: block; background: #000; }
/* theatre mode: the whole width, but the controls row stays on the screen */
.lp-theatre .lp-video { max-height: calc(100vh - 190px); }
.lp-player:fullscreen { display: flex; flex-direction: column; }
.lp-player:fullscreen .lp-stage { flex: 1; min-height: 0; }
.lp-player:fullscreen .lp-video { height: 100%; max-height: none; aspect-ratio: auto; }
.lp-controls { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 12px;
  padding: 6px 10px; background: #15151b; font-size: 13px; line-height: 1.2; }
.lp-controls label { display: inline-flex; align-items: center; gap: 4px; white-space: nowrap; }
.lp-controls select { background: #26262e; color: #fff; border: 1px solid #3a3a44;
  border-radius: 6px; font-size: 13px; padding: 2px 4px; }
.lp-controls option { color: #000; background: #fff; }
.lp-controls button { background: #26262e; color: #fff; border: 1px solid #3a3a44;
  border-radius: 6px; font-size: 13px; padding: 3px 8px; cursor: pointer; }
.lp-controls button[aria-pressed='true'] { background: #5b4bd8; border-color: #7c6cf0; }
.lp-spacer { flex: 1; }
.lp-flash { position: absolute; top: 12px; left: 50%; transform: translateX(-50%);
  background: rgba(0,0,0,0.7); padding: 4px 10px; border-radius: 6px; font-size: 14px;
  pointer-events: none; }
.lp-upnext { position: absolute; inset: 0; display: flex; flex-direction: column;
  align-items: center; justify-content: center; gap: 8px; background: rgba(0,0,0,0.8);
  padding: 12px; text-align: center; }
.lp-upnext-title { font-size: 20px; font-weight: 700; max-width: 90%; overflow-wrap: anywhere; }
.lp-upnext button { font-size: 14px; padding: 6px 14px; border-radius: 6px; cursor: pointer;
  border: 1px solid #fff; }
.lp-shortcuts { position: fixed; inset: 0; z-index: 1000; display: flex; align-items: center;
  justify-content: center; background: rgba(0,0,0,0.6); padding: 16px; }
.lp-shortcuts-card { background: #fff; color: #111; border-radius: 12px; padding: 20px 24px;
  width: 100%; max-width: 380px; box-shadow: 0 10px 40px rgba(0,0,0,0.4); }
.lp-shortcuts-card table { width: 100%; border-collapse: collapse; font-size: 14px; }
.lp-shortcuts-card td { padding: 5px 0; border-bottom: 1px solid #eee; }
.lp-shortcuts-card kbd { display: inline-block; min-width: 24px; text-align: center;
  background: #f1f1f4; border: 1px solid #ccc; border-radius: 4px; padding: 1px 6px;
  font-family: inherit; font-size: 13px; }
@media (max-width: 520px) {
  .lp-controls { gap: 6px 8px; padding: 6px 8px; font-size: 12px; }
  /* speed, quality, captions, autoplay and "?" on one row of a phone */
  .lp-controls select { max-width: 84px; padding: 2px 4px; text-overflow: ellipsis; }
  .lp-hide-narrow { display: none; }
  .lp-upnext { gap: 4px; }
  .lp-upnext-title { font-size: 16px; }
  .lp-upnext-label { font-size: 12px; }
}
`;

export function HlsPlayer({
  src,
  lectureId = 0,
  startPosition = 0,
  heartbeatSeconds = 10,
  poster,
  nextTitle = "",
  subtitles = [],
  theatre = false,
  onHeartbeat,
  onEnded,
  onPlaybackError,
  onPlayNext,
  onToggleTheatre,
  id,
  ref: _ref, // React 19: `ref` is an ordinary prop; the video keeps its own
  ...rest
}) {
  const containerRef = useRef(null);
  const videoRef = useRef(null);
  const hlsRef = useRef(null);
  const watched = useRef(0);
  const lastTime = useRef(null);
  const lastBeatAt = useRef(0);
  const callbacks = useRef({});
  callbacks.current = { onHeartbeat, onEnded, onPlaybackError, onPlayNext, onToggleTheatre };
  const startAt = useRef(startPosition);
  // Heartbeats name their lecture: the last beat of a lecture is sent after the page has
  // already moved on to the next one.
  startAt.current = startPosition;
  const lectureAt = useRef(lectureId);
  lectureAt.current = lectureId;
  const playingLecture = useRef(lectureId); // the lecture of the loaded source
  const [levels, setLevels] = useState([]);
  const [level, setLevel] = useState(-1);
  const [playingLevel, setPlayingLevel] = useState(-1);
  const [speed, setSpeed] = useState(1);
  const [tracks, setTracks] = useState([]); // [{index, label, language, showing}]
  const [autoplay, setAutoplay] = useState(true);
  const [countdown, setCountdown] = useState(null); // seconds left, null = none
  const [helpOpen, setHelpOpen] = useState(false);
  const [flash, setFlash] = useState("");
  const flashTimer = useRef(null);
  const settings = useRef({ nextTitle, autoplay });
  settings.current = { nextTitle, autoplay };

  const say = (text) => {
    setFlash(text);
    clearTimeout(flashTimer.current);
    flashTimer.current = setTimeout(() => setFlash(""), 1200);
  };

  // Settings remembered in this browser (read after mounting: no SSR mismatch).
  useEffect(() => {
    setSpeed(savedSpeed());
    setAutoplay(readSetting(KEY_AUTOPLAY, "1") !== "0");
    return () => clearTimeout(flashTimer.current);
  }, []);

  const applySpeed = (value) => {
    const video = videoRef.current;
    if (!video) return;
    // loading a source resets playbackRate to defaultPlaybackRate: set both
    video.defaultPlaybackRate = value;
    video.playbackRate = value;
  };

  useEffect(() => applySpeed(speed), [speed]);

  const beat = (force) => {
    const video = videoRef.current;
    const send = callbacks.current.onHeartbeat;
    if (!video || !send) return;
    const now = Date.now();
    if (!force && now - lastBeatAt.current < 1000) return; // throttle pause/seek bursts
    if (watched.current <= 0 && !force) return;
    const seconds = Math.min(watched.current, MAX_WATCHED_PER_BEAT);
    watched.current = 0;
    lastBeatAt.current = now;
    send(
      playingLecture.current,
      Math.max(0, video.currentTime || 0),
      Math.round(seconds * 1000) / 1000,
    );
  };

  useEffect(() => {
    const video = videoRef.current;
    if (!video || !src) return undefined;
    const url = backendUrl(src);
    const start = Number(startAt.current) || 0;
    playingLecture.current = lectureAt.current;
    watched.current = 0;
    lastTime.current = null;
    setLevels([]);
    setLevel(-1);
    setCountdown(null);
    const autostart = startNextLecture;
    startNextLecture = false;
    const begin = () => {
      applySpeed(savedSpeed());
      if (autostart) video.play().catch(() => {}); // a browser may still refuse
    };
    video.addEventListener("loadedmetadata", begin, { once: true });
    let hls = null;
    if (Hls.isSupported()) {
      hls = new Hls({ startPosition: start > 0 ? start : -1 });
      hlsRef.current = hls;
      hls.on(Hls.Events.MANIFEST_PARSED, (_event, data) => {
        setLevels(data.levels.map((l, index) => ({ index, label: levelLabel(l), height: l.height })));
      });
      hls.on(Hls.Events.LEVEL_SWITCHED, (_event, data) => setPlayingLevel(data.level));
      hls.on(Hls.Events.ERROR, (_event, data) => {
        if (!data.fatal) return;
        if (data.type === Hls.ErrorTypes.MEDIA_ERROR) {
          hls.recoverMediaError();
          return;
        }
        const status = data.response && data.response.code;
        const report = callbacks.current.onPlaybackError;
        if (report) report(status === 403 ? "expired" : String(data.details || "network"));
      });
      hls.loadSource(url);
      hls.attachMedia(video);
    } else if (video.canPlayType("application/vnd.apple.mpegurl")) {
      video.src = url;
      const seek = () => {
        if (start > 0) video.currentTime = start;
      };
      video.addEventListener("loadedmetadata", seek, { once: true });
    }
    return () => {
      beat(true);
      video.removeEventListener("loadedmetadata", begin);
      if (hls) hls.destroy();
      hlsRef.current = null;
    };
  }, [src]);

  useEffect(() => {
    const video = videoRef.current;
    if (!video) return undefined;
    const onTime = () => {
      const now = video.currentTime;
      if (lastTime.current !== null && !video.paused && !video.seeking) {
        const delta = now - lastTime.current;
        // Normal progress only: a seek or a stall is not watching.
        if (delta > 0 && delta < 1.5) watched.current += delta;
      }
      lastTime.current = now;
    };
    const onSeeking = () => {
      lastTime.current = null;
    };
    const onPause = () => beat(false);
    const onPlay = () => setCountdown(null); // watching again: no autoplay
    const onEnd = () => {
      beat(true);
      if (callbacks.current.onEnded) callbacks.current.onEnded();
      const { nextTitle: next, autoplay: enabled } = settings.current;
      if (enabled && next && callbacks.current.onPlayNext) setCountdown(COUNTDOWN_SECONDS);
    };
    const onRate = () => {
      // the browser's own menu may change the speed too: remember it when it is one of ours
      if (SPEEDS.includes(video.playbackRate)) {
        setSpeed(video.playbackRate);
        writeSetting(KEY_SPEED, video.playbackRate);
      }
    };
    const onHidden = () => {
      if (document.visibilityState === "hidden") beat(false);
    };
    video.addEventListener("timeupdate", onTime);
    video.addEventListener("seeking", onSeeking);
    video.addEventListener("pause", onPause);
    video.addEventListener("play", onPlay);
    video.addEventListener("ended", onEnd);
    video.addEventListener("ratechange", onRate);
    document.addEventListener("visibilitychange", onHidden);
    const timer = setInterval(() => {
      if (!video.paused) beat(true);
    }, Math.max(2, Number(heartbeatSeconds) || 10) * 1000);
    return () => {
      clearInterval(timer);
      video.removeEventListener("timeupdate", onTime);
      video.removeEventListener("seeking", onSeeking);
      video.removeEventListener("pause", onPause);
      video.removeEventListener("play", onPlay);
      video.removeEventListener("ended", onEnd);
      video.removeEventListener("ratechange", onRate);
      document.removeEventListener("visibilitychange", onHidden);
    };
  }, [heartbeatSeconds]);

  // Captions: whatever text tracks the video has (the `<track>` children of the captions
  // feature); the last language chosen, and whether captions were on, are remembered.
  const readTracks = () => {
    const list = captionTracks(videoRef.current);
    setTracks(
      list.map((track, index) => ({
        index,
        label: track.label || track.language || `Track ${index + 1}`,
        language: track.language || "",
        showing: track.mode === "showing",
      })),
    );
  };

  const showCaptions = (language) => {
    // language "" turns captions off
    const list = captionTracks(videoRef.current);
    let shown = null;
    list.forEach((track) => {
      const on = language !== "" && shown === null && track.language === language;
      track.mode = on ? "showing" : "disabled";
      if (on) shown = track;
    });
    if (language !== "") writeSetting(KEY_CAPTION_LANG, language);
    writeSetting(KEY_CAPTIONS_ON, shown ? "1" : "0");
    readTracks();
    return shown;
  };

  useEffect(() => {
    const video = videoRef.current;
    if (!video || !video.textTracks) return undefined;
    const list = video.textTracks;
    const onAdd = () => {
      // a new track: follow the remembered choice
      const wanted = readSetting(KEY_CAPTION_LANG, "");
      const remembered = readSetting(KEY_CAPTIONS_ON, "");
      const on = remembered === "1";
      const tracksNow = captionTracks(video);
      if (remembered === "") {
        readTracks(); // no choice made yet in this browser: the tracks' own defaults stand
        return;
      }
      tracksNow.forEach((track) => {
        if (on && wanted && track.language === wanted) track.mode = "showing";
        else if (track.mode === "showing" && (!on || (wanted && track.language !== wanted)))
          track.mode = "disabled";
      });
      readTracks();
    };
    list.addEventListener("addtrack", onAdd);
    list.addEventListener("removetrack", readTracks);
    list.addEventListener("change", readTracks);
    readTracks();
    return () => {
      list.removeEventListener("addtrack", onAdd);
      list.removeEventListener("removetrack", readTracks);
      list.removeEventListener("change", readTracks);
    };
  }, []);

  const toggleCaptions = () => {
    const list = captionTracks(videoRef.current);
    if (list.length === 0) {
      say("No captions for this lecture");
      return;
    }
    if (list.some((track) => track.mode === "showing")) {
      showCaptions("");
      say("Captions off");
      return;
    }
    const wanted = readSetting(KEY_CAPTION_LANG, "");
    const pick = list.find((track) => track.language === wanted) || list[0];
    showCaptions(pick.language);
    say(`Captions: ${pick.label || pick.language || "on"}`);
  };

  const chooseSpeed = (value) => {
    if (!SPEEDS.includes(value)) return;
    setSpeed(value);
    applySpeed(value);
    writeSetting(KEY_SPEED, value);
  };

  const chooseLevel = (event) => {
    const value = Number(event.target.value);
    setLevel(value);
    if (hlsRef.current) hlsRef.current.currentLevel = value;
  };

  const chooseAutoplay = (event) => {
    const enabled = Boolean(event.target.checked);
    setAutoplay(enabled);
    writeSetting(KEY_AUTOPLAY, enabled ? "1" : "0");
    if (!enabled) setCountdown(null);
  };

  const playNext = () => {
    setCountdown(null);
    startNextLecture = true;
    if (callbacks.current.onPlayNext) callbacks.current.onPlayNext();
  };

  // The countdown: one tick a second, then the next lecture.
  useEffect(() => {
    if (countdown === null) return undefined;
    if (countdown <= 0) {
      playNext();
      return undefined;
    }
    const timer = setTimeout(() => setCountdown((left) => (left === null ? null : left - 1)), 1000);
    return () => clearTimeout(timer);
  }, [countdown]);

  const toggleFullscreen = () => {
    const box = containerRef.current;
    if (!box) return;
    if (document.fullscreenElement) {
      document.exitFullscreen().catch(() => {});
    } else if (box.requestFullscreen) {
      box.requestFullscreen().catch(() => say("Full screen is not available"));
    }
  };

  // Keyboard shortcuts while the page has focus, except when typing somewhere.
  const keys = useRef(null);
  keys.current = (event) => {
    const video = videoRef.current;
    if (!video || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "Escape") {
      if (helpOpen) {
        event.preventDefault();
        setHelpOpen(false);
      }
      return;
    }
    if (isTyping(event.target)) return;
    const onButton = event.target.closest && event.target.closest("button, a, [role='tab']");
    switch (event.key) {
      case " ":
      case "Spacebar":
        if (onButton) return; // space presses the focused button
        event.preventDefault();
        if (video.paused || video.ended) video.play().catch(() => {});
        else video.pause();
        break;
      case "ArrowLeft":
      case "ArrowRight": {
        if (onButton && event.target.closest("[role='tab']")) return; // moving between tabs
        event.preventDefault();
        const step = event.key === "ArrowLeft" ? -SEEK_STEP : SEEK_STEP;
        const end = Number.isFinite(video.duration) ? video.duration : Infinity;
        video.currentTime = Math.max(0, Math.min(end, (video.currentTime || 0) + step));
        say(step < 0 ? "« 5 s" : "5 s »");
        break;
      }
      case "ArrowUp":
      case "ArrowDown": {
        event.preventDefault();
        const delta = event.key === "ArrowUp" ? VOLUME_STEP : -VOLUME_STEP;
        const volume = Math.round(Math.max(0, Math.min(1, video.volume + delta)) * 10) / 10;
        video.volume = volume;
        if (delta > 0 && video.muted) video.muted = false;
        say(`Volume ${Math.round(volume * 100)}%`);
        break;
      }
      case "f":
      case "F":
        event.preventDefault();
        toggleFullscreen();
        break;
      case "m":
      case "M":
        event.preventDefault();
        video.muted = !video.muted;
        say(video.muted ? "Muted" : "Sound on");
        break;
      case "c":
      case "C":
        event.preventDefault();
        toggleCaptions();
        break;
      case "?":
        event.preventDefault();
        setHelpOpen((open) => !open);
        break;
      default:
    }
  };
  useEffect(() => {
    const listener = (event) => keys.current(event);
    document.addEventListener("keydown", listener);
    return () => document.removeEventListener("keydown", listener);
  }, []);

  const autoLabel =
    level === -1 && playingLevel >= 0 && levels[playingLevel]
      ? `Auto (${levels[playingLevel].label})`
      : "Auto";
  const captionsOn = tracks.find((track) => track.showing);

  return (
    <div ref={containerRef} className={theatre ? "lp-player lp-theatre" : "lp-player"} {...rest}>
      <style>{CSS}</style>
      <div className="lp-stage">
        <video
          ref={videoRef}
          id={id}
          className="lp-video"
          controls
          playsInline
          poster={poster ? backendUrl(poster) : undefined}
          crossOrigin={crossOriginFor(subtitles)}
        >
          {(subtitles || []).map((t) => (
            <track
              key={t.src}
              kind="subtitles"
              src={backendUrl(t.src)}
              srcLang={t.language}
              label={t.label}
              default={Boolean(t.default)}
            />
          ))}
        </video>
        {flash && (
          <div className="lp-flash" id="player-flash" role="status">
            {flash}
          </div>
        )}
        {countdown !== null && (
          <div className="lp-upnext" id="autoplay-countdown" role="dialog" aria-label="Up next">
            <div className="lp-upnext-label">
              Up next in <span id="autoplay-seconds">{Math.max(0, countdown)}</span> s
            </div>
            <div className="lp-upnext-title" id="autoplay-next-title">
              {nextTitle}
            </div>
            <div style={{ display: "flex", gap: 8 }}>
              <button
                type="button"
                id="autoplay-cancel"
                onClick={() => setCountdown(null)}
                style={{ background: "transparent", color: "#fff" }}
              >
                Cancel
              </button>
              <button
                type="button"
                id="autoplay-play-now"
                onClick={playNext}
                style={{ background: "#fff", color: "#111", fontWeight: 600 }}
              >
                Play now
              </button>
            </div>
          </div>
        )}
      </div>
      <div className="lp-controls" id="player-controls">
        <label>
          <span className="lp-hide-narrow">Speed</span>
          <select
            aria-label="Playback speed"
            id="speed-menu"
            data-testid="speed-menu"
            value={String(speed)}
            onChange={(event) => chooseSpeed(Number(event.target.value))}
          >
            {SPEEDS.map((value) => (
              <option key={value} value={String(value)}>
                {value}x
              </option>
            ))}
          </select>
        </label>
        {levels.length > 0 && (
          <label>
            <span className="lp-hide-narrow">Quality</span>
            <select
              aria-label="Video quality"
              data-testid="quality-menu"
              value={level}
              onChange={chooseLevel}
            >
              <option value={-1}>{autoLabel}</option>
              {levels.map((l) => (
                <option key={l.index} value={l.index}>
                  {l.label}
                </option>
              ))}
            </select>
          </label>
        )}
        {tracks.length > 0 && (
          <label>
            <span className="lp-hide-narrow">Captions</span>
            <select
              aria-label="Captions"
              id="captions-menu"
              value={captionsOn ? captionsOn.language : ""}
              onChange={(event) => showCaptions(event.target.value)}
            >
              <option value="">Off</option>
              {tracks.map((track) => (
                <option key={track.index} value={track.language}>
                  {track.label}
                </option>
              ))}
            </select>
          </label>
        )}
        <label title="Play the next lecture when this one ends">
          <input
            type="checkbox"
            id="autoplay-toggle"
            checked={autoplay}
            onChange={chooseAutoplay}
          />
          Autoplay
        </label>
        <span className="lp-spacer" />
        {onToggleTheatre && (
          <button
            type="button"
            id="theatre-toggle"
            className="lp-hide-narrow"
            aria-pressed={theatre ? "true" : "false"}
            title="Theatre mode: the video the page's full width"
            onClick={() => callbacks.current.onToggleTheatre()}
          >
            Theatre
          </button>
        )}
        <button
          type="button"
          id="shortcuts-button"
          className="lp-hide-narrow"
          aria-label="Keyboard shortcuts"
          title="Keyboard shortcuts (?)"
          onClick={() => setHelpOpen(true)}
        >
          ?
        </button>
      </div>
      {helpOpen && (
        <div
          className="lp-shortcuts"
          id="shortcuts-overlay"
          role="dialog"
          aria-modal="true"
          aria-labelledby="shortcuts-heading"
          onClick={(event) => {
            if (event.target === event.currentTarget) setHelpOpen(false);
          }}
        >
          <div className="lp-shortcuts-card">
            <div style={{ display: "flex", alignItems: "center", marginBottom: 10 }}>
              <h2 id="shortcuts-heading" style={{ margin: 0, fontSize: 18, flex: 1 }}>
                Keyboard shortcuts
              </h2>
              <button
                type="button"
                id="shortcuts-close"
                aria-label="Close"
                onClick={() => setHelpOpen(false)}
                style={{
                  border: "none",
                  background: "transparent",
                  fontSize: 20,
                  cursor: "pointer",
                }}
              >
                ×
              </button>
            </div>
            <table>
              <tbody>
                {SHORTCUTS.map(([key, what]) => (
                  <tr key={key}>
                    <td style={{ width: 90 }}>
                      <kbd>{key}</kbd>
                    </td>
                    <td>{what}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </div>
  );
}
