"""The catalogue's filter options, active-filter chips and page links as typed rows.

Pure functions of the address's filters, the search's facet counts and the category tree.
"""

from __future__ import annotations

from dataclasses import dataclass

from udemy_clone.taxonomy.models import CategoryNode
from udemy_clone.web.kit.course_views import LEVEL_LABELS, language_label
from udemy_clone.web.pages.browse.browse_url import RATING_CHOICES, BrowseFilters, browse_href

INDENT_PX = 16


@dataclass
class CategoryEntry:
    """A category of the flattened tree: its depth and its parent's slug ("" at the top)."""

    id: int = 0
    slug: str = ""
    name: str = ""
    depth: int = 0
    parent: str = ""


@dataclass
class FilterOption:
    """One choice of a filter group; its link toggles it (chosen → cleared)."""

    value: str = ""
    label: str = ""
    count: str = ""  # courses matching, as text
    selected: bool = False
    muted: bool = False  # no course matches
    href: str = ""
    indent: str = "0px"  # categories: sub-categories are indented
    stars: str = ""  # ratings: the share of the five stars filled, "80%"


@dataclass
class FilterChip:
    """An active filter; its link removes it."""

    label: str = ""
    href: str = ""


@dataclass
class PageLink:
    """A page number (or a "…" gap) of the results."""

    label: str = ""
    href: str = ""
    current: bool = False
    gap: bool = False


@dataclass
class PageLinks:
    """The numbered links (none for a single page) and the previous/next links ("" = none)."""

    pages: list[PageLink]
    prev_href: str = ""
    next_href: str = ""


def flatten_categories(
    nodes: list[CategoryNode], depth: int = 0, parent: str = ""
) -> list[CategoryEntry]:
    """The tree depth-first, each category followed by its sub-categories."""
    flat: list[CategoryEntry] = []
    for node in nodes:
        flat.append(
            CategoryEntry(id=node.id, slug=node.slug, name=node.name, depth=depth, parent=parent)
        )
        flat.extend(flatten_categories(node.children, depth + 1, node.slug))
    return flat


def category_name(categories: list[CategoryEntry], slug: str) -> str:
    """The name of a category by its slug (the slug itself when unknown)."""
    return next((c.name for c in categories if c.slug == slug), slug)


def category_options(
    categories: list[CategoryEntry], filters: BrowseFilters, counts: dict[str, int]
) -> list[FilterOption]:
    """Top-level categories, plus the sub-categories along the chosen one's branch."""
    selected = filters.category
    parents = {c.slug: c.parent for c in categories}
    lineage: set[str] = set()
    slug = selected
    while slug and slug not in lineage:
        lineage.add(slug)
        slug = parents.get(slug, "")
    return [
        FilterOption(
            value=c.slug,
            label=c.name,
            count=str(counts.get(c.slug, 0)),
            selected=c.slug == selected,
            muted=counts.get(c.slug, 0) == 0,
            href=browse_href(filters.with_changes(category="" if c.slug == selected else c.slug)),
            indent=f"{c.depth * INDENT_PX}px",
        )
        for c in categories
        if c.depth == 0 or c.parent in lineage
    ]


DURATION_LABELS = {
    "0-1": "0-1 hour",
    "1-3": "1-3 hours",
    "3-6": "3-6 hours",
    "6-17": "6-17 hours",
    "17-plus": "17+ hours",
}
PRICE_LABELS = {"free": "Free", "paid": "Paid"}


def _multi_option(
    filters: BrowseFilters, name: str, value: str, label: str, counts: dict[str, int]
) -> FilterOption:
    chosen = value in getattr(filters, name)
    return FilterOption(
        value=value,
        label=label,
        count=f"{counts.get(value, 0):,}",
        selected=chosen,
        muted=counts.get(value, 0) == 0,
        href=browse_href(filters.toggled(name, value)),
    )


def level_options(filters: BrowseFilters, counts: dict[str, int]) -> list[FilterOption]:
    """Every level, in the order beginners read them; each link adds or removes its level."""
    return [
        _multi_option(filters, "level", value, label, counts)
        for value, label in LEVEL_LABELS.items()
    ]


def language_options(filters: BrowseFilters, counts: dict[str, int]) -> list[FilterOption]:
    """Languages with courses (and the chosen ones), most courses first."""
    codes = sorted(
        set(counts) | set(filters.language),
        key=lambda code: (-counts.get(code, 0), language_label(code)),
    )
    return [
        _multi_option(filters, "language", code, language_label(code), counts) for code in codes
    ]


