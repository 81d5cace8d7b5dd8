"""Video checks and HLS transcoding with FFmpeg.

`probe_video` decides whether an uploaded file is a video we accept (by its content, never by
its name) and `transcode_to_hls` turns it into an adaptive HLS ladder with a poster image.

Uploaded files are hostile input for FFmpeg, so every run:
- works on a private copy of the file in a temp directory only this user can read (0700);
- names the demuxer explicitly (`-f`), allows only that demuxer (`-format_whitelist`, which
  nested demuxers inherit, so an HLS/concat playlist hidden inside an AVI or MKV is refused)
  and only the `file` protocol (`-protocol_whitelist file`);
- is killed when it exceeds a wall-clock time limit, and its temp files are always removed.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import queue
import shutil
import signal
import struct
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import ffmpeg

from udemy_clone.core import processes
from udemy_clone.core.config import get_settings

FFMPEG = "ffmpeg"
FFPROBE = "ffprobe"

ProgressCallback = Callable[[float], None]

# Demuxers we accept, keyed by the name passed to `-f`; each is the only one allowed in its runs.
ALLOWED_DEMUXERS: dict[str, str] = {"mov": "mov", "matroska": "matroska", "avi": "avi"}
ALLOWED_VIDEO_CODECS = frozenset({"h264", "hevc", "vp8", "vp9", "av1", "mpeg4"})
# Compared with the part of the codec name before "_" (pcm_s16le -> pcm, amr_nb -> amr).
ALLOWED_AUDIO_CODECS = frozenset(
    {"aac", "mp3", "mp2", "opus", "vorbis", "ac3", "eac3", "flac", "alac", "pcm", "amr", "dts"}
)
MAX_DIMENSION = 8192
MIN_DIMENSION = 16
PROBE_TIMEOUT_SECONDS = 60.0
POSTER_TIMEOUT_SECONDS = 60.0

KEYFRAME_INTERVAL_SECONDS = 2
SEGMENT_SECONDS = 6
MAX_OUTPUT_FPS = 60.0
# libx264 speed/quality trade-off; "veryfast" keeps a 720p three-rung ladder above 2x realtime
# on two cores (see bench/transcode.py).
X264_PRESET = "veryfast"
X264_CRF = 23
MASTER_PLAYLIST = "master.m3u8"
MEDIA_PLAYLIST = "index.m3u8"
POSTER = "poster.jpg"
SEGMENT_PATTERN = "seg_%05d.ts"
AAC_CODEC_STRING = "mp4a.40.2"
TIMEOUT_MESSAGE = (
    "Processing this video took too long and was stopped. "
    "Try a shorter video or a smaller picture size."
)


class VideoRejected(Exception):
    """The upload is not a video we can publish; `message` tells the uploader what to do."""

    def __init__(self, message: str, *, code: str) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


class TranscodeFailed(Exception):
    """FFmpeg failed on a file that passed the checks; `detail` holds its log for operators."""

    def __init__(self, message: str, *, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail


class TranscodeTimeout(TranscodeFailed):
    """FFmpeg ran longer than the allowed wall-clock time and was killed."""


@dataclass(frozen=True)
class ProbeResult:
    """What ffprobe found in an accepted upload (sizes are as displayed, after rotation)."""

    demuxer: str
    container: str
    video_codec: str
    width: int
    height: int
    fps: float
    duration_seconds: float
    video_stream_index: int
    audio_stream_index: int | None
    audio_codec: str | None
    size_bytes: int
    bit_rate: int | None

    @property
    def has_audio(self) -> bool:
        return self.audio_stream_index is not None


@dataclass(frozen=True)
class Rendition:
    """One rung of the HLS ladder."""

    name: str
    width: int
    height: int
    max_bitrate: int
    audio_bitrate: int
    profile: str


@dataclass(frozen=True)
class TranscodeResult:
    """The HLS output written to `out_dir` (paths are relative to it)."""

    duration_seconds: float
    renditions: list[str]
    master_playlist: str
    poster: str
    width: int
    height: int


# (short side, maximum video bitrate in bit/s, audio bitrate, H.264 profile)
LADDER: tuple[tuple[int, int, int, str], ...] = (
    (1080, 5_000_000, 128_000, "high"),
    (720, 2_800_000, 128_000, "high"),
    (480, 1_400_000, 96_000, "main"),
    (360, 800_000, 96_000, "main"),
)
# A source a little under a rung (e.g. 1280x718) still gets that rung, at its own size.
RUNG_TOLERANCE = 0.95


def _even(value: float) -> int:
    return max(2, int(round(value / 2)) * 2)


def _even_floor(value: float) -> int:
    return max(2, int(value) // 2 * 2)


def choose_ladder(width: int, height: int) -> list[Rendition]:
    """The renditions for a source of this display size: never upscaled, at least one."""
    short, long_ = min(width, height), max(width, height)
    landscape = width >= height
    # (label, short side in pixels, max bitrate, audio bitrate, profile)
    rungs: list[tuple[str, int, int, int, str]] = [
        (f"{rung}p", min(rung, _even_floor(short)), bitrate, audio, profile)
        for rung, bitrate, audio, profile in LADDER
        if short >= rung * RUNG_TOLERANCE
    ]
    if not rungs:
        small = _even_floor(short)
        bitrate = max(200_000, int(800_000 * (small / 360) ** 2))
        rungs.append((f"{small}p", small, bitrate, 64_000, "main"))
    renditions: list[Rendition] = []
    for name, rung_short, bitrate, audio, profile in rungs:
        rung_long = min(_even(long_ * rung_short / short), _even_floor(long_))
        w, h = (rung_long, rung_short) if landscape else (rung_short, rung_long)
        renditions.append(Rendition(name, w, h, bitrate, audio, profile))
    return renditions


# --------------------------------------------------------------------------- sniffing


def _sniff_demuxer(head: bytes) -> str | None:
    """The demuxer for a file's first bytes, or None if it is no container we accept."""
    if len(head) >= 12 and head[4:8] in (b"ftyp", b"moov", b"mdat", b"wide", b"free", b"skip"):
        return "mov"
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return "matroska"
    if len(head) >= 12 and head[:4] == b"RIFF" and head[8:12] == b"AVI ":
        return "avi"
    return None


