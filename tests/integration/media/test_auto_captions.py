"""Auto captions from real speech: espeak-ng speaks English into a clip, PocketSphinx hears it.

Nothing is mocked: FFmpeg extracts the sound of the stored upload, PocketSphinx (its model
ships inside the package) recognises it, the job stores English auto-generated captions,
runs once per lecture, and never replaces captions the instructor uploaded.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.support.factories import login, make_published_course, make_user
from tests.support.http import API
from tests.support.media_factories import first_lecture_ids, make_ready_video
from tests.support.media_fixtures import app_storage  # noqa: F401
from udemy_clone.core import db
from udemy_clone.core.storage import get_storage
from udemy_clone.media import caption_tasks, speech
from udemy_clone.media import service as media_service
from udemy_clone.media.events import VideoReady
from udemy_clone.media.transcode import probe_video

pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]

SPOKEN = (
    "Welcome to the course. Today we learn Python functions. "
    "A function takes arguments and returns a value."
)
SPOKEN_WORDS = {
    "welcome",
    "course",
    "today",
    "we",
    "learn",
    "python",
    "functions",
    "function",
    "takes",
    "arguments",
    "returns",
    "value",
}


def _run(*args: str) -> None:
    subprocess.run(args, check=True, timeout=120, capture_output=True)


@pytest.fixture(scope="module")
def spoken_clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An MP4 (H.264 + AAC) of a navy frame while espeak-ng says `SPOKEN`."""
    assert shutil.which("espeak-ng"), "espeak-ng is needed (scripts/setup.sh --dev installs it)"
    folder = tmp_path_factory.mktemp("speech")
    wav, mp4 = folder / "speech.wav", folder / "lecture.mp4"
    _run("espeak-ng", "-v", "en-us", "-s", "130", "-w", str(wav), SPOKEN)
    _run(
        "ffmpeg", "-nostdin", "-loglevel", "error", "-y",
        "-f", "lavfi", "-i", "color=c=navy:s=320x180:r=10", "-i", str(wav),
        "-shortest", "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p",
        "-c:a", "aac", str(mp4),
    )  # fmt: skip
    return mp4


def test_speech_in_a_clip_becomes_timed_cues(spoken_clip: Path, tmp_path: Path):
    probe = probe_video(spoken_clip)
    cues = speech.transcribe(spoken_clip, probe=probe, work=tmp_path, timeout=120)
    assert cues, "nothing was recognised"
    duration_ms = probe.duration_seconds * 1000
    previous_end = 0
    for cue in cues:
        assert 0 <= cue.start_ms < cue.end_ms <= duration_ms + 200, cue
        assert cue.start_ms >= previous_end  # in order, no overlap
        assert cue.end_ms - cue.start_ms <= speech.CUE_MAX_SECONDS * 1000 + 1000
        assert all(len(line) <= speech.LINE_MAX_CHARS for line in cue.text.split("\n"))
        previous_end = cue.end_ms
    heard = {word for cue in cues for word in cue.text.lower().split()}
    assert len(heard & SPOKEN_WORDS) >= 2, heard
    assert not (tmp_path / "audio.pcm").exists()  # the PCM is removed


def test_a_steady_tone_is_not_taken_for_speech(tmp_path: Path):
    tone = tmp_path / "tone.mp4"
    _run(
        "ffmpeg", "-nostdin", "-loglevel", "error", "-y",
        "-f", "lavfi", "-i", "color=c=black:s=160x90:r=5",
        "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000", "-t", "4",
        "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac", str(tone),
    )  # fmt: skip
    assert speech.transcribe(tone, probe=probe_video(tone), work=tmp_path, timeout=60) == []


def test_the_job_captions_a_ready_video_once_and_an_upload_wins(
    api,
    app_storage,  # noqa: F811
    spoken_clip: Path,
):
    owner = make_user(role="instructor")
    course = make_published_course(owner=owner, lectures_per_section=1)
    (lecture,) = first_lecture_ids(int(course.id))
    probe = probe_video(spoken_clip)
    video = make_ready_video(
        lecture_id=lecture, owner_id=int(owner.id), duration_seconds=probe.duration_seconds
    )
    key = f"uploads/speech{video.id}/original.mp4"
    get_storage().put_file(key, spoken_clip)
    with db.transaction() as session:
        row = media_service.get_video(session=session, video_id=int(video.id))
        row.source_key = key
        session.add(row)

    # the VideoReady handler queues the job (run inline by the test queue)
    caption_tasks.start_auto_captions(
        VideoReady(video_id=int(video.id), lecture_id=lecture, owner_id=int(owner.id)), event_id=1
    )
    with db.read_session() as session:
        (track,) = media_service.caption_tracks(session=session, lecture_id=lecture)
        cues = media_service.caption_cues(session=session, lecture_id=lecture, language="en")
    assert (track.language, track.source, track.label) == ("en", "auto", "English (auto-generated)")
    assert cues and all(c.end_ms <= probe.duration_seconds * 1000 + 200 for c in cues)

    # idempotent: a second run leaves the track as it is
    assert caption_tasks.generate_auto_captions(int(video.id)) == "skipped: lecture has captions"

    uploaded = api.post(
        f"{API}/lectures/{lecture}/captions",
        files={"file": ("mine.vtt", b"WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nMine.\n")},
        data={"language": "en"},
        headers=login(api, owner.email),
    )
    assert uploaded.status_code == 200 and uploaded.json()["source"] == "uploaded"
    assert caption_tasks.generate_auto_captions(int(video.id)) == "skipped: lecture has captions"
    with db.read_session() as session:
        lines = media_service.caption_cues(session=session, lecture_id=lecture, language="en")
    assert [line.text for line in lines] == ["Mine."]
