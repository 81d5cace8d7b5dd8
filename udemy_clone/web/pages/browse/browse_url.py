"""The browse page's address: every filter lives in the query string so a search can be shared.

`parse_browse_query` reads `?q=&category=&level=&language=&duration=&price=&min_price=
&max_price=&rating=&sort=&page=` (`level`, `language`, `duration` and `price` may repeat:
any of the values matches; older links' `free=1` and `min_rating=` still work) and silently
drops values it does not understand (a bad link still opens the catalogue); `browse_href`
writes the canonical address back. Prices in the address are whole currency units
("min_price=10" is 10.00); the search service works in cents.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlencode

from udemy_clone.catalog.models import LANGUAGES, CourseLevel, CourseSearch, CourseSort

DURATION_CHOICES = ("0-1", "1-3", "3-6", "6-17", "17-plus")

BROWSE_PATH = "/courses"
QUERY_MAX = 200
PRICE_MAX = 10_000  # whole units; the most expensive course costs 10,000.00
PAGE_MAX = 1000
RATING_CHOICES = ("4.5", "4", "3.5", "3")
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,99}$")


@dataclass(frozen=True, slots=True)
class BrowseFilters:
    """One catalogue search as the address bar holds it (empty string or tuple = not set).

    `level`, `language` and `duration` hold every chosen value (sorted); a single string is
    taken as a one-value tuple. `free` and `paid` are the two price choices.
    """

    q: str = ""
    category: str = ""
    level: tuple[str, ...] | str = ()
    language: tuple[str, ...] | str = ()
    min_price: int | None = None
    max_price: int | None = None
    free: bool = False
    min_rating: str = ""
    sort: str = CourseSort.relevance.value
    page: int = 1
    duration: tuple[str, ...] | str = ()
    paid: bool = False
    # "Search instead for ...": the words as typed, no typo correction (`spell=off`)
    exact: bool = False

    def __post_init__(self) -> None:
        for name in ("level", "language", "duration"):
            value = getattr(self, name)
            values = (value,) if isinstance(value, str) else tuple(value)
            object.__setattr__(self, name, tuple(sorted({v for v in values if v})))

    @property
    def levels(self) -> tuple[str, ...]:
        return tuple(self.level)

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self.language)

    @property
    def durations(self) -> tuple[str, ...]:
        return tuple(self.duration)

    def toggled(self, name: str, value: str) -> BrowseFilters:
        """A copy with `value` added to the multi-value filter `name`, or removed if there."""
        current = set(getattr(self, name))
        current.symmetric_difference_update({value})
        return self.with_changes(**{name: tuple(sorted(current))})

    def with_changes(self, **changes: Any) -> BrowseFilters:
        """A copy with some values changed; any filter change goes back to page 1 (and
        a new query may be corrected again)."""
        if "page" not in changes:
            changes["page"] = 1
        if "q" in changes and "exact" not in changes:
            changes["exact"] = False
        return replace(self, **changes)

    @property
    def has_filters(self) -> bool:
        """True when anything but the text, sort and page narrows the results."""
        return self.active_count > 0

    @property
    def active_count(self) -> int:
        """How many filter values are chosen (the phone's "Filter" button shows it)."""
        return (
            bool(self.category)
            + len(self.level)
            + len(self.language)
            + len(self.duration)
            + self.free
            + self.paid
            + (self.min_price is not None or self.max_price is not None)
            + bool(self.min_rating)
        )


def _first(params: Mapping[str, Any], name: str) -> str:
    value = params.get(name, "")
    if isinstance(value, list | tuple):
        value = value[0] if value else ""
    return str(value or "").strip()


def _all(params: Mapping[str, Any], name: str) -> list[str]:
    value = params.get(name, "")
    values = value if isinstance(value, list | tuple) else [value]
    return [str(v or "").strip().lower() for v in values if str(v or "").strip()]


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
    prices = set(_all(params, "price"))
    rating = _first(params, "rating") or _first(params, "min_rating")
    sort = _first(params, "sort").lower()
    min_price = _whole_number(_first(params, "min_price"), PRICE_MAX)
    max_price = _whole_number(_first(params, "max_price"), PRICE_MAX)
    if min_price is not None and max_price is not None and min_price > max_price:
        min_price, max_price = max_price, min_price
    page = _whole_number(_first(params, "page"), PAGE_MAX) or 1
    return BrowseFilters(
        q=q,
        category=category if _SLUG.match(category) else "",
        level=tuple(v for v in _all(params, "level") if v in CourseLevel.__members__),
        language=tuple(v for v in _all(params, "language") if v in LANGUAGES),
        duration=tuple(v for v in _all(params, "duration") if v in DURATION_CHOICES),
        min_price=min_price,
        max_price=max_price,
        free="free" in prices or _first(params, "free").lower() in {"1", "true", "yes", "on"},
        paid="paid" in prices,
        exact=_first(params, "spell").lower() == "off",
        min_rating=_rating(rating),
        sort=sort if sort in CourseSort.__members__ else CourseSort.relevance.value,
        page=max(1, page),
    )


def browse_href(filters: BrowseFilters) -> str:
    """The canonical address of these filters (only what is set, in a fixed order)."""
    pairs: list[tuple[str, str]] = []
    if filters.q:
        pairs.append(("q", filters.q))
    if filters.category:
        pairs.append(("category", filters.category))
    for name in ("level", "language", "duration"):
        pairs.extend((name, value) for value in getattr(filters, name))
    if filters.free:
        pairs.append(("price", "free"))
    if filters.paid:
        pairs.append(("price", "paid"))
    if filters.min_price is not None:
        pairs.append(("min_price", str(filters.min_price)))
    if filters.max_price is not None:
        pairs.append(("max_price", str(filters.max_price)))
    if filters.min_rating:
        pairs.append(("rating", filters.min_rating))
    if filters.sort != CourseSort.relevance.value:
        pairs.append(("sort", filters.sort))
    if filters.exact and filters.q:
        pairs.append(("spell", "off"))
    if filters.page > 1:
        pairs.append(("page", str(filters.page)))
    return f"{BROWSE_PATH}?{urlencode(pairs)}" if pairs else BROWSE_PATH


def to_course_search(filters: BrowseFilters, *, page_size: int) -> CourseSearch:
    """The search service's query for these filters."""
    return CourseSearch(
        q=filters.q,
        category=filters.category or None,
        levels=[CourseLevel(level) for level in filters.level],
        languages=list(filters.language),
        durations=list(filters.duration),  # type: ignore[arg-type]  # checked by the parser
        prices=[kind for kind, on in (("free", filters.free), ("paid", filters.paid)) if on],  # type: ignore[misc]
        min_price=None if filters.min_price is None else filters.min_price * 100,
        max_price=None if filters.max_price is None else filters.max_price * 100,
        min_rating=float(filters.min_rating) if filters.min_rating else None,
        sort=CourseSort(filters.sort),
        page=filters.page,
        page_size=page_size,
    )
