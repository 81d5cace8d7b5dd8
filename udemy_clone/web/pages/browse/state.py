"""The catalogue's state: filters from the URL, results, facets, pages."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs

import reflex as rx
from reflex.event import EventSpec

from udemy_clone.catalog import service as catalog_service
from udemy_clone.catalog.models import CourseSort
from udemy_clone.core import db
from udemy_clone.core.brand import BRAND
from udemy_clone.core.errors import DomainError
from udemy_clone.core.log import get_logger
from udemy_clone.playback import service as playback_service
from udemy_clone.web.kit import routes
from udemy_clone.web.kit.auth import current_user
from udemy_clone.web.kit.course_views import CourseCard, sale_cards
from udemy_clone.web.kit.search_box import SearchBoxState
from udemy_clone.web.pages.browse.browse_url import (
    BrowseFilters,
    browse_href,
    parse_browse_query,
    to_course_search,
)
from udemy_clone.web.pages.browse.lecture_mentions import LectureMention, mention_rows
from udemy_clone.web.pages.browse.rows import (
    CategoryEntry,
    FilterChip,
    FilterOption,
    PageLink,
    category_name,
    category_options,
    duration_options,
    filter_chips,
    flatten_categories,
    language_options,
    level_options,
    page_links,
    price_options,
    rating_options,
    results_heading,
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


class BrowseState(rx.State):
    """The browse page: filters read from the address, results, facets and pagination."""

    q: str = ""
    category: str = ""
    min_price: str = ""
    max_price: str = ""
    free: bool = False
    min_rating: str = ""
    sort: str = CourseSort.relevance.value
    page: int = 1
    category_id: int = 0
    category_name: str = ""

    results: list[CourseCard] = []
    # per result card: where the query's words are spoken in its lectures ("mentioned at")
    result_mentions: list[list[LectureMention]] = []
    # the search corrected a typo ("showing results for ..."); "" when the words matched
    corrected_query: str = ""
    # "Search instead for <q>": the address of the words as typed, without correction
    exact_href: str = ""
    # the address of the corrected words as a search of their own
    corrected_href: str = ""
    total: int = 0
    heading: str = ""
    category_options: list[FilterOption] = []
    level_options: list[FilterOption] = []
    language_options: list[FilterOption] = []
    rating_options: list[FilterOption] = []
    duration_options: list[FilterOption] = []
    price_options: list[FilterOption] = []
    # chosen filter values (the phone's "Filter" button shows how many)
    active_count: int = 0
    show_results_label: str = "Show results"
    active_filters: list[FilterChip] = []
    pages: list[PageLink] = []
    prev_href: str = ""
    next_href: str = ""
    clear_href: str = routes.BROWSE
    has_filters: bool = False
    loaded: bool = False
    searching: bool = False
    show_filters: bool = False
    page_title: str = f"Browse courses — {BRAND}"

    # the category tree (name, depth, parent per slug); loaded once per tab
    _categories: list[CategoryEntry] = []

    def _filters(self) -> BrowseFilters:
        # Reflex's `query_parameters` keeps only the last of repeated keys (level=a&level=b):
        # the raw query string has them all.
        return parse_browse_query(parse_qs(str(self.router.url.query or "")))

    def _apply_filters(self, filters: BrowseFilters) -> None:
        self.q = filters.q
        self.category = filters.category
        self.active_count = filters.active_count
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
        self._categories = flatten_categories(list(tree))

    @rx.event
    async def load(self) -> Any:
        """On load and on every address change: read the filters from the address and search."""
        filters = self._filters()
        self._apply_filters(filters)
        header = await self.get_state(SearchBoxState)
        header.q = filters.q
        # (the phone's filter sheet stays open while filters are picked: each is a new address)
        self.searching = True
        yield
        viewer = await current_user(self)
        try:
            with db.read_session() as session:
                page = catalog_service.search_courses(
                    session=session, query=to_course_search(filters, page_size=BROWSE_PAGE_SIZE)
                )
                # Player links for the lectures this viewer may watch (checked here, per viewer).
                page = playback_service.lecture_links_for_viewer(
                    session=session, page=page, user_id=viewer.user_id, roles=list(viewer.roles)
                )
        except DomainError:
            log.exception("browse_search_failed")
            page = None
        if page is not None and page.corrected_query and filters.exact:
            # "Search instead for": nothing has the words as typed (that is why they were
            # corrected), so the answer is no course at all.
            page = page.model_copy(update={"items": [], "total": 0, "corrected_query": None})
            page.facets = {}
        items = [] if page is None else page.items
        self.total = 0 if page is None else page.total
        self.corrected_query = (page.corrected_query or "") if page is not None else ""
        self.exact_href = browse_href(filters.with_changes(exact=True))
        self.corrected_href = browse_href(filters.with_changes(q=self.corrected_query))
        self.results = sale_cards(items)
        self.result_mentions = mention_rows(list(items))
        self.show_results_label = (
            f"Show {self.total:,} {'result' if self.total == 1 else 'results'}"
        )
        facets = {} if page is None else page.facets
        self._build_options(filters, facets)
        self._build_pages(filters)
        self.heading = self._heading(filters)
        chosen = next((c for c in self._categories if c.slug == filters.category), None)
        self.category_id = chosen.id if chosen else 0
        self.category_name = chosen.name if chosen else ""
        self.searching = False
        self.loaded = True
        self.page_title = (
            f"{filters.q} — courses — {BRAND}" if filters.q else f"Browse courses — {BRAND}"
        )

    def _category_name(self, slug: str) -> str:
        return category_name(self._categories, slug)

    def _heading(self, filters: BrowseFilters) -> str:
        return results_heading(filters, self.total, self._category_name(filters.category))

    def _build_options(self, filters: BrowseFilters, facets: dict[str, dict[str, int]]) -> None:
        self.category_options = category_options(
            self._categories, filters, facets.get("category", {})
        )
        self.level_options = level_options(filters, facets.get("level", {}))
        self.language_options = language_options(filters, facets.get("language", {}))
        self.rating_options = rating_options(filters, facets.get("rating", {}))
        self.duration_options = duration_options(filters, facets.get("duration", {}))
        self.price_options = price_options(filters, facets.get("price", {}))
        self.active_filters = filter_chips(filters, self._categories)
        self.clear_href = browse_href(BrowseFilters(q=filters.q, sort=filters.sort))

    def _build_pages(self, filters: BrowseFilters) -> None:
        links = page_links(filters, self.total, BROWSE_PAGE_SIZE)
        self.pages, self.prev_href, self.next_href = links.pages, links.prev_href, links.next_href

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
