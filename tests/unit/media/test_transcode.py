"""The FFmpeg checks and HLS transcoding, run against the real ffmpeg and ffprobe."""

from __future__ import annotations

import json
import os
import re
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.unit.media.conftest import Clips
from udemy_clone.media.transcode import (
    MASTER_PLAYLIST,
    POSTER,
    ProbeResult,
    TranscodeResult,
    TranscodeTimeout,
    VideoRejected,
    _run_ffprobe,
    choose_ladder,
    probe_video,
    transcode_to_hls,
)

pytestmark = pytest.mark.timeout(120)


def ffprobe_json(target: Path, *args: str) -> dict[str, object]:
    """ffprobe a file we produced ourselves (playlists included) and return its JSON."""
    done = subprocess.run(
        ["ffprobe", "-v", "error", *args, "-of", "json", str(target)],
        capture_output=True,
        check=True,
        timeout=60,
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


def stream_inf(master: Path) -> list[tuple[dict[str, str], str]]:
    """(attributes, URI) of every variant in a master playlist."""
    lines = master.read_text().splitlines()
    variants = []
    for i, line in enumerate(lines):
        if line.startswith("#EXT-X-STREAM-INF:"):
            attrs = {
                m.group(1): m.group(2).strip('"')
                for m in re.finditer(r'([A-Z-]+)=("[^"]*"|[^,]*)', line.split(":", 1)[1])
            }
            variants.append((attrs, lines[i + 1]))
    return variants


# --------------------------------------------------------------------------- ladder


@pytest.mark.parametrize(
    ("size", "expected"),
    [
        ((1920, 1080), [("1080p", 1920, 1080), ("720p", 1280, 720), ("480p", 854, 480),
                        ("360p", 640, 360)]),
        ((1280, 720), [("720p", 1280, 720), ("480p", 854, 480), ("360p", 640, 360)]),
        ((854, 480), [("480p", 854, 480), ("360p", 640, 360)]),
        ((640, 360), [("360p", 640, 360)]),
        ((1280, 718), [("720p", 1280, 718), ("480p", 856, 480), ("360p", 642, 360)]),
        ((1080, 1920), [("1080p", 1080, 1920), ("720p", 720, 1280), ("480p", 480, 854),
                        ("360p", 360, 640)]),
        ((320, 240), [("240p", 320, 240)]),
        ((321, 241), [("240p", 320, 240)]),
    ],
)  # fmt: skip
def test_ladder_matches_the_source_size(
    size: tuple[int, int], expected: list[tuple[str, int, int]]
) -> None:
    assert [(r.name, r.width, r.height) for r in choose_ladder(*size)] == expected


@pytest.mark.parametrize(
    "size", [(3840, 2160), (1920, 1080), (1920, 800), (1000, 1000), (720, 1280), (200, 90)]
)
def test_ladder_never_upscales_and_is_never_empty(size: tuple[int, int]) -> None:
    ladder = choose_ladder(*size)
    assert ladder
    for rung in ladder:
        assert rung.width <= size[0] and rung.height <= size[1]
        assert rung.width % 2 == 0 and rung.height % 2 == 0
    assert [r.max_bitrate for r in ladder] == sorted((r.max_bitrate for r in ladder), reverse=True)


# --------------------------------------------------------------------------- full transcode


@dataclass(frozen=True)
class Transcoded:
    probe: ProbeResult
    result: TranscodeResult
    out_dir: Path
    progress: list[float]
    temp_root: Path


@pytest.fixture(scope="module")
def transcoded(clips: Clips, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Transcoded]:
    """The 8 s 480p lecture transcoded once; temp files are steered into a watched folder."""
    base = tmp_path_factory.mktemp("transcoded")
    temp_root = base / "tmp"
    temp_root.mkdir()
    progress: list[float] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(tempfile, "tempdir", str(temp_root))
        probe = probe_video(clips.clip_480p)
        result = transcode_to_hls(
            clips.clip_480p, base / "hls", probe=probe, on_progress=progress.append,
            timeout_seconds=60,
        )  # fmt: skip
    yield Transcoded(probe, result, base / "hls", progress, temp_root)


def test_probe_describes_the_upload(transcoded: Transcoded) -> None:
    probe = transcoded.probe
    assert (probe.container, probe.video_codec, probe.audio_codec) == ("mp4", "h264", "aac")
    assert (probe.width, probe.height) == (854, 480)
    assert probe.duration_seconds == pytest.approx(8.0, abs=0.1)
    assert probe.fps == pytest.approx(25.0)
    assert probe.has_audio


def test_result_lists_every_rendition_without_upscaling(transcoded: Transcoded) -> None:
    result = transcoded.result
    assert result.renditions == ["480p", "360p"]
    assert (result.width, result.height) == (854, 480)
    assert result.duration_seconds == pytest.approx(8.0, abs=0.1)
    assert (transcoded.out_dir / result.master_playlist).is_file()
    assert not (transcoded.out_dir / "720p").exists()


def test_each_rendition_playlist_plays_per_ffprobe(transcoded: Transcoded) -> None:
    for name, (width, height) in {"480p": (854, 480), "360p": (640, 360)}.items():
        info = ffprobe_json(
            transcoded.out_dir / name / "index.m3u8", "-show_streams", "-show_format"
        )
        streams = info["streams"]
        assert isinstance(streams, list)
        video = next(s for s in streams if s["codec_type"] == "video")
        audio = next(s for s in streams if s["codec_type"] == "audio")
        assert (video["codec_name"], video["width"], video["height"]) == ("h264", width, height)
        assert video["pix_fmt"] == "yuv420p"
        assert audio["codec_name"] == "aac"
        fmt = info["format"]
        assert isinstance(fmt, dict)
        assert float(fmt["duration"]) == pytest.approx(8.0, abs=0.2)


def test_master_playlist_plays_per_ffprobe(transcoded: Transcoded) -> None:
    info = ffprobe_json(transcoded.out_dir / MASTER_PLAYLIST, "-show_programs")
    programs = info["programs"]
    assert isinstance(programs, list) and len(programs) == 2


def test_master_playlist_declares_bandwidth_resolution_and_codecs(
    transcoded: Transcoded,
) -> None:
    variants = stream_inf(transcoded.out_dir / MASTER_PLAYLIST)
    assert [uri for _, uri in variants] == ["480p/index.m3u8", "360p/index.m3u8"]
    assert [attrs["RESOLUTION"] for attrs, _ in variants] == ["854x480", "640x360"]
    for attrs, uri in variants:
        bandwidth, average = int(attrs["BANDWIDTH"]), int(attrs["AVERAGE-BANDWIDTH"])
        assert 0 < average <= bandwidth
        # The declared peak must cover every real segment, or players stall.
        folder = transcoded.out_dir / uri.split("/")[0]
        playlist = (folder / "index.m3u8").read_text().splitlines()
        durations = [float(x.split(":")[1].rstrip(",")) for x in playlist if "#EXTINF" in x]
        segments = [x for x in playlist if x and not x.startswith("#")]
        for seconds, segment in zip(durations, segments, strict=True):
            if seconds >= 1:
                assert (folder / segment).stat().st_size * 8 / seconds <= bandwidth
        video_codec, audio_codec = attrs["CODECS"].split(",")
        assert re.fullmatch(r"avc1\.(4d|64)[0-9a-f]{4}", video_codec)
        assert audio_codec == "mp4a.40.2"


def test_segments_last_six_seconds(transcoded: Transcoded) -> None:
    playlist = (transcoded.out_dir / "480p" / "index.m3u8").read_text()
    assert "#EXT-X-TARGETDURATION:6" in playlist
    assert "#EXT-X-PLAYLIST-TYPE:VOD" in playlist and "#EXT-X-ENDLIST" in playlist
    durations = [float(d) for d in re.findall(r"#EXTINF:([0-9.]+),", playlist)]
    assert durations == pytest.approx([6.0, 2.0], abs=0.05)
    assert (transcoded.out_dir / "480p" / "seg_00001.ts").is_file()


def test_keyframe_every_two_seconds(transcoded: Transcoded) -> None:
    info = ffprobe_json(
        transcoded.out_dir / "360p" / "index.m3u8",
        "-select_streams", "v:0", "-show_entries", "packet=pts_time,flags",
    )  # fmt: skip
    packets = info["packets"]
    assert isinstance(packets, list)
    keyframes = [float(p["pts_time"]) for p in packets if "K" in p["flags"]]
    gaps = [b - a for a, b in zip(keyframes, keyframes[1:], strict=False)]
    assert len(keyframes) == 4
    assert gaps == pytest.approx([2.0, 2.0, 2.0], abs=0.05)


def test_poster_is_a_jpeg_of_the_video(transcoded: Transcoded) -> None:
    poster = transcoded.out_dir / POSTER
    assert transcoded.result.poster == POSTER
    assert poster.read_bytes()[:3] == b"\xff\xd8\xff"
    info = ffprobe_json(poster, "-show_streams")
    streams = info["streams"]
    assert isinstance(streams, list)
    assert (streams[0]["codec_name"], streams[0]["width"], streams[0]["height"]) == (
        "mjpeg",
        854,
        480,
    )


def test_progress_rises_to_one(transcoded: Transcoded) -> None:
    progress = transcoded.progress
    assert len(progress) >= 2
    assert progress == sorted(progress) and len(set(progress)) == len(progress)
    assert 0 <= progress[0] < 0.9
    assert progress[-1] == 1.0


def test_temp_files_are_removed(transcoded: Transcoded) -> None:
    assert list(transcoded.temp_root.iterdir()) == []
    leftovers = [p.name for p in transcoded.out_dir.rglob("*") if p.suffix == ".tmp"]
    assert leftovers == []


def test_silent_video_gets_a_ladder_without_audio(clips: Clips, tmp_path: Path) -> None:
    probe = probe_video(clips.clip_240p_silent)
    assert not probe.has_audio
    result = transcode_to_hls(clips.clip_240p_silent, tmp_path / "hls", probe=probe)
    assert result.renditions == ["240p"]
    ((attrs, _),) = stream_inf(tmp_path / "hls" / MASTER_PLAYLIST)
    assert attrs["RESOLUTION"] == "320x240"
    assert "mp4a" not in attrs["CODECS"]
    info = ffprobe_json(tmp_path / "hls" / "240p" / "index.m3u8", "-show_streams")
    streams = info["streams"]
    assert isinstance(streams, list)
    assert [s["codec_type"] for s in streams] == ["video"]


def test_rotated_phone_video_is_shown_upright(clips: Clips, tmp_path: Path) -> None:
    probe = probe_video(clips.clip_phone_rotated)
    assert (probe.width, probe.height) == (360, 640)
    result = transcode_to_hls(clips.clip_phone_rotated, tmp_path / "hls", probe=probe)
    assert (result.renditions, result.width, result.height) == (["360p"], 360, 640)
    info = ffprobe_json(tmp_path / "hls" / "360p" / "index.m3u8", "-show_streams")
    streams = info["streams"]
    assert isinstance(streams, list)
    video = next(s for s in streams if s["codec_type"] == "video")
    assert (video["width"], video["height"]) == (360, 640)


def test_webm_without_a_stated_duration_is_measured(clips: Clips) -> None:
    probe = probe_video(clips.webm_without_duration)
    assert (probe.container, probe.video_codec) == ("webm", "vp8")
    assert probe.duration_seconds == pytest.approx(3.0, abs=0.1)


def _ffmpeg_processes_mentioning(text: str) -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                cmdline = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            if text.encode() in cmdline and b"ffmpeg" in cmdline:
                pids.append(int(entry.name))
    return pids


def test_time_limit_kills_ffmpeg_and_cleans_up(
    clips: Clips, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    temp_root = tmp_path / "tmp"
    temp_root.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp_root))
    out_dir = tmp_path / "hls"
    probe = probe_video(clips.clip_720p_long)
    started = time.monotonic()
    with pytest.raises(TranscodeTimeout) as caught:
        transcode_to_hls(clips.clip_720p_long, out_dir, probe=probe, timeout_seconds=1.0)
    assert time.monotonic() - started < 4.0
    assert "too long" in caught.value.message
    assert _ffmpeg_processes_mentioning(str(out_dir)) == []
    assert not out_dir.exists()
    assert list(temp_root.iterdir()) == []


