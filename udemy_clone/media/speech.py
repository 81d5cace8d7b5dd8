"""Offline speech recognition for auto captions: FFmpeg for the audio, PocketSphinx for words.

The audio of OUR stored upload is turned into 16 kHz mono 16-bit PCM by FFmpeg, reading only
local files of the probed container (no playlists, no network protocols). PocketSphinx (its
English model ships inside the package: nothing is downloaded) splits it into stretches of
speech with its voice activity detector and recognises each one with word timings. Words are
grouped into cues of at most `CUE_MAX_SECONDS` and two lines of `LINE_MAX_CHARS`.
"""

from __future__ import annotations

import contextlib
import math
import operator
import os
import re
import signal
import subprocess
import time
from array import array
from dataclasses import dataclass
from pathlib import Path

from pocketsphinx import Decoder, Segmenter

from udemy_clone.core import processes
from udemy_clone.media.caption_format import MAX_CUE_TEXT, Cue
from udemy_clone.media.transcode import ALLOWED_DEMUXERS, FFMPEG, ProbeResult

SAMPLE_RATE = 16_000
BYTES_PER_SECOND = SAMPLE_RATE * 2
FRAMES_PER_SECOND = 100  # PocketSphinx's default frame rate
CUE_MAX_SECONDS = 7.0
LINE_MAX_CHARS = 42
CUE_MAX_LINES = 2
# A pause this long ends a cue even when it is short.
PAUSE_SECONDS = 1.0
# The loudness of speech rises and falls word by word; a test tone or a hum stays level.
FRAME_SECONDS = 0.05
MIN_LOUDNESS_VARIATION = 0.3
SILENCE_RMS = 60.0  # of 32768: quieter than this throughout is silence
_DECIMATE = 4  # every 4th sample is plenty to measure loudness
_FILLERS = re.compile(r"^(<s>|</s>|<sil>|\[.*\]|\+\+.*\+\+|\(.*\))$")
_ALTERNATE = re.compile(r"\(\d+\)$")


class SpeechFailed(Exception):
    """Recognition could not run on this file (FFmpeg failed, or it took too long)."""


@dataclass(frozen=True)
class Word:
    """A recognised word and when it was said (seconds from the start)."""

    text: str
    start: float
    end: float


def _input_args(demuxer: str) -> list[str]:
    """How FFmpeg may read our stored upload: local file, the probed container, no references."""
    args = ["-protocol_whitelist", "file", "-format_whitelist", ALLOWED_DEMUXERS[demuxer]]
    if demuxer == "mov":
        args += ["-enable_drefs", "0"]
    return [*args, "-f", demuxer]


def extract_pcm(source: Path, out: Path, *, probe: ProbeResult, timeout: float) -> Path:
    """Write the first audio stream of `source` as 16 kHz mono s16le PCM to `out`."""
    if not probe.has_audio:
        raise SpeechFailed("The video has no sound.")
    cmd = [
        FFMPEG,
        "-nostdin",
        "-hide_banner",
        "-loglevel",
        "error",
        *_input_args(probe.demuxer),
        "-i",
        f"file:{source}",
        "-map",
        f"0:{probe.audio_stream_index}",
        "-vn",
        "-ac",
        "1",
        "-ar",
        str(SAMPLE_RATE),
        "-f",
        "s16le",
        "-acodec",
        "pcm_s16le",
        "-y",
        f"file:{out}",
    ]
    proc = subprocess.Popen(
        cmd,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
        preexec_fn=processes.die_with_parent,
    )
    try:
        _, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        raise SpeechFailed("Extracting the sound took too long.") from None
    if proc.returncode != 0:
        raise SpeechFailed(
            f"FFmpeg could not extract the sound: {err.decode(errors='replace')[-500:]}"
        )
    return out


