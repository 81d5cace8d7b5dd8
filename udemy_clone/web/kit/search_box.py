"""The header search box with typeahead: courses and categories as you type.

Typing sends one debounced event (`SearchBoxState.suggest`) that asks the search backend's
`suggest` for matching categories and course titles; the dropdown shows while the box (or one
of its suggestions) has focus, so opening and closing it costs no server round trip. Arrow keys
move through the suggestions and Escape closes them (assets/typeahead.js, client-side only);
Enter opens the focused suggestion, or searches for the text in the box.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import reflex as rx
from reflex.event import EventSpec

from udemy_clone.catalog import service as catalog_service
from udemy_clone.core import db
from udemy_clone.core.errors import DomainError
from udemy_clone.web.kit import routes

SUGGEST_DEBOUNCE_MS = 180
SUGGEST_LIMIT = 6
SUGGEST_MAX_CHARS = 60


@dataclass
class Suggestion:
    """One line of the dropdown: a category, a course, or "search for ..."."""

    kind: str = ""  # category | course | search
    label: str = ""
    href: str = ""
    thumbnail: str = ""


def suggestion_rows(found: Any, text: str) -> list[Suggestion]:
    """Categories first, then courses, then a line that searches for the text itself."""
    rows = [
        Suggestion(kind="category", label=c.name, href=routes.browse_url(category=c.slug))
        for c in found.categories[:3]
    ]
    rows += [
        Suggestion(
            kind="course",
            label=c.title,
            href=routes.course_url(c.slug),
            thumbnail=c.thumbnail_url or "",
        )
        for c in found.courses
    ]
    rows.append(Suggestion(kind="search", label=text, href=routes.browse_url(q=text)))
    return rows


class SearchBoxState(rx.State):
    """The header search box: submitting it opens the catalog with the query; on the results
    page it shows the query they are for (set by the catalogue's state)."""

    q: str = ""
    suggestions: list[Suggestion] = []

    @rx.var
    def shown_q(self) -> str:
        """The query, on the catalogue's pages only (elsewhere the box starts empty)."""
        path = self.router.url.path or ""
        return self.q if path.startswith(routes.BROWSE) else ""

    @rx.event
    def submit(self, form: dict) -> EventSpec:
        """Open the catalog filtered by the typed text."""
        text = str(form.get("q", "")).strip()[:200]
        self.suggestions = []
        return rx.redirect(routes.browse_url(q=text))

    @rx.event
    def suggest(self, value: str) -> None:
        """The text changed (debounced): suggestions for it, or none for an empty box."""
        text = " ".join(str(value).split())[:SUGGEST_MAX_CHARS]
        if not text:
            self.suggestions = []
            return
        try:
            with db.read_session() as session:
                found = catalog_service.suggest_search(session=session, q=text, limit=SUGGEST_LIMIT)
        except DomainError:
            self.suggestions = []
            return
        self.suggestions = suggestion_rows(found, text)


def _suggestion(row: Any) -> rx.Component:
    icon = rx.match(
        row.kind,
        ("category", rx.icon("folder", size=16, color="var(--gray-10)")),
        ("search", rx.icon("search", size=16, color="var(--gray-10)")),
        rx.cond(
            row.thumbnail != "",
            rx.image(
                src=row.thumbnail,
                width="40px",
                height="24px",
                object_fit="cover",
                border_radius="3px",
                alt="",
            ),
            rx.icon("book-open", size=16, color="var(--gray-10)"),
        ),
    )
    return rx.link(
        rx.hstack(
            rx.box(icon, width="40px", display="flex", justify_content="center"),
            rx.text(
                rx.cond(row.kind == "search", "Search for “", ""),
                row.label,
                rx.cond(row.kind == "search", "”", ""),
                size="2",
                weight=rx.cond(row.kind == "course", "medium", "regular"),
                style={"overflow": "hidden", "textOverflow": "ellipsis", "whiteSpace": "nowrap"},
            ),
            align="center",
            spacing="3",
            width="100%",
        ),
        href=row.href,
        underline="none",
        color="var(--gray-12)",
        class_name="suggest-item",
        custom_attrs={"data-kind": row.kind},
        role="option",
        display="block",
        padding="0.5rem 0.75rem",
        border_radius="6px",
        style={
            "outline": "none",
            "&:hover, &:focus": {"background": "var(--gray-a3)"},
        },
    )


def _panel(box_id: str) -> rx.Component:
    return rx.cond(
        SearchBoxState.suggestions.length() > 0,  # type: ignore[attr-defined]
        rx.box(
            rx.foreach(SearchBoxState.suggestions, _suggestion),
            id=f"{box_id}-suggestions",
            class_name="suggest-panel",
            role="listbox",
            position="absolute",
            top="calc(100% + 6px)",
            left="0",
            right="0",
            z_index="60",
            background="var(--color-panel-solid)",
            border="1px solid var(--gray-a5)",
            border_radius="12px",
            box_shadow="0 12px 32px rgba(0,0,0,0.14)",
            padding="0.375rem",
            min_width="min(26rem, 92vw)",
            style={"display": "none"},
        ),
    )


def search_box(width: str = "100%", box_id: str = "header-search") -> rx.Component:
    """The search field with its typeahead dropdown (shown while it has focus)."""
    return rx.box(
        rx.form(
            rx.input(
                rx.input.slot(rx.icon("search", size=16)),
                name="q",
                # uncontrolled (no event per key): remounted with new text when the query changes
                default_value=SearchBoxState.shown_q,
                key=SearchBoxState.shown_q,
                on_change=SearchBoxState.suggest.debounce(SUGGEST_DEBOUNCE_MS),  # type: ignore[attr-defined]
                placeholder="Search for anything",
                radius="full",
                size="2",
                width=width,
                max_length=200,
                aria_label="Search courses",
                aria_autocomplete="list",
                aria_controls=f"{box_id}-suggestions",
                auto_complete="off",
                class_name="header-search-input",
            ),
            id=box_id,
            on_submit=SearchBoxState.submit,
            reset_on_submit=False,
            width=width,
        ),
        _panel(box_id),
        class_name="search-wrap",
        position="relative",
        width=width,
        style={"&:focus-within .suggest-panel": {"display": "block"}},
    )