def test_output_directory_must_be_empty(clips: Clips, tmp_path: Path) -> None:
    (tmp_path / "keep.txt").write_text("someone else's file")
    probe = probe_video(clips.clip_360p)
    with pytest.raises(ValueError, match="not empty"):
        transcode_to_hls(clips.clip_360p, tmp_path, probe=probe)
    assert (tmp_path / "keep.txt").exists()


def test_file_swapped_after_probe_is_refused(clips: Clips, tmp_path: Path) -> None:
    probe = probe_video(clips.clip_360p)
    with pytest.raises(VideoRejected) as caught:
        transcode_to_hls(clips.clip_240p_silent, tmp_path / "hls", probe=probe)
    assert caught.value.code == "changed"
    assert not (tmp_path / "hls").exists()


# --------------------------------------------------------------------------- rejections


def assert_sentence_for_a_person(message: str) -> None:
    assert message[0].isupper() and message.endswith(".")
    assert len(message.split()) >= 6
    lowered = message.lower()
    for jargon in ("ffmpeg", "ffprobe", "traceback", "errno", "/tmp", "moov", "demux"):
        assert jargon not in lowered


@pytest.mark.parametrize(
    ("clip", "code", "hint"),
    [
        ("zero_byte", "empty", "empty"),
        ("text_named_mp4", "not_a_video", "not a video"),
        ("png_named_mp4", "not_a_video", "not a video"),
        ("truncated_mp4", "truncated", "incomplete"),
        ("truncated_faststart_mp4", "truncated", "incomplete"),
        ("audio_only_m4a", "no_video_track", "no video"),
        ("hls_playlist_named_mp4", "not_a_video", "not a video"),
    ],
)
def test_bad_upload_is_rejected_with_a_clear_message(
    clips: Clips, clip: str, code: str, hint: str
) -> None:
    with pytest.raises(VideoRejected) as caught:
        probe_video(getattr(clips, clip))
    assert caught.value.code == code
    assert hint in caught.value.message
    assert_sentence_for_a_person(caught.value.message)