def _mp4_complete(path: Path, size: int) -> bool:
    """Whether the top-level MP4/MOV boxes fit in the file and include a `moov` box."""
    seen_moov = False
    offset = 0
    with path.open("rb") as f:
        while offset + 8 <= size:
            f.seek(offset)
            header = f.read(16)
            box_size, box_type = struct.unpack(">I4s", header[:8])
            if box_size == 1:
                if len(header) < 16:
                    return False
                box_size = struct.unpack(">Q", header[8:16])[0]
            elif box_size == 0:
                box_size = size - offset
            if box_size < 8 or offset + box_size > size:
                return False
            seen_moov = seen_moov or box_type == b"moov"
            offset += box_size
    return seen_moov


def _ebml_vint(data: bytes, pos: int, *, keep_marker: bool) -> tuple[int, int, bool]:
    """Decode an EBML variable-length integer: (value, new position, all-ones 'unknown')."""
    first = data[pos]
    length = 1
    mask = 0x80
    while length <= 8 and not first & mask:
        mask >>= 1
        length += 1
    if length > 8 or pos + length > len(data):
        raise ValueError("bad EBML integer")
    value = first if keep_marker else first & (mask - 1)
    for byte in data[pos + 1 : pos + length]:
        value = (value << 8) | byte
    unknown = not keep_marker and value == (1 << (7 * length)) - 1
    return value, pos + length, unknown


