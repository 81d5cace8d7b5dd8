"""Caption files: a strict reader of WebVTT and SubRip (SRT), and the normalised WebVTT we store.

Uploads are checked here before anything is stored: UTF-8 text (a BOM is fine), at most
`MAX_CAPTION_BYTES`, well-formed cue times in order and without overlaps, inside the video
(with a little tolerance), at least one cue. Cue text is kept as plain text: markup (`<b>`,
`<v Speaker>`, SRT `<font>`) is dropped, so what the player shows, the transcript lists and the
search indexes is the same text. The stored file is written by `to_webvtt`, never copied.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

# under the gateway's 1 MiB request limit, so the file's own limit is the one people meet
MAX_CAPTION_BYTES = 1_000_000
MAX_CUES = 5000
MAX_CUE_TEXT = 1000
# A file may run a little past the video (encoders round the last frame, editors pad).
DURATION_TOLERANCE_MS = 2000
# Neighbouring cues may touch or overlap by rounding only.
OVERLAP_TOLERANCE_MS = 100
MAX_TIME_MS = 24 * 3600 * 1000

# BCP 47 tags we offer, with the names people see (the studio's language menu).
CAPTION_LANGUAGES: dict[str, str] = {
    "en": "English",
    "en-US": "English (US)",
    "en-GB": "English (UK)",
    "es": "Spanish",
    "es-419": "Spanish (Latin America)",
    "pt": "Portuguese",
    "pt-BR": "Portuguese (Brazil)",
    "fr": "French",
    "de": "German",
    "it": "Italian",
    "nl": "Dutch",
    "pl": "Polish",
    "sv": "Swedish",
    "da": "Danish",
    "nb": "Norwegian",
    "fi": "Finnish",
    "cs": "Czech",
    "ro": "Romanian",
    "hu": "Hungarian",
    "el": "Greek",
    "tr": "Turkish",
    "ru": "Russian",
    "uk": "Ukrainian",
    "ar": "Arabic",
    "he": "Hebrew",
    "hi": "Hindi",
    "bn": "Bengali",
    "id": "Indonesian",
    "vi": "Vietnamese",
    "th": "Thai",
    "ja": "Japanese",
    "ko": "Korean",
    "zh-Hans": "Chinese (Simplified)",
    "zh-Hant": "Chinese (Traditional)",
}
_LANGUAGE_BY_LOWER = {code.lower(): code for code in CAPTION_LANGUAGES}

_TIMESTAMP = r"(?:(\d{1,3}):)?([0-5]\d):([0-5]\d)[.,](\d{3})"
_TIMING = re.compile(rf"^\s*{_TIMESTAMP}\s*-->\s*{_TIMESTAMP}(?:\s+.*)?$")
_TAG = re.compile(r"<[^>\n]*>")
_SPACES = re.compile(r"[ \t]+")


class CaptionRejected(ValueError):
    """The file is not a caption file we accept; `message` says what to fix."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Cue:
    """What is said from `start_ms` to `end_ms` (plain text, lines joined by newlines)."""

    start_ms: int
    end_ms: int
    text: str


def language_code(value: str) -> str:
    """The canonical tag of an offered language ("pt-br" -> "pt-BR"); CaptionRejected if not."""
    code = _LANGUAGE_BY_LOWER.get((value or "").strip().replace("_", "-").lower())
    if code is None:
        raise CaptionRejected(
            f"“{(value or '')[:20]}” is not a language we offer captions in. "
            "Choose one from the list (for example en, es or pt-BR)."
        )
    return code


def language_label(code: str, *, auto: bool = False) -> str:
    """The track label people see: "English", "English (auto-generated)"."""
    name = CAPTION_LANGUAGES.get(code, code)
    return f"{name} (auto-generated)" if auto else name


def format_timestamp(ms: int) -> str:
    """WebVTT time: HH:MM:SS.mmm."""
    hours, rest = divmod(max(0, int(ms)), 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}.{millis:03d}"


