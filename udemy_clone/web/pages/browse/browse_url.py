"""The browse page's address: every filter lives in the query string so a search can be shared.

`parse_browse_query` reads `?q=&category=&level=&language=&min_price=&max_price=&free=
&min_rating=&sort=&page=` and silently drops values it does not understand (a bad link still
opens the catalogue); `browse_href` writes the canonical address back. Prices in the address
are whole currency units ("min_price=10" is 10.00); the search service works in cents.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlencode

from udemy_clone.catalog.models import LANGUAGES, CourseLevel, CourseSearch, CourseSort

BROWSE_PATH = "/courses"
QUERY_MAX = 200
PRICE_MAX = 10_000  # whole units; the most expensive course costs 10,000.00
PAGE_MAX = 1000
RATING_CHOICES = ("4.5", "4", "3.5", "3")
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,99}$")


@dataclass(frozen=True, slots=True)
class BrowseFilters:
    """One catalogue search as the address bar holds it (empty string = not set)."""

    q: str = ""
    category: str = ""
    level: str = ""
    language: str = ""
    min_price: int | None = None
    max_price: int | None = None
    free: bool = False
    min_rating: str = ""
    sort: str = CourseSort.relevance.value
    page: int = 1

    def with_changes(self, **changes: Any) -> BrowseFilters:
        """A copy with some values changed; any filter change goes back to page 1."""
        if "page" not in changes:
            changes["page"] = 1
        return replace(self, **changes)

    @property
    def has_filters(self) -> bool:
        """True when anything but the text, sort and page narrows the results."""
        return bool(
            self.category
            or self.level
            or self.language
            or self.min_price is not None
            or self.max_price is not None
            or self.free
            or self.min_rating
        )


def _first(params: Mapping[str, Any], name: str) -> str:
    value = params.get(name, "")
    if isinstance(value, list | tuple):
        value = value[0] if value else ""
    return str(value or "").strip()


def _whole_number(text: str, maximum: int) -> int | None:
    if not (text.isascii() and text.isdigit()) or len(text) > 9:
        return None
    number = int(text)
    return number if number <= maximum else None


def _rating(text: str) -> str:
    try:
        value = float(text)
    except ValueError:
        return ""
    for choice in RATING_CHOICES:
        if abs(float(choice) - value) < 1e-9:
            return choice
    return ""


def parse_browse_query(params: Mapping[str, Any]) -> BrowseFilters:
    """The filters of a browse address; values that make no sense are ignored, never an error."""
    q = " ".join(_first(params, "q").split())[:QUERY_MAX]
    category = _first(params, "category").lower()
    level = _first(params, "level").lower()
    language = _first(params, "language").lower()
    sort = _first(params, "sort").lower()
    min_price = _whole_number(_first(params, "min_price"), PRICE_MAX)
    max_price = _whole_number(_first(params, "max_price"), PRICE_MAX)
    if min_price is not None and max_price is not None and min_price > max_price:
        min_price, max_price = max_price, min_price
    page = _whole_number(_first(params, "page"), PAGE_MAX) or 1
    return BrowseFilters(
        q=q,
        category=category if _SLUG.match(category) else "",
        level=level if level in CourseLevel.__members__ else "",
        language=language if language in LANGUAGES else "",
        min_price=min_price,
        max_price=max_price,
        free=_first(params, "free").lower() in {"1", "true", "yes", "on"},
        min_rating=_rating(_first(params, "min_rating")),
        sort=sort if sort in CourseSort.__members__ else CourseSort.relevance.value,
        page=max(1, page),
    )


def browse_href(filters: BrowseFilters) -> str:
    """The canonical address of these filters (only what is set, in a fixed order)."""
    pairs: list[tuple[str, str]] = []
    if filters.q:
        pairs.append(("q", filters.q))
    for name in ("category", "level", "language"):
        value = getattr(filters, name)
        if value:
            pairs.append((name, value))
    if filters.min_price is not None:
        pairs.append(("min_price", str(filters.min_price)))
    if filters.max_price is not None:
        pairs.append(("max_price", str(filters.max_price)))
    if filters.free:
        pairs.append(("free", "1"))
    if filters.min_rating:
        pairs.append(("min_rating", filters.min_rating))
    if filters.sort != CourseSort.relevance.value:
        pairs.append(("sort", filters.sort))
    if filters.page > 1:
        pairs.append(("page", str(filters.page)))
    return f"{BROWSE_PATH}?{urlencode(pairs)}" if pairs else BROWSE_PATH


def to_course_search(filters: BrowseFilters, *, page_size: int) -> CourseSearch:
    """The search service's query for these filters."""
    return CourseSearch(
        q=filters.q,
        category=filters.category or None,
        level=CourseLevel(filters.level) if filters.level else None,
        language=filters.language or None,
        min_price=None if filters.min_price is None else filters.min_price * 100,
        max_price=None if filters.max_price is None else filters.max_price * 100,
        free=True if filters.free else None,
        min_rating=float(filters.min_rating) if filters.min_rating else None,
        sort=CourseSort(filters.sort),
        page=filters.page,
        page_size=page_size,
    )
