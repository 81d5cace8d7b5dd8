"""The catalogue's state: filters from the URL, results, facets, pages."""

from __future__ import annotations

from typing import Any

import reflex as rx
from reflex.event import EventSpec

from udemy_clone.catalog import service as catalog_service
from udemy_clone.catalog.models import CourseSort
from udemy_clone.core import db
from udemy_clone.core.brand import BRAND
from udemy_clone.core.errors import DomainError
from udemy_clone.core.log import get_logger
from udemy_clone.web.kit import routes
from udemy_clone.web.kit.course_views import (
    LEVEL_LABELS,
    CourseCard,
    card_view,
    language_label,
)
from udemy_clone.web.pages.browse.browse_url import (
    RATING_CHOICES,
    BrowseFilters,
    browse_href,
    parse_browse_query,
    to_course_search,
)

log = get_logger(__name__)


BROWSE_PAGE_SIZE = 12


SORT_LABELS: dict[str, str] = {
    CourseSort.relevance.value: "Most relevant",
    CourseSort.best_selling.value: "Best selling",
    CourseSort.rating.value: "Highest rated",
    CourseSort.newest.value: "Newest",
    CourseSort.price_asc.value: "Price: low to high",
    CourseSort.price_desc.value: "Price: high to low",
}


def _flatten_tree(nodes: list[Any], depth: int = 0, parent: str = "") -> list[dict[str, Any]]:
    flat: list[dict[str, Any]] = []
    for node in nodes:
        flat.append(
            {"id": node.id, "slug": node.slug, "name": node.name, "depth": depth, "parent": parent}
        )
        flat.extend(_flatten_tree(node.children, depth + 1, node.slug))
    return flat


