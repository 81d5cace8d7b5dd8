"""Where a search's words are spoken: "mentioned at 12:34 in Lecture 5 · ...snippet...".

The search index finds the best cue of up to `MAX_LECTURE_MATCHES` lectures per course on a
results page; this module turns them into rows people read: the lecture's number and title
from the curriculum, the cue's time, and a snippet of at most `MAX_SNIPPET_CHARS` around the
match (paid lectures show nothing more to people who have not bought them).

The rows built here are the same for every viewer, so the search answer stays cacheable:
their link opens the player only for free preview lectures and the course page otherwise.
`playback.service.lecture_links_for_viewer` turns links into deep links for the viewers who
may watch the whole course (enrolled students, the instructor, admins).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from sqlmodel import Session

from udemy_clone.catalog import search
from udemy_clone.catalog.course_records import numbered_lectures
from udemy_clone.catalog.models import CourseSearchItem, CourseSummary, LectureMatch
from udemy_clone.catalog.search.whoosh_cues import cue_stems, query_stems
from udemy_clone.core.log import get_logger

log = get_logger(__name__)
MAX_LECTURE_MATCHES: Final = 3
MAX_SNIPPET_CHARS: Final = 120
ELLIPSIS: Final = "…"
_WORD = re.compile(r"\w+")


def timestamp_label(start_ms: int) -> str:
    """`754000` -> `12:34`; an hour or more -> `1:02:03`."""
    seconds = max(0, int(start_ms)) // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def course_page_link(slug: str) -> str:
    """The course page (what people who may not watch the lecture are sent to)."""
    return f"/course/{slug}"


def player_link(slug: str, lecture_id: int, seconds: int) -> str:
    """The player on this lecture at this second."""
    return f"/learn/{slug}/{lecture_id}?t={max(0, int(seconds))}"


def snippet_of(
    text: str, query_text: str, limit: int = MAX_SNIPPET_CHARS
) -> tuple[str, list[list[int]]]:
    """At most `limit` characters of `text` around its first query word, and the [start, end)
    offsets of the query's words in it (for highlighting)."""
    text = " ".join(text.split())
    stems = set(query_stems(query_text))
    spans = [
        (m.start(), m.end())
        for m in _WORD.finditer(text)
        if any(stem in stems for stem in cue_stems(m.group(0)))
    ]
    if len(text) <= limit:
        return text, [list(span) for span in spans]
    anchor = spans[0][0] if spans else 0
    room = limit - 2 * len(ELLIPSIS)
    start = max(0, min(anchor - room // 3, len(text) - room))
    # Start and end on word boundaries.
    if start > 0:
        space = text.find(" ", start)
        if 0 <= space < anchor:
            start = space + 1
    end = min(len(text), start + room)
    if end < len(text):
        space = text.rfind(" ", start, end)
        if space > anchor:
            end = space
    prefix = ELLIPSIS if start > 0 else ""
    suffix = ELLIPSIS if end < len(text) else ""
    shown = prefix + text[start:end].strip() + suffix
    shift = len(prefix) - start
    highlights = [
        [a + shift, b + shift]
        for a, b in spans
        if a >= start and b <= end and b + shift <= len(shown)
    ]
    return shown[:limit], highlights


def find_lecture_hits(
    *, query_text: str, course_ids: Sequence[int]
) -> dict[int, list[search.CueHit]]:
    """The search index's best cues of these courses for the query (empty when it fails).

    Ask it before the caller's session holds a connection: the index reads through a session
    of its own, and a request holding two pool connections at once can starve the pool.
    """
    if not query_text.strip() or not course_ids:
        return {}
    try:
        return search.get_search_index().lecture_matches(
            query_text, list(course_ids), MAX_LECTURE_MATCHES
        )
    except Exception:
        # Lecture matches are extra: a cue index that cannot answer leaves the cards.
        log.exception("lecture_match_search_failed")
        return {}


def with_lecture_matches(
    *,
    session: Session,
    items: Sequence[CourseSummary],
    query_text: str,
    hits: dict[int, list[search.CueHit]],
) -> list[CourseSearchItem]:
    """Search result cards with up to three "mentioned at" rows each (viewer-independent),
    from the `hits` of `find_lecture_hits`."""
    # Lecture numbers of every course with a match in one query (not one per course).
    numbers = numbered_lectures(session, [item.id for item in items if hits.get(item.id)])
    rows: list[CourseSearchItem] = []
    for item in items:
        mine = hits.get(item.id, [])
        rows.append(
            CourseSearchItem(
                **item.model_dump(),
                lecture_matches=_matches(numbers[item.id], item, mine, query_text) if mine else [],
            )
        )
    return rows


def _matches(
    numbered: dict[int, tuple[int, str, bool]],
    item: CourseSummary,
    hits: Sequence[search.CueHit],
    query_text: str,
) -> list[LectureMatch]:
    matches: list[LectureMatch] = []
    for hit in hits:
        place = numbered.get(hit.lecture_id)
        if place is None:  # the index lags a deleted lecture
            continue
        lecture_number, title, is_preview = place
        seconds = hit.start_ms // 1000
        snippet, highlights = snippet_of(hit.text, query_text)
        matches.append(
            LectureMatch(
                lecture_id=hit.lecture_id,
                lecture_number=lecture_number,
                lecture_title=title,
                start_seconds=seconds,
                timestamp=timestamp_label(hit.start_ms),
                snippet=snippet,
                highlights=highlights,
                is_preview=is_preview,
                opens_player=is_preview,
                url=(
                    player_link(item.slug, hit.lecture_id, seconds)
                    if is_preview
                    else course_page_link(item.slug)
                ),
            )
        )
    return matches