def _matroska_complete(path: Path, size: int) -> tuple[bool, str]:
    """Whether the Matroska segment fits in the file; also returns the EBML DocType."""
    with path.open("rb") as f:
        data = f.read(4096)
    try:
        _, pos, _ = _ebml_vint(data, 0, keep_marker=True)
        header_size, pos, _ = _ebml_vint(data, pos, keep_marker=False)
        header = data[pos : pos + header_size]
        doctype = "webm" if b"webm" in header else "matroska"
        pos += header_size
        segment_id, pos, _ = _ebml_vint(data, pos, keep_marker=True)
        if segment_id != 0x18538067:
            return False, doctype
        segment_size, pos, unknown = _ebml_vint(data, pos, keep_marker=False)
    except (ValueError, IndexError):
        return False, "matroska"
    return unknown or pos + segment_size <= size, doctype


def _avi_complete(path: Path, size: int) -> bool:
    """Whether every top-level RIFF chunk (AVI and OpenDML AVIX) fits in the file."""
    offset = 0
    with path.open("rb") as f:
        while offset + 12 <= size:
            f.seek(offset)
            tag, chunk_size, form = struct.unpack("<4sI4s", f.read(12))
            if tag != b"RIFF" or form not in (b"AVI ", b"AVIX"):
                break  # trailing bytes after the RIFF chunks are ignored by players too
            end = offset + 8 + chunk_size + (chunk_size & 1)
            if offset + 8 + chunk_size > size:
                return False
            offset = end
    return offset > 0


# --------------------------------------------------------------------------- ffprobe


def _input_args(demuxer: str) -> list[str]:
    """Options that pin down how FFmpeg may read an untrusted input file."""
    args = ["-protocol_whitelist", "file", "-format_whitelist", ALLOWED_DEMUXERS[demuxer]]
    if demuxer == "mov":
        args += ["-enable_drefs", "0"]  # never follow references to other files
    return [*args, "-f", demuxer]


def _run_ffprobe(path: Path, demuxer: str, extra: list[str]) -> dict[str, object]:
    cmd = [FFPROBE, "-v", "error", "-hide_banner", *_input_args(demuxer), *extra]
    cmd += ["-of", "json", f"file:{path}"]
    try:
        done = subprocess.run(
            cmd,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=PROBE_TIMEOUT_SECONDS,
            check=False,
            preexec_fn=processes.die_with_parent,
        )
    except subprocess.TimeoutExpired:
        raise VideoRejected(
            "Reading this video took too long; it may be damaged. "
            "Export it again as MP4 (H.264) and re-upload it.",
            code="unreadable",
        ) from None
    if done.returncode != 0:
        raise VideoRejected(
            "We could not read this video; it may be damaged. "
            "Export it again as MP4 (H.264) and re-upload it.",
            code="unreadable",
        )
    try:
        result = json.loads(done.stdout or b"{}")
    except json.JSONDecodeError:
        result = {}
    return result if isinstance(result, dict) else {}


def _number(value: object) -> float | None:
    try:
        number = float(str(value))
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _rate(value: object) -> float | None:
    text = str(value or "")
    if "/" in text:
        num, _, den = text.partition("/")
        n, d = _number(num), _number(den)
        return n / d if n is not None and d else None
    return _number(text)


def _dicts(value: object) -> list[dict[str, object]]:
    """The JSON objects in a list from ffprobe's output (anything else is ignored)."""
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _rotation(stream: dict[str, object]) -> int:
    tags = stream.get("tags")
    if isinstance(tags, dict) and _number(tags.get("rotate")) is not None:
        return int(_number(tags.get("rotate")) or 0)
    for side in _dicts(stream.get("side_data_list")):
        if _number(side.get("rotation")) is not None:
            return int(_number(side.get("rotation")) or 0)
    return 0


def _scan_duration(path: Path, demuxer: str, stream_index: int) -> float | None:
    """Duration from the packets themselves, for files whose header does not state one."""
    info = _run_ffprobe(
        path,
        demuxer,
        [
            "-select_streams",
            str(stream_index),
            "-show_entries",
            "packet=pts_time,duration_time",
        ],
    )
    end = 0.0
    for packet in _dicts(info.get("packets")):
        pts = _number(packet.get("pts_time"))
        if pts is not None:
            end = max(end, pts + (_number(packet.get("duration_time")) or 0.0))
    return end or None