def decode_caption_bytes(data: bytes) -> str:
    """The file as text: UTF-8 with or without a BOM; CaptionRejected for anything else."""
    if len(data) > MAX_CAPTION_BYTES:
        raise CaptionRejected(
            f"This file is {len(data) // 1000} KB; caption files may be at most 1 MB."
        )
    if not data.strip():
        raise CaptionRejected("This file is empty. Upload a WebVTT (.vtt) or SubRip (.srt) file.")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data:
        raise CaptionRejected(
            "This file is not text in UTF-8 (it looks like UTF-16 or a binary file). "
            "Save it as UTF-8 and upload it again."
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CaptionRejected(
            "This file is not UTF-8 text. Save it as UTF-8 (most subtitle editors offer this "
            "under “Encoding”) and upload it again."
        ) from None
    if any(ord(ch) < 32 and ch not in "\t\n\r\f" for ch in text):
        raise CaptionRejected("This file contains control characters; it is not a caption file.")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _ms(groups: tuple[str | None, ...]) -> int:
    hours, minutes, seconds, millis = groups
    return ((int(hours or 0) * 60 + int(minutes or 0)) * 60 + int(seconds or 0)) * 1000 + int(
        millis or 0
    )


def _plain_text(lines: list[str]) -> str:
    kept = []
    for line in lines:
        clean = _SPACES.sub(" ", html.unescape(_TAG.sub("", line))).strip()
        if clean:
            kept.append(clean)
    return "\n".join(kept)


def _blocks(text: str) -> list[tuple[int, list[str]]]:
    """Blank-line separated blocks with the line number (1-based) each starts at."""
    blocks: list[tuple[int, list[str]]] = []
    current: list[str] = []
    start = 0
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            if not current:
                start = number
            current.append(line)
        elif current:
            blocks.append((start, current))
            current = []
    if current:
        blocks.append((start, current))
    return blocks


def _cue_from_block(first_line: int, lines: list[str], *, webvtt: bool) -> Cue | None:
    timing_index = next((i for i, line in enumerate(lines[:2]) if "-->" in line), None)
    if timing_index is None:
        what = "a cue time line such as 00:00:01.000 --> 00:00:04.000"
        raise CaptionRejected(f"Line {first_line}: expected {what}, found “{lines[0][:60]}”.")
    if timing_index == 1 and not webvtt and not lines[0].strip().isdigit():
        raise CaptionRejected(
            f"Line {first_line}: a SubRip cue starts with its number, found “{lines[0][:60]}”."
        )
    line_number = first_line + timing_index
    match = _TIMING.match(lines[timing_index])
    if match is None:
        raise CaptionRejected(
            f"Line {line_number}: “{lines[timing_index][:60]}” is not a valid cue time "
            "(write it as 00:01:02.500 --> 00:01:05.000)."
        )
    start, end = _ms(match.groups()[:4]), _ms(match.groups()[4:])
    if end <= start:
        raise CaptionRejected(
            f"Line {line_number}: the cue ends ({format_timestamp(end)}) before it starts "
            f"({format_timestamp(start)})."
        )
    if end > MAX_TIME_MS:
        raise CaptionRejected(f"Line {line_number}: cue times must be under 24 hours.")
    text = _plain_text(lines[timing_index + 1 :])
    if not text:
        return None  # an empty cue shows nothing: dropped
    if len(text) > MAX_CUE_TEXT:
        raise CaptionRejected(
            f"Line {line_number}: this cue has {len(text)} characters; "
            f"a cue may have at most {MAX_CUE_TEXT}."
        )
    return Cue(start, end, text)


def parse_captions(text: str) -> list[Cue]:
    """The cues of a WebVTT or SubRip text (format told by its first line); CaptionRejected."""
    stripped = text.lstrip("\ufeff")
    webvtt = stripped.startswith("WEBVTT")
    if webvtt and len(stripped) > 6 and stripped[6] not in " \t\n":
        webvtt = False
    blocks = _blocks(stripped)
    if webvtt:
        blocks = blocks[1:]  # the header block: "WEBVTT" and its optional header lines
    elif not any("-->" in line for _, lines in blocks[:3] for line in lines[:2]):
        raise CaptionRejected(
            "This is not a caption file we can read. Upload WebVTT (starting with “WEBVTT”) "
            "or SubRip (.srt) captions."
        )
    cues: list[Cue] = []
    for first_line, lines in blocks:
        head = lines[0].strip()
        if webvtt and (head.startswith(("NOTE", "STYLE", "REGION")) and "-->" not in head):
            continue
        cue = _cue_from_block(first_line, lines, webvtt=webvtt)
        if cue is not None:
            cues.append(cue)
        if len(cues) > MAX_CUES:
            raise CaptionRejected(f"This file has more than {MAX_CUES} cues.")
    if not cues:
        raise CaptionRejected("This file has no captions in it: add at least one cue with text.")
    return cues


def check_cues(cues: list[Cue], *, duration_seconds: float | None) -> None:
    """Cues in time order, not overlapping, inside the video; CaptionRejected naming the cue."""
    previous: Cue | None = None
    for number, cue in enumerate(cues, start=1):
        if previous is not None:
            if cue.start_ms < previous.start_ms:
                raise CaptionRejected(
                    f"Cue {number} ({format_timestamp(cue.start_ms)}) starts before cue "
                    f"{number - 1} ({format_timestamp(previous.start_ms)}): cues must be in "
                    "time order."
                )
            if cue.start_ms < previous.end_ms - OVERLAP_TOLERANCE_MS:
                raise CaptionRejected(
                    f"Cue {number} starts at {format_timestamp(cue.start_ms)}, before cue "
                    f"{number - 1} ends ({format_timestamp(previous.end_ms)}): cues must not "
                    "overlap."
                )
        previous = cue
    if duration_seconds and duration_seconds > 0:
        limit = round(duration_seconds * 1000) + DURATION_TOLERANCE_MS
        late = next(((n, c) for n, c in enumerate(cues, start=1) if c.end_ms > limit), None)
        if late is not None:
            number, cue = late
            raise CaptionRejected(
                f"Cue {number} ends at {format_timestamp(cue.end_ms)}, after the end of the "
                f"video ({format_timestamp(round(duration_seconds * 1000))}). Check that the "
                "captions belong to this lecture."
            )


def read_caption_file(data: bytes, *, duration_seconds: float | None = None) -> list[Cue]:
    """Decode, parse and check an uploaded caption file; CaptionRejected says what is wrong."""
    cues = parse_captions(decode_caption_bytes(data))
    check_cues(cues, duration_seconds=duration_seconds)
    return cues


def _escape(text: str) -> str:
    # "-->" inside text would end a cue's payload for some readers
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_webvtt(cues: list[Cue]) -> str:
    """The normalised WebVTT we store and serve (plain text cues, numbered)."""
    parts = ["WEBVTT", ""]
    for number, cue in enumerate(cues, start=1):
        parts += [
            str(number),
            f"{format_timestamp(cue.start_ms)} --> {format_timestamp(cue.end_ms)}",
            _escape(cue.text),
            "",
        ]
    return "\n".join(parts)
