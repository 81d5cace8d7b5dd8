"""One visual style for every page."""

from __future__ import annotations

ACCENT = "violet"
MAX_WIDTH = "1200px"

card_style = {
    "border": "1px solid var(--gray-a5)",
    "border_radius": "12px",
    "background": "var(--color-panel-solid)",
    "box_shadow": "0 1px 2px rgba(0,0,0,0.04)",
}