def _format_seconds(seconds: float) -> str:
    seconds = int(round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours} h {minutes:02d} min"
    if minutes:
        return f"{minutes} min {secs:02d} s"
    return f"{secs} s"


def _probe_private_copy(path: Path, *, max_seconds: float) -> ProbeResult:
    size = path.stat().st_size
    if size == 0:
        raise VideoRejected(
            "The file is empty. Choose the video file again and re-upload it.", code="empty"
        )
    with path.open("rb") as f:
        head = f.read(64)
    demuxer = _sniff_demuxer(head)
    if demuxer is None:
        raise VideoRejected(
            "This file is not a video we can read. "
            "Upload an MP4, MOV, MKV, WebM or AVI video file.",
            code="not_a_video",
        )
    container = {"mov": "mp4", "matroska": "matroska", "avi": "avi"}[demuxer]
    if demuxer == "mov":
        complete = _mp4_complete(path, size)
        if head[4:8] == b"ftyp" and head[8:12] == b"qt  ":
            container = "mov"
    elif demuxer == "matroska":
        complete, container = _matroska_complete(path, size)
    else:
        complete = _avi_complete(path, size)
    if not complete:
        raise VideoRejected(
            "This video file is incomplete or damaged (the upload may have been cut off). "
            "Upload the complete file again.",
            code="truncated",
        )

    info = _run_ffprobe(path, demuxer, ["-show_format", "-show_streams"])
    streams = _dicts(info.get("streams"))
    fmt_value = info.get("format")
    fmt: dict[str, object] = fmt_value if isinstance(fmt_value, dict) else {}

    def is_picture(stream: dict[str, object]) -> bool:
        disposition = stream.get("disposition")
        return isinstance(disposition, dict) and bool(disposition.get("attached_pic"))

    videos = [s for s in streams if s.get("codec_type") == "video" and not is_picture(s)]
    audios = [s for s in streams if s.get("codec_type") == "audio"]
    if not videos:
        raise VideoRejected(
            "This file has no video track (it looks like audio only). Upload a video file.",
            code="no_video_track",
        )
    video = videos[0]
    video_codec = str(video.get("codec_name") or "unknown")
    if video_codec not in ALLOWED_VIDEO_CODECS:
        raise VideoRejected(
            f"Videos encoded as {video_codec} are not supported. "
            "Export the video as MP4 (H.264) and re-upload it.",
            code="unsupported_codec",
        )
    audio = audios[0] if audios else None
    audio_codec = str(audio.get("codec_name") or "unknown") if audio else None
    if audio_codec is not None and audio_codec.split("_")[0] not in ALLOWED_AUDIO_CODECS:
        raise VideoRejected(
            f"Sound encoded as {audio_codec} is not supported. "
            "Export the video with AAC sound (MP4) and re-upload it.",
            code="unsupported_codec",
        )

    width = int(_number(video.get("width")) or 0)
    height = int(_number(video.get("height")) or 0)
    sar = _rate(video.get("sample_aspect_ratio")) or 1.0
    if sar > 0 and abs(sar - 1.0) > 0.01:
        width = _even(width * sar)
    if _rotation(video) % 180 != 0:
        width, height = height, width
    if min(width, height) < MIN_DIMENSION or max(width, height) > MAX_DIMENSION:
        raise VideoRejected(
            f"This video's picture size ({width}x{height}) is not supported; "
            f"use a size between {MIN_DIMENSION} and {MAX_DIMENSION} pixels per side.",
            code="bad_dimensions",
        )

    fps = _rate(video.get("avg_frame_rate")) or _rate(video.get("r_frame_rate")) or 0.0
    if not 0 < fps <= 1000:
        fps = 25.0
    video_index = int(_number(video.get("index")) or 0)
    duration = _number(fmt.get("duration")) or _number(video.get("duration"))
    if duration is None:
        duration = _scan_duration(path, demuxer, video_index)
    if duration is None or duration <= 0:
        raise VideoRejected(
            "This video has no playable length. Export it again and re-upload it.",
            code="no_duration",
        )
    if duration > max_seconds:
        raise VideoRejected(
            f"This video is {_format_seconds(duration)} long; the limit is "
            f"{_format_seconds(max_seconds)}. Split it into shorter lectures and upload those.",
            code="too_long",
        )
    return ProbeResult(
        demuxer=demuxer,
        container=container,
        video_codec=video_codec,
        width=width,
        height=height,
        fps=fps,
        duration_seconds=duration,
        video_stream_index=video_index,
        audio_stream_index=int(_number(audio.get("index")) or 0) if audio else None,
        audio_codec=audio_codec,
        size_bytes=size,
        bit_rate=int(_number(fmt.get("bit_rate")) or 0) or None,
    )


