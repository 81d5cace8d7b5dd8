"""Tiny real video clips (and hostile files posing as videos) made once per test session."""

from __future__ import annotations

import shutil
import struct
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

PLAYLIST_READING_PASSWD = (
    b"#EXTM3U\n"
    b"#EXT-X-MEDIA-SEQUENCE:0\n"
    b"#EXTINF:10.0,\n"
    b"concat:file:///etc/passwd|subfile,,start,0,end,512,,:file:///etc/passwd\n"
    b"#EXTINF:10.0,\n"
    b"file:///etc/passwd\n"
    b"#EXT-X-ENDLIST\n"
)


def ffmpeg(*args: str) -> None:
    """Run ffmpeg quietly and fail the test session loudly if it fails."""
    subprocess.run(
        ["ffmpeg", "-nostdin", "-hide_banner", "-loglevel", "error", "-y", *args],
        check=True,
        timeout=120,
    )


def make_clip(
    path: Path,
    *,
    size: str,
    seconds: float,
    audio: bool = True,
    extra: tuple[str, ...] = (),
    source: str = "testsrc",
) -> Path:
    """Encode a test pattern (and a sine tone) into `path`."""
    args = ["-f", "lavfi", "-i", f"{source}=size={size}:rate=25"]
    if audio:
        args += ["-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000"]
    args += ["-t", str(seconds), "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p"]
    if audio:
        args += ["-c:a", "aac", "-b:a", "64k"]
    ffmpeg(*args, *extra, str(path))
    return path


def _chunk(fourcc: bytes, payload: bytes) -> bytes:
    return fourcc + struct.pack("<I", len(payload)) + payload + b"\0" * (len(payload) % 2)


def _riff_list(kind: bytes, *chunks: bytes) -> bytes:
    return _chunk(b"LIST", kind + b"".join(chunks))


def _gab2(text: bytes) -> bytes:
    """A GAB2 subtitle packet, the AVI feature used to smuggle playlists into FFmpeg."""
    desc = "x".encode("utf-16-le") + b"\0\0"
    return (
        b"GAB2\0"
        + struct.pack("<HI", 2, len(desc))
        + desc
        + struct.pack("<HI", 4, len(text))
        + text
    )


def build_avi_with_playlist(path: Path, playlist: bytes) -> Path:
    """A playable MPEG-4 AVI whose second stream is a GAB2 subtitle holding `playlist`."""
    width, height = 160, 120
    m4v = subprocess.run(
        ["ffmpeg", "-nostdin", "-loglevel", "error", "-f", "lavfi"]
        + ["-i", f"testsrc=size={width}x{height}:rate=25", "-t", "2"]
        + ["-c:v", "mpeg4", "-g", "1", "-f", "m4v", "-"],
        capture_output=True,
        check=True,
        timeout=60,
    ).stdout
    vop = b"\x00\x00\x01\xb6"
    parts = m4v.split(vop)
    frames = [parts[0] + vop + parts[1]] + [vop + part for part in parts[2:]]
    count = len(frames)
    avih = struct.pack("<14I", 40000, 0, 0, 0, count, 0, 2, 0, width, height, 0, 0, 0, 0)
    header = "<4s4sIHHIIIIIIIIhhhh"
    strh_video = struct.pack(
        header, b"vids", b"FMP4", 0, 0, 0, 0, 1, 25, 0, count, 0, 0xFFFFFFFF, 0, 0, 0, width, height
    )
    strf_video = struct.pack(
        "<IiiHH4sIiiII", 40, width, height, 1, 24, b"FMP4", width * height * 3, 0, 0, 0, 0
    )
    strh_text = struct.pack(
        header, b"txts", b"\0\0\0\0", 0, 0, 0, 0, 1, 25, 0, 1, 0, 0xFFFFFFFF, 0, 0, 0, 0, 0
    )
    hdrl = _riff_list(
        b"hdrl",
        _chunk(b"avih", avih),
        _riff_list(b"strl", _chunk(b"strh", strh_video), _chunk(b"strf", strf_video)),
        _riff_list(b"strl", _chunk(b"strh", strh_text), _chunk(b"strf", b"\0" * 4)),
    )
    movi = _riff_list(
        b"movi",
        _chunk(b"01tx", _gab2(playlist)),
        *(_chunk(b"00dc", frame) for frame in frames),
    )
    body = b"AVI " + hdrl + movi
    path.write_bytes(b"RIFF" + struct.pack("<I", len(body)) + body)
    return path


@dataclass(frozen=True)
class Clips:
    """Paths of the generated inputs."""

    dir: Path
    clip_480p: Path
    clip_360p: Path
    clip_240p_silent: Path
    clip_720p_long: Path
    clip_phone_rotated: Path
    webm_without_duration: Path
    zero_byte: Path
    text_named_mp4: Path
    png_named_mp4: Path
    truncated_mp4: Path
    truncated_faststart_mp4: Path
    audio_only_m4a: Path
    hls_playlist_named_mp4: Path
    avi_with_playlist: Path
    mkv_with_playlist: Path