class BrowseState(rx.State):
    """The browse page: filters read from the address, results, facets and pagination."""

    q: str = ""
    category: str = ""
    level: str = ""
    language: str = ""
    min_price: str = ""
    max_price: str = ""
    free: bool = False
    min_rating: str = ""
    sort: str = CourseSort.relevance.value
    page: int = 1
    category_id: int = 0
    category_name: str = ""

    results: list[CourseCard] = []
    total: int = 0
    heading: str = ""
    category_options: list[dict[str, Any]] = []
    level_options: list[dict[str, Any]] = []
    language_options: list[dict[str, Any]] = []
    rating_options: list[dict[str, Any]] = []
    active_filters: list[dict[str, str]] = []
    pages: list[dict[str, Any]] = []
    prev_href: str = ""
    next_href: str = ""
    clear_href: str = routes.BROWSE
    has_filters: bool = False
    loaded: bool = False
    searching: bool = False
    show_filters: bool = False
    page_title: str = f"Browse courses — {BRAND}"

    # the category tree (name, depth, parent per slug); loaded once per tab
    _categories: list[dict[str, Any]] = []

    def _filters(self) -> BrowseFilters:
        return parse_browse_query(self.router.url.query_parameters)

    def _apply_filters(self, filters: BrowseFilters) -> None:
        self.q = filters.q
        self.category = filters.category
        self.level = filters.level
        self.language = filters.language
        self.min_price = "" if filters.min_price is None else str(filters.min_price)
        self.max_price = "" if filters.max_price is None else str(filters.max_price)
        self.free = filters.free
        self.min_rating = filters.min_rating
        self.sort = filters.sort
        self.page = filters.page
        self.has_filters = filters.has_filters

    @rx.event
    def load_categories(self) -> None:
        """On load (once per tab): the category tree the category filter shows."""
        if self._categories:
            return
        with db.read_session() as session:
            tree = catalog_service.category_tree(session=session)
        self._categories = _flatten_tree(list(tree))

    @rx.event
    def load(self) -> Any:
        """On load and on every address change: read the filters from the address and search."""
        filters = self._filters()
        self._apply_filters(filters)
        self.show_filters = False
        self.searching = True
        yield
        try:
            with db.read_session() as session:
                page = catalog_service.search_courses(
                    session=session, query=to_course_search(filters, page_size=BROWSE_PAGE_SIZE)
                )
        except DomainError:
            log.exception("browse_search_failed")
            page = None
        items = [] if page is None else page.items
        self.total = 0 if page is None else page.total
        self.results = [card_view(course) for course in items]
        facets = {} if page is None else page.facets
        self._build_options(filters, facets)
        self._build_pages(filters)
        self.heading = self._heading(filters)
        chosen = next((c for c in self._categories if c["slug"] == filters.category), None)
        self.category_id = int(chosen["id"]) if chosen else 0
        self.category_name = chosen["name"] if chosen else ""
        self.searching = False
        self.loaded = True
        self.page_title = (
            f"{filters.q} — courses — {BRAND}" if filters.q else f"Browse courses — {BRAND}"
        )

    def _category_name(self, slug: str) -> str:
        return next((c["name"] for c in self._categories if c["slug"] == slug), slug)

    def _heading(self, filters: BrowseFilters) -> str:
        count = f"{self.total:,} {'result' if self.total == 1 else 'results'}"
        if filters.q:
            return f"{count} for “{filters.q}”"
        if filters.category:
            courses = "course" if self.total == 1 else "courses"
            return f"{self.total:,} {courses} in {self._category_name(filters.category)}"
        return f"{self.total:,} {'course' if self.total == 1 else 'courses'}"

    def _build_options(self, filters: BrowseFilters, facets: dict[str, dict[str, int]]) -> None:
        by_category = facets.get("category", {})
        selected = filters.category
        lineage: set[str] = set()
        slug = selected
        parents = {c["slug"]: c["parent"] for c in self._categories}
        while slug:
            lineage.add(slug)
            slug = parents.get(slug, "")
        self.category_options = [
            {
                "slug": c["slug"],
                "name": c["name"],
                "indent": f"{c['depth'] * 16}px",
                "count": str(by_category.get(c["slug"], 0)),
                "selected": c["slug"] == selected,
                "muted": by_category.get(c["slug"], 0) == 0,
                "href": browse_href(
                    filters.with_changes(category="" if c["slug"] == selected else c["slug"])
                ),
            }
            for c in self._categories
            # top-level categories, plus the children of the selected branch
            if c["depth"] == 0 or c["parent"] in lineage
        ]
        by_level = facets.get("level", {})
        self.level_options = [
            {
                "value": value,
                "label": label,
                "count": str(by_level.get(value, 0)),
                "selected": value == filters.level,
                "muted": by_level.get(value, 0) == 0,
                "href": browse_href(
                    filters.with_changes(level="" if value == filters.level else value)
                ),
            }
            for value, label in LEVEL_LABELS.items()
        ]
        by_language = facets.get("language", {})
        codes = sorted(
            set(by_language) | ({filters.language} if filters.language else set()),
            key=lambda code: (-by_language.get(code, 0), language_label(code)),
        )
        self.language_options = [
            {
                "value": code,
                "label": language_label(code),
                "count": str(by_language.get(code, 0)),
                "selected": code == filters.language,
                "muted": by_language.get(code, 0) == 0,
                "href": browse_href(
                    filters.with_changes(language="" if code == filters.language else code)
                ),
            }
            for code in codes
        ]
        self.rating_options = [
            {
                "value": value,
                "label": f"{float(value):.1f} & up",
                "stars": f"{float(value) / 5 * 100:.0f}%",
                "selected": value == filters.min_rating,
                "href": browse_href(
                    filters.with_changes(min_rating="" if value == filters.min_rating else value)
                ),
            }
            for value in RATING_CHOICES
        ]
        chips: list[dict[str, str]] = []
        if filters.category:
            chips.append(
                {
                    "label": self._category_name(filters.category),
                    "href": browse_href(filters.with_changes(category="")),
                }
            )
        if filters.level:
            chips.append(
                {
                    "label": LEVEL_LABELS.get(filters.level, filters.level),
                    "href": browse_href(filters.with_changes(level="")),
                }
            )
        if filters.language:
            chips.append(
                {
                    "label": language_label(filters.language),
                    "href": browse_href(filters.with_changes(language="")),
                }
            )
        if filters.free:
            chips.append({"label": "Free", "href": browse_href(filters.with_changes(free=False))})
        if filters.min_price is not None or filters.max_price is not None:
            low = filters.min_price or 0
            label = f"{low} – {filters.max_price}" if filters.max_price is not None else f"{low}+"
            chips.append(
                {
                    "label": f"Price {label}",
                    "href": browse_href(filters.with_changes(min_price=None, max_price=None)),
                }
            )
        if filters.min_rating:
            chips.append(
                {
                    "label": f"{float(filters.min_rating):.1f}★ & up",
                    "href": browse_href(filters.with_changes(min_rating="")),
                }
            )
        self.active_filters = chips
        self.clear_href = browse_href(BrowseFilters(q=filters.q, sort=filters.sort))

    def _build_pages(self, filters: BrowseFilters) -> None:
        last = max(1, -(-self.total // BROWSE_PAGE_SIZE))
        current = min(filters.page, last)
        shown = sorted({1, last, current - 1, current, current + 1} & set(range(1, last + 1)))
        pages: list[dict[str, Any]] = []
        previous = 0
        for number in shown:
            if number - previous > 1:
                pages.append({"label": "…", "href": "", "current": False, "gap": True})
            pages.append(
                {
                    "label": str(number),
                    "href": browse_href(filters.with_changes(page=number)),
                    "current": number == current,
                    "gap": False,
                }
            )
            previous = number
        self.pages = pages if last > 1 else []
        self.prev_href = browse_href(filters.with_changes(page=current - 1)) if current > 1 else ""
        self.next_href = (
            browse_href(filters.with_changes(page=current + 1)) if current < last else ""
        )

    def _go(self, **changes: Any) -> EventSpec:
        self.searching = True
        return rx.redirect(browse_href(self._filters().with_changes(**changes)))

    @rx.event
    def submit_query(self, form: dict[str, Any]) -> EventSpec:
        """Search for the typed text, keeping the other filters."""
        text = " ".join(str(form.get("q", "")).split())[:200]
        return self._go(q=text)

    @rx.event
    def choose_sort(self, value: str) -> EventSpec | None:
        """Change the order of the results."""
        if value not in SORT_LABELS:
            return None
        return self._go(sort=value)

    @rx.event
    def toggle_free(self, checked: bool) -> EventSpec:
        """Show free courses only (or every price again)."""
        return self._go(free=bool(checked))

    @rx.event
    def apply_price(self, form: dict[str, Any]) -> EventSpec:
        """Limit the price range (whole currency units; empty = no limit)."""
        checked = parse_browse_query(
            {"min_price": form.get("min_price", ""), "max_price": form.get("max_price", "")}
        )
        return self._go(min_price=checked.min_price, max_price=checked.max_price)

    @rx.event
    def toggle_filters(self) -> None:
        """Phones: open or close the filter panel."""
        self.show_filters = not self.show_filters

    @rx.event
    def set_show_filters(self, value: bool) -> None:
        """Phones: the filter dialog opened or closed."""
        self.show_filters = bool(value)