@contextlib.contextmanager
def _private_workdir() -> Iterator[Path]:
    """A temp directory only this user can read, removed with everything in it afterwards."""
    # In the running job's own folder, so a killed run's files are swept on the next start.
    with processes.scratch_dir("transcode-") as work:
        yield work


def _copy_source(src: Path, work: Path) -> Path:
    src = Path(src)
    if not src.is_file():
        raise FileNotFoundError(f"No video file at {src}")
    private = work / "source"
    shutil.copyfile(src, private)
    os.chmod(private, 0o600)
    return private


def probe_video(path: Path, *, max_seconds: float | None = None) -> ProbeResult:
    """Check that `path` holds a video we accept and describe it; raise VideoRejected if not."""
    limit = float(get_settings().max_video_seconds if max_seconds is None else max_seconds)
    with _private_workdir() as work:
        return _probe_private_copy(_copy_source(Path(path), work), max_seconds=limit)


# --------------------------------------------------------------------------- transcoding


def _ffmpeg_command(
    source: Path,
    out_dir: Path,
    probe: ProbeResult,
    ladder: list[Rendition],
    *,
    preset: str,
    threads: int,
) -> list[str]:
    fps = _output_fps(probe)
    gop = max(1, round(fps * KEYFRAME_INTERVAL_SECONDS))
    inp = ffmpeg.input(f"file:{source}")
    video = inp[str(probe.video_stream_index)]
    if probe.fps > MAX_OUTPUT_FPS:
        video = video.filter("fps", fps=round(fps, 3))
    video = video.filter("format", "yuv420p")
    branches = video.filter_multi_output("split", len(ladder)) if len(ladder) > 1 else None
    streams = []
    options: dict[str, object] = {}
    stream_map: list[str] = []
    for i, rung in enumerate(ladder):
        branch = branches.stream(i) if branches is not None else video
        streams.append(branch.filter("scale", rung.width, rung.height).filter("setsar", 1))
        if probe.has_audio:
            streams.append(inp[str(probe.audio_stream_index)])
            options[f"b:a:{i}"] = rung.audio_bitrate
            stream_map.append(f"v:{i},a:{i},name:{rung.name}")
        else:
            stream_map.append(f"v:{i},name:{rung.name}")
        options[f"maxrate:v:{i}"] = rung.max_bitrate
        options[f"bufsize:v:{i}"] = rung.max_bitrate * 2
        options[f"profile:v:{i}"] = rung.profile
    options.update(
        {
            "c:v": "libx264",
            "preset": preset,
            "crf": X264_CRF,
            "threads": threads,
            "g": gop,
            "keyint_min": gop,
            "sc_threshold": 0,
            "force_key_frames": f"expr:gte(t,n_forced*{KEYFRAME_INTERVAL_SECONDS})",
            "f": "hls",
            "hls_time": SEGMENT_SECONDS,
            "hls_playlist_type": "vod",
            "hls_flags": "independent_segments+temp_file",
            "hls_segment_type": "mpegts",
            "start_number": 1,
            "hls_segment_filename": str(out_dir / "%v" / SEGMENT_PATTERN),
            "var_stream_map": " ".join(stream_map),
        }
    )
    if probe.has_audio:
        options.update({"c:a": "aac", "ac": 2, "ar": 48000})
    output = ffmpeg.output(*streams, str(out_dir / "%v" / MEDIA_PLAYLIST), **options)
    args: list[str] = output.compile(cmd=FFMPEG)
    # Input hardening options must precede `-i`; global options must precede everything.
    i = args.index("-i")
    args[i:i] = _input_args(probe.demuxer)
    global_args = ["-nostdin", "-hide_banner", "-loglevel", "error", "-y"]
    global_args += ["-progress", "pipe:1", "-nostats", "-stats_period", "0.25"]
    return [args[0], *global_args, *args[1:]]


