"""The course description's small formatting language, turned into blocks of plain text.

Instructors write paragraphs separated by a blank line, `## ` headings, `- ` bullet lines and
`**bold**` words. The result holds text only: pages render it with text components, so
nothing an instructor types is ever interpreted as HTML.
"""

from __future__ import annotations

from dataclasses import dataclass, field

FORMATTING_HINT = "Blank line: new paragraph · ## Heading · - Bullet point · **bold**"


@dataclass
class TextSpan:
    text: str
    bold: bool = False


@dataclass
class TextBlock:
    """kind: "heading", "paragraph" or "bullet" (one bullet point per block)."""

    kind: str
    spans: list[TextSpan] = field(default_factory=list)


def _spans(text: str) -> list[TextSpan]:
    parts = text.split("**")
    if len(parts) % 2 == 0:  # an unmatched ** stays as typed
        parts[-2] = f"{parts[-2]}**{parts[-1]}"
        parts.pop()
    return [TextSpan(part, bold=i % 2 == 1) for i, part in enumerate(parts) if part]


def description_blocks(text: str) -> list[TextBlock]:
    """Headings, paragraphs and bullet points of a description, in order."""
    blocks: list[TextBlock] = []
    paragraph: list[str] = []

    def end_paragraph() -> None:
        if paragraph:
            blocks.append(TextBlock("paragraph", _spans(" ".join(paragraph))))
            paragraph.clear()

    for raw in text.replace("\r\n", "\n").split("\n"):
        line = raw.strip()
        if not line:
            end_paragraph()
        elif line.startswith("#"):
            end_paragraph()
            blocks.append(TextBlock("heading", _spans(line.lstrip("#").strip())))
        elif line[:2] in ("- ", "* ", "• "):
            end_paragraph()
            blocks.append(TextBlock("bullet", _spans(line[2:].strip())))
        else:
            paragraph.append(line)
    end_paragraph()
    return [block for block in blocks if block.spans]