def looks_like_speech(pcm: Path) -> bool:
    """Whether the sound varies in loudness like speech (a steady tone or silence does not)."""
    frame_bytes = int(SAMPLE_RATE * FRAME_SECONDS) * 2
    levels: list[float] = []
    with pcm.open("rb") as stream:
        while chunk := stream.read(frame_bytes * 200):
            samples = array("h")
            samples.frombytes(chunk[: len(chunk) - len(chunk) % 2])
            step = frame_bytes // 2
            for offset in range(0, len(samples) - step + 1, step):
                frame = samples[offset : offset + step : _DECIMATE]
                levels.append(math.sqrt(sum(map(operator.mul, frame, frame)) / len(frame)))
    if not levels or max(levels) < SILENCE_RMS:
        return False
    mean = sum(levels) / len(levels)
    spread = math.sqrt(sum((level - mean) ** 2 for level in levels) / len(levels))
    return spread / mean >= MIN_LOUDNESS_VARIATION


def _clean(word: str) -> str | None:
    if _FILLERS.match(word):
        return None
    return _ALTERNATE.sub("", word).strip() or None


def recognise_words(pcm: Path, *, deadline: float | None = None) -> list[Word]:
    """Recognise English words in 16 kHz mono s16le PCM, with their times (PocketSphinx)."""
    decoder = Decoder(samprate=SAMPLE_RATE, loglevel="FATAL")
    segmenter = Segmenter(sample_rate=SAMPLE_RATE)
    words: list[Word] = []
    with pcm.open("rb") as stream:
        for speech in segmenter.segment(stream):
            if deadline is not None and time.monotonic() > deadline:
                raise SpeechFailed("Speech recognition took too long.")
            decoder.start_utt()
            decoder.process_raw(speech.pcm, full_utt=True)
            decoder.end_utt()
            for seg in decoder.seg():
                text = _clean(seg.word)
                if text is None:
                    continue
                start = speech.start_time + seg.start_frame / FRAMES_PER_SECOND
                end = speech.start_time + (seg.end_frame + 1) / FRAMES_PER_SECOND
                words.append(Word(text, round(start, 3), round(max(end, start + 0.01), 3)))
    words.sort(key=lambda w: w.start)
    return words


def _lines(words: list[str]) -> list[str]:
    lines: list[str] = []
    for word in words:
        if lines and len(lines[-1]) + 1 + len(word) <= LINE_MAX_CHARS:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def _fits(words: list[str]) -> bool:
    return len(_lines(words)) <= CUE_MAX_LINES


def group_into_cues(words: list[Word]) -> list[Cue]:
    """Group timed words into cues: at most 7 s, two lines of 42 characters, split at pauses."""
    cues: list[Cue] = []
    current: list[Word] = []

    def flush() -> None:
        if not current:
            return
        start_ms = round(current[0].start * 1000)
        if cues and start_ms < cues[-1].end_ms:
            start_ms = cues[-1].end_ms
        end_ms = max(round(current[-1].end * 1000), start_ms + 200)
        text = "\n".join(_lines([w.text for w in current]))[:MAX_CUE_TEXT]
        cues.append(Cue(start_ms, end_ms, text))
        current.clear()

    for word in words:
        if current and (
            word.end - current[0].start > CUE_MAX_SECONDS
            or word.start - current[-1].end > PAUSE_SECONDS
            or not _fits([w.text for w in current] + [word.text])
        ):
            flush()
        current.append(word)
    flush()
    return cues


def transcribe(source: Path, *, probe: ProbeResult, work: Path, timeout: float) -> list[Cue]:
    """The cues of what is said in a stored video (empty when nothing was recognised)."""
    deadline = time.monotonic() + timeout
    pcm = extract_pcm(source, work / "audio.pcm", probe=probe, timeout=timeout)
    try:
        if not looks_like_speech(pcm):
            return []
        words = recognise_words(pcm, deadline=deadline)
    finally:
        with contextlib.suppress(FileNotFoundError):
            pcm.unlink()
    return group_into_cues(words)