def _output_fps(probe: ProbeResult) -> float:
    """The source frame rate, halved (or more) when above 60 fps."""
    if probe.fps <= MAX_OUTPUT_FPS:
        return probe.fps
    return probe.fps / math.ceil(probe.fps / MAX_OUTPUT_FPS)


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)
    with contextlib.suppress(ProcessLookupError):
        proc.kill()
    proc.wait()


def _run_ffmpeg(
    cmd: list[str],
    *,
    work: Path,
    duration: float,
    deadline: float,
    on_progress: ProgressCallback | None,
) -> None:
    """Run FFmpeg, report progress in the calling thread, kill it at the deadline."""
    log_path = work / f"ffmpeg-{time.monotonic_ns()}.log"
    fractions: queue.Queue[float] = queue.Queue()
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            cmd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=log,
            cwd=work,
            start_new_session=True,  # its own process group, so a kill reaches every child
            preexec_fn=processes.die_with_parent,  # and it dies with us, even on kill -9
        )

        def read_progress() -> None:
            assert proc.stdout is not None
            for raw in proc.stdout:
                key, _, value = raw.decode("ascii", "replace").strip().partition("=")
                if key in ("out_time_us", "out_time_ms") and duration > 0:
                    micros = _number(value)
                    if micros is not None and micros >= 0:
                        fractions.put(min(1.0, micros / 1_000_000 / duration))

        reader = threading.Thread(target=read_progress, name="ffmpeg-progress", daemon=True)
        reader.start()
        last = 0.0
        try:
            while True:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    _kill_group(proc)
                    raise TranscodeTimeout(
                        TIMEOUT_MESSAGE,
                        detail=f"killed after the time limit: {' '.join(cmd)}",
                    )
                try:
                    fraction = fractions.get(timeout=min(0.1, remaining))
                except queue.Empty:
                    if proc.poll() is not None and not reader.is_alive():
                        break
                    continue
                # The last update is reported by the caller once the outputs are checked.
                if on_progress is not None and last + 0.001 < fraction < 1.0:
                    last = fraction
                    on_progress(fraction)
        finally:
            if proc.poll() is None:
                _kill_group(proc)
            reader.join(timeout=5)
            if proc.stdout is not None:
                proc.stdout.close()
    if proc.returncode != 0:
        tail = log_path.read_text(errors="replace")[-4000:]
        raise TranscodeFailed(
            "We could not convert this video. Export it again as MP4 (H.264) and re-upload it.",
            detail=f"ffmpeg exited with {proc.returncode}: {tail}",
        )


def _make_poster(
    source: Path, out_dir: Path, probe: ProbeResult, rung: Rendition, deadline: float
) -> None:
    """Write `poster.jpg` from a frame a little into the video (the first is often black)."""
    target = out_dir / POSTER
    for at in (min(probe.duration_seconds * 0.1, 10.0), 0.0):
        cmd = [FFMPEG, "-nostdin", "-hide_banner", "-loglevel", "error", "-y"]
        cmd += [*_input_args(probe.demuxer), "-ss", f"{at:.3f}", "-i", f"file:{source}"]
        cmd += ["-map", f"0:{probe.video_stream_index}", "-frames:v", "1", "-an", "-sn"]
        cmd += ["-vf", f"scale={rung.width}:{rung.height},setsar=1,format=yuvj420p"]
        cmd += ["-q:v", "3", "-f", "image2", "-update", "1", str(target)]
        timeout = min(POSTER_TIMEOUT_SECONDS, deadline - time.monotonic())
        if timeout <= 0:
            raise TranscodeTimeout(
                TIMEOUT_MESSAGE,
                detail="no time left for the poster",
            )
        try:
            done = subprocess.run(
                cmd,
                stdin=subprocess.DEVNULL,
                capture_output=True,
                timeout=timeout,
                cwd=source.parent,
                check=False,
                preexec_fn=processes.die_with_parent,
            )
        except subprocess.TimeoutExpired:
            raise TranscodeTimeout(TIMEOUT_MESSAGE, detail="poster extraction timed out") from None
        if done.returncode == 0 and target.is_file() and target.stat().st_size > 0:
            return
    raise TranscodeFailed(
        "We could not make a preview image for this video. Export it again and re-upload it.",
        detail=done.stderr.decode(errors="replace")[-2000:],
    )


