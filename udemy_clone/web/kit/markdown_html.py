"""Instructors' Markdown as safe HTML, rendered on the server.

The course page used react-markdown (and its syntax highlighter): about 120 kB of compressed
JavaScript, 0.45 MB once decoded, for a few paragraphs and lists. markdown-it renders the
same CommonMark here instead. Raw HTML in the text is escaped (`html=False`), images are not
rendered, and only http(s), mailto and relative links become links.
"""

from __future__ import annotations

from functools import lru_cache

from markdown_it import MarkdownIt

_SAFE_SCHEMES = ("http://", "https://", "mailto:", "/", "#")


def _safe_link(url: str) -> bool:
    return url.strip().lower().startswith(_SAFE_SCHEMES)


@lru_cache(maxsize=1)
def _renderer() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.disable("image")
    md.validateLink = _safe_link  # type: ignore[method-assign]
    return md


def markdown_to_html(text: str) -> str:
    """`text` (CommonMark) as HTML that cannot carry markup or scripts of its own."""
    if not text.strip():
        return ""
    return _renderer().render(text)
