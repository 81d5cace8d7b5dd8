"""Common terms' postings beside a segment, as packed arrays ("common postings").

Whoosh's public reader API yields a term's postings one Python call at a time (~2.7 µs a
posting here), so the first query of a common word ("complete", "beginners": tens of
thousands of courses) after a start or a reindex cost 50-150 ms to read. The full reindex
(`whoosh_writer`) already holds every term's docnums in order: it also writes, for each term in
at least `COMMON_MIN_DOCS` documents of the segment, those docnums as a packed array in one
file per segment, `common_<segment id>.bin`. Reading one is a slice of a memory map (~0.02 µs
a posting). Segments are immutable, so the file is valid as long as its segment exists;
segments written by Whoosh's own writer (upserts, merges of small segments) have none and are
read through Whoosh, and `sweep` deletes the files of segments that are gone.

Layout: 8 bytes little-endian length of a JSON table {"field\\tterm": [offset, count]}, the
table, then the docnums as little-endian uint32.
"""

from __future__ import annotations

import json
import mmap
import sys
import threading
from array import array
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Final

COMMON_MIN_DOCS: Final = 256
_PREFIX: Final = "common_"
_SUFFIX: Final = ".bin"


def file_name(segment_id: str) -> str:
    return f"{_PREFIX}{segment_id}{_SUFFIX}"


def write(directory: Path, segment_id: str, terms: Iterable[tuple[str, str, list[int]]]) -> None:
    """Write the common postings of one segment: (field, term, ascending docnums)."""
    table: dict[str, list[int]] = {}
    packed = array("I")
    for field_name, term, docs in terms:
        if len(docs) >= COMMON_MIN_DOCS:
            table[f"{field_name}\t{term}"] = [len(packed), len(docs)]
            packed.extend(docs)
    if sys.byteorder != "little":
        packed.byteswap()
    header = json.dumps(table, separators=(",", ":")).encode()
    target = directory / file_name(segment_id)
    partial = target.with_suffix(".partial")
    with open(partial, "wb") as handle:
        handle.write(len(header).to_bytes(8, "little"))
        handle.write(header)
        handle.write(packed.tobytes())
    partial.replace(target)


class CommonPostings:
    """The common postings of one segment (empty when it has no file)."""

    def __init__(self, directory: Path, segment_id: str) -> None:
        self._table: dict[str, list[int]] = {}
        self._data: mmap.mmap | None = None
        self._start = 0
        try:
            with open(directory / file_name(segment_id), "rb") as handle:
                self._data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        except (FileNotFoundError, ValueError):
            return  # no file (or an empty one): read through Whoosh
        size = int.from_bytes(self._data[:8], "little")
        self._table = json.loads(self._data[8 : 8 + size])
        self._start = 8 + size

    @property
    def present(self) -> bool:
        """Whether the segment has a common-postings file."""
        return self._data is not None

    def docnums(self, field_name: str, term: str) -> Sequence[int] | None:
        """The term's docnums in this segment, or None when the file does not hold them."""
        found = self._table.get(f"{field_name}\t{term}")
        if found is None or self._data is None:
            return None
        offset, count = found
        begin = self._start + 4 * offset
        docs = array("I")
        docs.frombytes(self._data[begin : begin + 4 * count])
        if sys.byteorder != "little":
            docs.byteswap()
        return docs


class CommonPostingsCache:
    """One `CommonPostings` per segment id, opened on first use."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._by_segment: dict[str, CommonPostings] = {}
        self._lock = threading.Lock()

    def of(self, segment_id: str) -> CommonPostings:
        with self._lock:
            found = self._by_segment.get(segment_id)
            if found is None:
                found = CommonPostings(self.directory, segment_id)
                self._by_segment[segment_id] = found
            return found


def sweep(directory: Path, index_name: str, live_segment_ids: Iterable[str]) -> None:
    """Delete the common-postings files of this index's segments that no longer exist."""
    keep = {file_name(segment_id) for segment_id in live_segment_ids}
    for path in directory.glob(f"{_PREFIX}{index_name}_*{_SUFFIX}"):
        if path.name not in keep:
            path.unlink(missing_ok=True)