@dataclass(frozen=True)
class _MediaPlaylist:
    durations: list[float]
    segments: list[str]


def _read_media_playlist(path: Path) -> _MediaPlaylist:
    durations: list[float] = []
    segments: list[str] = []
    ended = False
    for line in path.read_text().splitlines():
        line = line.strip()
        if line.startswith("#EXTINF:"):
            durations.append(float(line[len("#EXTINF:") :].split(",")[0]))
        elif line == "#EXT-X-ENDLIST":
            ended = True
        elif line and not line.startswith("#"):
            segments.append(line)
    if not ended or not segments or len(segments) != len(durations):
        raise TranscodeFailed(
            "We could not convert this video. Export it again and re-upload it.",
            detail=f"incomplete playlist {path}",
        )
    return _MediaPlaylist(durations, segments)


def _h264_codec_string(segment: Path) -> str | None:
    """`avc1.PPCCLL` read from the first sequence parameter set in an MPEG-TS segment."""
    data = segment.read_bytes()[: 188 * 2000]
    video_pid: int | None = None
    payload = bytearray()
    for offset in range(0, len(data) - 187, 188):
        packet = data[offset : offset + 188]
        if packet[0] != 0x47:
            return None
        pid = ((packet[1] & 0x1F) << 8) | packet[2]
        start = 4
        if packet[3] & 0x20:  # adaptation field present
            start += 1 + packet[4]
        if not packet[3] & 0x10 or start >= 188:
            continue
        body = packet[start:]
        if video_pid is None:
            # The first PES whose stream id is a video stream (0xE0-0xEF) is our video.
            if packet[1] & 0x40 and body[:3] == b"\x00\x00\x01" and 0xE0 <= body[3] <= 0xEF:
                video_pid = pid
            else:
                continue
        if pid != video_pid:
            continue
        payload += body
        index = 0
        while (index := payload.find(b"\x00\x00\x01", index)) != -1 and index + 7 <= len(payload):
            if payload[index + 3] & 0x1F == 7:
                profile, constraints, level = payload[index + 4 : index + 7]
                return f"avc1.{profile:02x}{constraints:02x}{level:02x}"
            index += 3
    return None


def _write_master_playlist(
    out_dir: Path, ladder: list[Rendition], probe: ProbeResult, fps: float
) -> float:
    """Write master.m3u8 with measured BANDWIDTH, RESOLUTION and CODECS; returns the duration."""
    lines = ["#EXTM3U", "#EXT-X-VERSION:6", "#EXT-X-INDEPENDENT-SEGMENTS"]
    duration = 0.0
    for rung in ladder:
        folder = out_dir / rung.name
        playlist = _read_media_playlist(folder / MEDIA_PLAYLIST)
        sizes = [(folder / name).stat().st_size for name in playlist.segments]
        total = sum(playlist.durations)
        duration = max(duration, total)
        rates = [
            size * 8 / seconds
            for size, seconds in zip(sizes, playlist.durations, strict=True)
            if seconds >= 1.0 or len(sizes) == 1
        ] or [sum(sizes) * 8 / max(total, 0.001)]
        peak = math.ceil(max(rates))
        average = math.ceil(sum(sizes) * 8 / max(total, 0.001))
        video_codec = _h264_codec_string(folder / playlist.segments[0])
        if video_codec is None:
            video_codec = "avc1.640028" if rung.profile == "high" else "avc1.4d401f"
        codecs = video_codec + (f",{AAC_CODEC_STRING}" if probe.has_audio else "")
        lines.append(
            f"#EXT-X-STREAM-INF:BANDWIDTH={peak},AVERAGE-BANDWIDTH={average},"
            f"RESOLUTION={rung.width}x{rung.height},FRAME-RATE={fps:.3f},"
            f'CODECS="{codecs}"'
        )
        lines.append(f"{rung.name}/{MEDIA_PLAYLIST}")
    tmp = out_dir / f".{MASTER_PLAYLIST}.tmp"
    tmp.write_text("\n".join(lines) + "\n")
    os.replace(tmp, out_dir / MASTER_PLAYLIST)
    return duration