def duration_options(filters: BrowseFilters, counts: dict[str, int]) -> list[FilterOption]:
    """The video length buckets, shortest first."""
    return [
        _multi_option(filters, "duration", value, label, counts)
        for value, label in DURATION_LABELS.items()
    ]


def price_options(filters: BrowseFilters, counts: dict[str, int]) -> list[FilterOption]:
    """Free and paid; each link adds or removes its kind."""
    options = []
    for kind, label in PRICE_LABELS.items():
        chosen = bool(getattr(filters, kind))
        options.append(
            FilterOption(
                value=kind,
                label=label,
                count=f"{counts.get(kind, 0):,}",
                selected=chosen,
                muted=counts.get(kind, 0) == 0,
                href=browse_href(filters.with_changes(**{kind: not chosen})),
            )
        )
    return options


def rating_options(
    filters: BrowseFilters, counts: dict[str, int] | None = None
) -> list[FilterOption]:
    """The minimum ratings one can ask for (one at a time), with how many courses each keeps."""
    counts = counts or {}
    options = []
    for value in RATING_CHOICES:
        count = counts.get(f"{float(value):.1f}", 0)
        options.append(
            FilterOption(
                value=value,
                label=f"{float(value):.1f} & up",
                count=f"{count:,}",
                stars=f"{float(value) / 5 * 100:.0f}%",
                selected=value == filters.min_rating,
                muted=count == 0,
                href=browse_href(
                    filters.with_changes(min_rating="" if value == filters.min_rating else value)
                ),
            )
        )
    return options


def filter_chips(filters: BrowseFilters, categories: list[CategoryEntry]) -> list[FilterChip]:
    """One chip per active filter value (the query and the order are not filters)."""
    chips: list[FilterChip] = []
    if filters.category:
        chips.append(
            FilterChip(
                category_name(categories, filters.category),
                browse_href(filters.with_changes(category="")),
            )
        )
    for level in filters.level:
        chips.append(
            FilterChip(LEVEL_LABELS.get(level, level), browse_href(filters.toggled("level", level)))
        )
    for code in filters.language:
        chips.append(
            FilterChip(language_label(code), browse_href(filters.toggled("language", code)))
        )
    for bucket in filters.duration:
        chips.append(
            FilterChip(
                DURATION_LABELS.get(bucket, bucket),
                browse_href(filters.toggled("duration", bucket)),
            )
        )
    if filters.free:
        chips.append(FilterChip("Free", browse_href(filters.with_changes(free=False))))
    if filters.paid:
        chips.append(FilterChip("Paid", browse_href(filters.with_changes(paid=False))))
    if filters.min_price is not None or filters.max_price is not None:
        low = filters.min_price or 0
        label = f"{low} – {filters.max_price}" if filters.max_price is not None else f"{low}+"
        chips.append(
            FilterChip(
                f"Price {label}",
                browse_href(filters.with_changes(min_price=None, max_price=None)),
            )
        )
    if filters.min_rating:
        chips.append(
            FilterChip(
                f"{float(filters.min_rating):.1f}★ & up",
                browse_href(filters.with_changes(min_rating="")),
            )
        )
    return chips


def results_heading(filters: BrowseFilters, total: int, category: str) -> str:
    """ "12 results for “python”", "7 courses in Development" (`category`: its name) or
    "38 courses"."""
    count = f"{total:,} {'result' if total == 1 else 'results'}"
    if filters.q:
        return f"{count} for “{filters.q}”"
    if filters.category:
        return f"{total:,} {'course' if total == 1 else 'courses'} in {category}"
    return f"{total:,} {'course' if total == 1 else 'courses'}"


def page_links(filters: BrowseFilters, total: int, page_size: int) -> PageLinks:
    """First, last and the pages around the current one, "…" where numbers are skipped."""
    last = max(1, -(-total // page_size))
    current = min(filters.page, last)
    shown = sorted({1, last, current - 1, current, current + 1} & set(range(1, last + 1)))
    pages: list[PageLink] = []
    previous = 0
    for number in shown:
        if number - previous > 1:
            pages.append(PageLink(label="…", gap=True))
        pages.append(
            PageLink(
                label=str(number),
                href=browse_href(filters.with_changes(page=number)),
                current=number == current,
            )
        )
        previous = number
    return PageLinks(
        pages=pages if last > 1 else [],
        prev_href=browse_href(filters.with_changes(page=current - 1)) if current > 1 else "",
        next_href=browse_href(filters.with_changes(page=current + 1)) if current < last else "",
    )