@pytest.fixture(scope="session")
def clips(tmp_path_factory: pytest.TempPathFactory) -> Clips:
    """Every input file the media tests use, generated with the real ffmpeg."""
    if shutil.which("ffmpeg") is None or shutil.which("ffprobe") is None:
        pytest.fail("ffmpeg and ffprobe must be installed (apt-get install ffmpeg)")
    base = tmp_path_factory.mktemp("clips")

    clip_480p = make_clip(base / "lecture-480p.mp4", size="854x480", seconds=8)
    clip_360p = make_clip(base / "lecture-360p.mp4", size="640x360", seconds=3)
    clip_240p_silent = make_clip(base / "silent-240p.mp4", size="320x240", seconds=2, audio=False)
    clip_720p_long = make_clip(
        base / "long-720p.mp4", size="1280x720", seconds=20, audio=False, source="testsrc2"
    )

    # A phone recording: 640x360 pixels stored, shown upright (rotated) as 360x640.
    # (ffmpeg 5.1 sets the rotation only when copying streams, hence the second step.)
    upright = make_clip(base / "phone-raw.mp4", size="640x360", seconds=2)
    clip_phone_rotated = base / "phone.mp4"
    ffmpeg(
        "-i", str(upright), "-c", "copy", "-metadata:s:v:0", "rotate=90", str(clip_phone_rotated)
    )
    # A browser MediaRecorder-style WebM: live mode, so no duration in the header.
    webm_without_duration = base / "recording.webm"
    ffmpeg(
        "-f", "lavfi", "-i", "testsrc=size=320x240:rate=25", "-t", "3",
        "-c:v", "libvpx", "-deadline", "realtime", "-b:v", "300k",
        "-f", "webm", "-live", "1", str(webm_without_duration),
    )  # fmt: skip

    zero_byte = base / "empty.mp4"
    zero_byte.write_bytes(b"")
    text_named_mp4 = base / "notes.mp4"
    text_named_mp4.write_text("These are my lecture notes, not a video.\n" * 20)
    png_named_mp4 = base / "slide.mp4"
    ffmpeg("-f", "lavfi", "-i", "testsrc=size=320x240", "-frames:v", "1", str(base / "slide.png"))
    png_named_mp4.write_bytes((base / "slide.png").read_bytes())

    whole = clip_360p.read_bytes()
    truncated_mp4 = base / "truncated.mp4"
    truncated_mp4.write_bytes(whole[: len(whole) // 2])
    faststart = make_clip(
        base / "faststart.mp4", size="640x360", seconds=3, extra=("-movflags", "+faststart")
    )
    truncated_faststart_mp4 = base / "truncated-faststart.mp4"
    truncated_faststart_mp4.write_bytes(faststart.read_bytes()[: faststart.stat().st_size // 2])

    audio_only_m4a = base / "podcast.mp4"
    ffmpeg(
        "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000", "-t", "2",
        "-c:a", "aac", "-f", "mp4", str(audio_only_m4a),
    )  # fmt: skip

    hls_playlist_named_mp4 = base / "playlist.mp4"
    hls_playlist_named_mp4.write_bytes(PLAYLIST_READING_PASSWD)

    avi_with_playlist = build_avi_with_playlist(base / "gab2.avi", PLAYLIST_READING_PASSWD)

    playlist_file = base / "evil.m3u8"
    playlist_file.write_bytes(PLAYLIST_READING_PASSWD)
    subtitle = base / "evil.srt"
    subtitle.write_text(
        "1\n00:00:00,000 --> 00:00:02,000\n" + PLAYLIST_READING_PASSWD.decode() + "\n"
    )
    mkv_with_playlist = base / "attached.mkv"
    ffmpeg(
        "-i", str(clip_360p), "-i", str(subtitle), "-map", "0", "-map", "1", "-c", "copy",
        "-attach", str(playlist_file),
        "-metadata:s:t", "mimetype=application/vnd.apple.mpegurl",
        str(mkv_with_playlist),
    )  # fmt: skip

    return Clips(
        dir=base,
        clip_480p=clip_480p,
        clip_360p=clip_360p,
        clip_240p_silent=clip_240p_silent,
        clip_720p_long=clip_720p_long,
        clip_phone_rotated=clip_phone_rotated,
        webm_without_duration=webm_without_duration,
        zero_byte=zero_byte,
        text_named_mp4=text_named_mp4,
        png_named_mp4=png_named_mp4,
        truncated_mp4=truncated_mp4,
        truncated_faststart_mp4=truncated_faststart_mp4,
        audio_only_m4a=audio_only_m4a,
        hls_playlist_named_mp4=hls_playlist_named_mp4,
        avi_with_playlist=avi_with_playlist,
        mkv_with_playlist=mkv_with_playlist,
    )