def transcode_to_hls(
    src: Path,
    out_dir: Path,
    *,
    probe: ProbeResult,
    on_progress: ProgressCallback | None = None,
    timeout_seconds: float | None = None,
    preset: str = X264_PRESET,
    threads: int = 0,
) -> TranscodeResult:
    """Transcode `src` into an HLS ladder with a poster in `out_dir` (must be new or empty)."""
    settings = get_settings()
    limit = float(
        settings.transcode_timeout_seconds if timeout_seconds is None else timeout_seconds
    )
    deadline = time.monotonic() + limit
    out_dir = Path(out_dir)
    if out_dir.exists() and any(out_dir.iterdir()):
        raise ValueError(f"Output directory {out_dir} is not empty.")
    created = not out_dir.exists()
    ladder = choose_ladder(probe.width, probe.height)
    try:
        with _private_workdir() as work:
            source = _copy_source(Path(src), work)
            # Re-check the private copy: the file may have changed since it was probed, and
            # only what is checked here is what FFmpeg reads.
            checked = _probe_private_copy(source, max_seconds=float(settings.max_video_seconds))
            if (checked.demuxer, checked.size_bytes) != (probe.demuxer, probe.size_bytes) or abs(
                checked.duration_seconds - probe.duration_seconds
            ) > 0.01:
                raise VideoRejected(
                    "The video file changed while it was being processed. Upload it again.",
                    code="changed",
                )
            out_dir.mkdir(parents=True, exist_ok=True)
            for rung in ladder:
                (out_dir / rung.name).mkdir()
            cmd = _ffmpeg_command(
                source, out_dir.resolve(), checked, ladder, preset=preset, threads=threads
            )
            _run_ffmpeg(
                cmd,
                work=work,
                duration=checked.duration_seconds,
                deadline=deadline,
                on_progress=on_progress,
            )
            _make_poster(source, out_dir, checked, _poster_rung(ladder), deadline)
            duration = _write_master_playlist(out_dir, ladder, checked, _output_fps(checked))
    except BaseException:
        _remove_output(out_dir, created=created)
        raise
    if on_progress is not None:
        on_progress(1.0)
    top = ladder[0]
    return TranscodeResult(
        duration_seconds=round(duration, 3),
        renditions=[rung.name for rung in ladder],
        master_playlist=MASTER_PLAYLIST,
        poster=POSTER,
        width=top.width,
        height=top.height,
    )


def _poster_rung(ladder: list[Rendition]) -> Rendition:
    """The largest rendition no bigger than 720p, for the poster image."""
    for rung in ladder:
        if min(rung.width, rung.height) <= 720:
            return rung
    return ladder[-1]


def _remove_output(out_dir: Path, *, created: bool) -> None:
    """Remove what a failed run wrote, so no half-finished ladder is ever published."""
    if created:
        shutil.rmtree(out_dir, ignore_errors=True)
    elif out_dir.is_dir():
        for child in out_dir.iterdir():
            if child.is_dir() and not child.is_symlink():
                shutil.rmtree(child, ignore_errors=True)
            else:
                child.unlink(missing_ok=True)