def test_video_over_the_length_limit_is_rejected(clips: Clips) -> None:
    with pytest.raises(VideoRejected) as caught:
        probe_video(clips.clip_360p, max_seconds=2)
    assert caught.value.code == "too_long"
    assert "3 s long; the limit is 2 s" in caught.value.message
    assert_sentence_for_a_person(caught.value.message)


def test_playlist_is_not_parsed_even_if_sniffing_were_fooled(clips: Clips) -> None:
    # The demuxer is pinned, so FFmpeg never reads the playlist as HLS.
    for demuxer in ("mov", "matroska", "avi"):
        with pytest.raises(VideoRejected):
            _run_ffprobe(clips.hls_playlist_named_mp4, demuxer, ["-show_streams"])


def _secret_lines() -> list[bytes]:
    lines = [line for line in Path("/etc/passwd").read_bytes().splitlines() if len(line) >= 12]
    assert lines, "this test needs a non-trivial /etc/passwd"
    return lines


@pytest.mark.parametrize("clip", ["avi_with_playlist", "mkv_with_playlist"])
def test_playlist_hidden_in_a_video_never_leaks_local_files(
    clips: Clips, clip: str, tmp_path: Path
) -> None:
    source = getattr(clips, clip)
    out_dir = tmp_path / "hls"
    try:
        probe = probe_video(source)
        transcode_to_hls(source, out_dir, probe=probe, timeout_seconds=60)
    except VideoRejected as rejected:
        assert_sentence_for_a_person(rejected.message)
        return
    outputs = [p for p in out_dir.rglob("*") if p.is_file()]
    assert any(p.suffix == ".ts" for p in outputs)
    secrets = _secret_lines()
    for path in outputs:
        data = path.read_bytes()
        assert b"root:x:0:0" not in data and b"/bin/sh" not in data, path
        for line in secrets:
            assert line not in data, (path, line)


def test_embedded_playlist_files_are_really_processed(clips: Clips) -> None:
    # Guards the test above: both crafted files are valid videos, so they reach ffmpeg.
    for source in (clips.avi_with_playlist, clips.mkv_with_playlist):
        probe = probe_video(source)
        assert probe.video_codec in ("mpeg4", "h264")
    assert os.path.getsize(clips.avi_with_playlist) > 0
