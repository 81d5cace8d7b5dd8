// The lecture player: HLS through hls.js (Safari plays HLS natively), a quality menu, and
// heartbeats that report the position and the seconds actually watched.
import React, { useEffect, useRef, useState } from "react";
import Hls from "hls.js";
import { getBackendURL } from "$/utils/state";
import env from "$/env.json";

// A beat may report at most this much (the server refuses more): two windows plus slack.
const MAX_WATCHED_PER_BEAT = 25;

function backendUrl(src) {
  // The backend serves the playlists; in development it runs on another port.
  if (!src || !src.startsWith("/")) return src;
  return getBackendURL(env.UPLOAD).origin + src;
}

function crossOriginFor(tracks) {
  // Caption files from another origin (the development backend) load only with CORS.
  if (!tracks || tracks.length === 0 || typeof window === "undefined") return undefined;
  const url = backendUrl(tracks[0].src);
  return url && url.startsWith("http") && !url.startsWith(window.location.origin)
    ? "anonymous"
    : undefined;
}

function levelLabel(level) {
  return level.height ? `${level.height}p` : `${Math.round(level.bitrate / 1000)} kbps`;
}

export function HlsPlayer({
  src,
  lectureId = 0,
  startPosition = 0,
  heartbeatSeconds = 10,
  poster,
  tracks = [],
  onHeartbeat,
  onEnded,
  onPlaybackError,
  id,
  ref: _ref, // React 19: `ref` is an ordinary prop; the video keeps its own
  ...rest
}) {
  const videoRef = useRef(null);
  const hlsRef = useRef(null);
  const watched = useRef(0);
  const lastTime = useRef(null);
  const lastBeatAt = useRef(0);
  const callbacks = useRef({});
  callbacks.current = { onHeartbeat, onEnded, onPlaybackError };
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
    const onEnd = () => {
      beat(true);
      if (callbacks.current.onEnded) callbacks.current.onEnded();
    };
    const onHidden = () => {
      if (document.visibilityState === "hidden") beat(false);
    };
    video.addEventListener("timeupdate", onTime);
    video.addEventListener("seeking", onSeeking);
    video.addEventListener("pause", onPause);
    video.addEventListener("ended", onEnd);
    document.addEventListener("visibilitychange", onHidden);
    const timer = setInterval(() => {
      if (!video.paused) beat(true);
    }, Math.max(2, Number(heartbeatSeconds) || 10) * 1000);
    return () => {
      clearInterval(timer);
      video.removeEventListener("timeupdate", onTime);
      video.removeEventListener("seeking", onSeeking);
      video.removeEventListener("pause", onPause);
      video.removeEventListener("ended", onEnd);
      document.removeEventListener("visibilitychange", onHidden);
    };
  }, [heartbeatSeconds]);

  const chooseLevel = (event) => {
    const value = Number(event.target.value);
    setLevel(value);
    if (hlsRef.current) hlsRef.current.currentLevel = value;
  };
  const autoLabel =
    level === -1 && playingLevel >= 0 && levels[playingLevel]
      ? `Auto (${levels[playingLevel].label})`
      : "Auto";

  return (
    <div style={{ position: "relative", width: "100%", background: "#000" }} {...rest}>
      <video
        ref={videoRef}
        id={id}
        controls
        playsInline
        poster={poster ? backendUrl(poster) : undefined}
        crossOrigin={crossOriginFor(tracks)}
        style={{ width: "100%", aspectRatio: "16 / 9", display: "block", background: "#000" }}
      >
        {(tracks || []).map((t) => (
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
      {levels.length > 0 && (
        <label
          style={{
            position: "absolute",
            top: 8,
            right: 8,
            background: "rgba(0,0,0,0.6)",
            color: "#fff",
            borderRadius: 6,
            padding: "2px 6px",
            fontSize: 13,
          }}
        >
          <span style={{ marginRight: 4 }}>Quality</span>
          <select
            aria-label="Video quality"
            data-testid="quality-menu"
            value={level}
            onChange={chooseLevel}
            style={{ background: "transparent", color: "#fff", border: "none", fontSize: 13 }}
          >
            <option value={-1} style={{ color: "#000" }}>
              {autoLabel}
            </option>
            {levels.map((l) => (
              <option key={l.index} value={l.index} style={{ color: "#000" }}>
                {l.label}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
